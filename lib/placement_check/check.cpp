#include <peer/core/utf8.hpp>
#include <peer/placement_check/check.hpp>
#include <peer/privacy/guard.hpp>
#include <peer/rules/check.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace peer::placement_check {

using formats::KeyPositions;
using model::Person;

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id)
{
    return std::ranges::find(ids, id) != ids.end();
}

// The privacy guard over a text whose first character stands at `where` (or nowhere): each
// identifier not in `allowed` is an error at its own line and column.
Diagnostics guard_text(const std::string& text, const std::optional<Position>& where,
                       const std::vector<std::string>& allowed)
{
    Diagnostics out;
    for (const auto& hit : privacy::find_identifiers(text)) {
        if (contains(allowed, hit.text)) {
            continue;
        }
        auto at = where;
        if (at && hit.line == 1) {
            at->column += hit.column - 1;
        } else if (at) {
            at->line += hit.line - 1;
            at->column = hit.column;
        }
        out.push_back({Severity::error, std::string(privacy::diagnostic_id(hit.kind)), at,
                       privacy::refusal(hit, true)});
    }
    return out;
}

// The guard over every string of a file, and the check for control characters (an ESC in a
// name would be echoed raw to every terminal that shows it), each at its own line and column.
Diagnostics guard_strings(const std::vector<formats::StringValue>& strings,
                          const std::vector<std::string>& allowed)
{
    Diagnostics out;
    for (const auto& string : strings) {
        std::ranges::move(guard_text(string.text, string.at, allowed), std::back_inserter(out));
        for (auto d : control_characters(string.text, string.at.file, string.at.line)) {
            if (d.where->line == string.at.line) {
                d.where->column += string.at.column - 1;
            }
            out.push_back(std::move(d));
        }
    }
    return out;
}

// A rule set file the placement names that cannot be read at all: said at the placement's
// `rules` key, where it is named (its other problems stand at their own lines).
void place_at_rules_key(Diagnostics& diagnostics, const formats::PlacementFile& file)
{
    const auto key = file.placement.keys.find("rules");
    if (key == file.placement.keys.end()) {
        return;
    }
    for (auto& d : diagnostics) {
        if (d.where && d.where->line == 0) {
            d.id = std::string(format_check::reference);
            d.where = key->second;
            d.message = {"the rule set: " + d.message.en, "regeluppsättningen: " + d.message.sv};
        }
    }
}

// The key of a staff or pair entry that a rule's verdict concerns.
std::string_view key_of(std::string_view rule)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> k_keys{{
        {"SUP-DEGREE", "degree"},
        {"SUP-TRAINING", "supervisor_training"},
        {"SUP-EMPLOYER", "employer"},
        {"SUP-ADVANCED", "specialist"},
        {"SUP-EXPERIENCE", "in_profession_since"},
        {"MAIN-PROFESSION", "profession"},
        {"MAIN-TRAINING", "supervisor_training"},
        {"CT-DEGREE", "degree"},
        {"CT-DEADLINE", "appointed"},
        {"CL-DEGREE", "degree"},
        {"SL-DEGREE", "degree"},
        {"PAIR-SIZE", "students"},
        {"PAIR-PLACEMENT", "students"},
        {"PAIR-SUPERVISED", "supervisors"},
    }};
    const auto found =
        std::ranges::find(k_keys, rule, &std::pair<std::string_view, std::string_view>::first);
    return found == k_keys.end() ? std::string_view{} : found->second;
}

bool about_examining(std::string_view rule)
{
    return rule == "CT-NO-EXAM" || rule == "CL-EXAM-LEVEL" || rule == "EXAM-ROLE";
}

