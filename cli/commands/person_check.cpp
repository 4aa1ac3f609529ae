// peer person check: judge one member of staff against the supervisor model.

#include "commands/commands.hpp"
#include "commands/lookup.hpp"
#include "commands/person_options.hpp"
#include "commands/rule_set_option.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/rules/check.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct CheckOptions {
    std::string id;
    std::string level = "basic";
    std::string field;
    std::string profession;
    std::optional<std::string> start;
    std::optional<std::string> as_of;
    std::vector<std::string> team;
    bool examiner = false;
    bool supervises = false;
    std::optional<std::string> rules_file;
};

void run_check(Context& context, const CheckOptions& o)
{
    rules::PlacementContext placement;
    placement.level = keyword_option<model::Level>("--level", o.level);
    placement.field = o.field;
    placement.profession = o.profession;
    const Date as_of = o.as_of ? date_option("--as-of", *o.as_of) : today();
    placement.start = o.start ? date_option("--start", *o.start) : as_of;
    placement.examines = o.examiner;
    placement.supervises = o.supervises;
    const auto rule_set = rule_set_from_option(context, o.rules_file);

    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto person = find_person_or_fail(journal, o.id);
    for (const auto& id : o.team) {
        placement.team.push_back(find_person_or_fail(journal, id));
    }
    if (person.is_student()) {
        context.err << context.format(
            "{} is a student: the supervisor model's rules judge staff.\n",
            "{} är student: handledarmodellens regler gäller anställda.\n", person.id);
        return;
    }

    const auto findings = rules::check_staff(person, placement, as_of, rule_set);
    if (rules::has_errors(findings)) {
        context.exit = ExitCode::invalid_data;
    }
    const auto role = person.staff->role;
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& finding : findings) {
            list.push_back(to_json(context, finding));
        }
        auto count = [&](rules::Verdict v) {
            return std::ranges::count_if(findings, [v](const auto& f) { return f.verdict == v; });
        };
        context.print_json({{"person", person.id},
                            {"role", model::keyword(role)},
                            {"context",
                             {{"level", model::keyword(placement.level)},
                              {"field", placement.field},
                              {"profession", placement.profession},
                              {"start", format_date(placement.start)},
                              {"team", o.team},
                              {"examiner", placement.examines},
                              {"supervises", placement.supervises}}},
                            {"as_of", format_date(as_of)},
                            {"rules", {{"name", rule_set.name}, {"source", rule_set.source}}},
                            {"findings", list},
                            {"summary",
                             {{"errors", count(rules::Verdict::error)},
                              {"warnings", count(rules::Verdict::warning)},
                              {"passed", count(rules::Verdict::passed)}}}});
        return;
    }
    const auto level = placement.level == model::Level::basic
                           ? context.tr("basic level", "grundnivå")
                           : context.tr("advanced level", "avancerad nivå");
    context.out << context.format("{} ({}), {}, placement start {}, judged on {}; rules: {}\n",
                                  "{} ({}), {}, placeringen börjar {}, bedömt {}; regler: {}\n",
                                  person.id, model::display(role, context.lang), level,
                                  format_date(placement.start), format_date(as_of), rule_set.name);
    print_findings(context, findings);
    context.out << findings_summary(context, findings) << '\n';
}

} // namespace

void setup_person_check(CLI::App& person, Context& context)
{
    auto o = std::make_shared<CheckOptions>();
    auto* check = person.add_subcommand(
        "check", context.tr("Check a member of staff against the supervisor model",
                            "Pröva en anställd mot handledarmodellen"));
    check->add_option("ID", o->id, context.tr("The person's id", "Personens id"))->required();
    check
        ->add_option("--level", o->level,
                     context.tr("The placement's level: basic | advanced (grund | avancerad)",
                                "Placeringens nivå: grund | avancerad (basic | advanced)"))
        ->capture_default_str();
    check->add_option("--field", o->field,
                      context.tr("The placement's field, for advanced level: \"surgical care\"",
                                 "Placeringens område, för avancerad nivå: \"kirurgisk vård\""));
    check->add_option("--profession", o->profession,
                      context.tr("The profession supervised: nurse",
                                 "Den profession som handleds: sjuksköterska"));
    check->add_option("--start", o->start,
                      context.tr("The placement's first day; experience is judged on it "
                                 "(default: --as-of)",
                                 "Placeringens första dag; erfarenheten bedöms den dagen "
                                 "(förval: --as-of)"));
    check->add_option("--as-of", o->as_of,
                      context.tr("Judge deadlines on this date (default: today)",
                                 "Bedöm tidsgränser detta datum (förval: i dag)"));
    check
        ->add_option("--team", o->team,
                     context.tr("Another supervisor of the same pair (repeat for several)",
                                "En annan handledare för samma par (upprepa för flera)"))
        ->delimiter(',');
    check->add_flag("--examiner", o->examiner,
                    context.tr("The person is the placement's examiner",
                               "Personen är placeringens examinator"));
    check->add_flag("--supervises", o->supervises,
                    context.tr("The person supervises a pair (implied for supervisors)",
                               "Personen handleder ett par (underförstått för handledare)"));
    add_rule_set_option(*check, o->rules_file, context);
    check->footer(
        context.tr("Examples:\n"
                   "  peer person check karin --start 2026-11-02\n"
                   "  peer person check nils --start 2026-11-02 --team karin\n"
                   "  peer person check maria --level advanced --field \"intensive care\"\n"
                   "  peer person check lena --examiner --level advanced --json\n\n"
                   "Exit status: 1 when a rule fails with an error; warnings alone give 0.\n",
                   "Exempel:\n"
                   "  peer person check karin --start 2026-11-02\n"
                   "  peer person check nils --start 2026-11-02 --team karin\n"
                   "  peer person check maria --level avancerad --field intensivvård\n"
                   "  peer person check lena --examiner --level avancerad --json\n\n"
                   "Slutstatus: 1 när en regel ger fel; enbart varningar ger 0.\n"));
    check->callback([&context, o] { run_check(context, *o); });
}

} // namespace peer::cli
