#pragma once
// The parameters of the supervisor model. Sweden's regions each run their own model, so what
// would differ between them is data: a rule set file (TOML, schemas/ruleset.schema.json). The
// built-in one is schemas/rules/default.toml, embedded at build time. Rule ids never change;
// a rule set changes only parameters and severities.

#include <peer/core/diagnostic.hpp>
#include <peer/formats/toml_reader.hpp>
#include <peer/model/enums.hpp>
#include <peer/model/profession.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::rules {

struct SupervisorRequirements {
    model::Employer employer = model::Employer::healthcare;
    model::Degree min_degree = model::Degree::bachelor;
    model::Training min_training = model::Training::basic;
    int min_years_in_profession = 1; // to supervise alone; fewer only in a team
    // On an advanced-level placement, either of these in the placement's field will do:
    bool advanced_accepts_specialist = true;                      // a specialist education
    model::Degree advanced_min_degree = model::Degree::master_1y; // a degree of at least this
};

struct MainSupervisorRequirements {
    model::Employer employer = model::Employer::healthcare;
    model::Training recommended_training = model::Training::advanced;
};

struct ClinicalTeacherRequirements {
    model::Employer employer = model::Employer::healthcare;
    model::Degree min_degree = model::Degree::master_1y;
    model::Training min_training = model::Training::advanced;
    int master_deadline_years = 2; // after the appointment, when teaching ability was assessed
};

struct LecturerRequirements {
    model::Employer employer = model::Employer::university;
    model::Degree min_degree = model::Degree::master_1y;
};

struct RuleSet {
    std::string name;
    std::string source; // "built-in", or the file it was read from

    SupervisorRequirements supervisor;
    MainSupervisorRequirements main_supervisor;
    ClinicalTeacherRequirements clinical_teacher;
    LecturerRequirements clinical_lecturer;
    LecturerRequirements senior_clinical_lecturer{model::Employer::university,
                                                  model::Degree::doctorate};

    // Which roles may examine a placement of each level.
    std::vector<model::Role> examiners_basic;
    std::vector<model::Role> examiners_advanced;

    // The professions, in English and Swedish: SUP-DEGREE and MAIN-PROFESSION compare and name
    // them ([[profession]]; a rule set file adds to the built-in ones).
    model::Professions professions;

    // The assessment talks ([talks]): TALK-MIDWAY-TIMING, TALK-MIDWAY-GAP, TALK-PLAN.
    int midway_by_percent = 50;        // the midway talk by this far through the placement
    int weeks_between = 3;             // the least weeks from the midway talk to the final one
    int plan_within_days = 7;          // a student at risk at midway has a plan within these days
    int pair_students = 2;             // a pair's size
    int pair_students_with_reason = 3; // the most a pair may have, with a stated reason

    // Severity of a failed rule, where the rule set overrides the catalogue's.
    std::map<std::string, Severity, std::less<>> severity;

    // The severity a failure of `rule` has under this rule set.
    [[nodiscard]] Severity severity_of(std::string_view rule) const;
    [[nodiscard]] bool may_examine(model::Role role, model::Level level) const;
};

// The built-in rule set.
const RuleSet& default_rule_set();

struct RuleSetResult {
    std::optional<RuleSet> rule_set;           // set only when there is no error
    Diagnostics diagnostics;                   // every problem, each with its file position
    std::vector<formats::StringValue> strings; // every string of the file, for the privacy guard
};

// Reads a rule set from TOML text. Keys the text leaves out keep the values of `base`;
// unknown keys, wrong types and unknown values are errors, with the nearest known key.
RuleSetResult parse_rule_set(std::string_view toml, const std::string& source_name,
                             const RuleSet& base);

// Reads a rule set file on top of the built-in one. A file that cannot be read, is not
// UTF-8 or is not TOML is a diagnostic too, never a silent fallback.
RuleSetResult load_rule_set(const std::filesystem::path& file);

} // namespace peer::rules
