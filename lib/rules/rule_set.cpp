#include "embedded.hpp"

#include <peer/formats/toml_reader.hpp>
#include <peer/rules/catalogue.hpp>
#include <peer/rules/rule_set.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace peer::rules {

using formats::TableReader;

namespace {

template <typename T>
void take(std::optional<T> value, T& into)
{
    if (value) {
        into = *value;
    }
}

// A count from `minimum` to 100 (a bound that keeps typos such as 20000 out).
void take_count(TableReader& table, std::string_view key, int minimum, int& into)
{
    const auto value = table.integer(key);
    if (!value) {
        return;
    }
    if (*value < minimum || *value > 100) {
        const auto name = table.full_key(key);
        table.value_error(key, {fmt::format("`{}` must be a whole number from {} to 100, not {}",
                                            name, minimum, *value),
                                fmt::format("`{}` ska vara ett heltal från {} till 100, inte {}",
                                            name, minimum, *value)});
        return;
    }
    into = static_cast<int>(*value);
}

void read_employer_and_degree(TableReader& table, model::Employer& employer, model::Degree& degree)
{
    take(table.keyword<model::Employer>("employer"), employer);
    take(table.keyword<model::Degree>("min_degree"), degree);
}

void read_supervisor(TableReader& table, SupervisorRequirements& into, const std::string& file,
                     Diagnostics& out)
{
    read_employer_and_degree(table, into.employer, into.min_degree);
    take(table.keyword<model::Training>("min_training"), into.min_training);
    take_count(table, "min_years_in_profession", 0, into.min_years_in_profession);
    if (const auto* advanced = table.table("advanced")) {
        TableReader reader(*advanced, "supervisor.advanced.", file, out);
        take(reader.boolean("specialist_education"), into.advanced_accepts_specialist);
        take(reader.keyword<model::Degree>("min_degree"), into.advanced_min_degree);
        reader.finish();
    }
}

void read_examiners(TableReader& table, RuleSet& into)
{
    take(table.keywords<model::Role>("basic"), into.examiners_basic);
    take(table.keywords<model::Role>("advanced"), into.examiners_advanced);
}

void read_pair(TableReader& table, RuleSet& into)
{
    take_count(table, "students", 2, into.pair_students);
    take_count(table, "students_with_reason", 2, into.pair_students_with_reason);
    if (into.pair_students_with_reason < into.pair_students) {
        // At the key the file sets: the other one keeps the value of the rule set below.
        const auto* at =
            table.raw().contains("students_with_reason") ? "students_with_reason" : "students";
        table.value_error(
            at, {fmt::format("`pair.students_with_reason` ({}) must be at least `pair.students` "
                             "({})",
                             into.pair_students_with_reason, into.pair_students),
                 fmt::format("`pair.students_with_reason` ({}) ska vara minst `pair.students` "
                             "({})",
                             into.pair_students_with_reason, into.pair_students)});
    }
}

std::optional<Severity> parse_severity(std::string_view word)
{
    const auto normal = model::normalise_keyword(word);
    if (normal == "error" || normal == "fel") {
        return Severity::error;
    }
    if (normal == "warning" || normal == "varning") {
        return Severity::warning;
    }
    return std::nullopt;
}

// Its keys are rule ids: every id of the catalogue may be set, so that a typo gets the nearest.
// Each [[profession]]: its English and its Swedish word, both needed.
void read_professions(TableReader& top, RuleSet& into, const std::string& file, Diagnostics& out)
{
    const auto* entries = top.array("profession");
    if (!entries) {
        return;
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const auto& entry = *entries->get(i);
        const auto* t = entry.as_table();
        if (!t) {
            out.push_back(
                {Severity::error,
                 std::string(format_check::type),
                 formats::position_of(entry.source(), file),
                 {"each `profession` must be a table: write it as [[profession]]",
                  "varje `profession` ska vara en tabell: skriv den som [[profession]]"}});
            continue;
        }
        TableReader table(*t, fmt::format("profession[{}].", i), file, out);
        const auto en = table.string("en", TableReader::Need::required);
        const auto sv = table.string("sv", TableReader::Need::required);
        table.finish();
        if (en && sv) {
            into.professions.add({*en, *sv});
        }
    }
}

void read_severity(TableReader& table, RuleSet& into)
{
    for (const auto& rule : catalogue()) {
        const auto word = table.string(rule.id);
        if (!word) {
            continue;
        }
        if (auto severity = parse_severity(*word)) {
            into.severity[std::string(rule.id)] = *severity;
        } else {
            table.unknown_value(rule.id, *word,
                                {"error, warning (in Swedish: fel, varning)",
                                 "fel, varning (på engelska: error, warning)"});
        }
    }
}

// Problems in the order of the file, as a person reads it.
void sort_by_position(Diagnostics& diagnostics)
{
    std::ranges::stable_sort(diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
        const auto where = [](const Diagnostic& d) {
            return d.where ? std::tuple(d.where->line, d.where->column) : std::tuple(0, 0);
        };
        return where(a) < where(b);
    });
}

} // namespace