// Where the format check rejected what pair `index` of the file needs, when it did: the table of
// a member with errors, or the pair's own key naming someone who is not there (or twice).
std::optional<Position> rejected(const formats::PlacementFile& file,
                                 const model::PlacementSetup& sound, std::size_t index)
{
    const auto& pair = file.setup.pairs[index];
    if (std::ranges::find(sound.pairs, pair) != sound.pairs.end()) {
        return std::nullopt;
    }
    const auto member = [&](const std::vector<Person>& people, const std::vector<KeyPositions>& at,
                            const std::vector<bool>& sound_tables, const std::string& id,
                            std::string_view key) -> std::optional<Position> {
        const auto found = std::ranges::find(people, id, &Person::id);
        if (found == people.end()) {
            return file.pairs[index].at(key);
        }
        const auto i = static_cast<std::size_t>(found - people.begin());
        return sound_tables[i] ? std::nullopt : std::optional(at[i].table);
    };
    for (const auto& id : pair.students) {
        if (auto at =
                member(file.setup.students, file.students, file.students_sound, id, "students")) {
            return at;
        }
    }
    for (const auto& id : pair.supervisors) {
        if (auto at = member(file.setup.staff, file.staff, file.staff_sound, id, "supervisors")) {
            return at;
        }
    }
    return file.pairs[index].table; // a student in two pairs
}

// Whether `person` passes SUP-EXPERIENCE as a supervisor without a team.
bool experienced_alone(const Person& person, const model::Placement& placement,
                       const rules::RuleSet& rules, Date as_of)
{
    auto alone = placement_context(placement);
    alone.supervises = true;
    const auto findings = rules::check_staff(person, alone, as_of, rules);
    const auto experience = std::ranges::find(findings, "SUP-EXPERIENCE", &rules::Finding::rule);
    return experience != findings.end() && experience->verdict == rules::Verdict::passed;
}

// SUP-EXPERIENCE of a novice who supervises a pair the format check rejected cannot be judged:
// whether they have a team depends on the rejected part. A verdict that passed without that
// pair is taken back and said to be not judged, at the person's own line; a failure on a pair
// that was judged stands, and so does the verdict of one experienced enough alone.
void not_judged(const formats::PlacementFile& file, const model::PlacementSetup& sound,
                const rules::RuleSet& rules, Date as_of, rules::Findings& findings,
                Diagnostics& out)
{
    for (std::size_t i = 0; i < file.setup.pairs.size(); ++i) {
        const auto fault = rejected(file, sound, i);
        if (!fault) {
            continue;
        }
        const auto& pair = file.setup.pairs[i];
        for (const auto& id : pair.supervisors) {
            const auto staff = std::ranges::find(sound.staff, id, &Person::id);
            const auto verdict = std::ranges::find_if(findings, [&](const rules::Finding& f) {
                return f.subject == id && f.rule == "SUP-EXPERIENCE";
            });
            if (staff == sound.staff.end() || verdict == findings.end()
                || verdict->verdict != rules::Verdict::passed
                || experienced_alone(*staff, sound.placement, rules, as_of)) {
                continue;
            }
            findings.erase(verdict);
            const auto k = static_cast<std::size_t>(
                std::ranges::find(file.setup.staff, id, &Person::id) - file.setup.staff.begin());
            const auto name = model::pair_name(pair);
            out.push_back(
                {Severity::warning,
                 "SUP-EXPERIENCE",
                 file.staff[k].at("in_profession_since"),
                 {fmt::format("{}: not judged: new in the profession, {} needs a team, and the "
                              "team of the pair {} depends on {}:{}, which has errors",
                              id, id, name, fault->line, fault->column),
                  fmt::format("{}: inte bedömt: ny i professionen behöver {} ett team, och "
                              "teamet i paret {} beror på {}:{}, som har fel",
                              id, id, name, fault->line, fault->column)}});
        }
    }
}

} // namespace

rules::PlacementContext placement_context(const model::Placement& placement)
{
    rules::PlacementContext context;
    context.level = placement.level;
    context.field = placement.field;
    context.profession = placement.profession;
    context.start = placement.start;
    context.end = placement.end;
    return context;
}

