#include "forms.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace peer::privacy::forms {

namespace {

int number_at(std::string_view text, std::size_t at, std::size_t length)
{
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::size_t digits_from(std::string_view text, std::size_t at)
{
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) {
        ++end;
    }
    return end - at;
}

// Whether the character beyond ASCII whose UTF-8 begins at `at` belongs to a word, as a letter
// does: every one but the marks that stand around words, Latin-1's signs (U+0080 to U+00BF:
// « » ¡ ¿ ° and the no-break space) with × and ÷, and general punctuation (U+2000 to U+206F:
// ” “ ’ „, dashes, …, •). Bytes that are not UTF-8 count as a letter.
bool word_character_beyond_ascii(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0U;
    };
    const auto lead = byte(at);
    if ((lead & 0xE0U) == 0xC0U) {
        const auto code = ((lead & 0x1FU) << 6U) | (byte(at + 1) & 0x3FU);
        return code >= 0xC0 && code != 0xD7 && code != 0xF7;
    }
    if ((lead & 0xF0U) == 0xE0U) {
        const auto code =
            ((lead & 0x0FU) << 12U) | ((byte(at + 1) & 0x3FU) << 6U) | (byte(at + 2) & 0x3FU);
        return code < 0x2000 || code > 0x206F;
    }
    return true;
}

// Whether the character whose UTF-8 begins at `at` goes on with a word: a digit, a letter of
// ASCII, or a character beyond ASCII that word_character_beyond_ascii takes for a letter.
bool continues_word(std::string_view text, std::size_t at)
{
    const char c = text[at];
    return is_digit(c) || is_ascii_letter(c)
           || (static_cast<unsigned char>(c) >= 0x80 && word_character_beyond_ascii(text, at));
}

// Whether month and day (the day as written, 60 more for a co-ordination number) name a day
// that exists. With a two-digit year, 29 February is allowed in every year divisible by four.
std::optional<IdentifierKind> date_kind(int year, bool full_year, int month, int day)
{
    auto kind = IdentifierKind::personal_number;
    if (day > 60) {
        day -= 60;
        kind = IdentifierKind::coordination_number;
    }
    if (month < 1 || month > 12 || day < 1) {
        return std::nullopt;
    }
    static constexpr std::array days_in{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > days_in.at(static_cast<std::size_t>(month - 1))) {
        return std::nullopt;
    }
    const bool leap =
        full_year ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) : year % 4 == 0;
    if (month == 2 && day == 29 && !leap) {
        return std::nullopt;
    }
    return kind;
}

} // namespace

namespace {

// The length of what separates an identity number's date from its last four at `at`: '-', '+'
// or a space (1), a dash between spaces, " - " (3), or nothing there (0).
std::size_t separator_at(std::string_view text, std::size_t at)
{
    if (text.substr(at).starts_with(" - ")) {
        return 3;
    }
    const bool one = at < text.size() && (text[at] == '-' || text[at] == '+' || text[at] == ' ');
    return one ? 1 : 0;
}

} // namespace

// A personal identity or co-ordination number starting at `at` (a digit not preceded by one).
// Returns its kind and length.
std::optional<std::pair<IdentifierKind, std::size_t>> identity_number_at(std::string_view text,
                                                                         std::size_t at)
{
    const auto run = digits_from(text, at);
    std::size_t date_digits = 0;
    std::size_t length = run;
    std::string ten; // YYMMDDNNNN
    if (run == 10 || run == 12) {
        date_digits = run - 4;
        ten = std::string(text.substr(at + run - 10, 10));
    } else if (const auto separator = (run == 6 || run == 8) ? separator_at(text, at + run) : 0;
               separator != 0 && digits_from(text, at + run + separator) == 4) {
        date_digits = run;
        length = run + separator + 4;
        ten = std::string(text.substr(at + run - 6, 6))
              + std::string(text.substr(at + run + separator, 4));
    } else {
        return std::nullopt;
    }
    const bool full_year = date_digits == 8;
    const int year = full_year ? number_at(text, at, 4) : number_at(text, at, 2);
    if (full_year && (year < 1800 || year > 2099)) {
        return std::nullopt;
    }
    const auto kind = date_kind(year, full_year, number_at(ten, 2, 2), number_at(ten, 4, 2));
    if (!kind || !luhn_valid(ten)) {
        return std::nullopt;
    }
    return std::pair{*kind, length};
}

