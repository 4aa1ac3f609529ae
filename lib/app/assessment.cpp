// Writing the assessment talks: a self-assessment or a supervisor's assessment, composed on the
// talk's form and saved criterion by criterion.

#include "saving.hpp"
#include "talk_lookup.hpp"
#include <peer/app/assessment.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/files.hpp>
#include <peer/core/strings.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/talk_file.hpp>
#include <peer/journal/assessments.hpp>
#include <peer/journal/writing.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>

namespace peer::app {

namespace {

constexpr std::string_view k_overall = "overall";

// "1 (Not yet) · 2 (Partly) · …", in one language.
std::string levels_of(const model::AssessmentForm& form, bool swedish)
{
    std::vector<std::string> levels;
    levels.reserve(form.scale.size());
    for (const auto& level : form.scale) {
        levels.push_back(fmt::format("{} ({})", level.id, swedish ? level.name.sv : level.name.en));
    }
    return fmt::format("{}", fmt::join(levels, " · "));
}

// The kinds of record a judgement can cite, as a person names them.
struct EvidenceWord {
    std::string_view kind;
    std::array<std::string_view, 3> words;
};
constexpr std::array k_evidence_words{
    EvidenceWord{"log_entry", {"entry", "logg", "post"}},
    EvidenceWord{"reflection", {"reflection", "reflektion", "refl"}},
    EvidenceWord{"feedback", {"feedback", "återkoppling", "aterkoppling"}},
};

std::string_view evidence_word(std::string_view kind)
{
    for (const auto& w : k_evidence_words) {
        if (w.kind == kind) {
            return w.words[0];
        }
    }
    return kind;
}

std::string lower(std::string_view text)
{
    return case_folded(text);
}

std::vector<std::string> lines_of(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::optional<std::int64_t> number_of(std::string_view text)
{
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || at != end || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// `line` without the label `labels` names (any case, then a colon), or nullopt.
std::optional<std::string> after_label(std::string_view line,
                                       std::initializer_list<std::string_view> labels)
{
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    const auto label = lower(trim(line.substr(0, colon)));
    for (const auto wanted : labels) {
        if (label == wanted) {
            return std::string(trim(line.substr(colon + 1)));
        }
    }
    return std::nullopt;
}

// Whether `line` begins section `key`: its Markdown heading, or in TOML the criterion's
// `id = "key"` (the overall judgement's `[overall]`).
bool begins_section(std::string_view line, std::string_view key)
{
    const auto trimmed = trim(line);
    if (trimmed.starts_with('#')) {
        return lower(trim(trimmed.substr(trimmed.find_first_not_of('#')))) == lower(key);
    }
    if (key == k_overall) {
        return trimmed == "[overall]";
    }
    const auto equals = trimmed.find('=');
    return equals != std::string_view::npos && trim(trimmed.substr(0, equals)) == "id"
           && trim(trimmed.substr(equals + 1)) == fmt::format("\"{}\"", key);
}

// The line of the text as written where section `key` begins, where a problem of it is placed.
std::optional<Position> section_position(const Composition& text, std::string_view key)
{
    if (text.source.empty()) {
        return std::nullopt;
    }
    int number = 0;
    for (const auto& line : lines_of(text.markdown)) {
        ++number;
        if (begins_section(line, key)) {
            return Position{text.source, number, 1};
        }
    }
    return Position{text.source, 1, 1};
}

// Reads one section's answer: its level, the evidence it cites and the comment.
class AnswerReader {
public:
    AnswerReader(const journal::Journal& journal, const model::AssessmentForm& form,
                 const Composition& text, Diagnostics& out)
        : m_journal(journal), m_form(form), m_text(text), m_out(out)
    {
    }

    // The judgement of `answer` under `key` (a criterion's id, or "overall"); nullopt when it
    // has none or is wrong (then a diagnostic says why).
    std::optional<model::Judgement> read(std::string_view key, const std::string& answer)
    {
        model::Judgement judgement;
        judgement.criterion = std::string(key);
        std::vector<std::string> comment;
        bool first = true;
        for (const auto& raw : lines_of(answer)) {
            const auto line = std::string(trim(raw));
            if (auto level = after_label(line, {"level", "nivå", "niva"})) {
                judgement.level = std::move(*level);
            } else if (auto cited = after_label(line, {"evidence", "belägg", "belagg"})) {
                read_evidence(key, *cited, judgement.evidence);
            } else if (first && !line.empty() && m_form.find_level(line) != nullptr) {
                judgement.level = line;
            } else {
                comment.push_back(line);
            }
            first = first && line.empty();
        }
        while (!comment.empty() && comment.front().empty()) {
            comment.erase(comment.begin());
        }
        while (!comment.empty() && comment.back().empty()) {
            comment.pop_back();
        }
        judgement.comment = fmt::format("{}", fmt::join(comment, "\n"));
        if (judgement.level.empty()) {
            if (key != k_overall && !answer.empty()) {
                error(key, {fmt::format("{}: no level: begin the answer with `level: ID`, one of "
                                        "{}",
                                        key, levels_of(m_form, false)),
                            fmt::format("{}: ingen nivå: börja svaret med `nivå: ID`, en av {}",
                                        key, levels_of(m_form, true))});
            }
            return key == k_overall && !judgement.comment.empty() ? std::optional(judgement)
                                                                  : std::nullopt;
        }
        if (m_form.find_level(judgement.level) == nullptr) {
            error(key, {fmt::format("{}: the form has no level \"{}\": use one of {}", key,
                                    judgement.level, levels_of(m_form, false)),
                        fmt::format("{}: formuläret har ingen nivå \"{}\": använd en av {}", key,
                                    judgement.level, levels_of(m_form, true))});
            return std::nullopt;
        }
        return judgement;
    }

private:
    void error(std::string_view key, Text message)
    {
        m_out.push_back({Severity::error, std::string(format_check::value),
                         section_position(m_text, key), std::move(message)});
    }

    // "entry 12, reflection 3": each record the journal holds, by uuid.
    void read_evidence(std::string_view key, const std::string& cited,
                       std::vector<model::Evidence>& out)
    {
        for (const auto& item : split(cited, ',')) {
            const auto words = split(std::string(trim(item)), ' ');
            const auto kind = words.empty() ? nullptr : kind_named(lower(words.front()));
            const auto number = words.size() == 2 ? number_of(words[1]) : std::nullopt;
            if (kind == nullptr || !number) {
                error(key, {fmt::format("{}: \"{}\" is not evidence: write `entry N`, "
                                        "`reflection N` or `feedback N`, with the record's number",
                                        key, trim(item)),
                            fmt::format("{}: \"{}\" är inget belägg: skriv `logg N`, "
                                        "`reflektion N` eller `återkoppling N`, med postens "
                                        "nummer",
                                        key, trim(item))});
                continue;
            }
            if (auto problem = missing(*kind, *number)) {
                error(key, {fmt::format("{}: {}", key, problem->en),
                            fmt::format("{}: {}", key, problem->sv)});
                continue;
            }
            out.push_back(
                {std::string(*kind), journal::uuid_of_record(m_journal, *kind, *number), *number});
        }
    }

    static const std::string_view* kind_named(const std::string& word)
    {
        for (const auto& w : k_evidence_words) {
            if (std::ranges::find(w.words, word) != w.words.end()) {
                return &w.kind;
            }
        }
        return nullptr;
    }

    // Why record `number` of `kind` cannot be cited; nullopt when it can.
    [[nodiscard]] std::optional<Text> missing(std::string_view kind, std::int64_t number) const
    {
        const auto why = [](const Problem& p) { return p.diagnostics.front().message; };
        if (kind == "log_entry") {
            const auto found = log_entry(m_journal, number);
            return found ? std::nullopt : std::optional(why(found.problem()));
        }
        if (kind == "reflection") {
            const auto found = reflection(m_journal, number);
            if (!found) {
                return why(found.problem());
            }
            if (found->draft) {
                return Text{
                    fmt::format("reflection {} is a draft: save it before you cite it", number),
                    fmt::format("reflektion {} är ett utkast: spara den innan du hänvisar "
                                "till den",
                                number)};
            }
            return std::nullopt;
        }
        const auto found = feedback(m_journal, number);
        return found ? std::nullopt : std::optional(why(found.problem()));
    }

    const journal::Journal& m_journal;
    const model::AssessmentForm& m_form;
    const Composition& m_text;
    Diagnostics& m_out;
};

// Whose talk it is, and who judges: the owner themself, or staff judging `requested`.
struct Parties {
    std::string student;
    std::string assessor;
};

Result<Parties> parties_of(const journal::Journal& journal, const std::string& requested,
                           bool to_record)
{
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    if (!to_record) {
        if (who->staff) {
            return problem(ExitCode::invalid_data,
                           {"you write in this journal as staff: record your assessment of a "
                            "student with `peer assess record STUDENT`",
                            "du skriver i den här journalen som personal: skriv din bedömning av "
                            "en student med `peer assess record STUDENT`"});
        }
        return Parties{who->owner, who->owner};
    }
    if (!who->staff) {
        return problem(ExitCode::invalid_data,
                       {"a supervisor records the assessment of a student, in their own journal; "
                        "yours is a student's: assess yourself with `peer assess self`",
                        "en handledare skriver bedömningen av en student, i sin egen journal; "
                        "din är en students: bedöm dig själv med `peer assess self`"});
    }
    const auto student = person(journal, requested);
    if (!student) {
        return student.problem();
    }
    if (!student->is_student()) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} is staff: an assessment judges a student", requested),
                        fmt::format("{} är personal: en bedömning gäller en student", requested)});
    }
    return Parties{student->id, who->owner};
}

