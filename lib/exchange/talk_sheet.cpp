// What a student brings to a talk, in three formats that share one outline: a heading, the
// goals, each area's criteria with level, comment and evidence, then the outcomes covered.

#include "report_sections.hpp"
#include <peer/exchange/talk_sheet.hpp>

#include <fmt/format.h>

namespace peer::exchange {

namespace {

using report_detail::escaped;

struct Words {
    Lang lang;
    [[nodiscard]] std::string operator()(std::string_view en, std::string_view sv) const
    {
        return std::string(lang == Lang::sv ? sv : en);
    }
    [[nodiscard]] const std::string& operator()(const Text& text) const { return text.in(lang); }
};

std::string heading(const TalkSheet& s, const Words& tr)
{
    return fmt::format("{} · {} · {}",
                       s.talk == model::Talk::midway ? tr("Midway talk", "Halvtidssamtal")
                                                     : tr("Final talk", "Slutsamtal"),
                       s.student, s.placement);
}

std::string level_text(const SheetCriterion& c, const Words& tr)
{
    if (c.level.empty()) {
        return tr("not judged", "inte bedömd");
    }
    return fmt::format("{} ({}){}", c.level, tr(c.level_name),
                       c.at_risk ? tr(", at risk", ", i riskzonen") : "");
}

std::string plain(const TalkSheet& s, const Words& tr, bool markdown)
{
    const auto h = [&](int level, const std::string& title) {
        return markdown ? fmt::format("\n{} {}\n\n", std::string(level, '#'), title)
                        : fmt::format("\n{}\n", title);
    };
    std::string out = markdown ? fmt::format("# {}\n", heading(s, tr)) : heading(s, tr) + "\n";
    out += fmt::format("{}: {} · {}: {}\n", tr("Form", "Formulär"), tr(s.form_title),
                       tr("self-assessment", "självvärdering"), format_date(s.date));
    if (!s.goals.empty()) {
        out +=
            h(2, fmt::format("{} ({})",
                             tr("My goals, from the introduction", "Mina mål, från introduktionen"),
                             format_date(s.goals_date)));
        out += s.goals + "\n";
    }
    out += h(2, tr("Self-assessment", "Självvärdering"));
    const Text* area = nullptr;
    for (const auto& c : s.criteria) {
        if (area == nullptr || *area != c.area) {
            area = &c.area;
            out += h(3, tr(c.area));
        }
        out += markdown ? fmt::format("- **{}** {}: {}\n", c.id, tr(c.text), level_text(c, tr))
                        : fmt::format("  {}  {}: {}\n", c.id, tr(c.text), level_text(c, tr));
        const auto indent = markdown ? std::string("  ") : std::string("      ");
        if (!c.comment.empty()) {
            out += indent + c.comment + "\n";
        }
        for (const auto& e : c.evidence) {
            out += indent + (markdown ? "- " : "· ") + e.label + "\n";
            if (!e.text.empty()) {
                out += indent + "  " + e.text + "\n";
            }
        }
    }
    out += h(3, tr("Overall", "Helhet"));
    out += (s.overall_level.empty() ? tr("no overall level", "ingen samlad nivå")
                                    : fmt::format("{} ({})", s.overall_level, tr(s.overall_name)))
           + "\n";
    if (!s.overall_comment.empty()) {
        out += s.overall_comment + "\n";
    }
    if (!s.outcomes.empty()) {
        out += h(2, tr("Learning outcomes in my log", "Lärandemål i min logg"));
        for (const auto& o : s.outcomes) {
            out += fmt::format("{}{}: {}\n", markdown ? "- " : "  ", o.outcome,
                               fmt::format("{} {}", o.entries, tr("entries", "poster")));
        }
    }
    return out;
}

std::string html(const TalkSheet& s, const Words& tr, Lang lang)
{
    std::string body = fmt::format(
        "<p>{}: {} · {}: {}</p>\n", escaped(tr("Form", "Formulär")), escaped(tr(s.form_title)),
        escaped(tr("self-assessment", "självvärdering")), format_date(s.date));
    if (!s.goals.empty()) {
        body += fmt::format(
            "<h2>{} ({})</h2>\n<p>{}</p>\n",
            escaped(tr("My goals, from the introduction", "Mina mål, från introduktionen")),
            format_date(s.goals_date), escaped(s.goals));
    }
    body += fmt::format("<h2>{}</h2>\n", escaped(tr("Self-assessment", "Självvärdering")));
    const Text* area = nullptr;
    for (const auto& c : s.criteria) {
        if (area == nullptr || *area != c.area) {
            body += fmt::format("{}<h3>{}</h3>\n<dl>\n", area == nullptr ? "" : "</dl>\n",
                                escaped(tr(c.area)));
            area = &c.area;
        }
        body += fmt::format("<dt><b>{}</b> {}: {}</dt>\n", escaped(c.id), escaped(tr(c.text)),
                            escaped(level_text(c, tr)));
        if (!c.comment.empty()) {
            body += fmt::format("<dd>{}</dd>\n", escaped(c.comment));
        }
        for (const auto& e : c.evidence) {
            body += fmt::format("<dd>· {}{}</dd>\n", escaped(e.label),
                                e.text.empty() ? "" : "<br>" + escaped(e.text));
        }
    }
    if (area != nullptr) {
        body += "</dl>\n";
    }
    body += fmt::format("<h3>{}</h3>\n<p>{}</p>\n", escaped(tr("Overall", "Helhet")),
                        escaped(s.overall_level.empty()
                                    ? tr("no overall level", "ingen samlad nivå")
                                    : fmt::format("{} ({})", s.overall_level, tr(s.overall_name))));
    if (!s.overall_comment.empty()) {
        body += fmt::format("<p>{}</p>\n", escaped(s.overall_comment));
    }
    if (!s.outcomes.empty()) {
        body += fmt::format("<h2>{}</h2>\n<ul>\n",
                            escaped(tr("Learning outcomes in my log", "Lärandemål i min logg")));
        for (const auto& o : s.outcomes) {
            body += fmt::format("<li>{}: {} {}</li>\n", escaped(o.outcome), o.entries,
                                escaped(tr("entries", "poster")));
        }
        body += "</ul>\n";
    }
    return report_detail::html_page(lang, heading(s, tr), body, "");
}

} // namespace

std::string render_sheet(const TalkSheet& sheet, ReportFormat format, Lang lang)
{
    const Words tr{lang};
    switch (format) {
    case ReportFormat::markdown:
        return plain(sheet, tr, true);
    case ReportFormat::html:
        return html(sheet, tr, lang);
    default:
        return plain(sheet, tr, false);
    }
}

} // namespace peer::exchange