namespace {

// Whether space-separated groups of two digits, each an hour of the day and each later than
// the one before, are times of a dose list ("ges kl 06 12 18 24"), not a phone number.
bool dose_times(std::string_view text, std::size_t at, const std::vector<std::size_t>& groups)
{
    int previous = -1;
    for (const auto g : groups) {
        if (g != 2) {
            return false;
        }
        const int hour = number_at(text, at, 2);
        if (hour > 24 || hour <= previous) {
            return false;
        }
        previous = hour;
        at += 3;
    }
    return true;
}

// Whether the 6 or 8 digits at `at` are a birth date (the day may be 60 more).
bool birth_date_at(std::string_view text, std::size_t at, std::size_t digits)
{
    const bool full_year = digits == 8;
    const int year = number_at(text, at, full_year ? 4 : 2);
    if (full_year && (year < 1800 || year > 2099)) {
        return false;
    }
    const auto date = at + (full_year ? 4 : 2);
    return date_kind(year, full_year, number_at(text, date, 2), number_at(text, date + 2, 2))
        .has_value();
}

} // namespace

// A reserve or interim number starting at `at`, its length:
// - a birth date (6 or 8 digits), then '-', '+', a space or nothing, then four letters and
//   digits of which at least one is a letter (and, after a space, one a digit, for four letters
//   there are a word): interim numbers (19121212-T123, 121212-TF10),
//   Region Skåne's reserve numbers (19121212-AB12) and Västra Götaland's (19121212K123);
// - 12 digits that begin with 99 (Region Stockholm) or with a century raised by 3, 6 or 9
//   (the national reserve format: 22, 25, 28 for 19; 23, 26, 29 for 20), whose last ten pass
//   the check digit.
std::optional<std::size_t> reserve_number_at(std::string_view text, std::size_t at)
{
    const auto run = digits_from(text, at);
    if (run == 12) {
        static constexpr std::array k_leads{99, 22, 25, 28, 23, 26, 29}; // 99, then 19 or 20 + 3k
        const int lead = number_at(text, at, 2);
        if (std::ranges::find(k_leads, lead) != k_leads.end()
            && luhn_valid(text.substr(at + 2, 10))) {
            return run;
        }
        return std::nullopt;
    }
    if ((run != 6 && run != 8) || !birth_date_at(text, at, run)) {
        return std::nullopt;
    }
    auto block = at + run;
    const bool spaced = block < text.size() && text[block] == ' ';
    if (block < text.size() && (text[block] == '-' || text[block] == '+' || spaced)) {
        ++block;
    }
    if (block + 4 > text.size()) {
        return std::nullopt;
    }
    const auto four = text.substr(block, 4);
    const bool alphanumeric =
        std::ranges::all_of(four, [](char c) { return is_digit(c) || is_ascii_letter(c); });
    const bool lettered = std::ranges::any_of(four, is_ascii_letter);
    // After a space, four letters are a word ("lot 230615 kvar"): a number has a digit too.
    if (spaced && !std::ranges::any_of(four, is_digit)) {
        return std::nullopt;
    }
    // The four end where the word does: "160830 beställt" is a date and a word.
    const auto after = block + 4;
    const bool ends = after == text.size() || !continues_word(text, after);
    return alphanumeric && lettered && ends ? std::optional(after - at) : std::nullopt;
}

