// An export of the journal: whole, or cut for one person (what they need and nothing else).

#include "record_links.hpp"
#include <peer/app/exchange.hpp>
#include <peer/app/lookup.hpp>
#include <peer/exchange/export_file.hpp>
#include <peer/exchange/xapi.hpp>
#include <peer/journal/exchange.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace peer::app {

namespace {

using model::Record;

// The records chosen for an export, with every record they refer to, so that an export always
// holds what its records need. Without `placements`, a placement they refer to stays out, and
// with it everyone on it: for a reader whose journal holds the placement already.
class Selection {
public:
    Selection(const std::vector<Record>& records, bool placements)
        : m_records(records), m_chosen(records.size(), false), m_placements(placements)
    {
        for (std::size_t i = 0; i < records.size(); ++i) {
            m_by_key.emplace(links::key_of(records[i]), i);
        }
    }

    void choose(std::size_t i)
    {
        if (m_chosen[i]) {
            return;
        }
        m_chosen[i] = true;
        for (const auto& reference : links::references(m_records[i])) {
            const auto found = m_by_key.find(reference.key);
            if (found != m_by_key.end()
                && (m_placements
                    || !std::holds_alternative<model::PlacementRecord>(m_records[found->second]))) {
                choose(found->second);
            }
        }
    }

    [[nodiscard]] bool chosen(std::size_t i) const { return m_chosen[i]; }

private:
    const std::vector<Record>& m_records;
    std::vector<bool> m_chosen;
    std::unordered_map<std::string, std::size_t> m_by_key;
    bool m_placements;
};

// Who the export is for, as far as choosing its records goes.
struct Audience {
    // everyone: the whole journal; partner: a student's partner; staff: staff, from a
    // student; student: a student, from staff (their assessments, plans and feedback).
    enum class Kind { everyone, partner, staff, student } kind = Kind::everyone;
    std::string owner;
    std::string recipient;
    Included include;
    std::optional<model::Talk> talk; // only what the owner brings to this talk
};

bool in_pair(const model::PairRecord& pair, const std::string& a, const std::string& b)
{
    const auto& s = pair.pair.students;
    return std::ranges::find(s, a) != s.end() && std::ranges::find(s, b) != s.end();
}

// The log entries that were done with `partner`, by uuid.
std::unordered_map<std::string, bool> entries_with(const std::vector<Record>& records,
                                                   const std::string& partner)
{
    std::unordered_map<std::string, bool> out;
    for (const auto& record : records) {
        if (const auto* entry = std::get_if<model::LogRecord>(&record)) {
            const auto& partners = entry->entry.partners;
            out[entry->stamp.uuid] = std::ranges::find(partners, partner) != partners.end();
        }
    }
    return out;
}

// Whether the record goes to the audience for what it is (its references come with it), and
// whether its texts are withheld.
struct Verdict {
    bool chosen = false;
    bool withheld = false;
};

class Chooser {
public:
    Chooser(const std::vector<Record>& records, Audience audience)
        : m_audience(std::move(audience)),
          m_with_partner(entries_with(records, m_audience.recipient))
    {
    }

    Verdict operator()(const Record& record) const
    {
        if (m_audience.kind == Audience::Kind::everyone) {
            return {true, false};
        }
        if (m_audience.talk) {
            return std::visit([&](const auto& r) { return for_talk(r); }, record);
        }
        return std::visit([&](const auto& r) { return judge(r); }, record);
    }

private:
    [[nodiscard]] bool by_owner(const model::Stamp& stamp) const
    {
        return stamp.author == m_audience.owner;
    }
    [[nodiscard]] bool partner() const { return m_audience.kind == Audience::Kind::partner; }
    [[nodiscard]] bool to_student() const { return m_audience.kind == Audience::Kind::student; }

