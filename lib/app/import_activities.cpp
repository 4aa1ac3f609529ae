#include <peer/app/import_activities.hpp>
#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/import_rows.hpp>
#include <peer/journal/batch.hpp>
#include <peer/model/person.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <map>

namespace peer::app {

using formats::ColumnSpec;
using formats::ImportRow;

namespace {

enum CatalogueColumn { c_code, c_title, c_what, c_how, c_why, c_outcomes, c_unit, c_tags };
constexpr std::array<ColumnSpec, 8> k_catalogue{{{"code", true, false, "kod"},
                                                 {"title", true, false, "titel"},
                                                 {"what", false, false, "vad"},
                                                 {"how", false, false, "hur"},
                                                 {"why", false, false, "varför"},
                                                 {"outcomes", false, true, "lärandemål"},
                                                 {"unit", false, false, "enhet"},
                                                 {"tags", false, true, "taggar"}}};

enum LogColumn { l_date, l_code, l_mode, l_partner, l_patients, l_presence, l_note };
constexpr std::array<ColumnSpec, 7> k_log{{{"date", true, false, "datum"},
                                           {"code", true, false, "kod"},
                                           {"mode", true, false, "läge"},
                                           {"partner", false, true, "studiekamrat"},
                                           {"patients", false, false, "patienter"},
                                           {"presence", false, false, "närvaro"},
                                           {"note", false, false, "anteckning"}}};

constexpr std::int64_t k_progress_every = 4096;

// Turns rows into activities or log entries, reports what is wrong with each, and writes the
// sound ones while nothing is wrong.
class Importer {
public:
    Importer(journal::CatalogueBatch& catalogue, const std::vector<std::string>& allowed,
             ImportResult& result)
        : m_catalogue(&catalogue), m_allowed(allowed), m_result(result)
    {
    }
    Importer(journal::LogBatch& log, const journal::LogContext& context, Date today,
             const std::vector<std::string>& allowed, ImportResult& result)
        : m_log(&log), m_context(context),
          m_checker(std::in_place, context, rules::default_rule_set(), today), m_allowed(allowed),
          m_result(result)
    {
    }

    void take(const formats::RowSource& source, const ImportRow& row);
    // Adds what is said once for the whole import: the LOG-DATE warnings, summed up.
    void finish();

private:
    void error(const formats::RowSource& source, int line, std::string_view id,
               std::string_view column, const Text& message)
    {
        const auto name = source.column_name(column);
        m_result.diagnostics.push_back(
            {Severity::error,
             std::string(id),
             Position{source.file(), line, 0},
             {name.en + ": " + message.en, name.sv + ": " + message.sv}});
    }
    // The privacy guard over the texts of the row, every value of a catalogue row and a log
    // row's note and partners: each identifier not allowed is an error. Returns the allowed ones
    // it found, to record with the row's record. (The other values of a log row are read as a
    // date, a code, keywords and a number, and stored so: one that cannot be read is refused by
    // refused_value(), which does not repeat an identifier.)
    std::vector<std::string> guard(const formats::RowSource& source, const ImportRow& row);
    // Whether `value` of `column`, which cannot be read, holds an identifier: then the guard's
    // refusal, which masks it, is the error, instead of one that quotes the value.
    bool refused_as_identifier(const formats::RowSource& source, const ImportRow& row,
                               std::string_view column, std::string_view value);
    // Calls `each` with every value of the row (a list's items one by one) and its column.
    void for_each_value(
        const ImportRow& row,
        const std::function<void(std::string_view value, std::string_view column)>& each) const;
    // Whether a value of the row holds a control character; each is an error at the row.
    bool holds_controls(const formats::RowSource& source, const ImportRow& row);
    void take_activity(const formats::RowSource& source, const ImportRow& row,
                       const std::vector<std::string>& allowed);
    void take_entry(const formats::RowSource& source, const ImportRow& row,
                    const std::vector<std::string>& allowed);
    [[nodiscard]] bool writing() const { return !has_errors(m_result.diagnostics); }