// A phone number starting at `at`, as people write them: +CC, (+CC) or 00CC and 8 to 14 more
// digits (a trunk "(0)" after the country code left aside), or a Swedish number with its leading 0,
// either as one run of 8 to 10 digits or as an area code (08, or 3 or 4 digits) followed by 5
// to 8 digits in groups. The area code may stand in brackets, "(070) 123 45 67"; groups are
// split by a space, a full stop, or after the area code a hyphen or a slash.
std::optional<std::size_t> phone_number_at(std::string_view text, std::size_t at)
{
    const auto at_text = [&](std::size_t pos, std::string_view what) {
        return text.substr(pos).starts_with(what);
    };
    // What leads a country code: "(+", as in "(+46) 70 123 45 67", "+", or "00" (0046).
    const bool bracketed_country = at_text(at, "(+");
    const bool zeros =
        at_text(at, "00") && at + 2 < text.size() && text[at + 2] >= '1' && text[at + 2] <= '9';
    const std::size_t lead = bracketed_country || zeros ? 2 : text[at] == '+' ? 1 : 0;
    const bool international = lead != 0;
    std::size_t end = at + lead;
    const bool bracketed = !international && text[end] == '(';
    end += bracketed ? 1 : 0;
    const auto first = end; // where the digits begin
    std::vector<std::size_t> groups;
    std::vector<char> separators; // the one after each group but the last
    while (true) {
        const auto run = digits_from(text, end);
        if (run == 0) {
            break;
        }
        groups.push_back(run);
        end += run;
        if ((bracketed || bracketed_country) && groups.size() == 1) {
            if (end >= text.size() || text[end] != ')') {
                return std::nullopt;
            }
            ++end;
            end += end < text.size() && text[end] == ' ' ? 1 : 0;
            separators.push_back(' ');
            continue;
        }
        if (international && groups.size() == 1) {
            const auto trunk = at_text(end, " (0)") ? 4U : at_text(end, "(0)") ? 3U : 0U;
            if (trunk != 0 && end + trunk < text.size()) {
                end += trunk;
                end += text[end] == ' ' || text[end] == '-' ? 1 : 0;
                separators.push_back(' ');
                continue;
            }
        }
        const char c = end + 1 < text.size() ? text[end] : '\0';
        if ((c == ' ' || c == '-' || c == '/' || c == '.') && is_digit(text[end + 1])) {
            separators.push_back(c);
            ++end;
            continue;
        }
        break;
    }
    if (groups.empty()
        || (end < text.size() && (is_digit(text[end]) || is_ascii_letter(text[end])))) {
        return std::nullopt;
    }
    std::size_t digits = 0;
    for (auto g : groups) {
        digits += g;
    }
    if (international) {
        return digits >= 9 && digits <= 15 ? std::optional(end - at) : std::nullopt;
    }
    if (text[first] != '0') {
        return std::nullopt;
    }
    if (groups.size() == 1) {
        return digits >= 8 && digits <= 10 ? std::optional(end - at) : std::nullopt;
    }
    // A hyphen or slash only after the area code ("05-11-2026" is a date); dots between every
    // group or none.
    const auto after_area = [](char c) { return c == '-' || c == '/'; };
    const bool area_marked =
        std::ranges::count_if(separators, after_area) == 0
        || (after_area(separators[0]) && std::ranges::count_if(separators, after_area) == 1);
    const auto dots = std::ranges::count(separators, '.');
    const bool dots_placed = dots == 0 || dots == static_cast<std::ptrdiff_t>(separators.size());
    const auto area = groups[0];
    const bool area_sound = (area == 2 && text[first + 1] == '8') || area == 3 || area == 4;
    const auto subscriber = digits - area;
    const bool spaced = std::ranges::all_of(separators, [](char c) { return c == ' '; });
    if (area_sound && subscriber >= 5 && subscriber <= 8 && area_marked && dots_placed
        && !(spaced && dose_times(text, first, groups))) {
        return end - at;
    }
    return std::nullopt;
}

namespace {

// A character of ASCII in an address's local part: a letter, a digit or a sign.
bool is_local_char(char c)
{
    return is_digit(c) || is_ascii_letter(c) || c == '.' || c == '_' || c == '%' || c == '+'
           || c == '-';
}

// Where the local part of an address that ends at `at` begins: back over ASCII's letters, digits
// and signs and over the letters beyond ASCII (`åsa.öberg@region.se` is one address, not
// `berg@region.se`), but not over the quotation marks around it (`”anna@region.se”`).
std::size_t local_part_start(std::string_view text, std::size_t at)
{
    auto start = at;
    while (start > 0) {
        if (static_cast<unsigned char>(text[start - 1]) < 0x80) {
            if (!is_local_char(text[start - 1])) {
                break;
            }
            --start;
            continue;
        }
        auto lead = start - 1;
        while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0U) == 0x80U) {
            --lead; // back to the first byte of the character
        }
        if (!word_character_beyond_ascii(text, lead)) {
            break;
        }
        start = lead;
    }
    return start;
}

bool is_domain_char(char c)
{
    return is_digit(c) || is_ascii_letter(c) || c == '.' || c == '-';
}

} // namespace

// The e-mail address around the at sign at `at`, `sign` bytes long ('@', or "(at)" and
// "[at]" as people write it to hide it from spam): its start and length.
std::optional<std::pair<std::size_t, std::size_t>> email_around(std::string_view text,
                                                                std::size_t at, std::size_t sign)
{
    const auto start = local_part_start(text, at);
    const auto after = at + sign;
    std::size_t end = after;
    while (end < text.size() && is_domain_char(text[end])) {
        ++end;
    }
    while (end > after && (text[end - 1] == '.' || text[end - 1] == '-')) {
        --end; // the full stop that ends a sentence
    }
    const auto domain = text.substr(after, end - after);
    const auto last_dot = domain.rfind('.');
    if (start == at || last_dot == std::string_view::npos || last_dot == 0
        || domain.size() - last_dot - 1 < 2) {
        return std::nullopt;
    }
    const auto top = domain.substr(last_dot + 1);
    if (!std::ranges::all_of(top, is_ascii_letter)) {
        return std::nullopt;
    }
    return std::pair{start, end - start};
}

} // namespace peer::privacy::forms