    Verdict judge(const model::PairRecord& r) const
    {
        if (to_student()) {
            return {}; // what the student's records refer to comes as references
        }
        return {partner()
                    ? in_pair(r, m_audience.owner, m_audience.recipient)
                    : std::ranges::find(r.pair.students, m_audience.owner) != r.pair.students.end(),
                false};
    }
    Verdict judge(const model::LogRecord& r) const
    {
        return {m_audience.kind == Audience::Kind::staff && by_owner(r.stamp),
                false}; // the partner gets the entries tied to
                        // what they get, as references
    }
    Verdict judge(const model::ReflectionRecord& r) const
    {
        if (!by_owner(r.stamp) || r.writing.draft || to_student()) {
            return {};
        }
        if (partner()) {
            return {m_audience.include.reflections, false};
        }
        return {true, !m_audience.include.reflections};
    }
    Verdict judge(const model::FeedbackRecord& r) const
    {
        if (partner() || to_student()) {
            return {by_owner(r.stamp) && r.writing.recipient == m_audience.recipient, false};
        }
        return {by_owner(r.stamp) || r.writing.recipient == m_audience.owner,
                !m_audience.include.feedback};
    }
    Verdict judge(const model::BriefingRecord& r) const
    {
        if (!by_owner(r.stamp) || to_student()) {
            return {};
        }
        if (partner()) {
            const auto with = m_with_partner.find(r.entry);
            return {r.entry.empty() || (with != m_with_partner.end() && with->second), false};
        }
        return {true, !m_audience.include.briefings};
    }
    // The owner's introduction goes whole to the partner it is partly about, and to staff
    // without its text unless they include it.
    Verdict judge(const model::IntroductionRecord& r) const
    {
        if (!by_owner(r.stamp) || to_student()) {
            return {};
        }
        return {true, !partner() && !m_audience.include.introductions};
    }
    // A student's assessments (their own and those their supervisors sent) go to staff; an
    // assessment by staff to the student it judges. None goes to a partner.
    Verdict judge(const model::AssessmentRecord& r) const
    {
        const auto& a = r.assessment;
        if (to_student()) {
            return {by_owner(r.stamp) && a.student == m_audience.recipient, false};
        }
        return {m_audience.kind == Audience::Kind::staff && a.student == m_audience.owner, false};
    }
    // The plans for a student go to the staff they are at and to the student, whoever wrote them.
    Verdict judge(const model::PlanRecord& r) const
    {
        const auto& student = r.plan.student;
        if (to_student()) {
            return {student == m_audience.recipient, false};
        }
        return {m_audience.kind == Audience::Kind::staff && student == m_audience.owner, false};
    }
    static Verdict judge(const model::TombstoneRecord& /*unused*/) { return {true, false}; }

    // For a talk: the owner's self-assessment of it and their introductions, whole (their goals
    // come back at the talk); the records it cites come with it, withheld as staff get them.
    Verdict for_talk(const model::AssessmentRecord& r) const
    {
        return {by_owner(r.stamp) && r.assessment.self() && r.assessment.talk == *m_audience.talk,
                false};
    }
    Verdict for_talk(const model::IntroductionRecord& r) const
    {
        return {by_owner(r.stamp), false};
    }
    template <typename R>
    Verdict for_talk(const R& r) const
    {
        return {false, judge(r).withheld};
    }
    template <typename R>
    static Verdict judge(const R& /*shared*/)
    {
        return {}; // people, placements and activities come as what the rest refers to
    }