std::optional<model::Assessment> first_of(std::vector<model::Assessment> found)
{
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

// What `prepare_talk` reads, on one snapshot of the journal.
Result<PreparedTalk> read_talk(const journal::Journal& journal, const TalkRequest& request)
{
    const auto parties = parties_of(journal, request.student, !request.student.empty());
    if (!parties) {
        return parties.problem();
    }
    const auto placement_id = placement_for(journal, request.placement, parties->student);
    if (!placement_id) {
        return placement_id.problem();
    }
    auto placement = placement_with_form(journal, *placement_id);
    if (!placement) {
        return placement.problem();
    }
    PreparedTalk out;
    out.form = std::move(*placement->assessment_form);
    const journal::AssessmentFilter mine{parties->student, parties->assessor, *placement_id,
                                         request.talk};
    if (auto before = first_of(journal::list_assessments(journal, mine))) {
        out.assessment = std::move(*before);
    } else {
        out.assessment.student = parties->student;
        out.assessment.assessor = parties->assessor;
        out.assessment.placement = *placement_id;
        out.assessment.talk = request.talk;
    }
    out.assessment.date =
        request.date.value_or(out.assessment.number == 0 ? request.today : out.assessment.date);
    if (parties->student != parties->assessor) {
        out.self = first_of(journal::list_assessments(
            journal, {parties->student, parties->student, *placement_id, request.talk}));
    }
    if (request.talk == model::Talk::final_talk) {
        out.midway = first_of(journal::list_assessments(
            journal, {parties->student, parties->assessor, *placement_id, model::Talk::midway}));
    }
    auto intros = journal::list_introductions(journal, {parties->student, *placement_id});
    if (!intros.empty()) {
        out.intro = std::move(intros.front());
    }
    return out;
}

bool same_judgements(const model::Assessment& a, const model::Assessment& b)
{
    if (a.judgements.size() != b.judgements.size() || a.date != b.date
        || a.overall_level != b.overall_level || a.overall_comment != b.overall_comment) {
        return false;
    }
    for (std::size_t i = 0; i < a.judgements.size(); ++i) {
        const auto& x = a.judgements[i];
        const auto& y = b.judgements[i];
        const auto uuids = [](const model::Judgement& j) {
            std::vector<std::string> out;
            for (const auto& e : j.evidence) {
                out.push_back(e.kind + e.uuid);
            }
            return out;
        };
        if (x.criterion != y.criterion || x.level != y.level || x.comment != y.comment
            || uuids(x) != uuids(y)) {
            return false;
        }
    }
    return true;
}

} // namespace

