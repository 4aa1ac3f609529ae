// The cohort view in its four formats. Text and HTML show the same tables; CSV has one line per
// student and per pair for a spreadsheet; JSON is schemas/output/cohort.schema.json.

#include <peer/exchange/cohort.hpp>

#include "report_sections.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace peer::exchange {

namespace {

using report_detail::Table;

constexpr std::array<Flag, 9> k_flags{
    Flag::no_reflection_for_a_week, Flag::feedback_one_way,     Flag::one_partner_performs,
    Flag::presence_not_decreasing,  Flag::patients_not_growing, Flag::open_rule_errors,
    Flag::no_recent_export,         Flag::midway_talk_missing,  Flag::plan_review_overdue};

// The flag as a table's cell: short, in the reader's language; a legend below says more.
std::string_view flag_label(Flag flag, Lang lang)
{
    const auto tr = [lang](std::string_view en, std::string_view sv) {
        return lang == Lang::sv ? sv : en;
    };
    switch (flag) {
    case Flag::no_reflection_for_a_week:
        return tr("no-reflection", "ingen-reflektion");
    case Flag::feedback_one_way:
        return tr("one-way-feedback", "enkelriktad-återkoppling");
    case Flag::one_partner_performs:
        return tr("one-performs", "en-utför");
    case Flag::presence_not_decreasing:
        return tr("presence", "närvaro");
    case Flag::patients_not_growing:
        return tr("patients", "patienter");
    case Flag::open_rule_errors:
        return tr("rules", "regler");
    case Flag::no_recent_export:
        return tr("old-export", "gammal-export");
    case Flag::midway_talk_missing:
        return tr("no-midway", "inget-halvtidssamtal");
    case Flag::plan_review_overdue:
        break;
    }
    return tr("review-overdue", "uppföljning-försenad");
}

std::string flags_cell(const std::vector<Flag>& flags, Lang lang)
{
    std::vector<std::string_view> labels;
    labels.reserve(flags.size());
    for (const auto flag : flags) {
        labels.push_back(flag_label(flag, lang));
    }
    return fmt::format("{}", fmt::join(labels, " "));
}

std::string decimal(double value)
{
    return fmt::format("{:.1f}", value);
}

std::string trend(const std::optional<double>& value)
{
    return value ? fmt::format("{:+.1f}", *value) : std::string("–");
}

std::string performed_cell(const PairRow& pair)
{
    std::vector<std::string> parts;
    for (const auto& [student, count] : pair.performed) {
        parts.push_back(fmt::format("{} {}", student, count));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string feedback_cell(const PairRow& pair)
{
    std::vector<std::string> parts;
    for (const auto& f : pair.feedback) {
        parts.push_back(fmt::format("{}→{} {}", f.from, f.to, f.count));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

struct Tables {
    Table students;
    Table pairs;
};

std::string date_cell(const std::optional<Date>& date)
{
    return date ? format_date(*date) : "–";
}

Tables tables(const PlacementView& view, Lang lang)
{
    const auto tr = [lang](std::string_view en, std::string_view sv) {
        return std::string(lang == Lang::sv ? sv : en);
    };
    Tables out{
        {{tr("Student", "Student"), tr("Pair", "Par"), tr("Entries", "Poster"),
          tr("Performed", "Utförda"), tr("Patients/day", "Patienter/dag"),
          tr("Trend/week", "Trend/vecka"), tr("Reflections/week", "Reflektioner/vecka"),
          tr("Feedback given", "Återkoppling given"), tr("received", "mottagen"),
          tr("Midway", "Halvtid"), tr("Final", "Slut"), tr("At risk", "Riskzon"),
          tr("Open plans", "Öppna planer"), tr("Exported", "Exporterad"), tr("Flags", "Flaggor")},
         {}},
        {{tr("Pair", "Par"), tr("Supervisors", "Handledare"), tr("Entries", "Poster"),
          tr("Performed", "Utförda"), tr("Feedback", "Återkoppling"), tr("Flags", "Flaggor")},
         {}}};
    for (const auto& s : view.students) {
        out.students.rows.push_back(
            {s.student, s.pair.empty() ? "–" : s.pair, std::to_string(s.entries),
             std::to_string(s.performed), decimal(s.patients_per_day), trend(s.patients_trend),
             decimal(s.reflections_per_week), std::to_string(s.feedback_given),
             std::to_string(s.feedback_received), date_cell(s.midway), date_cell(s.final_talk),
             s.at_risk.empty() ? "–" : fmt::format("{}", fmt::join(s.at_risk, ", ")),
             std::to_string(s.open_plans), s.exported_at.substr(0, 10), flags_cell(s.flags, lang)});
    }
    for (const auto& p : view.pairs) {
        out.pairs.rows.push_back({p.pair, fmt::format("{}", fmt::join(p.supervisors, ", ")),
                                  std::to_string(p.entries), performed_cell(p), feedback_cell(p),
                                  flags_cell(p.flags, lang)});
    }
    return out;
}

// For the terminal: the numbers in columns that fit 80, each student's flags in words below.
Tables text_tables(const PlacementView& view, Lang lang)
{
    const auto tr = [lang](std::string_view en, std::string_view sv) {
        return std::string(lang == Lang::sv ? sv : en);
    };
    Tables out{{{tr("Student", "Student"), tr("Name", "Namn"), tr("Entries", "Poster"),
                 tr("Perf.", "Utf."), tr("Pat./day", "Pat./dag"), tr("Trend", "Trend"),
                 tr("Refl./wk", "Refl./v"), tr("Fb out", "Åk ut"), tr("Fb in", "Åk in")},
                {}},
               {{tr("Pair", "Par"), tr("Supervisors", "Handledare"), tr("Performed", "Utförda"),
                 tr("Feedback", "Återkoppling")},
                {}}};
    for (const auto& s : view.students) {
        out.students.rows.push_back(
            {s.student, s.name, std::to_string(s.entries), std::to_string(s.performed),
             decimal(s.patients_per_day), trend(s.patients_trend), decimal(s.reflections_per_week),
             std::to_string(s.feedback_given), std::to_string(s.feedback_received)});
    }
    for (const auto& p : view.pairs) {
        out.pairs.rows.push_back({p.pair, fmt::format("{}", fmt::join(p.supervisors, ", ")),
                                  performed_cell(p), feedback_cell(p)});
    }
    return out;
}

std::string heading(const Cohort& cohort, Lang lang)
{
    return lang == Lang::sv ? fmt::format("Kullen {} · {} studenter ur {} filer",
                                          format_date(cohort.today), cohort.students, cohort.files)
                            : fmt::format("Cohort on {} · {} students from {} files",
                                          format_date(cohort.today), cohort.students, cohort.files);
}

std::string placement_heading(const PlacementView& view)
{
    return fmt::format("{} · {} · {} – {}", view.id, view.title, format_date(view.start),
                       format_date(view.end));
}

// The flags that occur in the view, for its legend.
std::vector<Flag> flags_in(const PlacementView& view)
{
    std::vector<Flag> out;
    for (const auto flag : k_flags) {
        const auto has = [flag](const auto& row) {
            return std::ranges::find(row.flags, flag) != row.flags.end();
        };
        if (std::ranges::any_of(view.students, has) || std::ranges::any_of(view.pairs, has)) {
            out.push_back(flag);
        }
    }
    return out;
}

std::string rule_error_line(const OpenRule& e, Lang lang)
{
    return fmt::format("{} {}: {}", e.rule, e.subject, e.message.in(lang));
}

// "bea: no reflection ...; the number of patients ..." for each row with flags.
template <typename Row>
void flag_lines(std::string& out, const Row& row, const std::string& name, Lang lang,
                std::size_t width)
{
    if (row.flags.empty()) {
        return;
    }
    std::vector<std::string> texts;
    for (const auto flag : row.flags) {
        texts.push_back(flag_text(flag).in(lang));
    }
    out += wrapped(fmt::format("{}", fmt::join(texts, "; ")), width, "  " + name + ": ", "    ");
}

// "ali · midway 2026-11-20 · final – · at risk: care-assess · open plans 1 (1 overdue)".
std::string talks_line(const StudentRow& s, Lang lang)
{
    const auto sv = lang == Lang::sv;
    return fmt::format("{} · {} {} · {} {} · {}: {} · {} {}{}", s.student,
                       sv ? "halvtid" : "midway", date_cell(s.midway), sv ? "slut" : "final",
                       date_cell(s.final_talk), sv ? "i riskzonen" : "at risk",
                       s.at_risk.empty() ? "–" : fmt::format("{}", fmt::join(s.at_risk, ", ")),
                       sv ? "öppna planer" : "open plans", s.open_plans,
                       s.overdue_reviews == 0 ? std::string()
                                              : fmt::format(" ({} {})", s.overdue_reviews,
                                                            sv ? "försenade" : "overdue"));
}

std::string text(const Cohort& cohort, Lang lang, std::size_t width)
{
    std::string out = heading(cohort, lang) + "\n";
    for (const auto& view : cohort.placements) {
        const auto t = text_tables(view, lang);
        out += "\n" + placement_heading(view) + "\n" + t.students.text(width);
        out += lang == Lang::sv
                   ? "  Utf.: utförda · Pat./dag: patienter per dag · Trend: dess ändring per "
                     "vecka\n  Refl./v: reflektioner per vecka · Åk ut, in: återkoppling given, "
                     "mottagen\n"
                   : "  Perf.: performed · Pat./day: patients per day · Trend: its change per "
                     "week\n  Refl./wk: reflections per week · Fb out, in: feedback given, "
                     "received\n";
        if (!t.pairs.rows.empty()) {
            out += "\n" + t.pairs.text(width);
        }
        out += "\n" + std::string(lang == Lang::sv ? "Samtal" : "Talks") + "\n";
        for (const auto& s : view.students) {
            out += wrapped(talks_line(s, lang), width, "  ", "    ");
        }
        out += "\n" + std::string(lang == Lang::sv ? "Flaggor" : "Flags") + "\n";
        const auto flags = flags_in(view);
        if (flags.empty()) {
            out += lang == Lang::sv ? "  Inga.\n" : "  None.\n";
        }
        for (const auto& s : view.students) {
            flag_lines(out, s, s.student, lang, width);
        }
        for (const auto& p : view.pairs) {
            flag_lines(out, p, p.pair, lang, width);
        }
        for (const auto& e : view.rule_errors) {
            out += wrapped(rule_error_line(e, lang), width, "  ", "    ");
        }
    }
    return out;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
std::string csv_field(const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        return field;
    }
    std::string out = "\"";
    for (const char c : field) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += (i == 0 ? "" : ",") + csv_field(fields[i]);
    }
    return out + "\r\n";
}

std::string keywords(const std::vector<Flag>& flags)
{
    std::vector<std::string_view> names;
    names.reserve(flags.size());
    for (const auto flag : flags) {
        names.push_back(flag_keyword(flag));
    }
    return fmt::format("{}", fmt::join(names, " "));
}

std::string csv(const Cohort& cohort)
{
    std::string out = csv_line({"placement",
                                "row",
                                "id",
                                "name",
                                "pair",
                                "entries",
                                "performed",
                                "patients_per_day",
                                "patients_trend",
                                "presence_trend",
                                "reflections_per_week",
                                "feedback_given",
                                "feedback_received",
                                "midway",
                                "final",
                                "at_risk",
                                "open_plans",
                                "overdue_reviews",
                                "exported_at",
                                "flags"});
    const auto optional = [](const std::optional<double>& v) {
        return v ? fmt::format("{:.2f}", *v) : std::string();
    };
    for (const auto& view : cohort.placements) {
        for (const auto& s : view.students) {
            out += csv_line({view.id,
                             "student",
                             s.student,
                             s.name,
                             s.pair,
                             std::to_string(s.entries),
                             std::to_string(s.performed),
                             fmt::format("{:.2f}", s.patients_per_day),
                             optional(s.patients_trend),
                             optional(s.presence_trend),
                             fmt::format("{:.2f}", s.reflections_per_week),
                             std::to_string(s.feedback_given),
                             std::to_string(s.feedback_received),
                             s.midway ? format_date(*s.midway) : "",
                             s.final_talk ? format_date(*s.final_talk) : "",
                             fmt::format("{}", fmt::join(s.at_risk, " ")),
                             std::to_string(s.open_plans),
                             std::to_string(s.overdue_reviews),
                             s.exported_at,
                             keywords(s.flags)});
        }
        for (const auto& p : view.pairs) {
            int performed = 0;
            for (const auto& [student, count] : p.performed) {
                performed += count;
            }
            out += csv_line({view.id, "pair", p.pair, "", p.pair, std::to_string(p.entries),
                             std::to_string(performed), "", "", "", "", "", "", "",
                             keywords(p.flags)});
        }
    }
    return out;
}

std::string html(const Cohort& cohort, Lang lang)
{
    using report_detail::Bar;
    using report_detail::escaped;
    std::string body;
    for (std::size_t i = 0; i < cohort.placements.size(); ++i) {
        const auto& view = cohort.placements[i];
        const auto t = tables(view, lang);
        body += "<section>\n<h2>" + escaped(placement_heading(view)) + "</h2>\n";
        std::vector<Bar> entries;
        for (const auto& s : view.students) {
            entries.push_back(
                {s.student, {{"performed", s.performed}, {"", s.entries - s.performed}}});
        }
        body += report_detail::chart(fmt::format("entries-{}", i + 1), entries,
                                     lang == Lang::sv ? "Poster per student: utförda, övriga"
                                                      : "Entries per student: performed, other");
        std::vector<Bar> flagged;
        for (const auto flag : k_flags) {
            const auto has = [flag](const auto& row) {
                return std::ranges::find(row.flags, flag) != row.flags.end();
            };
            const auto count =
                std::ranges::count_if(view.students, has) + std::ranges::count_if(view.pairs, has);
            flagged.push_back(
                {std::string(flag_label(flag, lang)), {{"flagged", static_cast<int>(count)}}});
        }
        body += report_detail::chart(fmt::format("flags-{}", i + 1), flagged,
                                     lang == Lang::sv ? "Rader med varje flagga"
                                                      : "Rows with each flag");
        body += report_detail::table_html(t.students);
        if (!t.pairs.rows.empty()) {
            body += report_detail::table_html(t.pairs);
        }
        if (!view.rule_errors.empty()) {
            body += "<ul class=\"flag\">";
            for (const auto& e : view.rule_errors) {
                body += "<li>" + escaped(rule_error_line(e, lang)) + "</li>";
            }
            body += "</ul>\n";
        }
        const auto flags = flags_in(view);
        if (!flags.empty()) {
            body += "<dl>";
            for (const auto flag : flags) {
                body +=
                    fmt::format("<dt class=\"flag\">{}</dt><dd>{}</dd>",
                                escaped(flag_label(flag, lang)), escaped(flag_text(flag).in(lang)));
            }
            body += "</dl>\n";
        }
        body += "</section>\n";
    }
    // Its tables are wide: the page uses the window's width and prints across A4. A placement
    // of a whole cohort runs over pages; its charts stand side by side.
    return report_detail::html_page(
        lang, heading(cohort, lang), body,
        "body { max-width: none; } th, td { padding: .2rem .4rem; }\n"
        "th:last-child, td:last-child { text-align: left; }\n"
        "svg.chart { display: inline-block; vertical-align: top; margin-right: 2rem; }\n"
        "@media print { @page { size: A4 landscape; margin: 12mm; }\n"
        "  section { break-inside: auto; } h2 { break-after: avoid; }\n"
        "  table { font-size: 8.5pt; } thead { display: table-header-group; } }\n");
}

nlohmann::ordered_json json(const Cohort& cohort)
{
    using Json = nlohmann::ordered_json;
    const auto optional = [](const auto& v) { return v ? Json(*v) : Json(nullptr); };
    const auto flags = [](const std::vector<Flag>& all) {
        Json out = Json::array();
        for (const auto flag : all) {
            out.push_back(flag_keyword(flag));
        }
        return out;
    };
    Json placements = Json::array();
    for (const auto& view : cohort.placements) {
        Json students = Json::array();
        for (const auto& s : view.students) {
            students.push_back(
                {{"student", s.student},
                 {"name", s.name},
                 {"pair", s.pair.empty() ? Json(nullptr) : Json(s.pair)},
                 {"exports", s.exports},
                 {"exported_at", s.exported_at},
                 {"entries", s.entries},
                 {"performed", s.performed},
                 {"patients_per_day", s.patients_per_day},
                 {"patients_trend", optional(s.patients_trend)},
                 {"presence_trend", optional(s.presence_trend)},
                 {"reflections", s.reflections},
                 {"reflections_per_week", s.reflections_per_week},
                 {"last_reflection",
                  s.last_reflection ? Json(format_date(*s.last_reflection)) : Json(nullptr)},
                 {"feedback", {{"given", s.feedback_given}, {"received", s.feedback_received}}},
                 {"talks",
                  {{"midway", s.midway ? Json(format_date(*s.midway)) : Json(nullptr)},
                   {"final", s.final_talk ? Json(format_date(*s.final_talk)) : Json(nullptr)},
                   {"at_risk", s.at_risk},
                   {"open_plans", s.open_plans},
                   {"overdue_reviews", s.overdue_reviews}}},
                 {"flags", flags(s.flags)}});
        }
        Json pairs = Json::array();
        for (const auto& p : view.pairs) {
            Json performed = Json::object();
            for (const auto& [student, count] : p.performed) {
                performed[student] = count;
            }
            Json feedback = Json::array();
            for (const auto& f : p.feedback) {
                feedback.push_back({{"from", f.from}, {"to", f.to}, {"count", f.count}});
            }
            pairs.push_back({{"pair", p.pair},
                             {"students", p.students},
                             {"supervisors", p.supervisors},
                             {"entries", p.entries},
                             {"performed", performed},
                             {"feedback", feedback},
                             {"flags", flags(p.flags)}});
        }
        Json errors = Json::array();
        for (const auto& e : view.rule_errors) {
            errors.push_back({{"rule", e.rule},
                              {"subject", e.subject},
                              {"message", {{"en", e.message.en}, {"sv", e.message.sv}}}});
        }
        placements.push_back({{"id", view.id},
                              {"title", view.title},
                              {"start", format_date(view.start)},
                              {"end", format_date(view.end)},
                              {"students", students},
                              {"pairs", pairs},
                              {"rule_errors", errors}});
    }
    return {{"today", format_date(cohort.today)},
            {"files", cohort.files},
            {"students", cohort.students},
            {"placements", placements}};
}

} // namespace

std::string render_cohort(const Cohort& cohort, CohortFormat format, Lang lang, std::size_t width)
{
    switch (format) {
    case CohortFormat::text:
        return text(cohort, lang, width);
    case CohortFormat::csv:
        return csv(cohort);
    case CohortFormat::html:
        return html(cohort, lang);
    case CohortFormat::json:
        break;
    }
    return json(cohort).dump(2) + "\n";
}

} // namespace peer::exchange
