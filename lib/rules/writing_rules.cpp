// The rules for what students log and write: LOG-ROLES, LOG-DELEGATION, LOG-DATE,
// FB-CONSTRUCTIVE, REF-GIBBS.

#include "finding_builder.hpp"

#include <peer/rules/check.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace peer::rules {

using detail::fact;
using detail::failed;
using detail::passed;
using model::Mode;

namespace {

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool in_pair(const LogFacts& entry, const std::string& student)
{
    return std::ranges::find(entry.pair_students, student) != entry.pair_students.end();
}

Finding check_roles(const LogFacts& entry, const RuleSet& rules)
{
    const auto partners = fmt::format("{}", fmt::join(entry.partners, ", "));
    const std::vector<Fact> facts{
        fact("mode", entry.mode), fact("author", entry.author), fact("partners", partners),
        fact("pair", fmt::format("{}", fmt::join(entry.pair_students, ", ")))};
    if (entry.partners.empty()) {
        if (entry.mode == Mode::perform || entry.mode == Mode::observe) {
            return failed("LOG-ROLES", rules, entry.subject, facts,
                          {"one student performs and the other observes: name the partner",
                           "en student utför och den andra observerar: ange studiekamraten"});
        }
        return passed("LOG-ROLES", entry.subject, facts,
                      {"no partner named", "ingen studiekamrat angiven"});
    }
    for (auto partner = entry.partners.begin(); partner != entry.partners.end(); ++partner) {
        if (*partner == entry.author) {
            return failed("LOG-ROLES", rules, entry.subject, facts,
                          {fmt::format("{} cannot be their own partner", entry.author),
                           fmt::format("{} kan inte vara sin egen studiekamrat", entry.author)});
        }
        if (std::find(entry.partners.begin(), partner, *partner) != partner) {
            return failed("LOG-ROLES", rules, entry.subject, facts,
                          {fmt::format("{} is named twice as partner", *partner),
                           fmt::format("{} anges två gånger som studiekamrat", *partner)});
        }
        if (!in_pair(entry, entry.author) || !in_pair(entry, *partner)) {
            return failed(
                "LOG-ROLES", rules, entry.subject, facts,
                {fmt::format("{} and {} are not students of the same pair", entry.author, *partner),
                 fmt::format("{} och {} är inte studenter i samma par", entry.author, *partner)});
        }
    }
    return passed("LOG-ROLES", entry.subject, facts,
                  {fmt::format("{} and {} of the same pair", entry.author, partners),
                   fmt::format("{} och {} i samma par", entry.author, partners)});
}

Finding check_delegation(const LogFacts& entry, const RuleSet& rules)
{
    const std::vector<Fact> facts{fact("mode", entry.mode),
                                  fact("programme_term", std::to_string(entry.programme_term))};
    if (entry.mode == Mode::delegate && entry.programme_term < 6) {
        return failed("LOG-DELEGATION", rules, entry.subject, facts,
                      {fmt::format("delegation is trained from programme term 6; this placement "
                                   "is in term {}",
                                   entry.programme_term),
                       fmt::format("delegering tränas från termin 6; den här placeringen är på "
                                   "termin {}",
                                   entry.programme_term)});
    }
    return passed(
        "LOG-DELEGATION", entry.subject, facts,
        {fmt::format("mode {} in term {}", model::keyword(entry.mode), entry.programme_term),
         fmt::format("arbetssätt {} på termin {}", model::display(entry.mode, Lang::sv),
                     entry.programme_term)});
}

Finding check_date(const LogFacts& entry, const RuleSet& rules)
{
    const auto day = format_date(entry.date);
    const bool placed = entry.placement_start != Date{};
    const std::vector<Fact> facts{
        fact("date", day), fact("today", format_date(entry.today)),
        fact("placement_start", placed ? format_date(entry.placement_start) : ""),
        fact("placement_end", placed ? format_date(entry.placement_end) : "")};
    if (entry.date > entry.today) {
        return failed("LOG-DATE", rules, entry.subject, facts,
                      {fmt::format("dated {}, after today ({}): a log holds what has happened; "
                                   "was it another day?",
                                   day, format_date(entry.today)),
                       fmt::format("daterad {}, efter i dag ({}): loggen rymmer det som har "
                                   "hänt; var det en annan dag?",
                                   day, format_date(entry.today))});
    }
    if (placed && (entry.date < entry.placement_start || entry.date > entry.placement_end)) {
        const auto start = format_date(entry.placement_start);
        const auto end = format_date(entry.placement_end);
        return failed(
            "LOG-DATE", rules, entry.subject, facts,
            {fmt::format("dated {}, outside the placement ({} to {}); was it another day?", day,
                         start, end),
             fmt::format("daterad {}, utanför placeringen ({} till {}); var det en annan dag?", day,
                         start, end)});
    }
    return passed("LOG-DATE", entry.subject, facts,
                  {fmt::format("dated {}", day), fmt::format("daterad {}", day)});
}

} // namespace