TalkForm::TalkForm(const model::AssessmentForm& form, model::Talk talk,
                   const std::optional<model::Assessment>& self)
{
    const Text levels{fmt::format("Level: {}. Then `evidence: entry 12, reflection 3` if you "
                                  "cite your journal, and why.",
                                  levels_of(form, false)),
                      fmt::format("Nivå: {}. Sedan `belägg: logg 12, reflektion 3` om du "
                                  "hänvisar till din journal, och varför.",
                                  levels_of(form, true))};
    for (const auto& area : form.areas) {
        for (const auto& criterion : area.criteria) {
            auto hint = levels;
            if (const auto* own = self ? self->find(criterion.id) : nullptr) {
                hint.en += fmt::format(" The student's own level: {}.", own->level);
                hint.sv += fmt::format(" Studentens egen nivå: {}.", own->level);
            }
            const auto& key = m_texts.emplace_back(criterion.id);
            m_sections.push_back({key,
                                  {key, key},
                                  {fmt::format("{}: {}", area.title.en, criterion.text.en),
                                   fmt::format("{}: {}", area.title.sv, criterion.text.sv)},
                                  hint});
        }
    }
    m_sections.push_back(
        {k_overall,
         {"Overall", "Helhet"},
         {"Your overall judgement: a level of the scale, and a comment (may be left out)",
          "Din samlade bedömning: en nivå på skalan, och en kommentar (kan utelämnas)"},
         levels});
    m_form =
        forms::Form{talk == model::Talk::midway ? "assessment-midway" : "assessment-final",
                    talk == model::Talk::midway ? Text{"Midway assessment", "Halvtidsbedömning"}
                                                : Text{"Final assessment", "Slutbedömning"},
                    m_sections, false};
}

