#include <peer/core/utf8.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace peer::privacy {

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

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
    } else if ((run == 6 || run == 8) && at + run + 5 <= text.size()
               && (text[at + run] == '-' || text[at + run] == '+' || text[at + run] == ' ')
               && digits_from(text, at + run + 1) == 4) {
        date_digits = run;
        length = run + 5;
        ten = std::string(text.substr(at + run - 6, 6)) + std::string(text.substr(at + run + 1, 4));
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

// A reserve or interim number starting at `at`, its length:
// - a birth date (6 or 8 digits), then '-', '+', a space or nothing, then four letters and
//   digits of which at least one is a letter: interim numbers (19121212-T123, 121212-TF10),
//   Region Skåne's reserve numbers (19121212-AB12) and Västra Götaland's (19121212K123);
// - 12 digits that begin with 99 (Region Stockholm) or with a century raised by a multiple of
//   three (the national reserve format: 22, 25, 28 for 19; 23, 26, 29 for 20), whose last ten
//   pass the check digit.
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
    if (block < text.size() && (text[block] == '-' || text[block] == '+' || text[block] == ' ')) {
        ++block;
    }
    if (block + 4 > text.size()) {
        return std::nullopt;
    }
    const auto four = text.substr(block, 4);
    const bool alphanumeric =
        std::ranges::all_of(four, [](char c) { return is_digit(c) || is_ascii_letter(c); });
    const bool lettered = std::ranges::any_of(four, is_ascii_letter);
    const bool ends = block + 4 == text.size()
                      || !(is_digit(text[block + 4]) || is_ascii_letter(text[block + 4]));
    return alphanumeric && lettered && ends ? std::optional(block + 4 - at) : std::nullopt;
}

// A phone number starting at `at`, as people write them: +CC or 00CC and 8 to 14 more digits
// (a trunk "(0)" after the country code left aside), or a Swedish number with its leading 0,
// either as one run of 8 to 10 digits or as an area code (08, or 3 or 4 digits) followed by 5
// to 8 digits in groups. The area code may stand in brackets, "(070) 123 45 67"; groups are
// split by a space, a full stop, or after the area code a hyphen or a slash.
std::optional<std::size_t> phone_number_at(std::string_view text, std::size_t at)
{
    const auto at_text = [&](std::size_t pos, std::string_view what) {
        return text.substr(pos).starts_with(what);
    };
    std::size_t end = at;
    bool international = false;
    if (text[end] == '+') {
        international = true;
        ++end;
    } else if (at_text(end, "00") && end + 2 < text.size() && text[end + 2] >= '1'
               && text[end + 2] <= '9') {
        international = true; // 0046
        end += 2;
    }
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
        if (bracketed && groups.size() == 1) {
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

// A byte of an address's local part: ASCII's letters, digits and signs, and every byte of a
// character beyond ASCII (`åsa.öberg@region.se` is one address, not `berg@region.se`).
bool is_local_char(char c)
{
    return is_digit(c) || is_ascii_letter(c) || c == '.' || c == '_' || c == '%' || c == '+'
           || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_domain_char(char c)
{
    return is_digit(c) || is_ascii_letter(c) || c == '.' || c == '-';
}

// The e-mail address around the at sign at `at`, `sign` bytes long ('@', or "(at)" and
// "[at]" as people write it to hide it from spam): its start and length.
std::optional<std::pair<std::size_t, std::size_t>>
email_around(std::string_view text, std::size_t at, std::size_t sign = 1)
{
    std::size_t start = at;
    while (start > 0 && is_local_char(text[start - 1])) {
        --start;
    }
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

// What the kind is called, for messages.
Text describe(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::personal_number:
        return {"a personal identity number", "ett personnummer"};
    case IdentifierKind::coordination_number:
        return {"a co-ordination number", "ett samordningsnummer"};
    case IdentifierKind::phone_number:
        return {"a phone number", "ett telefonnummer"};
    case IdentifierKind::email_address:
        return {"an e-mail address", "en e-postadress"};
    case IdentifierKind::reserve_number:
        return {"a reserve or interim number", "ett reservnummer eller interimsnummer"};
    }
    return {};
}

} // namespace

bool luhn_valid(std::string_view ten_digits)
{
    if (ten_digits.size() != 10 || !std::ranges::all_of(ten_digits, is_digit)) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        int d = ten_digits[i] - '0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
    }
    return sum % 10 == 0;
}

std::string_view diagnostic_id(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::personal_number:
        return "PRIVACY-PIN";
    case IdentifierKind::coordination_number:
        return "PRIVACY-COORDINATION";
    case IdentifierKind::phone_number:
        return "PRIVACY-PHONE";
    case IdentifierKind::email_address:
        return "PRIVACY-EMAIL";
    case IdentifierKind::reserve_number:
        return "PRIVACY-RESERVE";
    }
    return {};
}

