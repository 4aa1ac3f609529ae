#pragma once
// What the report's four formats share: its sections, each a title and a table or lines, in the
// reader's language.

#include <peer/core/utf8.hpp>
#include <peer/exchange/summary.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace peer::exchange::report_detail {

extern const std::array<model::Mode, 6> k_modes; // in the order the report lists them
extern const std::array<Text, 6> k_stages;       // Gibbs' stages, as the report names them

std::string period_text(const Period& period);
int count_of(const std::map<model::Mode, int>& by_mode, model::Mode mode);
// "warning LOG-DATE entry 12: dated ..."
std::string open_rule_line(const OpenRule& r, Lang lang);

// A table: its header and rows, as text with columns padded by display width (the column `cut`
// shortened with "…" when the table is wider than `width`), or as Markdown.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::size_t cut = 1; // the column that gives way: a title or a name

    [[nodiscard]] std::string text(std::size_t width) const
    {
        std::vector<std::size_t> widths(header.size(), 0);
        for (const auto* row : all()) {
            for (std::size_t i = 0; i < row->size(); ++i) {
                widths[i] = std::max(widths[i], display_width((*row)[i]));
            }
        }
        std::size_t total = 2;
        for (const auto w : widths) {
            total += w + 2;
        }
        if (total > width && cut < widths.size()) {
            const auto excess = total - width;
            widths[cut] = std::max<std::size_t>(6, widths[cut] > excess ? widths[cut] - excess : 6);
        }
        std::string out;
        for (const auto* row : all()) {
            std::string line = " ";
            for (std::size_t i = 0; i < row->size(); ++i) {
                auto cell = (*row)[i];
                if (display_width(cell) > widths[i]) {
                    cell = std::string(first_columns(cell, widths[i] - 1)) + "…";
                }
                const bool number = i > 0 && !cell.empty()
                                    && std::isdigit(static_cast<unsigned char>(cell[0])) != 0;
                const auto pad = widths[i] - display_width(cell);
                line +=
                    " " + (number ? std::string(pad, ' ') + cell : padded(cell, widths[i])) + " ";
            }
            while (!line.empty() && line.back() == ' ') {
                line.pop_back();
            }
            out += line + "\n";
        }
        return out;
    }

    [[nodiscard]] std::string markdown() const
    {
        std::string out = fmt::format("| {} |\n|", fmt::join(header, " | "));
        for (std::size_t i = 0; i < header.size(); ++i) {
            out += i == 0 ? "---|" : "---:|";
        }
        out += "\n";
        for (const auto& row : rows) {
            std::vector<std::string> cells;
            for (const auto& cell : row) {
                std::string escaped;
                for (const char c : cell) {
                    escaped += c == '|' ? std::string("\\|") : std::string(1, c);
                }
                cells.push_back(escaped);
            }
            out += fmt::format("| {} |\n", fmt::join(cells, " | "));
        }
        return out;
    }

private:
    [[nodiscard]] std::vector<const std::vector<std::string>*> all() const
    {
        std::vector<const std::vector<std::string>*> out{&header};
        for (const auto& row : rows) {
            out.push_back(&row);
        }
        return out;
    }
};

struct Section {
    std::string title;
    std::optional<Table> table;
    std::vector<std::string> lines;
};

std::vector<Section> sections(const Summary& s, Lang lang);
std::string title(const Summary& s, Lang lang);

// HTML, shared by the report and the cohort view (report_html.cpp): one self-contained page
// with a print stylesheet for A4, tables, and bar charts as inline SVG.
std::string escaped(std::string_view text);
std::string table_html(const Table& table);
// `style`: CSS added to the shared stylesheet, for a page that needs more (wide tables).
std::string html_page(Lang lang, const std::string& heading, const std::string& body,
                      std::string_view style = {});

// A bar of a chart: one mark (class "mark") per part with a value, stacked.
struct Bar {
    std::string label;
    std::vector<std::pair<std::string, int>> parts; // class and value
};
// A bar chart with this id, scaled to the largest bar, each bar labelled below.
std::string chart(const std::string& id, const std::vector<Bar>& bars, const std::string& title);

// The report as one HTML page.
std::string render_html(const Summary& summary, Lang lang);

} // namespace peer::exchange::report_detail