forms::Answers TalkForm::answers_of(const model::Assessment& assessment) const
{
    forms::Answers out;
    out.reserve(m_sections.size());
    const auto write = [](const std::string& level, const std::vector<model::Evidence>& evidence,
                          const std::string& comment) {
        std::vector<std::string> lines;
        if (!level.empty()) {
            lines.push_back("level: " + level);
        }
        std::vector<std::string> cited;
        for (const auto& e : evidence) {
            if (e.number != 0) {
                cited.push_back(fmt::format("{} {}", evidence_word(e.kind), e.number));
            }
        }
        if (!cited.empty()) {
            lines.push_back(fmt::format("evidence: {}", fmt::join(cited, ", ")));
        }
        if (!comment.empty()) {
            lines.push_back(comment);
        }
        return fmt::format("{}", fmt::join(lines, "\n"));
    };
    for (const auto& section : m_sections) {
        if (section.key == k_overall) {
            out.push_back(write(assessment.overall_level, {}, assessment.overall_comment));
        } else if (const auto* j = assessment.find(section.key)) {
            out.push_back(write(j->level, j->evidence, j->comment));
        } else {
            out.emplace_back();
        }
    }
    return out;
}

Result<PreparedTalk> prepare_talk(const journal::Journal& journal, const TalkRequest& request)
{
    Result<PreparedTalk> out = Problem{};
    journal.read([&] { out = read_talk(journal, request); });
    return out;
}