    journal::CatalogueBatch* m_catalogue = nullptr; // a catalogue import writes here
    journal::LogBatch* m_log = nullptr;             // a log import here
    std::optional<journal::LogContext> m_context;
    std::optional<EntryChecker> m_checker;
    const std::vector<std::string>& m_allowed; // --allow-identifier
    std::vector<std::string> m_allowed_found;  // those of them found in some row
    ImportResult& m_result;
    std::map<std::string, std::string, std::less<>> m_first_seen; // code -> "file:line"
    // LOG-DATE as a warning: the first, at its row, and how many rows more. (A log of another
    // term's dates would otherwise warn on every row.)
    std::optional<Diagnostic> m_first_outside;
    std::int64_t m_more_outside = 0;
};

void Importer::finish()
{
    for (const auto& text : m_allowed) {
        if (std::ranges::find(m_allowed_found, text) == m_allowed_found.end()) {
            m_result.diagnostics.push_back(
                {Severity::warning, "", std::nullopt, privacy::unused_allowance(text)});
        }
    }
    if (!m_first_outside) {
        return;
    }
    auto summary = *m_first_outside;
    if (m_more_outside > 0) {
        summary.message.en += fmt::format(" (and {} more row(s) dated outside)", m_more_outside);
        summary.message.sv +=
            fmt::format(" (och {} rad(er) till daterade utanför)", m_more_outside);
    }
    m_result.diagnostics.push_back(std::move(summary));
}

void Importer::take(const formats::RowSource& source, const ImportRow& row)
{
    ++m_result.counts.rows;
    if (holds_controls(source, row)) {
        return;
    }
    const auto allowed = guard(source, row);
    m_catalogue ? take_activity(source, row, allowed) : take_entry(source, row, allowed);
}

void Importer::for_each_value(
    const ImportRow& row,
    const std::function<void(std::string_view value, std::string_view column)>& each) const
{
    const auto columns =
        m_catalogue ? std::span<const ColumnSpec>(k_catalogue) : std::span<const ColumnSpec>(k_log);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].list && i < row.lists.size()) {
            for (const auto& item : row.lists[i]) {
                each(item, columns[i].name);
            }
        } else if (i < row.values.size() && row.values[i]) {
            each(*row.values[i], columns[i].name);
        }
    }
}

bool Importer::holds_controls(const formats::RowSource& source, const ImportRow& row)
{
    bool found = false;
    const auto refuse = [&](std::string_view value, std::string_view column) {
        if (const auto at = first_control(value)) {
            const auto name = control_name(value, *at);
            error(source, row.line, format_check::control, column,
                  {fmt::format("holds a control character, {}, which can change what a "
                               "terminal shows; remove it",
                               name),
                   fmt::format("innehåller ett styrtecken, {}, som kan ändra det en terminal "
                               "visar; ta bort det",
                               name)});
            found = true;
        }
    };
    for_each_value(row, refuse);
    return found;
}

std::vector<std::string> Importer::guard(const formats::RowSource& source, const ImportRow& row)
{
    std::vector<std::string> allowed;
    const auto screen = [&](std::string_view value, std::string_view column) {
        for (const auto& hit : privacy::find_identifiers(value)) {
            if (std::ranges::find(m_allowed, hit.text) == m_allowed.end()) {
                error(source, row.line + hit.line - 1, privacy::diagnostic_id(hit.kind), column,
                      privacy::refusal(hit, true));
            } else if (std::ranges::find(allowed, hit.text) == allowed.end()) {
                allowed.push_back(hit.text);
            }
        }
    };
    for_each_value(row, [&](std::string_view value, std::string_view column) {
        if (m_catalogue || column == "note" || column == "partner") {
            screen(value, column);
        }
    });
    for (const auto& text : allowed) {
        if (std::ranges::find(m_allowed_found, text) == m_allowed_found.end()) {
            m_allowed_found.push_back(text);
        }
    }
    return allowed;
}

bool Importer::refused_as_identifier(const formats::RowSource& source, const ImportRow& row,
                                     std::string_view column, std::string_view value)
{
    const auto hits = privacy::find_identifiers(value);
    for (const auto& hit : hits) {
        error(source, row.line + hit.line - 1, privacy::diagnostic_id(hit.kind), column,
              privacy::refusal(hit, false));
    }
    return !hits.empty();
}