    Audience m_audience;
    std::unordered_map<std::string, bool> m_with_partner;
};

template <typename W>
void withhold(model::WritingRecord<W>& r)
{
    r.withheld = true;
    r.writing.answers.clear();
}

void withhold(Record& record)
{
    std::visit(
        [](auto& r) {
            if constexpr (requires { r.withheld; }) {
                withhold(r);
            }
        },
        record);
}

Result<Audience> audience_of(const journal::Journal& journal, const std::vector<Record>& records,
                             const ExportRequest& request)
{
    Audience audience;
    audience.recipient = request.recipient;
    audience.include = request.include;
    audience.talk = request.talk;
    if (request.recipient.empty()) {
        return audience;
    }
    const auto owner = journal::journal_owner(journal);
    if (!owner) {
        return problem(ExitCode::invalid_data, missing_owner());
    }
    audience.owner = *owner;
    auto recipient = person(journal, request.recipient);
    if (!recipient) {
        return recipient.problem();
    }
    if (recipient->id == *owner) {
        return problem(ExitCode::invalid_data,
                       {"an export for yourself is the whole journal: leave out --for",
                        "en export till dig själv är hela journalen: utelämna --for"});
    }
    if (!recipient->is_student()) {
        audience.kind = Audience::Kind::staff;
        return audience;
    }
    if (const auto me = person(journal, *owner); me && !me->is_student()) {
        audience.kind = Audience::Kind::student;
        return audience;
    }
    audience.kind = Audience::Kind::partner;
    std::vector<std::string> partners;
    for (const auto& record : records) {
        if (const auto* pair = std::get_if<model::PairRecord>(&record)) {
            if (in_pair(*pair, *owner, recipient->id)) {
                return audience;
            }
            if (std::ranges::find(pair->pair.students, *owner) != pair->pair.students.end()) {
                for (const auto& s : pair->pair.students) {
                    if (s != *owner) {
                        partners.push_back(s);
                    }
                }
            }
        }
    }
    const auto yours =
        partners.empty() ? std::string("-") : fmt::format("{}", fmt::join(partners, ", "));
    return problem(ExitCode::invalid_data,
                   {fmt::format("{} is a student but not your partner: an export --for a student "
                                "is for a partner in your pair ({}), or for staff",
                                recipient->id, yours),
                    fmt::format("{} är student men inte din partner: en export --for en student "
                                "är till en partner i ditt par ({}), eller till personal",
                                recipient->id, yours)});
}

// The chosen records as xAPI statements.
void write_statements(Exported& out, const std::vector<Record>& records,
                      const ExportRequest& request, const std::string& owner)
{
    exchange::XapiOptions options;
    if (!request.xapi_home.empty()) {
        options.home = request.xapi_home;
    }
    options.owner = owner;
    options.lang = request.lang;
    const auto statements = exchange::xapi_statements(records, options);
    out.statements = static_cast<std::int64_t>(statements.size());
    out.text = request.format == ExportFormat::xapi ? exchange::xapi_array_text(statements)
                                                    : exchange::xapi_lines_text(statements);
}

} // namespace

Result<Exported> export_journal(const journal::Journal& journal, const ExportRequest& request)
{
    if (!request.xapi_home.empty() && !exchange::is_account_home(request.xapi_home)) {
        return problem(ExitCode::usage, bad_xapi_home(request.xapi_home));
    }
    auto records = journal::read_records(journal);
    auto audience = audience_of(journal, records, request);
    if (!audience) {
        return audience.problem();
    }
    if (request.talk && audience->kind != Audience::Kind::staff) {
        return problem(ExitCode::usage,
                       {"what you bring to a talk is for staff: name your supervisor with --for",
                        "det du tar med till ett samtal är för personal: ange din handledare med "
                        "--for"});
    }
    const auto since = request.since ? format_date(*request.since) : std::string();
    const Chooser choose(records, *audience);
    // A student joined the placement before staff can assess them: the staff's export leaves
    // it out, and with it the placement's other people.
    Selection selection(records, audience->kind != Audience::Kind::student);
    std::vector<bool> withheld(records.size(), false);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto verdict = choose(records[i]);
        // Withheld whether it is chosen for itself or goes with a record that refers to it (a
        // reflection an assessment cites).
        withheld[i] = verdict.withheld;
        if (verdict.chosen && model::stamp_of(records[i]).updated.substr(0, 10) >= since) {
            selection.choose(i);
        }
    }
    exchange::ExportHeader header;
    header.owner = journal::journal_owner(journal).value_or("");
    header.exported_at = request.now;
    header.recipient = request.recipient;
    header.since = since;
    Exported out;
    std::vector<Record> chosen;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!selection.chosen(i)) {
            continue;
        }
        if (withheld[i]) {
            withhold(records[i]);
            ++out.withheld;
        }
        if (const auto* placement = std::get_if<model::PlacementRecord>(&records[i])) {
            header.placements.push_back(placement->placement.id);
        }
        chosen.push_back(std::move(records[i]));
        ++out.records;
    }
    if (request.format != ExportFormat::peer) {
        write_statements(out, chosen, request, header.owner);
        return out;
    }
    out.text = exchange::header_line(header);
    for (const auto& record : chosen) {
        out.text += exchange::record_line(record);
    }
    return out;
}

Text bad_xapi_home(const std::string& home)
{
    return {fmt::format("'{}' is not an account home for xAPI: give an absolute http or https "
                        "address, such as https://lrs.example.org/",
                        home),
            fmt::format("'{}' är ingen kontohemsida för xAPI: ange en absolut http- eller "
                        "https-adress, till exempel https://lrs.example.org/",
                        home)};
}

} // namespace peer::app
