#include <peer/model/placement.hpp>

#include <algorithm>

namespace peer::model {

namespace {

const Person* find_in(const std::vector<Person>& people, std::string_view id)
{
    const auto found = std::ranges::find(people, id, &Person::id);
    return found == people.end() ? nullptr : &*found;
}

} // namespace

const Person* PlacementSetup::find_staff(std::string_view id) const
{
    return find_in(staff, id);
}

const Person* PlacementSetup::find_student(std::string_view id) const
{
    return find_in(students, id);
}

const Pair* PlacementSetup::pair_of(std::string_view student) const
{
    const auto found = std::ranges::find_if(pairs, [&](const Pair& pair) {
        return std::ranges::find(pair.students, student) != pair.students.end();
    });
    return found == pairs.end() ? nullptr : &*found;
}

std::string pair_name(const Pair& pair)
{
    std::string name;
    for (const auto& student : pair.students) {
        name += (name.empty() ? "" : "+") + student;
    }
    return name;
}

} // namespace peer::model
