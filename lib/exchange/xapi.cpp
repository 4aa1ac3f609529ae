// The records of an export as xAPI statements: the mapping of docs/xapi.md.

#include <peer/core/uuid.hpp>
#include <peer/exchange/xapi.hpp>
#include <peer/forms/form.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace peer::exchange {

namespace {

using Json = nlohmann::ordered_json; // keys in the order written, so the bytes are the same

constexpr std::string_view k_adl_verbs = "http://adlnet.gov/expapi/verbs/";
constexpr std::string_view k_performance = "http://adlnet.gov/expapi/activities/performance";

const UuidBytes& statement_namespace()
{
    static const UuidBytes bytes = *parse_uuid(k_xapi_namespace);
    return bytes;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::ranges::transform(out, out.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_hex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// The characters an IRI takes nowhere (RFC 3987): controls, space and <>"{}|\^`; and a % that
// does not begin an escape.
bool has_only_iri_characters(std::string_view iri)
{
    constexpr std::string_view k_excluded = "<>\"{}|\\^`";
    for (std::size_t i = 0; i < iri.size(); ++i) {
        const auto c = static_cast<unsigned char>(iri[i]);
        if (c <= 0x20 || c == 0x7F || k_excluded.find(iri[i]) != std::string_view::npos) {
            return false;
        }
        if (iri[i] == '%' && (i + 2 >= iri.size() || !is_hex(iri[i + 1]) || !is_hex(iri[i + 2]))) {
            return false;
        }
    }
    return true;
}

bool is_host(std::string_view host)
{
    if (host.empty() || host.front() == '.' || host.front() == '-') {
        return false;
    }
    return std::ranges::all_of(host, [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return std::isalnum(c) != 0 || c == '-' || c == '.' || c >= 0x80;
    });
}

bool is_port(std::string_view port)
{
    return !port.empty() && std::ranges::all_of(port, [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// host, [v6 address] or either with :port.
bool is_authority(std::string_view authority)
{
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos || close == 1) {
            return false;
        }
        const auto after = authority.substr(close + 1);
        return after.empty() || (after.front() == ':' && is_port(after.substr(1)));
    }
    const auto colon = authority.rfind(':');
    if (colon == std::string_view::npos) {
        return is_host(authority);
    }
    return is_host(authority.substr(0, colon)) && is_port(authority.substr(colon + 1));
}

// A text as one segment of an IRI's path: every byte but the unreserved ones escaped.
std::string path_segment(std::string_view text)
{
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) != 0 || ch == '-' || ch == '.' || ch == '_' || ch == '~') {
            out += ch;
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

std::string project_iri(std::string_view path)
{
    return std::string(k_xapi_iri) + std::string(path);
}

std::string extension(std::string_view name)
{
    return project_iri("extensions/") + std::string(name);
}

Json verb(std::string_view name, std::string_view english, std::string_view swedish)
{
    return Json{{"id", std::string(k_adl_verbs) + std::string(name)},
                {"display", Json{{"en-US", english}, {"sv-SE", swedish}}}};
}

Json both_languages(const Text& text)
{
    return Json{{"en-US", text.en}, {"sv-SE", text.sv}};
}

// The day a record is about, at noon UTC: peer keeps days, not times, and noon UTC is that day
// everywhere from UTC-11 to UTC+11.
std::string noon_of(Date date)
{
    return format_date(date) + "T12:00:00Z";
}

Json form_activity(const forms::Form& form)
{
    return Json{{"objectType", "Activity"},
                {"id", project_iri("forms/") + std::string(form.key)},
                {"definition", Json{{"name", both_languages(form.title)}}}};
}

template <typename K, typename V>
const V* find_in(const std::unordered_map<K, const V*>& map, const K& key)
{
    const auto found = map.find(key);
    return found == map.end() ? nullptr : found->second;
}

class Builder {
public:
    Builder(const std::vector<model::Record>& records, const XapiOptions& options)
        : m_options(options), m_tag(options.lang == Lang::sv ? "sv-SE" : "en-US")
    {
        for (const auto& record : records) {
            if (const auto* activity = std::get_if<model::ActivityRecord>(&record)) {
                m_activities.emplace(activity->activity.code, activity);
            } else if (const auto* pair = std::get_if<model::PairRecord>(&record)) {
                m_pairs.emplace(pair->stamp.uuid, pair);
            } else if (const auto* entry = std::get_if<model::LogRecord>(&record)) {
                m_entries.emplace(entry->stamp.uuid, entry);
            }
        }
    }

    void add(const model::LogRecord& r)
    {
        const auto& e = r.entry;
        const bool observed = e.mode == model::Mode::observe;
        auto result = Json::object();
        if (!observed) {
            result["completion"] = true;
        }
        if (!e.note.empty()) {
            result["response"] = e.note;
        }
        auto extensions = Json::object();
        extensions[extension("mode")] = model::keyword(e.mode);
        if (e.patients) {
            extensions[extension("patients")] = *e.patients;
        }
        if (e.presence) {
            extensions[extension("supervisor-presence")] = model::keyword(*e.presence);
        }
        if (!e.observer_steps.empty()) {
            auto steps = Json::array();
            for (const auto step : e.observer_steps) {
                steps.push_back(model::keyword(step));
            }
            extensions[extension("observer-steps")] = steps;
        }
        if (!e.partners.empty()) {
            extensions[extension("partners")] = e.partners;
        }
        add_placement(extensions, r.pair);
        auto statement = start(r.stamp, observed ? verb("experienced", "experienced", "upplevde")
                                                 : verb("completed", "completed", "genomförde"));
        if (statement.empty()) {
            return;
        }
        statement["object"] = activity_object(e.code);
        if (!result.empty()) {
            statement["result"] = result;
        }
        statement["context"] = context(Json::object(), nullptr, extensions);
        statement["timestamp"] = noon_of(e.date);
        m_out.push_back(statement);
    }

    void add(const model::ReflectionRecord& r)
    {
        if (r.writing.draft) {
            return; // not written yet: a statement, once stored, cannot change
        }
        auto extensions = Json::object();
        if (r.writing.phase) {
            extensions[extension("phase")] = model::keyword(*r.writing.phase);
        }
        extensions[extension("written-with")] = model::keyword(r.writing.company);
        add_writing(r, forms::reflection_form(), extensions);
    }

    void add(const model::FeedbackRecord& r)
    {
        auto extensions = Json::object();
        extensions[extension("recipient")] = agent(r.writing.recipient);
        add_writing(r, forms::feedback_form(), extensions);
    }

    void add(const model::TombstoneRecord& r)
    {
        if (r.of != "log_entry" && r.of != "reflection" && r.of != "feedback") {
            return; // a kind that gives no statement
        }
        if (m_options.owner.empty()) {
            return; // nobody to say it was deleted
        }
        Json statement{{"id", voiding_statement_id(r.stamp.uuid)},
                       {"actor", agent(m_options.owner)},
                       {"verb", verb("voided", "voided", "makulerade")},
                       {"object", statement_ref(r.stamp.uuid)},
                       {"timestamp", r.stamp.created}};
        m_out.push_back(statement);
    }

    // People, placements, pairs and activities are what statements are about; briefings are not
    // mapped (docs/xapi.md).
    template <typename R>
    void add(const R& /*unmapped*/)
    {
    }

    Json take() { return std::move(m_out); }

private:
    [[nodiscard]] Json agent(const std::string& name) const
    {
        return Json{{"objectType", "Agent"},
                    {"account", Json{{"homePage", m_options.home}, {"name", name}}}};
    }

    [[nodiscard]] Json language_map(const std::string& text) const { return Json{{m_tag, text}}; }

    static Json statement_ref(std::string_view uuid)
    {
        return Json{{"objectType", "StatementRef"}, {"id", statement_id(uuid)}};
    }

    // The statement's id, actor and verb; empty for a record nobody is known to have written.
    [[nodiscard]] Json start(const model::Stamp& stamp, Json verb_of) const
    {
        const auto& author = stamp.author.empty() ? m_options.owner : stamp.author;
        if (author.empty()) {
            return {};
        }
        return Json{{"id", statement_id(stamp.uuid)},
                    {"actor", agent(author)},
                    {"verb", std::move(verb_of)}};
    }

    [[nodiscard]] Json activity_object(const std::string& code) const
    {
        auto definition = Json::object();
        const auto* activity = find_in(m_activities, code);
        const auto& title = activity != nullptr ? activity->activity.title : code;
        definition["name"] = language_map(title.empty() ? code : title);
        if (activity != nullptr && !activity->activity.what.empty()) {
            definition["description"] = language_map(activity->activity.what);
        }
        definition["type"] = k_performance;
        return Json{{"objectType", "Activity"},
                    {"id", project_iri("activities/") + path_segment(code)},
                    {"definition", definition}};
    }

    // The placement of the pair with this uuid, when the records hold the pair.
    void add_placement(Json& extensions, const std::string& pair_uuid) const
    {
        if (const auto* pair = find_in(m_pairs, pair_uuid); pair != nullptr) {
            extensions[extension("placement")] = pair->placement;
        }
    }

    [[nodiscard]] Json context(Json activities, const std::string* entry, Json extensions) const
    {
        Json out = Json::object();
        if (!activities.empty()) {
            out["contextActivities"] = std::move(activities);
        }
        out["platform"] = "peer";
        out["language"] = m_tag;
        if (entry != nullptr && !entry->empty()) {
            out["statement"] = statement_ref(*entry);
        }
        if (!extensions.empty()) {
            out["extensions"] = std::move(extensions);
        }
        return out;
    }

    // A reflection or feedback: commented on the activity it is about (or on the form, when it
    // is about none), its text as the response when the record carries it.
    template <typename W>
    void add_writing(const model::WritingRecord<W>& r, const forms::Form& form, Json extensions)
    {
        auto statement = start(r.stamp, verb("commented", "commented", "kommenterade"));
        if (statement.empty()) {
            return;
        }
        statement["object"] =
            r.writing.code.empty() ? form_activity(form) : activity_object(r.writing.code);
        auto answered = Json::array();
        std::string response;
        for (std::size_t i = 0; i < form.sections.size(); ++i) {
            const auto& section = form.sections[i];
            if (i < r.answered.size() && r.answered[i]) {
                answered.push_back(section.key);
            }
            if (i < r.writing.answers.size() && !r.writing.answers[i].empty()) {
                response += fmt::format("{}## {}\n\n{}\n", response.empty() ? "" : "\n",
                                        section.heading.in(m_options.lang), r.writing.answers[i]);
            }
        }
        Json result{{"completion", answered.size() == form.sections.size()}};
        if (!r.withheld && !response.empty()) {
            result["response"] = response;
        }
        statement["result"] = result;
        extensions[extension("answered")] = answered;
        if (const auto* entry = find_in(m_entries, r.entry); entry != nullptr) {
            add_placement(extensions, entry->pair);
        }
        statement["context"] = context(Json{{"category", Json::array({form_activity(form)})}},
                                       &r.entry, std::move(extensions));
        statement["timestamp"] = noon_of(r.writing.date);
        m_out.push_back(statement);
    }

    const XapiOptions& m_options;
    std::string m_tag; // the language tag of the journal's texts
    std::unordered_map<std::string, const model::ActivityRecord*> m_activities; // by code
    std::unordered_map<std::string, const model::PairRecord*> m_pairs;          // by uuid
    std::unordered_map<std::string, const model::LogRecord*> m_entries;         // by uuid
    Json m_out = Json::array();
};

} // namespace

bool is_account_home(std::string_view iri)
{
    const auto separator = iri.find("://");
    if (separator == std::string_view::npos || !has_only_iri_characters(iri)) {
        return false;
    }
    const auto scheme = lower(iri.substr(0, separator));
    if (scheme != "http" && scheme != "https") {
        return false;
    }
    const auto rest = iri.substr(separator + 3);
    const auto authority = rest.substr(0, rest.find_first_of("/?#"));
    return authority.find('@') == std::string_view::npos && is_authority(authority);
}

std::string statement_id(std::string_view record_uuid)
{
    return uuid5(statement_namespace(), lower(record_uuid));
}

std::string voiding_statement_id(std::string_view record_uuid)
{
    return uuid5(statement_namespace(), lower(record_uuid) + "/voided");
}

nlohmann::ordered_json xapi_statements(const std::vector<model::Record>& records,
                                       const XapiOptions& options)
{
    Builder builder(records, options);
    for (const auto& record : records) {
        std::visit([&builder](const auto& r) { builder.add(r); }, record);
    }
    return builder.take();
}

std::string xapi_array_text(const nlohmann::ordered_json& statements)
{
    return statements.dump() + '\n';
}

std::string xapi_lines_text(const nlohmann::ordered_json& statements)
{
    std::string out;
    for (const auto& statement : statements) {
        out += statement.dump() + '\n';
    }
    return out;
}

} // namespace peer::exchange