namespace {

// Where an identifier stands in the text it was found in.
struct Found {
    IdentifierKind kind;
    std::size_t start = 0;
    std::size_t length = 0;
};

// Every identifier in `text`, in order, each where it stands in `text`.
std::vector<Found> scan(std::string_view text)
{
    std::vector<Found> found;
    // Emails are found from their '@', which comes after their start: find them first.
    std::vector<std::pair<std::size_t, std::size_t>> emails;
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        if (auto email = email_around(text, at)) {
            emails.push_back(*email);
        }
    }
    for (const std::string_view sign : {"(at)", "[at]", "(AT)", "[AT]"}) {
        for (auto at = text.find(sign); at != std::string_view::npos;
             at = text.find(sign, at + 1)) {
            if (auto email = email_around(text, at, sign.size())) {
                emails.push_back(*email);
            }
        }
    }
    std::ranges::sort(emails);
    auto next_email = emails.begin();
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const char before = i == 0 ? ' ' : text[i - 1];
        std::optional<std::pair<IdentifierKind, std::size_t>> here;
        if (next_email != emails.end() && next_email->first == i) {
            here = std::pair{IdentifierKind::email_address, next_email->second};
            ++next_email;
        } else if (!is_digit(before) && before != '.' && before != ',' && before != '+') {
            // A number starts here. An identity number may stand right after letters
            // ("pnr121212-1212"); a phone number may not, to spare codes such as "SUR0701".
            if (is_digit(c)) {
                here = identity_number_at(text, i);
            }
            if (!here && is_digit(c)) {
                if (auto length = reserve_number_at(text, i)) {
                    here = std::pair{IdentifierKind::reserve_number, *length};
                }
            }
            if (!here && (c == '0' || c == '+' || c == '(') && !is_ascii_letter(before)) {
                if (auto length = phone_number_at(text, i)) {
                    here = std::pair{IdentifierKind::phone_number, *length};
                }
            }
        }
        const std::size_t length = here ? here->second : 1;
        if (here) {
            found.push_back({here->first, i, length});
        }
        i += length;
        while (next_email != emails.end() && next_email->first < i) {
            ++next_email; // inside something already found
        }
    }
    return found;
}

} // namespace

std::vector<Hit> find_identifiers(std::string_view text)
{
    // Matched in the folded text when folding changes it (fullwidth digits, dashes, a soft
    // hyphen inside a number), each hit placed and quoted as it stands in `text`.
    const auto folded = matching_text(text);
    auto found = scan(folded ? std::string_view(folded->text) : text);
    if (folded) {
        for (auto& f : found) {
            const auto start = folded->start[f.start];
            f.length = folded->end[f.start + f.length - 1] - start;
            f.start = start;
        }
    }
    std::vector<Hit> hits;
    int line = 1;
    int column = 1;
    std::size_t counted = 0; // the bytes of `text` that line and column count
    for (const auto& f : found) {
        for (; counted < f.start; ++counted) {
            const auto byte = static_cast<unsigned char>(text[counted]);
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++column; // one per character: continuation bytes do not count
            }
        }
        hits.push_back({f.kind, std::string(text.substr(f.start, f.length)), line, column});
    }
    return hits;
}

std::vector<std::string> allowed_in(std::string_view text, const std::vector<std::string>& allowed)
{
    std::vector<std::string> used;
    for (const auto& hit : find_identifiers(text)) {
        if (std::ranges::find(allowed, hit.text) != allowed.end()
            && std::ranges::find(used, hit.text) == used.end()) {
            used.push_back(hit.text);
        }
    }
    return used;
}

std::string masked(const Hit& hit)
{
    std::string out = hit.text;
    if (hit.kind == IdentifierKind::email_address) {
        const auto at = out.find_first_of("@([");
        std::size_t first = 1;
        while (first < at && (static_cast<unsigned char>(out[first]) & 0xC0U) == 0x80U) {
            ++first; // the whole first character
        }
        // A local part of one character is hidden whole.
        return (first < at ? out.substr(0, first) : std::string()) + "***" + out.substr(at);
    }
    int hidden = 0;
    for (auto c = out.rbegin(); c != out.rend() && hidden < 4; ++c) {
        if (is_digit(*c) || is_ascii_letter(*c)) {
            *c = '*';
            ++hidden;
        }
    }
    return out;
}

Text refusal(const Hit& hit, bool allowable)
{
    const auto what = describe(hit.kind);
    const auto shown = masked(hit);
    if (!allowable) {
        return {fmt::format("{} '{}': a journal must never hold what identifies a patient; "
                            "remove it",
                            what.en, shown),
                fmt::format("{} '{}': en journal får aldrig innehålla det som identifierar en "
                            "patient; ta bort det",
                            what.sv, shown)};
    }
    return {fmt::format("{} '{}': a journal must never hold what identifies a patient; remove it, "
                        "or if it is not one, pass --allow-identifier with it as it is written",
                        what.en, shown),
            fmt::format("{} '{}': en journal får aldrig innehålla det som identifierar en "
                        "patient; ta bort det, eller om det inte är ett, ange "
                        "--allow-identifier med det så som det står",
                        what.sv, shown)};
}

Screening screen(const std::vector<NamedText>& texts, const std::vector<std::string>& allowed)
{
    Screening out;
    for (const auto& [source, text] : texts) {
        std::ranges::move(check_text(text, source, allowed), std::back_inserter(out.diagnostics));
        for (auto& each : allowed_in(text, allowed)) {
            if (std::ranges::find(out.allowed, each) == out.allowed.end()) {
                out.allowed.push_back(std::move(each));
            }
        }
    }
    for (const auto& text : allowed) {
        if (std::ranges::find(out.allowed, text) == out.allowed.end()) {
            out.diagnostics.push_back(
                {Severity::warning,
                 "",
                 std::nullopt,
                 {fmt::format("--allow-identifier '{}': the text has no such identifier; it is "
                              "not recorded",
                              text),
                  fmt::format("--allow-identifier '{}': texten har ingen sådan "
                              "identitetsuppgift; den sparas inte",
                              text)}});
        }
    }
    return out;
}

Diagnostics check_text(std::string_view text, const std::string& source,
                       const std::vector<std::string>& allowed)
{
    Diagnostics out;
    for (const auto& hit : find_identifiers(text)) {
        if (std::ranges::find(allowed, hit.text) == allowed.end()) {
            out.push_back({Severity::error, std::string(diagnostic_id(hit.kind)),
                           Position{source, hit.line, hit.column}, refusal(hit, true)});
        }
    }
    return out;
}

} // namespace peer::privacy