void Importer::take_activity(const formats::RowSource& source, const ImportRow& row,
                             const std::vector<std::string>& allowed)
{
    const auto& code = row.values[c_code];
    const auto& title = row.values[c_title];
    if (!code || !title) {
        error(source, row.line, format_check::missing, code ? "title" : "code",
              {"is empty; every activity needs a code and a title",
               "är tom; varje aktivitet behöver en kod och en rubrik"});
        return;
    }
    if (!model::is_valid_id(*code)) {
        if (privacy::find_identifiers(*code).empty()) { // else guard() has refused it, masked
            error(
                source, row.line, format_check::value, "code",
                {fmt::format("'{}' cannot be a code: use letters, digits, '.', '_' and '-'", *code),
                 fmt::format("'{}' kan inte vara en kod: använd bokstäver, siffror, '.', '_' "
                             "och '-'",
                             *code)});
        }
        return;
    }
    const auto where = fmt::format("{}:{}", source.file(), row.line);
    if (const auto [first, fresh] = m_first_seen.emplace(*code, where); !fresh) {
        error(source, row.line, format_check::duplicate, "code",
              {fmt::format("'{}' is given twice (first at {})", *code, first->second),
               fmt::format("'{}' förekommer två gånger (först på {})", *code, first->second)});
        return;
    }
    if (!writing()) {
        return;
    }
    const model::Activity activity{*code,
                                   *title,
                                   row.values[c_what].value_or(""),
                                   row.values[c_how].value_or(""),
                                   row.values[c_why].value_or(""),
                                   row.lists[c_outcomes],
                                   row.values[c_unit].value_or(""),
                                   row.lists[c_tags]};
    switch (m_catalogue->upsert(activity, allowed)) {
    case journal::ActivitySaved::added:
        ++m_result.counts.added;
        break;
    case journal::ActivitySaved::updated:
        ++m_result.counts.updated;
        break;
    default:
        ++m_result.counts.unchanged;
    }
}

void Importer::take_entry(const formats::RowSource& source, const ImportRow& row,
                          const std::vector<std::string>& allowed)
{
    const auto errors = m_result.diagnostics.size();
    model::LogEntry entry;
    for (auto [column, name] : {std::pair{l_date, "date"}, {l_code, "code"}, {l_mode, "mode"}}) {
        if (!row.values[column]) {
            error(source, row.line, format_check::missing, name,
                  {"is empty; it is required", "är tom; den krävs"});
        }
    }
    if (const auto& date = row.values[l_date]) {
        if (auto parsed = parse_date(*date)) {
            entry.date = *parsed;
        } else if (!refused_as_identifier(source, row, "date", *date)) {
            error(source, row.line, format_check::value, "date",
                  {fmt::format("'{}' is not a date; write YYYY-MM-DD, a day that exists", *date),
                   fmt::format("'{}' är inget datum; skriv ÅÅÅÅ-MM-DD, en dag som finns", *date)});
        }
    }
    std::int64_t activity_row = 0;
    if (const auto& code = row.values[l_code]) {
        if (const auto found = m_log->activity(*code)) {
            activity_row = found->handle;
            entry.code = found->code;
        } else if (!refused_as_identifier(source, row, "code", *code)) {
            const auto nearest = m_log->nearest_code(*code);
            const auto hint = nearest ? Text{fmt::format(" did you mean '{}'?", *nearest),
                                             fmt::format(" menade du '{}'?", *nearest)}
                                      : Text{};
            error(source, row.line, format_check::reference, "code",
                  {fmt::format("there is no activity '{}' in the catalogue;{} else import the "
                               "unit's list first",
                               *code, hint.en),
                   fmt::format("det finns ingen aktivitet '{}' i katalogen;{} annars importera "
                               "enhetens lista först",
                               *code, hint.sv)});
        }
    }
    auto keyword = [&]<typename E>(LogColumn column, std::string_view name, E& into) {
        if (const auto& text = row.values[column]) {
            if (auto value = model::parse_keyword<E>(*text)) {
                into = *value;
            } else if (!refused_as_identifier(source, row, name, *text)) {
                const auto accepted = model::accepted_keywords<E>();
                error(source, row.line, format_check::value, name,
                      {fmt::format("'{}' is not allowed; accepted: {}", *text, accepted.en),
                       fmt::format("'{}' är inte tillåtet; tillåtna: {}", *text, accepted.sv)});
            }
        }
    };
    keyword(l_mode, "mode", entry.mode);
    if (row.values[l_presence]) {
        model::Presence presence{};
        keyword(l_presence, "presence", presence);
        entry.presence = presence;
    }
    if (const auto& patients = row.values[l_patients]) {
        int count = -1;
        const auto* end = patients->data() + patients->size();
        if ((std::from_chars(patients->data(), end, count).ptr != end || count < 0)
            && !refused_as_identifier(source, row, "patients", *patients)) {
            error(source, row.line, format_check::value, "patients",
                  {fmt::format("'{}' is not a number of patients; give a whole number, 0 or more",
                               *patients),
                   fmt::format("'{}' är inget antal patienter; ange ett heltal, 0 eller fler",
                               *patients)});
        }
        entry.patients = count;
    }
    entry.partners = row.lists[l_partner]; // "bea, cem" in a pair of three
    entry.note = row.values[l_note].value_or("");
    if (m_result.diagnostics.size() != errors) {
        return;
    }
    default_partner(entry, *m_context);
    for (auto& finding : m_checker->failures(entry, "")) {
        const auto severity =
            finding.verdict == rules::Verdict::error ? Severity::error : Severity::warning;
        Diagnostic found{severity, finding.rule, Position{source.file(), row.line, 0},
                         finding.message};
        if (finding.rule == "LOG-DATE" && severity == Severity::warning) {
            if (m_first_outside) {
                ++m_more_outside;
            } else {
                m_first_outside = std::move(found);
            }
            continue;
        }
        m_result.diagnostics.push_back(std::move(found));
    }
    if (writing()) {
        ++(m_log->insert(entry, activity_row, allowed) ? m_result.counts.added
                                                       : m_result.counts.unchanged);
    }
}

