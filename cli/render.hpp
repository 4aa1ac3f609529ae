#pragma once
// Rendering what the rules found and what files contain, for people and as JSON.

#include "context.hpp"

#include <peer/core/diagnostic.hpp>
#include <peer/core/result.hpp>
#include <peer/rules/finding.hpp>

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace peer::cli {

// One block per finding: verdict, rule id, message, then the facts it used.
void print_findings(const Context& context, const rules::Findings& findings);

// The findings that did not pass, one line each on stderr, as diagnostics:
// `warning[REF-GIBBS]: reflection 3: ...`. For commands whose output is not the findings.
void report_findings(const Context& context, const rules::Findings& findings);

// "1 error, 2 warnings, 5 passed" in the chosen language.
std::string findings_summary(const Context& context, const rules::Findings& findings);

nlohmann::json to_json(const Context& context, const rules::Finding& finding);

// `FILE:LINE:COL: error[ID]: message` on stderr, one per line.
void print_diagnostics(const Context& context, const Diagnostics& diagnostics);

// Prints what stopped a use case and returns the exit status it calls for.
ExitCode report_problem(const Context& context, const Problem& problem);

// The problem of a file that could not be written (-o FILE).
Problem cannot_write(const std::string& file, const std::error_code& error);

// `text` on stdout when `output` is "-", else written whole to that file (or not at all), saying
// `wrote`; the exit status.
ExitCode write_output(const Context& context, const std::string& output, const std::string& text,
                      const std::string& wrote);

// The diagnostics that lib placed in a field of a record ("note:1:10") placed in the option the
// person typed it in ("--note:1:10"), by the pairs {field, option}.
using FieldOption = std::pair<std::string_view, std::string_view>;
using FieldOptions = std::span<const FieldOption>;
Diagnostics in_options(Diagnostics diagnostics, FieldOptions options);
Problem in_options(Problem problem, FieldOptions options);

nlohmann::json to_json(const Context& context, const Diagnostic& diagnostic);

} // namespace peer::cli