rules::Findings check_setup(const model::PlacementSetup& setup, const rules::RuleSet& rules,
                            Date as_of)
{
    rules::Findings findings;
    const auto& placement = setup.placement;
    for (const auto& person : setup.staff) {
        auto context = placement_context(placement);
        context.examines = person.id == placement.examiner;
        // Judged once per pair they supervise, with that pair's other supervisors as the team;
        // of each rule the worst verdict counts (a novice must have a team in every pair).
        std::vector<rules::PlacementContext> contexts;
        for (const auto& pair : setup.pairs) {
            if (!contains(pair.supervisors, person.id)) {
                continue;
            }
            auto in_pair = context;
            in_pair.supervises = true;
            for (const auto& other : pair.supervisors) {
                const auto* colleague = setup.find_staff(other);
                if (other != person.id && colleague) {
                    in_pair.team.push_back(*colleague);
                }
            }
            contexts.push_back(std::move(in_pair));
        }
        if (contexts.empty()) {
            contexts.push_back(context);
        }
        rules::Findings worst;
        for (const auto& each : contexts) {
            for (auto& finding : rules::check_staff(person, each, as_of, rules)) {
                const auto same = std::ranges::find(worst, finding.rule, &rules::Finding::rule);
                if (same == worst.end()) {
                    worst.push_back(std::move(finding));
                } else if (finding.verdict > same->verdict) {
                    *same = std::move(finding);
                }
            }
        }
        std::ranges::move(worst, std::back_inserter(findings));
    }
    for (const auto& pair : setup.pairs) {
        rules::PairFacts facts;
        facts.subject = model::pair_name(pair);
        facts.placement = placement.id;
        for (const auto& student : pair.students) {
            facts.students.push_back({student, setup.find_student(student) ? placement.id : ""});
        }
        facts.reason = pair.reason;
        for (const auto& id : pair.supervisors) {
            if (const auto* supervisor = setup.find_staff(id)) {
                facts.supervisors.push_back(*supervisor);
            }
        }
        auto pair_findings = rules::check_pair(facts, placement_context(placement), as_of, rules);
        std::ranges::move(pair_findings, std::back_inserter(findings));
    }
    return findings;
}

Diagnostics locate(const rules::Findings& findings, const formats::PlacementFile& file)
{
    const auto& setup = file.setup;
    Diagnostics out;
    for (const auto& finding : findings) {
        if (finding.verdict == rules::Verdict::passed) {
            continue;
        }
        Position where = file.placement.table;
        if (about_examining(finding.rule)) {
            where = file.placement.at("examiner");
        } else if (const auto staff = std::ranges::find(setup.staff, finding.subject, &Person::id);
                   staff != setup.staff.end()) {
            where = file.staff[static_cast<std::size_t>(staff - setup.staff.begin())].at(
                key_of(finding.rule));
        } else {
            for (std::size_t i = 0; i < setup.pairs.size(); ++i) {
                if (model::pair_name(setup.pairs[i]) == finding.subject) {
                    where = file.pairs[i].at(key_of(finding.rule));
                }
            }
        }
        std::ranges::move(rules::failures({finding}, where), std::back_inserter(out));
    }
    return out;
}

Date default_as_of(const model::Placement& placement)
{
    return placement.end;
}