Severity RuleSet::severity_of(std::string_view rule) const
{
    if (auto found = severity.find(rule); found != severity.end()) {
        return found->second;
    }
    const auto* info = find_rule(rule);
    return info ? info->severity : Severity::error;
}

bool RuleSet::may_examine(model::Role role, model::Level level) const
{
    const auto& roles = level == model::Level::basic ? examiners_basic : examiners_advanced;
    return std::ranges::find(roles, role) != roles.end();
}

RuleSetResult parse_rule_set(std::string_view toml_text, const std::string& source_name,
                             const RuleSet& base)
{
    RuleSetResult result;
    auto& out = result.diagnostics;
    const auto document = formats::parse_toml(toml_text, source_name, out);
    if (!document) {
        return result;
    }
    result.strings = formats::string_values(*document, toml_text, source_name);
    RuleSet rules = base;
    rules.source = source_name;
    TableReader top(*document, "", source_name, out);
    take(top.string("name"), rules.name);
    // Reads the table `key` of the file, if it has one, with `read`, then reports its unknown keys.
    const auto section = [&](std::string_view key, const auto& read) {
        if (const auto* t = top.table(key)) {
            TableReader table(*t, std::string(key) + ".", source_name, out);
            read(table);
            table.finish();
        }
    };
    section("supervisor", [&](TableReader& table) {
        read_supervisor(table, rules.supervisor, source_name, out);
    });
    section("main_supervisor", [&](TableReader& table) {
        take(table.keyword<model::Employer>("employer"), rules.main_supervisor.employer);
        take(table.keyword<model::Training>("recommended_training"),
             rules.main_supervisor.recommended_training);
    });
    section("clinical_teacher", [&](TableReader& table) {
        auto& teacher = rules.clinical_teacher;
        read_employer_and_degree(table, teacher.employer, teacher.min_degree);
        take(table.keyword<model::Training>("min_training"), teacher.min_training);
        take_count(table, "master_deadline_years", 0, teacher.master_deadline_years);
    });
    section("clinical_lecturer", [&](TableReader& table) {
        read_employer_and_degree(table, rules.clinical_lecturer.employer,
                                 rules.clinical_lecturer.min_degree);
    });
    section("senior_clinical_lecturer", [&](TableReader& table) {
        read_employer_and_degree(table, rules.senior_clinical_lecturer.employer,
                                 rules.senior_clinical_lecturer.min_degree);
    });
    section("examiners", [&](TableReader& table) { read_examiners(table, rules); });
    section("pair", [&](TableReader& table) { read_pair(table, rules); });
    section("talks", [&](TableReader& table) {
        take_count(table, "midway_by_percent", 1, rules.midway_by_percent);
        take_count(table, "weeks_between", 0, rules.weeks_between);
        take_count(table, "plan_within_days", 0, rules.plan_within_days);
    });
    section("severity", [&](TableReader& table) { read_severity(table, rules); });
    read_professions(top, rules, source_name, out);
    top.finish();
    sort_by_position(out);
    if (!has_errors(out)) {
        result.rule_set = std::move(rules);
    }
    return result;
}

const RuleSet& default_rule_set()
{
    static const RuleSet built_in = [] {
        auto result = parse_rule_set(embedded::default_rule_set, "built-in", RuleSet{});
        if (!result.rule_set) {
            const auto& first = result.diagnostics.front();
            throw std::logic_error(fmt::format(
                "the built-in rule set schemas/rules/default.toml is invalid: line {}: {}",
                first.where ? first.where->line : 0, first.message.en));
        }
        return *result.rule_set;
    }();
    return built_in;
}

RuleSetResult load_rule_set(const std::filesystem::path& file)
{
    RuleSetResult result;
    const auto text = read_text_file(file, result.diagnostics);
    if (!text) {
        return result;
    }
    return parse_rule_set(*text, file.string(), default_rule_set());
}

} // namespace peer::rules
