#pragma once
// The rules for each role of staff; check_staff (staff_rules.cpp) picks those that apply.

#include <peer/rules/check.hpp>

namespace peer::rules::detail {

// SUP-DEGREE, SUP-TRAINING, SUP-ADVANCED (advanced level), SUP-EXPERIENCE.
void check_as_supervisor(const model::Person& person, const PlacementContext& context,
                         const RuleSet& rules, Findings& out);
// SUP-EMPLOYER, with the employer the person's role asks for.
void check_employer(const model::Person& person, model::Employer required, const RuleSet& rules,
                    Findings& out);
// MAIN-PROFESSION, MAIN-TRAINING.
void check_main_supervisor(const model::Person& person, const PlacementContext& context,
                           const RuleSet& rules, Findings& out);
// The day a deadline is judged on, and the placement's last day (Date{} when not known), so
// that a finding can say why it was that day.
struct JudgedOn {
    Date day;
    Date placement_end;
};

// CT-DEGREE, CT-DEADLINE.
void check_clinical_teacher(const model::Person& person, JudgedOn judged, const RuleSet& rules,
                            Findings& out);
// CL-DEGREE or SL-DEGREE.
void check_lecturer(const model::Person& person, const RuleSet& rules, Findings& out);
// CT-NO-EXAM, CL-EXAM-LEVEL or EXAM-ROLE, for the placement's examiner.
void check_examiner(const model::Person& person, const PlacementContext& context,
                    const RuleSet& rules, Findings& out);

} // namespace peer::rules::detail
