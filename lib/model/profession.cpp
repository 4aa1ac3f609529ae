#include <peer/core/strings.hpp>
#include <peer/core/utf8.hpp>
#include <peer/model/person.hpp>
#include <peer/model/profession.hpp>

#include <algorithm>
#include <array>

namespace peer::model {

namespace {

struct Profession {
    std::string_view en;
    std::string_view sv;
};

constexpr std::array<Profession, 16> k_professions{{
    {"nurse", "sjuksköterska"},
    {"specialist nurse", "specialistsjuksköterska"},
    {"district nurse", "distriktssköterska"},
    {"midwife", "barnmorska"},
    {"physiotherapist", "fysioterapeut"},
    {"occupational therapist", "arbetsterapeut"},
    {"biomedical scientist", "biomedicinsk analytiker"},
    {"radiographer", "röntgensjuksköterska"},
    {"physician", "läkare"},
    {"dietitian", "dietist"},
    {"speech and language therapist", "logoped"},
    {"pharmacist", "apotekare"},
    {"dental hygienist", "tandhygienist"},
    {"psychologist", "psykolog"},
    {"social worker", "kurator"},
    {"assistant nurse", "undersköterska"},
}};

// The vocabulary's entry for `word`, in either language, in any case.
const Profession* find(std::string_view word)
{
    const auto folded = case_folded(trim(word));
    const auto found = std::ranges::find_if(k_professions, [&](const Profession& p) {
        return case_folded(p.en) == folded || case_folded(p.sv) == folded;
    });
    return found == k_professions.end() ? nullptr : &*found;
}

} // namespace

bool same_profession(std::string_view a, std::string_view b)
{
    const auto* left = find(a);
    const auto* right = find(b);
    if (left || right) {
        return left == right;
    }
    return same_field(a, b);
}

std::string profession_word(std::string_view profession, Lang lang)
{
    const auto* known = find(profession);
    if (!known) {
        return std::string(trim(profession));
    }
    return std::string(lang == Lang::sv ? known->sv : known->en);
}

} // namespace peer::model