Findings check_log_entry(const LogFacts& entry, const RuleSet& rules)
{
    return {check_roles(entry, rules), check_delegation(entry, rules), check_date(entry, rules)};
}

Finding check_feedback(const FeedbackFacts& feedback, const RuleSet& rules)
{
    struct Part {
        const std::string& text;
        std::string_view key;
        std::string_view english;
        std::string_view swedish;
    };
    const std::array parts{
        Part{feedback.strength, "strength", "a strength", "en styrka"},
        Part{feedback.situation, "situation", "the situation where it showed",
             "situationen där den syntes"},
        Part{feedback.improve, "improve", "something to improve", "något att förbättra"},
        Part{feedback.how, "how", "how to improve it", "hur det kan förbättras"},
    };
    std::vector<Fact> facts;
    std::vector<std::string> missing_en;
    std::vector<std::string> missing_sv;
    for (const auto& part : parts) {
        facts.push_back(
            fact(std::string(part.key), std::string(blank(part.text) ? "" : "written")));
        if (blank(part.text)) {
            missing_en.emplace_back(part.english);
            missing_sv.emplace_back(part.swedish);
        }
    }
    if (missing_en.empty()) {
        return passed("FB-CONSTRUCTIVE", feedback.subject, facts,
                      {"a strength with its situation, an improvement with how",
                       "en styrka med sin situation, en förbättring med hur"});
    }
    return failed("FB-CONSTRUCTIVE", rules, feedback.subject, facts,
                  {fmt::format("constructive feedback names a strength with its situation and an "
                               "improvement with how; missing: {}",
                               fmt::join(missing_en, ", ")),
                   fmt::format("konstruktiv återkoppling nämner en styrka med sin situation och "
                               "en förbättring med hur; saknas: {}",
                               fmt::join(missing_sv, ", "))});
}

Finding check_reflection(const ReflectionFacts& reflection, const RuleSet& rules)
{
    static constexpr std::array<std::string_view, 6> k_keys{
        "description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"};
    static constexpr std::array<std::string_view, 6> k_swedish{
        "beskrivning", "känslor", "värdering", "analys", "slutsats", "handlingsplan"};
    std::vector<Fact> facts{fact("draft", std::string(reflection.draft ? "true" : "false"))};
    std::vector<std::string_view> empty_en;
    std::vector<std::string_view> empty_sv;
    for (std::size_t i = 0; i < k_keys.size(); ++i) {
        facts.push_back(fact(std::string(k_keys[i]),
                             std::string(blank(reflection.stages[i]) ? "" : "written")));
        if (blank(reflection.stages[i])) {
            empty_en.push_back(k_keys[i]);
            empty_sv.push_back(k_swedish[i]);
        }
    }
    if (empty_en.empty()) {
        return passed("REF-GIBBS", reflection.subject, facts,
                      {"all six stages written", "alla sex steg skrivna"});
    }
    if (reflection.draft) {
        return passed("REF-GIBBS", reflection.subject, facts,
                      {fmt::format("a draft; still empty: {}", fmt::join(empty_en, ", ")),
                       fmt::format("ett utkast; ännu tomt: {}", fmt::join(empty_sv, ", "))});
    }
    return failed(
        "REF-GIBBS", rules, reflection.subject, facts,
        {fmt::format("Gibbs' cycle has six stages; empty: {}", fmt::join(empty_en, ", ")),
         fmt::format("Gibbs reflektionscykel har sex steg; tomma: {}", fmt::join(empty_sv, ", "))});
}

Result<std::string> feedback_recipient(const RecipientFacts& author, const std::string& to)
{
    const auto names = fmt::format("{}", fmt::join(author.may_address, ", "));
    if (author.may_address.empty()) {
        return problem(ExitCode::invalid_data,
                       author.staff
                           ? Text{"you supervise no active pair; feedback goes to a student you "
                                  "supervise",
                                  "du handleder inget aktivt par; återkoppling ges till en "
                                  "student du handleder"}
                           : Text{"you have no partner in an active pair; feedback goes to your "
                                  "partner (see `peer pair list`)",
                                  "du har ingen studiekamrat i ett aktivt par; återkoppling ges "
                                  "till din studiekamrat (se `peer pair list`)"});
    }
    if (to.empty()) {
        if (author.may_address.size() == 1) {
            return author.may_address.front();
        }
        return problem(ExitCode::usage,
                       {fmt::format("say whom the feedback is for: {}", names),
                        fmt::format("ange vem återkopplingen är till: {}", names)});
    }
    if (std::ranges::find(author.may_address, to) == author.may_address.end()) {
        return problem(
            ExitCode::invalid_data,
            author.staff
                ? Text{fmt::format("{} is not a student you supervise; you supervise {}", to,
                                   names),
                       fmt::format("{} är ingen student du handleder; du handleder {}", to, names)}
                : Text{
                    fmt::format("{} is not your partner; your partner is {}", to, names),
                    fmt::format("{} är inte din studiekamrat; din studiekamrat är {}", to, names)});
    }
    return to;
}

} // namespace peer::rules
