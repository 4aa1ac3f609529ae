#include <peer/core/strings.hpp>
#include <peer/model/person.hpp>

#include <algorithm>

#include <cctype>

namespace peer::model {

bool is_valid_id(std::string_view id)
{
    if (id.empty() || id.size() > 40) {
        return false;
    }
    auto letter_or_digit = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    if (!letter_or_digit(static_cast<unsigned char>(id.front()))) {
        return false;
    }
    for (char ch : id) {
        const auto c = static_cast<unsigned char>(ch);
        if (!letter_or_digit(c) && c != '.' && c != '_' && c != '-') {
            return false;
        }
    }
    return true;
}

bool same_field(std::string_view a, std::string_view b)
{
    const auto left = normalise_keyword(trim(a));
    const auto right = normalise_keyword(trim(b));
    return !left.empty() && left == right;
}

bool is_required_staff_fact(std::string_view key)
{
    return std::ranges::find(k_required_staff_facts, key) != k_required_staff_facts.end();
}

} // namespace peer::model
