#include <peer/model/assessment.hpp>

#include <algorithm>

namespace peer::model {

const Criterion* AssessmentForm::find_criterion(std::string_view wanted) const
{
    for (const auto& area : areas) {
        if (const auto found = std::ranges::find(area.criteria, wanted, &Criterion::id);
            found != area.criteria.end()) {
            return &*found;
        }
    }
    return nullptr;
}

const AssessmentLevel* AssessmentForm::find_level(std::string_view wanted) const
{
    const auto found = std::ranges::find(scale, wanted, &AssessmentLevel::id);
    return found == scale.end() ? nullptr : &*found;
}

bool AssessmentForm::is_at_risk(std::string_view level) const
{
    const auto* found = find_level(level);
    return found != nullptr && found->at_risk;
}

std::size_t AssessmentForm::criteria_count() const
{
    std::size_t count = 0;
    for (const auto& area : areas) {
        count += area.criteria.size();
    }
    return count;
}

const Judgement* Assessment::find(std::string_view criterion) const
{
    const auto found = std::ranges::find(judgements, criterion, &Judgement::criterion);
    return found == judgements.end() ? nullptr : &*found;
}

} // namespace peer::model
