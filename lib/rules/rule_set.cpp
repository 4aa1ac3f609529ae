#include <peer/formats/toml_reader.hpp>
#include <peer/rules/catalogue.hpp>
#include <peer/rules/rule_set.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace peer::embedded {
extern const std::string_view default_rule_set; // schemas/rules/default.toml
}

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

// A count that must be at least `minimum`.
void take_count(TableReader& table, std::string_view key, int minimum, int& into)
{
    const auto value = table.integer(key);
    if (!value) {
        return;
    }
    if (*value < minimum || *value > 100) {
        table.value_error(key, {fmt::format("`{}` must be a whole number from {} to 100, not {}",
                                            key, minimum, *value),
                                fmt::format("`{}` ska vara ett heltal från {} till 100, inte {}",
                                            key, minimum, *value)});
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
    for (auto [key, roles] : {std::pair{"basic", &into.examiners_basic},
                              std::pair{"advanced", &into.examiners_advanced}}) {
        const auto words = table.strings(key);
        if (!words) {
            continue;
        }
        std::vector<model::Role> parsed;
        for (const auto& word : *words) {
            if (auto role = model::parse_keyword<model::Role>(word)) {
                parsed.push_back(*role);
            } else {
                table.unknown_value(key, word, model::accepted_keywords<model::Role>());
            }
        }
        *roles = std::move(parsed);
    }
}

void read_severity(const toml::table& severity, const std::string& file, RuleSet& into,
                   Diagnostics& out)
{
    std::vector<std::string_view> ids;
    for (const auto& rule : catalogue()) {
        ids.push_back(rule.id);
    }
    TableReader table(severity, "severity.", file, out);
    for (const auto& [key, node] : severity) {
        if (std::ranges::find(ids, key.str()) == ids.end()) {
            continue; // reported by finish() as an unknown key, with the nearest rule id
        }
        const auto word = table.string(key.str());
        if (!word) {
            continue;
        }
        const auto normal = model::normalise_keyword(*word);
        if (normal == "error" || normal == "fel") {
            into.severity[std::string(key.str())] = Severity::error;
        } else if (normal == "warning" || normal == "varning") {
            into.severity[std::string(key.str())] = Severity::warning;
        } else {
            table.unknown_value(key.str(), *word,
                                {"error, warning (in Swedish: fel, varning)",
                                 "fel, varning (på engelska: error, warning)"});
        }
    }
    // Every rule id is a key this table may have, so that a typo gets the nearest one.
    for (auto id : ids) {
        table.string(id);
    }
    table.finish();
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
    if (!formats::check_utf8(toml_text, source_name, out)) {
        return result;
    }
    const auto document = formats::parse_toml(toml_text, source_name, out);
    if (!document) {
        return result;
    }
    RuleSet rules = base;
    rules.source = source_name;
    TableReader top(*document, "", source_name, out);
    take(top.string("name"), rules.name);
    if (const auto* t = top.table("supervisor")) {
        TableReader table(*t, "supervisor.", source_name, out);
        read_supervisor(table, rules.supervisor, source_name, out);
        table.finish();
    }
    if (const auto* t = top.table("main_supervisor")) {
        TableReader table(*t, "main_supervisor.", source_name, out);
        take(table.keyword<model::Employer>("employer"), rules.main_supervisor.employer);
        take(table.keyword<model::Training>("recommended_training"),
             rules.main_supervisor.recommended_training);
        table.finish();
    }
    if (const auto* t = top.table("clinical_teacher")) {
        TableReader table(*t, "clinical_teacher.", source_name, out);
        auto& teacher = rules.clinical_teacher;
        read_employer_and_degree(table, teacher.employer, teacher.min_degree);
        take(table.keyword<model::Training>("min_training"), teacher.min_training);
        take_count(table, "master_deadline_years", 0, teacher.master_deadline_years);
        table.finish();
    }
    for (auto [key, lecturer] :
         {std::pair{"clinical_lecturer", &rules.clinical_lecturer},
          std::pair{"senior_clinical_lecturer", &rules.senior_clinical_lecturer}}) {
        if (const auto* t = top.table(key)) {
            TableReader table(*t, std::string(key) + ".", source_name, out);
            read_employer_and_degree(table, lecturer->employer, lecturer->min_degree);
            table.finish();
        }
    }
    if (const auto* t = top.table("examiners")) {
        TableReader table(*t, "examiners.", source_name, out);
        read_examiners(table, rules);
        table.finish();
    }
    if (const auto* t = top.table("pair")) {
        TableReader table(*t, "pair.", source_name, out);
        take_count(table, "students", 2, rules.pair_students);
        take_count(table, "students_with_reason", 2, rules.pair_students_with_reason);
        if (rules.pair_students_with_reason < rules.pair_students) {
            table.value_error("students_with_reason",
                              {"`pair.students_with_reason` must be at least `pair.students`",
                               "`pair.students_with_reason` ska vara minst `pair.students`"});
        }
        table.finish();
    }
    if (const auto* t = top.table("severity")) {
        read_severity(*t, source_name, rules, out);
    }
    top.finish();
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
            throw std::logic_error("the built-in rule set schemas/rules/default.toml is invalid: "
                                   + result.diagnostics.front().message.en);
        }
        return *result.rule_set;
    }();
    return built_in;
}

RuleSetResult load_rule_set(const std::filesystem::path& file)
{
    RuleSetResult result;
    const auto text = formats::read_text_file(file, result.diagnostics);
    if (!text) {
        return result;
    }
    return parse_rule_set(*text, file.string(), default_rule_set());
}

} // namespace peer::rules
