#include <peer/model/record.hpp>

#include <array>
#include <string_view>

namespace peer::model {

namespace {

// By the index of each kind in Record.
constexpr std::array<std::string_view, std::variant_size_v<Record>> k_kinds{
    "person",   "placement", "pair",         "activity",   "log_entry",       "reflection",
    "feedback", "briefing",  "introduction", "assessment", "individual_plan", "tombstone"};

} // namespace

std::string_view record_kind(const Record& record)
{
    return k_kinds.at(record.index());
}

const Stamp& stamp_of(const Record& record)
{
    return std::visit([](const auto& r) -> const Stamp& { return r.stamp; }, record);
}

Stamp& stamp_of(Record& record)
{
    return std::visit([](auto& r) -> Stamp& { return r.stamp; }, record);
}

bool is_deletable_kind(std::string_view kind)
{
    return kind == "log_entry" || kind == "reflection" || kind == "feedback" || kind == "briefing"
           || kind == "introduction" || kind == "assessment" || kind == "individual_plan";
}

} // namespace peer::model
