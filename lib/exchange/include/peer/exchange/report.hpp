#pragma once
// A student's report (peer report): the summary of their placement as text for the terminal,
// Markdown for a portfolio, one self-contained HTML page with its charts as inline SVG, or
// JSON (schemas/output/report.schema.json).

#include <peer/core/text.hpp>
#include <peer/exchange/summary.hpp>

#include <cstddef>
#include <string>

namespace peer::exchange {

enum class ReportFormat { text, markdown, html, json };

// `width` is the terminal's, for text: long titles are cut to fit, with "…".
std::string render_report(const Summary& summary, ReportFormat format, Lang lang,
                          std::size_t width = 80);

} // namespace peer::exchange
