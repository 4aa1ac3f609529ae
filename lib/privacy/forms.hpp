#pragma once
// The forms of identifier the guard finds, each read where it may start in a text: identity
// and co-ordination numbers, reserve and interim numbers, phone numbers, e-mail addresses.
// Each returns the length of what it found (and the kind, where there are several), or nothing.

#include <peer/privacy/guard.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace peer::privacy::forms {

inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A personal identity or co-ordination number starting at `at` (a digit not preceded by one):
// YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, a space or any dash in place of the hyphen, or none;
// its date must exist and its check digit be valid.
std::optional<std::pair<IdentifierKind, std::size_t>> identity_number_at(std::string_view text,
                                                                         std::size_t at);

// A reserve or interim number starting at `at` (see forms.cpp for the regions' forms).
std::optional<std::size_t> reserve_number_at(std::string_view text, std::size_t at);

// A phone number starting at `at` ('0', '+' or '(').
std::optional<std::size_t> phone_number_at(std::string_view text, std::size_t at);

// The e-mail address around the at sign at `at`, `sign` bytes long ('@', or "(at)" and
// "[at]" as people write it to hide it from spam): its start and length.
std::optional<std::pair<std::size_t, std::size_t>>
email_around(std::string_view text, std::size_t at, std::size_t sign = 1);

} // namespace peer::privacy::forms
