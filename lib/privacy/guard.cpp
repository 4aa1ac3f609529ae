#include "forms.hpp"

#include <peer/core/utf8.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace peer::privacy {

namespace {

using forms::is_ascii_letter;
using forms::is_digit;

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

// Whether a number may start at `at`: not inside another (after a digit, or the point or comma
// of a decimal, "1.5", "0,5") nor after a plus sign; after the full stop of an abbreviation
// ("Pnr.19121212-1212", "tel.070-174 06 05") it may.
bool number_may_start(std::string_view text, std::size_t at)
{
    const char before = at == 0 ? ' ' : text[at - 1];
    if (before == '.') {
        return at >= 2 && is_ascii_letter(text[at - 2]);
    }
    return !is_digit(before) && before != ',' && before != '+';
}

// Every identifier in `text`, in order, each where it stands in `text`.
std::vector<Found> scan(std::string_view text)
{
    std::vector<Found> found;
    // Emails are found from their '@', which comes after their start: find them first.
    std::vector<std::pair<std::size_t, std::size_t>> emails;
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        if (auto email = forms::email_around(text, at)) {
            emails.push_back(*email);
        }
    }
    for (const std::string_view sign : {"(at)", "[at]", "(AT)", "[AT]"}) {
        for (auto at = text.find(sign); at != std::string_view::npos;
             at = text.find(sign, at + 1)) {
            if (auto email = forms::email_around(text, at, sign.size())) {
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
        } else if (number_may_start(text, i)) {
            // A number starts here. An identity number may stand right after letters
            // ("pnr121212-1212"); a phone number may not, to spare codes such as "SUR0701".
            if (is_digit(c)) {
                here = forms::identity_number_at(text, i);
            }
            if (!here && is_digit(c)) {
                if (auto length = forms::reserve_number_at(text, i)) {
                    here = std::pair{IdentifierKind::reserve_number, *length};
                }
            }
            if (!here && (c == '0' || c == '+' || c == '(') && !is_ascii_letter(before)) {
                if (auto length = forms::phone_number_at(text, i)) {
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

namespace {

// The bytes of which a text must hold one to hold an identifier: ASCII's digits, '@' and the
// brackets of "(at)" and "[at]", and every byte that begins a character beyond ASCII but those of
// Latin-1 and Latin Extended-A (0xC3 to 0xC5: å, ä, ö, é, ..., none of which folds to a digit,
// a dash or '@'). A fullwidth digit, a superscript or a soft hyphen begins with another.
constexpr std::array<bool, 256> k_may_begin = [] {
    std::array<bool, 256> bytes{};
    for (char c = '0'; c <= '9'; ++c) {
        bytes[static_cast<unsigned char>(c)] = true;
    }
    for (const char c : {'@', '(', '['}) {
        bytes[static_cast<unsigned char>(c)] = true;
    }
    for (std::size_t lead = 0xC0; lead < bytes.size(); ++lead) {
        bytes[lead] = lead < 0xC3 || lead > 0xC5;
    }
    return bytes;
}();

// Whether `text` may hold an identifier at all: most notes hold no digit, and are passed after
// one look at each byte.
bool may_hold_identifier(std::string_view text)
{
    return std::ranges::any_of(text,
                               [](char c) { return k_may_begin[static_cast<unsigned char>(c)]; });
}

} // namespace

std::vector<Hit> find_identifiers(std::string_view text)
{
    if (!may_hold_identifier(text)) {
        return {};
    }
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

Text unused_allowance(std::string_view text)
{
    return {fmt::format("--allow-identifier '{}': the text has no such identifier; it is not "
                        "recorded",
                        text),
            fmt::format("--allow-identifier '{}': texten har ingen sådan identitetsuppgift; den "
                        "sparas inte",
                        text)};
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
                {Severity::warning, "", std::nullopt, unused_allowance(text)});
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
