#include "render.hpp"

#include <peer/core/files.hpp>

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace peer::cli {

namespace {

std::string verdict_label(const Context& context, rules::Verdict verdict)
{
    switch (verdict) {
    case rules::Verdict::passed:
        return context.tr("passed", "godkänd");
    case rules::Verdict::warning:
        return context.tr("warning", "varning");
    case rules::Verdict::error:
        return context.tr("error", "fel");
    }
    return {};
}

std::string severity_label(const Context& context, Severity severity)
{
    return severity == Severity::error ? context.tr("error", "fel")
                                       : context.tr("warning", "varning");
}

} // namespace

void print_findings(const Context& context, const rules::Findings& findings)
{
    for (const auto& finding : findings) {
        context.out << fmt::format("  {:<9} {:<16} {}\n", verdict_label(context, finding.verdict),
                                   finding.rule, context.tr(finding.message));
        std::string facts;
        for (const auto& fact : finding.facts) {
            facts += (facts.empty() ? "" : ", ") + fact.name + "=" + fact.value;
        }
        if (!facts.empty()) {
            context.out << fmt::format("  {:<9} {:<16} {}\n", "", "", facts);
        }
    }
}

void report_findings(const Context& context, const rules::Findings& findings)
{
    print_diagnostics(context, rules::failures(findings));
}

std::string findings_summary(const Context& context, const rules::Findings& findings)
{
    auto count = [&](rules::Verdict v) {
        return std::ranges::count_if(findings, [v](const auto& f) { return f.verdict == v; });
    };
    return context.format("{} error(s), {} warning(s), {} passed",
                          "{} fel, {} varning(ar), {} godkända", count(rules::Verdict::error),
                          count(rules::Verdict::warning), count(rules::Verdict::passed));
}

nlohmann::json to_json(const Context& context, const rules::Finding& finding)
{
    auto facts = nlohmann::json::object();
    for (const auto& fact : finding.facts) {
        facts[fact.name] = fact.value;
    }
    return {{"rule", finding.rule},
            {"verdict", rules::verdict_keyword(finding.verdict)},
            {"subject", finding.subject},
            {"facts", facts},
            {"message", context.tr(finding.message)}};
}

void print_diagnostics(const Context& context, const Diagnostics& diagnostics)
{
    for (const auto& d : diagnostics) {
        if (!d.where && d.id.empty()) {
            d.severity == Severity::error ? context.error(d.message) : context.warning(d.message);
            continue;
        }
        std::string where;
        if (d.where) {
            where = d.where->file;
            if (d.where->line > 0) {
                where += fmt::format(":{}", d.where->line);
            }
            if (d.where->line > 0 && d.where->column > 0) {
                where += fmt::format(":{}", d.where->column);
            }
            where += ": ";
        }
        auto label = severity_label(context, d.severity);
        if (context.color) {
            label =
                fmt::format(fmt::fg(d.severity == Severity::error ? fmt::terminal_color::red
                                                                  : fmt::terminal_color::yellow),
                            "{}", label);
        }
        const auto id = d.id.empty() ? std::string() : "[" + d.id + "]";
        context.err << where << label << id << ": " << context.tr(d.message) << '\n';
    }
}

ExitCode report_problem(const Context& context, const Problem& problem)
{
    print_diagnostics(context, problem.diagnostics);
    return problem.code;
}

Diagnostics in_options(Diagnostics diagnostics, FieldOptions options)
{
    for (auto& d : diagnostics) {
        for (const auto& [field, option] : options) {
            if (d.where && d.where->file == field) {
                d.where->file = option;
            }
        }
    }
    return diagnostics;
}

Problem in_options(Problem problem, FieldOptions options)
{
    problem.diagnostics = in_options(std::move(problem.diagnostics), options);
    return problem;
}

nlohmann::json to_json(const Context& context, const Diagnostic& d)
{
    nlohmann::json out{{"severity", severity_keyword(d.severity)},
                       {"id", d.id},
                       {"message", context.tr(d.message)}};
    if (d.where) {
        out["file"] = d.where->file;
        out["line"] = d.where->line;
        out["column"] = d.where->column;
    }
    return out;
}

Problem cannot_write(const std::string& file, const std::error_code& error)
{
    return problem(ExitCode::invalid_data,
                   {fmt::format("cannot write {}: {}; check that its folder exists and that you "
                                "may write there",
                                file, error.message()),
                    fmt::format("kan inte skriva {}: {}; kontrollera att mappen finns och att du "
                                "får skriva där",
                                file, error.message())});
}

ExitCode write_output(const Context& context, const std::string& output, const std::string& text,
                      const std::string& wrote)
{
    if (output == "-") {
        context.out << text;
        return ExitCode::ok;
    }
    if (const auto error = write_file_atomically(output, text)) {
        return report_problem(context, cannot_write(output, error));
    }
    context.say(wrote);
    return ExitCode::ok;
}

} // namespace peer::cli
