#pragma once
// The professions of healthcare that placements train and staff hold, as a vocabulary with
// English and Swedish words: `nurse` and `sjuksköterska` are one profession. The vocabulary is
// the rule set's (`[[profession]]` in schemas/rules/default.toml, which a region's rule set
// extends). A profession outside it is kept as written and compared as a field is (case and
// surrounding spaces aside).

#include <peer/core/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::model {

struct ProfessionWords {
    std::string en; // nurse
    std::string sv; // sjuksköterska

    bool operator==(const ProfessionWords&) const = default;
};

class Professions {
public:
    // Adds a profession, or, when the vocabulary knows one of its words already, puts it in
    // place of that profession (a region's rule set may word one differently).
    void add(ProfessionWords words);

    // Whether `a` and `b` name the same profession, in either language, in any case.
    [[nodiscard]] bool same(std::string_view a, std::string_view b) const;

    // The profession in `lang`: `sjuksköterska` for `nurse` in Swedish; as written (trimmed)
    // when the vocabulary does not know it.
    [[nodiscard]] std::string word(std::string_view profession, Lang lang) const;

    [[nodiscard]] const std::vector<ProfessionWords>& all() const { return m_known; }

    bool operator==(const Professions&) const = default;

private:
    [[nodiscard]] const ProfessionWords* find(std::string_view word) const;

    std::vector<ProfessionWords> m_known;
};

} // namespace peer::model