NewPairCheck check_new_pair(const model::PlacementSetup& setup, const model::Pair& pair,
                            const rules::RuleSet& rules, Date as_of)
{
    NewPairCheck check;
    const auto& placement = setup.placement.id;
    auto problem = [&](std::string_view id, Text message) {
        check.problems.push_back(
            {Severity::error, std::string(id), std::nullopt, std::move(message)});
    };
    for (const auto& student : pair.students) {
        if (!setup.find_student(student)) {
            problem("PAIR-PLACEMENT",
                    {fmt::format("'{}' is not a student of {}", student, placement),
                     fmt::format("'{}' är inte student på {}", student, placement)});
        } else if (const auto* other = setup.pair_of(student)) {
            problem(format_check::duplicate,
                    {fmt::format("'{}' is already in the pair {}; remove that pair first", student,
                                 model::pair_name(*other)),
                     fmt::format("'{}' finns redan i paret {}; ta bort det paret först", student,
                                 model::pair_name(*other))});
        }
    }
    for (const auto& supervisor : pair.supervisors) {
        if (!setup.find_staff(supervisor)) {
            problem(format_check::reference,
                    {fmt::format("'{}' is not among the staff of {}", supervisor, placement),
                     fmt::format("'{}' finns inte bland personalen på {}", supervisor, placement)});
        }
    }
    std::ranges::move(guard_text(pair.reason, std::nullopt, setup.allowed_identifiers),
                      std::back_inserter(check.problems));
    if (!check.problems.empty()) {
        return check;
    }
    auto with_pair = setup;
    with_pair.pairs.push_back(pair);
    for (auto& finding : check_setup(with_pair, rules, as_of)) {
        const bool about_pair = finding.subject == model::pair_name(pair)
                                || contains(pair.supervisors, finding.subject);
        if (about_pair && finding.verdict != rules::Verdict::passed) {
            check.failures.push_back(std::move(finding));
        }
    }
    return check;
}

Diagnostics guard_file(formats::PlacementFile& file, const std::vector<std::string>& allowed)
{
    Diagnostics out;
    auto& declared = file.setup.allowed_identifiers;
    for (const auto& text : allowed) {
        const bool found = std::ranges::any_of(file.strings, [&](const formats::StringValue& s) {
            return !privacy::allowed_in(s.text, {text}).empty();
        });
        if (!found) {
            out.push_back({Severity::warning, "", Position{file.file, 0, 0},
                           privacy::unused_allowance(text)});
        } else if (!contains(declared, text)) {
            declared.push_back(text);
        }
    }
    std::ranges::move(guard_strings(file.strings, declared), std::back_inserter(out));
    return out;
}

CheckedFile check_placement_file(const std::filesystem::path& path,
                                 const std::optional<std::filesystem::path>& rule_set_file,
                                 std::optional<Date> as_of, const std::vector<std::string>& allowed)
{
    CheckedFile checked;
    auto read = formats::read_placement_file(path);
    checked.diagnostics = std::move(read.diagnostics);
    if (!read.file) {
        return checked;
    }
    checked.file = std::move(read.file);
    auto& file = *checked.file;
    std::ranges::move(guard_file(file, allowed), std::back_inserter(checked.diagnostics));
    if (!file.placement_sound) {
        return checked; // without the placement's level and dates no rule can be judged
    }

    const auto rules_path =
        !file.rules_path.empty() ? std::optional(file.rules_path) : rule_set_file;
    rules::RuleSet rule_set = rules::default_rule_set();
    if (rules_path) {
        auto loaded = rules::load_rule_set(*rules_path);
        if (!file.rules_path.empty()) {
            place_at_rules_key(loaded.diagnostics, file);
        }
        std::ranges::move(loaded.diagnostics, std::back_inserter(checked.diagnostics));
        std::ranges::move(guard_strings(loaded.strings, file.setup.allowed_identifiers),
                          std::back_inserter(checked.diagnostics));
        if (!loaded.rule_set) {
            return checked;
        }
        rule_set = std::move(*loaded.rule_set);
    }
    checked.rule_set = rule_set.name;
    const auto sound = file.sound_setup();
    const auto judged_on = as_of.value_or(default_as_of(file.setup.placement));
    checked.findings = check_setup(sound, rule_set, judged_on);
    not_judged(file, sound, rule_set, judged_on, checked.findings, checked.diagnostics);
    std::ranges::move(locate(checked.findings, file), std::back_inserter(checked.diagnostics));
    std::ranges::stable_sort(checked.diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where->file, a.where->line, a.where->column)
               < std::tie(b.where->file, b.where->line, b.where->column);
    });
    return checked;
}

} // namespace peer::placement_check
