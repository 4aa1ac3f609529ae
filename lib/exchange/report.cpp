// The report in its four formats. Text and Markdown are tables of the same rows; HTML adds
// charts drawn as inline SVG, and a print stylesheet for A4.

#include <peer/core/utf8.hpp>
#include <peer/exchange/report.hpp>
#include <peer/forms/form.hpp>

#include "report_sections.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace peer::exchange {

namespace report_detail {

const std::array<model::Mode, 6> k_modes{model::Mode::perform,  model::Mode::observe,
                                         model::Mode::together, model::Mode::retell,
                                         model::Mode::compare,  model::Mode::delegate};
const std::array<Text, 6> k_stages{{{"description", "beskrivning"},
                                    {"feelings", "känslor"},
                                    {"evaluation", "värdering"},
                                    {"analysis", "analys"},
                                    {"conclusion", "slutsats"},
                                    {"action plan", "handlingsplan"}}};

std::string period_text(const Period& period)
{
    if (!period.from && !period.to) {
        return "";
    }
    return fmt::format("{} – {}", period.from ? format_date(*period.from) : "",
                       period.to ? format_date(*period.to) : "");
}

int count_of(const std::map<model::Mode, int>& by_mode, model::Mode mode)
{
    const auto found = by_mode.find(mode);
    return found == by_mode.end() ? 0 : found->second;
}

std::string joined(const std::vector<std::string>& items)
{
    return items.empty() ? std::string("–") : fmt::format("{}", fmt::join(items, ", "));
}

std::vector<Section> sections(const Summary& s, Lang lang)
{
    const auto tr = [lang](std::string_view en, std::string_view sv) {
        return std::string(lang == Lang::sv ? sv : en);
    };
    std::vector<Section> out;

    Table modes{{tr("Mode", "Arbetssätt"), tr("Entries", "Poster")}, {}};
    for (const auto mode : k_modes) {
        modes.rows.push_back(
            {std::string(model::display(mode, lang)), std::to_string(count_of(s.by_mode, mode))});
    }
    out.push_back(
        {fmt::format("{} ({})", tr("Activities by mode", "Aktiviteter per arbetssätt"), s.entries),
         modes,
         {}});

    Table codes{{tr("Code", "Kod"), tr("Activity", "Aktivitet"), tr("Entries", "Poster"),
                 tr("Performed", "Utförda")},
                {}};
    for (const auto& c : s.by_code) {
        codes.rows.push_back(
            {c.code, c.title, std::to_string(c.entries), std::to_string(c.performed)});
    }
    out.push_back({tr("Activities by code", "Aktiviteter per kod"), codes, {}});

    Table days{{tr("Day", "Dag"), tr("Entries", "Poster"), tr("Patients", "Patienter"),
                tr("Full", "Full"), tr("Partial", "Delvis"), tr("None", "Ingen")},
               {}};
    for (const auto& d : s.days) {
        days.rows.push_back({format_date(d.date), std::to_string(d.entries),
                             std::to_string(d.patients), std::to_string(d.full),
                             std::to_string(d.partial), std::to_string(d.none)});
    }
    out.push_back({tr("Patients and supervisor presence per day",
                      "Patienter och handledarens närvaro per dag"),
                   days,
                   {}});

    out.push_back({tr("Learning outcomes", "Lärandemål"),
                   std::nullopt,
                   {fmt::format("{}: {}", tr("Covered", "Berörda"), joined(s.outcomes_covered)),
                    fmt::format("{}: {}", tr("Not yet touched", "Ännu inte berörda"),
                                joined(s.outcomes_open))}});

    const auto& w = s.writing;
    std::vector<std::string> stages;
    for (std::size_t i = 0; i < k_stages.size(); ++i) {
        stages.push_back(fmt::format("{} {}", k_stages.at(i).in(lang), w.stages.at(i)));
    }
    out.push_back(
        {tr("Writing", "Skrivande"),
         std::nullopt,
         {fmt::format("{}: {} ({} {}), {} {}", tr("Reflections", "Reflektioner"), w.reflections,
                      w.complete, tr("through all six stages", "genom alla sex steg"), w.drafts,
                      tr("drafts", "utkast")),
          fmt::format("{}: {}", tr("Stages answered", "Besvarade steg"), fmt::join(stages, ", ")),
          fmt::format("{}: {}", tr("Open action plans", "Öppna handlingsplaner"),
                      w.open_action_plans),
          fmt::format("{}: {} {}, {} {}", tr("Feedback", "Återkoppling"), w.feedback_given,
                      tr("given", "given"), w.feedback_received, tr("received", "mottagen")),
          fmt::format("{}: {} {}, {} {}", tr("Briefings", "Handledningar"), w.briefings_before,
                      tr("before", "före"), w.briefings_after, tr("after", "efter"))}});

    Table balance{{tr("Partner", "Studiekamrat")}, {}};
    for (const auto mode : k_modes) {
        balance.header.emplace_back(model::display(mode, lang));
    }
    for (const auto& share : s.balance) {
        std::vector<std::string> row{share.partner.empty() ? tr("(alone)", "(ensam)")
                                                           : share.partner};
        for (const auto mode : k_modes) {
            row.push_back(std::to_string(count_of(share.by_mode, mode)));
        }
        balance.rows.push_back(std::move(row));
    }
    out.push_back({tr("Balance in the pair", "Balansen i paret"), balance, {}});

    std::vector<std::string> rules;
    for (const auto& r : s.open_rules) {
        rules.push_back(open_rule_line(r, lang));
    }
    if (rules.empty()) {
        rules.push_back(tr("None.", "Inga."));
    }
    out.push_back(
        {fmt::format("{} ({})", tr("Rules still open", "Regler som ännu inte är uppfyllda"),
                     s.open_rules.size()),
         std::nullopt, rules});

    // Each introduction's sections that have an answer, its author first.
    const auto& form = forms::introduction_form();
    std::vector<std::string> introductions;
    for (const auto& intro : s.introductions) {
        for (std::size_t i = 0; i < form.sections.size() && i < intro.answers.size(); ++i) {
            if (!intro.answers[i].empty()) {
                introductions.push_back(
                    fmt::format("{}, {} · {}: {}", intro.author, format_date(intro.date),
                                form.sections[i].heading.in(lang), intro.answers[i]));
            }
        }
    }
    if (introductions.empty()) {
        introductions.push_back(tr("None yet: write yours with `peer intro`.",
                                   "Ingen än: skriv din med `peer intro`."));
    }
    out.push_back({tr("Introductions", "Introduktioner"), std::nullopt, introductions});

    std::vector<std::string> talks;
    for (const auto& t : s.talks) {
        talks.push_back(fmt::format(
            "{} · {} · {} ({}) · {} · {}/{} {}{}", t.placement,
            t.talk == model::Talk::midway ? tr("midway", "halvtid") : tr("final", "slut"),
            t.assessor, t.self ? tr("self", "själv") : tr("supervisor", "handledare"),
            format_date(t.date), t.judged, t.criteria, tr("criteria judged", "kriterier bedömda"),
            t.at_risk.empty() ? std::string()
                              : fmt::format(" · {}: {}", tr("at risk", "i riskzonen"),
                                            fmt::join(t.at_risk, ", "))));
    }
    for (const auto& p : s.plans) {
        talks.push_back(fmt::format(
            "{} {} · {} · {} {} · {}", tr("action plan", "handlingsplan"), p.number,
            fmt::join(p.criteria, ", "), tr("review", "uppföljning"), format_date(p.review),
            p.outcome   ? std::string(model::keyword(*p.outcome))
            : p.overdue ? tr("open, review overdue", "öppen, uppföljningen försenad")
                        : tr("open", "öppen")));
    }
    for (const auto& h : s.progression) {
        talks.push_back(fmt::format("{}: {}", h.criterion, fmt::join(h.levels, " → ")));
    }
    if (talks.empty()) {
        talks.push_back(tr("None yet: `peer assess self --midway` prepares the midway talk.",
                           "Inga än: `peer assess self --midway` förbereder halvtidssamtalet."));
    }
    out.push_back({tr("Assessment talks and action plans", "Bedömningssamtal och handlingsplaner"),
                   std::nullopt, talks});
    return out;
}

std::string open_rule_line(const OpenRule& r, Lang lang)
{
    const auto severity = r.severity == Severity::error
                              ? (lang == Lang::sv ? "fel" : "error")
                              : (lang == Lang::sv ? "varning" : "warning");
    const auto subject = r.entry == 0
                             ? r.subject
                             : fmt::format("{} {}", lang == Lang::sv ? "post" : "entry", r.entry);
    return fmt::format("{} {} {}: {}", severity, r.rule, subject, r.message.in(lang));
}

std::string title(const Summary& s, Lang lang)
{
    const auto period = period_text(s.period);
    return fmt::format("{} {}{}", lang == Lang::sv ? "Rapport för" : "Report for", s.student,
                       period.empty() ? "" : " · " + period);
}

} // namespace report_detail

