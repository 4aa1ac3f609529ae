#include <peer/core/strings.hpp>
#include <peer/core/utf8.hpp>
#include <peer/model/person.hpp>
#include <peer/model/profession.hpp>

#include <algorithm>

namespace peer::model {

const ProfessionWords* Professions::find(std::string_view word) const
{
    const auto folded = case_folded(trim(word));
    const auto found = std::ranges::find_if(m_known, [&](const ProfessionWords& p) {
        return case_folded(p.en) == folded || case_folded(p.sv) == folded;
    });
    return found == m_known.end() ? nullptr : &*found;
}

void Professions::add(ProfessionWords words)
{
    const auto* known = find(words.en);
    known = known ? known : find(words.sv);
    if (known) {
        m_known[static_cast<std::size_t>(known - m_known.data())] = std::move(words);
    } else {
        m_known.push_back(std::move(words));
    }
}

bool Professions::same(std::string_view a, std::string_view b) const
{
    const auto* left = find(a);
    const auto* right = find(b);
    if (left || right) {
        return left == right;
    }
    return same_field(a, b);
}

std::string Professions::word(std::string_view profession, Lang lang) const
{
    const auto* known = find(profession);
    if (!known) {
        return std::string(trim(profession));
    }
    return lang == Lang::sv ? known->sv : known->en;
}

} // namespace peer::model
