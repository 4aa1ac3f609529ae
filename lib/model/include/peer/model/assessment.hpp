#pragma once
// An assessment form, as a university writes one (docs/assessment-form.md): the criteria the
// midway and final assessment talks judge a student by, in areas, and the scale of levels they
// are judged on, some of which mean the student is at risk of not reaching the goals. `peer`
// reads forms as data and ships none but its own example.

#include <peer/core/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::model {

struct AssessmentLevel {
    std::string id;
    Text name;
    bool at_risk = false; // a student judged at this level needs an action plan
    bool operator==(const AssessmentLevel&) const = default;
};

struct Criterion {
    std::string id;
    Text text;
    std::vector<std::string> outcomes; // learning outcomes of the catalogue it concerns
    bool operator==(const Criterion&) const = default;
};

struct AssessmentArea {
    std::string id;
    Text title;
    std::vector<Criterion> criteria;
    bool operator==(const AssessmentArea&) const = default;
};

struct AssessmentForm {
    std::string id;
    Text title;
    std::vector<AssessmentLevel> scale; // lowest first; the levels at risk are the lowest
    std::vector<AssessmentArea> areas;

    [[nodiscard]] const Criterion* find_criterion(std::string_view wanted) const;
    [[nodiscard]] const AssessmentLevel* find_level(std::string_view wanted) const;
    [[nodiscard]] std::size_t criteria_count() const;
    bool operator==(const AssessmentForm&) const = default;
};

} // namespace peer::model