namespace {

using namespace report_detail;

std::string text(const Summary& s, Lang lang, std::size_t width)
{
    std::string out = title(s, lang) + "\n";
    for (const auto& section : sections(s, lang)) {
        out += "\n" + section.title + "\n";
        if (section.table) {
            out += section.table->text(width);
        }
        for (const auto& line : section.lines) {
            out += wrapped(line, width, "  ", "    ");
        }
    }
    return out;
}

std::string markdown(const Summary& s, Lang lang)
{
    std::string out = "# " + title(s, lang) + "\n";
    for (const auto& section : sections(s, lang)) {
        out += "\n## " + section.title + "\n\n";
        if (section.table) {
            out += section.table->markdown();
        }
        for (const auto& line : section.lines) {
            out += "- " + line + "\n";
        }
    }
    return out;
}

nlohmann::ordered_json json(const Summary& s)
{
    using Json = nlohmann::ordered_json;
    const auto modes = [](const std::map<model::Mode, int>& by_mode) {
        Json out = Json::object();
        for (const auto mode : k_modes) {
            out[std::string(model::keyword(mode))] = count_of(by_mode, mode);
        }
        return out;
    };
    Json codes = Json::array();
    for (const auto& c : s.by_code) {
        codes.push_back({{"code", c.code},
                         {"title", c.title},
                         {"entries", c.entries},
                         {"performed", c.performed}});
    }
    Json days = Json::array();
    for (const auto& d : s.days) {
        days.push_back({{"date", format_date(d.date)},
                        {"entries", d.entries},
                        {"patients", d.patients},
                        {"full", d.full},
                        {"partial", d.partial},
                        {"none", d.none}});
    }
    Json balance = Json::array();
    for (const auto& b : s.balance) {
        balance.push_back({{"partner", b.partner.empty() ? Json(nullptr) : Json(b.partner)},
                           {"by_mode", modes(b.by_mode)}});
    }
    Json rules = Json::array();
    for (const auto& r : s.open_rules) {
        rules.push_back({{"rule", r.rule},
                         {"severity", r.severity == Severity::error ? "error" : "warning"},
                         {"subject", r.entry == 0 ? Json(r.subject) : Json(nullptr)},
                         {"entry", r.entry == 0 ? Json(nullptr) : Json(r.entry)},
                         {"message", {{"en", r.message.en}, {"sv", r.message.sv}}}});
    }
    Json introductions = Json::array();
    for (const auto& intro : s.introductions) {
        Json one{{"author", intro.author}, {"date", format_date(intro.date)}};
        const auto& form = forms::introduction_form();
        for (std::size_t i = 0; i < form.sections.size(); ++i) {
            one[std::string(form.sections[i].key)] =
                i < intro.answers.size() ? intro.answers[i] : std::string();
        }
        introductions.push_back(std::move(one));
    }
    Json talks = Json::array();
    for (const auto& t : s.talks) {
        talks.push_back({{"placement", t.placement},
                         {"talk", model::keyword(t.talk)},
                         {"assessor", t.assessor},
                         {"self", t.self},
                         {"date", format_date(t.date)},
                         {"judged", t.judged},
                         {"criteria", t.criteria},
                         {"at_risk", t.at_risk}});
    }
    Json plans = Json::array();
    for (const auto& p : s.plans) {
        plans.push_back({{"number", p.number},
                         {"placement", p.placement},
                         {"criteria", p.criteria},
                         {"review_date", format_date(p.review)},
                         {"outcome", p.outcome ? Json(model::keyword(*p.outcome)) : Json(nullptr)},
                         {"overdue", p.overdue}});
    }
    Json progression = Json::array();
    for (const auto& h : s.progression) {
        progression.push_back({{"criterion", h.criterion}, {"levels", h.levels}});
    }
    const auto& w = s.writing;
    return {{"student", s.student},
            {"from", s.period.from ? Json(format_date(*s.period.from)) : Json(nullptr)},
            {"to", s.period.to ? Json(format_date(*s.period.to)) : Json(nullptr)},
            {"entries", s.entries},
            {"by_mode", modes(s.by_mode)},
            {"by_code", codes},
            {"days", days},
            {"outcomes", {{"covered", s.outcomes_covered}, {"open", s.outcomes_open}}},
            {"reflections",
             {{"saved", w.reflections},
              {"drafts", w.drafts},
              {"complete", w.complete},
              {"stages", w.stages},
              {"open_action_plans", w.open_action_plans}}},
            {"feedback", {{"given", w.feedback_given}, {"received", w.feedback_received}}},
            {"briefings", {{"before", w.briefings_before}, {"after", w.briefings_after}}},
            {"balance", balance},
            {"open_rules", rules},
            {"introductions", introductions},
            {"talks", talks},
            {"plans", plans},
            {"progression", progression}};
}

} // namespace

std::string render_report(const Summary& summary, ReportFormat format, Lang lang, std::size_t width)
{
    switch (format) {
    case ReportFormat::text:
        return text(summary, lang, width);
    case ReportFormat::markdown:
        return markdown(summary, lang);
    case ReportFormat::html:
        return report_detail::render_html(summary, lang);
    case ReportFormat::json:
        break;
    }
    return json(summary).dump(2) + "\n";
}

} // namespace peer::exchange