// Reads every row of `files` into `importer`; whether what it took may be written.
bool read_all(Importer& importer, const ImportRequest& request, const ProgressReport& progress,
              ImportResult& result)
{
    const auto kind = request.kind;
    const auto& files = request.files;
    std::uint64_t total = 0;
    for (const auto& file : files) {
        std::error_code error;
        total += std::filesystem::file_size(file, error);
    }
    const auto columns = kind == ImportKind::catalogue ? std::span<const ColumnSpec>(k_catalogue)
                                                       : std::span<const ColumnSpec>(k_log);
    const auto table = kind == ImportKind::catalogue ? "activity" : "entry";
    std::uint64_t done = 0;
    for (const auto& file : files) {
        auto source =
            formats::open_rows(file, columns, table, request.encoding, result.diagnostics);
        if (!source) {
            continue;
        }
        ImportRow row;
        while (source->next(row)) {
            importer.take(*source, row);
            if (progress && result.counts.rows % k_progress_every == 0) {
                progress(done + source->bytes_read(), total, result.counts.rows);
            }
        }
        done += source->bytes_read();
        if (request.encoding == Encoding::utf8) {
            formats::explain_not_utf8(file, result.diagnostics);
        }
    }
    importer.finish();
    if (progress) {
        progress(total, total, result.counts.rows);
    }
    if (result.counts.rows == 0 && !has_errors(result.diagnostics)) {
        std::vector<std::string> names;
        names.reserve(files.size());
        for (const auto& file : files) {
            names.push_back(file.string());
        }
        const auto named = fmt::format("{}", fmt::join(names, ", "));
        result.diagnostics.push_back(
            {Severity::error,
             std::string(format_check::missing),
             std::nullopt,
             {fmt::format("{} holds no rows to import: add rows under its header", named),
              fmt::format("{} innehåller inga rader att importera: lägg till rader under "
                          "rubrikraden",
                          named)}});
    }
    return !request.dry_run && !has_errors(result.diagnostics);
}

} // namespace

ImportResult import_files(journal::Journal& journal, const ImportRequest& request,
                          const ProgressReport& progress)
{
    ImportResult result;
    if (request.kind == ImportKind::catalogue) {
        result.written = journal::write_catalogue(journal, [&](journal::CatalogueBatch& batch) {
            Importer importer(batch, request.allowed, result);
            return read_all(importer, request, progress, result);
        });
        return result;
    }
    const auto context = journal::log_context(journal);
    if (!context) {
        result.diagnostics.push_back({Severity::error, "", std::nullopt, missing_owner()});
        return result;
    }
    result.written = journal::write_log(journal, *context, [&](journal::LogBatch& batch) {
        Importer importer(batch, *context, request.today, request.allowed, result);
        return read_all(importer, request, progress, result);
    });
    return result;
}

} // namespace peer::app
