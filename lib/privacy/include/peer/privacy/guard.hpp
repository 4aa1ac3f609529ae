#pragma once
// The patient-data guard: what in a free text could identify a patient. Every free text is
// checked before it reaches the journal (reflections, feedback, briefings, log notes, imports).

#include <peer/core/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::privacy {

enum class IdentifierKind {
    personal_number,     // personnummer: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDDNNNN, valid check digit
    coordination_number, // samordningsnummer: the same, with 60 added to the day
    phone_number,        // 070-123 45 67, 08-12 34 56, +46 70 123 45 67
    email_address,       // name@example.se
    reserve_number,      // an interim or reserve number: 19121212-T123, 121212-TF10,
                         // 19121212-AB12, 19121212K123, 991212121212 (check digit valid)
};

// The diagnostic id of each kind: PRIVACY-PIN, PRIVACY-COORDINATION, PRIVACY-PHONE,
// PRIVACY-EMAIL, PRIVACY-RESERVE.
std::string_view diagnostic_id(IdentifierKind kind);

struct Hit {
    IdentifierKind kind;
    std::string text; // exactly as it stands in the text
    int line = 1;     // from 1
    int column = 1;   // from 1, in characters
};

// `hit`'s text as messages show it, what identifies hidden: a number's last four letters and
// digits as '*' (19121212-****), an address's local part but its first character (a***@x.se).
// A message never repeats what the guard refused.
std::string masked(const Hit& hit);

// Why `hit` is refused (its text masked) and what to do: remove it, or, where the command has the
// option
// (`allowable`), pass --allow-identifier with its text.
Text refusal(const Hit& hit, bool allowable);

// Every identifier in `text` (UTF-8), in order of where it stands.
std::vector<Hit> find_identifiers(std::string_view text);

// The hits of `text` as errors about `source` (a file name, or what the text is), leaving out
// those whose exact text is in `allowed`.
Diagnostics check_text(std::string_view text, const std::string& source,
                       const std::vector<std::string>& allowed);

// The texts of `allowed` that stand in `text` as identifiers, each once: what is recorded with
// the text when it is saved.
std::vector<std::string> allowed_in(std::string_view text, const std::vector<std::string>& allowed);

// The warning that an --allow-identifier text stands nowhere as an identifier.
Text unused_allowance(std::string_view text);

// A text and where it comes from (an option, a field: "--note").
struct NamedText {
    std::string source;
    std::string text;
};

// The guard over every text one command saves.
struct Screening {
    Diagnostics diagnostics;          // each identifier not allowed is an error; each allowed
                                      // text that matches nothing, a warning (it is not recorded)
    std::vector<std::string> allowed; // the allowed texts found: what is recorded with the record
};
Screening screen(const std::vector<NamedText>& texts, const std::vector<std::string>& allowed);

// Whether a 10-digit YYMMDDNNNN passes the Luhn check of Swedish identity numbers.
bool luhn_valid(std::string_view ten_digits);

} // namespace peer::privacy