namespace {

// save_talk, with what was found wrong in the text before (`found`): reported with the rest,
// and then nothing is saved.
Result<Saved<model::Assessment>> save_answers(journal::Journal& journal, const TalkRequest& request,
                                              const Composition& text, Diagnostics found)
{
    return write_saved<model::Assessment>(journal, [&]() -> Result<Saved<model::Assessment>> {
        auto prepared = read_talk(journal, request);
        if (!prepared) {
            return prepared.problem();
        }
        const TalkForm talk_form(prepared->form, request.talk, prepared->self);
        const auto& sections = talk_form.form().sections;
        auto screening = screen(text);
        std::ranges::move(screening.diagnostics, std::back_inserter(found));
        AnswerReader reader(journal, prepared->form, text, found);
        const auto before = prepared->assessment;
        auto& assessment = prepared->assessment;
        assessment.judgements.clear();
        assessment.overall_level.clear();
        assessment.overall_comment.clear();
        for (std::size_t i = 0; i < sections.size() && i < text.answers.size(); ++i) {
            const auto answer = to_nfc(text.answers[i]);
            auto judgement = reader.read(sections[i].key, answer);
            if (!judgement) {
                continue;
            }
            if (sections[i].key == k_overall) {
                assessment.overall_level = std::move(judgement->level);
                assessment.overall_comment = std::move(judgement->comment);
            } else {
                assessment.judgements.push_back(std::move(*judgement));
            }
        }
        if (has_errors(found)) {
            return not_saved(std::move(found));
        }
        if (assessment.judgements.empty() && assessment.overall_level.empty()
            && assessment.overall_comment.empty()) {
            return empty_text();
        }
        if (assessment.number != 0 && same_judgements(before, assessment)
            && screening.allowed.empty()) {
            return Saved<model::Assessment>{std::move(assessment), std::move(found), true};
        }
        journal::save_assessment(journal, assessment, screening.allowed);
        return Saved<model::Assessment>{std::move(assessment), std::move(found)};
    });
}

} // namespace

Result<Saved<model::Assessment>> save_talk(journal::Journal& journal, const TalkRequest& request,
                                           const Composition& text)
{
    return save_answers(journal, request, text, {});
}

Result<Saved<model::Assessment>> save_talk_file(journal::Journal& journal,
                                                const TalkRequest& request,
                                                const std::filesystem::path& file,
                                                const std::vector<std::string>& allowed)
{
    Diagnostics found;
    const auto text = read_text_file(file, found);
    if (!text) {
        return not_saved(std::move(found));
    }
    const auto read = formats::read_talk_toml(*text, file.string());
    if (has_errors(read.diagnostics)) {
        return not_saved(read.diagnostics);
    }
    const auto prepared = prepare_talk(journal, request);
    if (!prepared) {
        return prepared.problem();
    }
    const TalkForm talk_form(prepared->form, request.talk, prepared->self);
    const auto& sections = talk_form.form().sections;
    Composition composition{forms::Answers(sections.size()), *text, file.string(), allowed};
    for (const auto& answer : read.answers) {
        const auto section =
            std::ranges::find(sections, std::string_view(answer.key), &forms::Section::key);
        if (section == sections.end()) {
            found.push_back(
                {Severity::error,
                 std::string(format_check::reference),
                 answer.at,
                 {fmt::format("the form {} has no criterion {}: see `peer assess form`",
                              prepared->form.id, answer.key),
                  fmt::format("formuläret {} har inget kriterium {}: se `peer assess form`",
                              prepared->form.id, answer.key)}});
            continue;
        }
        composition.answers[static_cast<std::size_t>(section - sections.begin())] = answer.answer;
    }
    return save_answers(journal, request, composition, std::move(found));
}

Result<model::Assessment> assessment(const journal::Journal& journal, std::int64_t number)
{
    if (auto found = journal::find_assessment(journal, number)) {
        return std::move(*found);
    }
    return problem(ExitCode::invalid_data,
                   {fmt::format("there is no assessment {}: see `peer assess show`", number),
                    fmt::format("det finns ingen bedömning {}: se `peer assess show`", number)});
}

} // namespace peer::app
