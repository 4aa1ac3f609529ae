#pragma once
// The professions of healthcare that placements train and staff hold, as a vocabulary with
// English and Swedish words: `nurse` and `sjuksköterska` are one profession. A profession
// outside the vocabulary is kept as written and compared as a field is (case and surrounding
// spaces aside).

#include <peer/core/text.hpp>

#include <string>
#include <string_view>

namespace peer::model {

// Whether `a` and `b` name the same profession, in either language.
bool same_profession(std::string_view a, std::string_view b);

// The profession in `lang`: `sjuksköterska` for `nurse` in Swedish; as written when it is not
// in the vocabulary.
std::string profession_word(std::string_view profession, Lang lang);

} // namespace peer::model
