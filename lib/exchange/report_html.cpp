// The report as one self-contained HTML page: no network, no script, no font or image from
// elsewhere; its charts are inline SVG, and a print stylesheet lays it out on A4.

#include "report_sections.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace peer::exchange::report_detail {

std::string escaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

constexpr const char* k_style = R"(
body { font: 11pt/1.4 system-ui, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.8rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid #ccc; text-align: right; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
svg.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
.mark { fill: #2f6f9f; } .full { fill: #2f6f9f; } .partial { fill: #8fb8d8; } .none { fill: #d9d9d9; }
.covered { fill: #2f7f4f; } .open { fill: #d0a040; }
.flag { color: #a03020; font-weight: 600; }
svg text { font: 9px system-ui, sans-serif; fill: #333; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  section { break-inside: avoid; }
}
)";

} // namespace

std::string chart(const std::string& id, const std::vector<Bar>& bars, const std::string& title)
{
    // Room below the axis for the labels, written at 45° in 9px type (about 5px a character).
    std::size_t longest = 0;
    for (const auto& bar : bars) {
        longest = std::max(longest, display_width(bar.label));
    }
    const int label_room = static_cast<int>(longest) * 4 + 16;
    const int width = std::max<int>(200, static_cast<int>(bars.size()) * 22 + 4 + label_room);
    const int base = 110;
    const int height = base + label_room;
    int top = 1;
    for (const auto& bar : bars) {
        int sum = 0;
        for (const auto& [cls, value] : bar.parts) {
            sum += value;
        }
        top = std::max(top, sum);
    }
    std::string out = fmt::format(
        R"(<svg class="chart" id="{}" viewBox="0 0 {} {}" width="{}" height="{}" role="img" )"
        R"(aria-label="{}"><title>{}</title>)",
        id, width, height, width, height, escaped(title), escaped(title));
    out += fmt::format(R"(<line x1="10" y1="{0}" x2="{1}" y2="{0}" stroke="#999"/>)", base,
                       width - 10);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const int x = 14 + static_cast<int>(i) * 22;
        int y = base;
        for (const auto& [cls, value] : bars[i].parts) {
            if (value <= 0) {
                continue;
            }
            const int h = std::max(1, value * 100 / top);
            y -= h;
            out += fmt::format(
                R"(<rect class="mark {}" x="{}" y="{}" width="16" height="{}"><title>{}: {}</title></rect>)",
                cls, x, y, h, escaped(bars[i].label), value);
        }
        out += fmt::format(R"svg(<text x="{}" y="{}" transform="rotate(45 {} {})">{}</text>)svg",
                           x + 2, base + 10, x + 2, base + 10, escaped(bars[i].label));
    }
    return out + "</svg>\n";
}

std::string table_html(const Table& table)
{
    std::string out = "<table><thead><tr>";
    for (const auto& cell : table.header) {
        out += "<th>" + escaped(cell) + "</th>";
    }
    out += "</tr></thead><tbody>";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& cell : row) {
            out += "<td>" + escaped(cell) + "</td>";
        }
        out += "</tr>";
    }
    return out + "</tbody></table>\n";
}

std::string html_page(Lang lang, const std::string& heading, const std::string& body,
                      std::string_view style)
{
    return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<h1>{}</h1>\n{}"
                       "</body>\n</html>\n",
                       lang_code(lang), escaped(heading), k_style, style, escaped(heading), body);
}

namespace {

std::string charts(const Summary& s, Lang lang, std::size_t section)
{
    const auto tr = [lang](const char* en, const char* sv) { return lang == Lang::sv ? sv : en; };
    std::vector<Bar> bars;
    switch (section) {
    case 0:
        for (const auto mode : k_modes) {
            bars.push_back(
                {std::string(model::display(mode, lang)), {{"", count_of(s.by_mode, mode)}}});
        }
        return chart("modes", bars, tr("Entries by mode", "Poster per arbetssätt"));
    case 2: {
        std::vector<Bar> presence;
        for (const auto& d : s.days) {
            const auto day = format_date(d.date).substr(5);
            bars.push_back({day, {{"", d.patients}}});
            presence.push_back({day, {{"full", d.full}, {"partial", d.partial}, {"none", d.none}}});
        }
        return chart("patients", bars, tr("Patients per day", "Patienter per dag"))
               + chart("presence", presence,
                       tr("Supervisor presence per day: full, partial, none",
                          "Handledarens närvaro per dag: full, delvis, ingen"));
    }
    case 3:
        for (const auto& o : s.outcomes_covered) {
            bars.push_back({o, {{"covered", 1}}});
        }
        for (const auto& o : s.outcomes_open) {
            bars.push_back({o, {{"open", 1}}});
        }
        return chart("outcomes", bars,
                     tr("Learning outcomes: covered, not yet touched",
                        "Lärandemål: berörda, ännu inte berörda"));
    default:
        return "";
    }
}

} // namespace

std::string render_html(const Summary& summary, Lang lang)
{
    std::string body;
    const auto all = sections(summary, lang);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& section = all[i];
        body += "<section>\n<h2>" + escaped(section.title) + "</h2>\n";
        body += charts(summary, lang, i);
        if (section.table) {
            body += table_html(*section.table);
        }
        if (!section.lines.empty()) {
            body += "<ul>";
            for (const auto& line : section.lines) {
                body += "<li>" + escaped(line) + "</li>";
            }
            body += "</ul>\n";
        }
        body += "</section>\n";
    }
    return html_page(lang, title(summary, lang), body);
}

} // namespace peer::exchange::report_detail
