// A form as Markdown: one heading per section, its question in a comment, the answer beneath.

#include <peer/core/strings.hpp>
#include <peer/core/suggest.hpp>
#include <peer/core/utf8.hpp>
#include <peer/forms/form.hpp>
#include <peer/model/enums.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace peer::forms {

namespace {

constexpr std::string_view k_open = "<!--";
constexpr std::string_view k_close = "-->";

struct Heading {
    int level = 0;
    std::string text;
};

std::optional<Heading> heading_of(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') {
        ++i;
    }
    int level = 0;
    while (i < line.size() && line[i] == '#' && level < 7) {
        ++level;
        ++i;
    }
    if (level == 0 || level > 6 || (i < line.size() && line[i] != ' ' && line[i] != '\t')) {
        return std::nullopt;
    }
    auto text = line.substr(i);
    const auto trim = [](std::string_view s) {
        const auto first = s.find_first_not_of(" \t#");
        const auto last = s.find_last_not_of(" \t#");
        return first == std::string_view::npos ? std::string_view{}
                                               : s.substr(first, last - first + 1);
    };
    return Heading{level, std::string(trim(text))};
}

// The lines of `text`, without their line ends and trailing blanks.
std::vector<std::string_view> lines_of(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (true) {
        const auto end = text.find('\n');
        lines.push_back(trim_right(text.substr(0, end)));
        if (end == std::string_view::npos) {
            return lines;
        }
        text.remove_prefix(end + 1);
    }
}

// The section a heading names, by its English or Swedish heading or its key.
std::optional<std::size_t> section_named(const Form& form, const std::string& heading)
{
    const auto wanted = model::normalise_keyword(heading);
    for (std::size_t i = 0; i < form.sections.size(); ++i) {
        const auto& s = form.sections[i];
        if (wanted == model::normalise_keyword(s.heading.en)
            || wanted == model::normalise_keyword(s.heading.sv)
            || wanted == model::normalise_keyword(s.key)) {
            return i;
        }
    }
    return std::nullopt;
}

Diagnostic unknown_heading(const Form& form, const std::string& heading, Position where)
{
    std::vector<std::string> names;
    std::string en;
    std::string sv;
    for (const auto& s : form.sections) {
        names.push_back(s.heading.en);
        names.push_back(s.heading.sv);
        en += (en.empty() ? "" : ", ") + s.heading.en;
        sv += (sv.empty() ? "" : ", ") + s.heading.sv;
    }
    std::vector<std::string_view> known(names.begin(), names.end());
    const auto near = nearest_name(heading, known);
    const auto hint_en = near ? fmt::format("did you mean '{}'? ", *near) : std::string();
    const auto hint_sv = near ? fmt::format("menade du '{}'? ", *near) : std::string();
    return {Severity::error,
            std::string(format_check::unknown_key),
            std::move(where),
            {fmt::format("there is no heading '{}' here; {}the headings are {} (or in Swedish {})",
                         heading, hint_en, en, sv),
             fmt::format("rubriken '{}' finns inte här; {}rubrikerna är {} (eller på engelska {})",
                         heading, hint_sv, sv, en)}};
}

} // namespace

std::string blank_comments(std::string_view text)
{
    std::string out(text);
    std::size_t from = 0;
    while ((from = out.find(k_open, from)) != std::string::npos) {
        auto end = out.find(k_close, from + k_open.size());
        end = end == std::string::npos ? out.size() : end + k_close.size();
        for (auto i = from; i < end; ++i) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        from = end;
    }
    return out;
}

std::string render_markdown(const Form& form, const Answers& answers, Lang lang)
{
    std::string out = fmt::format("# {}\n", form.title.in(lang));
    out += lang == Lang::sv
               ? "<!-- Skriv under varje rubrik. Det som står mellan de här tecknen sparas inte.\n"
                 "     Skriv aldrig något som identifierar en patient: inga namn, personnummer,\n"
                 "     telefonnummer eller e-postadresser. -->\n"
               : "<!-- Write under each heading. What stands between these marks is not saved.\n"
                 "     Never write what identifies a patient: no names, personal identity\n"
                 "     numbers, phone numbers or e-mail addresses. -->\n";
    for (std::size_t i = 0; i < form.sections.size(); ++i) {
        const auto& s = form.sections[i];
        out += fmt::format("\n## {}\n<!-- {} {} -->\n", s.heading.in(lang), s.question.in(lang),
                           s.hint.in(lang));
        if (i < answers.size() && !answers[i].empty()) {
            out += "\n" + answers[i] + "\n";
        }
    }
    return out;
}

Parsed parse_markdown(const Form& form, std::string_view text, const std::string& source)
{
    Parsed parsed;
    if (!check_utf8(text, source, parsed.diagnostics)) {
        return parsed;
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    const auto composed = to_nfc(text); // the answers in NFC, as every text peer takes
    text = composed;
    if (const auto open = text.rfind(k_open);
        open != std::string_view::npos && text.find(k_close, open) == std::string_view::npos) {
        const auto before = text.substr(0, open);
        const int line = static_cast<int>(std::ranges::count(before, '\n')) + 1;
        const auto start = before.rfind('\n');
        const int column =
            static_cast<int>(open - (start == std::string_view::npos ? 0 : start + 1)) + 1;
        parsed.diagnostics.push_back(
            {Severity::error,
             std::string(format_check::syntax),
             Position{source, line, column},
             {"a comment opened with <!-- is not closed with -->; close it, or the text after it "
              "is lost",
              "en kommentar som börjar med <!-- avslutas inte med -->; avsluta den, annars "
              "försvinner texten efter den"}});
        return parsed;
    }
    const auto blanked = blank_comments(text);
    std::vector<std::vector<std::string_view>> bodies(form.sections.size());
    std::vector<bool> seen(form.sections.size(), false);
    std::optional<std::size_t> current;
    const auto lines = lines_of(blanked);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto line = lines[i];
        const Position where{source, static_cast<int>(i) + 1, 1};
        if (const auto heading = heading_of(line)) {
            if (const auto index = section_named(form, heading->text)) {
                if (seen[*index]) {
                    parsed.diagnostics.push_back(
                        {Severity::error,
                         std::string(format_check::duplicate),
                         where,
                         {fmt::format("the heading '{}' comes twice; write everything under one",
                                      heading->text),
                          fmt::format("rubriken '{}' står två gånger; skriv allt under en",
                                      heading->text)}});
                }
                seen[*index] = true;
                current = index;
                continue;
            }
            if (heading->level == 1 && !current) {
                continue; // the title
            }
            parsed.diagnostics.push_back(unknown_heading(form, heading->text, where));
            continue;
        }
        if (current) {
            bodies[*current].push_back(line);
        } else if (!line.empty()) {
            parsed.diagnostics.push_back(
                {Severity::error,
                 std::string(format_check::syntax),
                 where,
                 {fmt::format("text before the first heading; write it under one, such as "
                              "'## {}'",
                              form.sections.front().heading.en),
                  fmt::format("text före första rubriken; skriv den under en, till exempel "
                              "'## {}'",
                              form.sections.front().heading.sv)}});
        }
    }
    if (has_errors(parsed.diagnostics)) {
        return parsed;
    }
    for (auto& body : bodies) {
        while (!body.empty() && body.back().empty()) {
            body.pop_back();
        }
        auto first = std::ranges::find_if(body, [](auto l) { return !l.empty(); });
        std::string answer;
        for (auto it = first; it != body.end(); ++it) {
            answer += (it == first ? "" : "\n") + std::string(*it);
        }
        parsed.answers.push_back(std::move(answer));
    }
    return parsed;
}

} // namespace peer::forms
