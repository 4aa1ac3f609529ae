// peer person check: judge one member of staff against the supervisor model.

#include "commands/commands.hpp"
#include "commands/rule_set_option.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/people.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct CheckOptions {
    app::StaffCheckRequest request;
    std::optional<Date> start;
    std::optional<Date> as_of;
};

std::vector<std::string> team_ids(const rules::PlacementContext& placement)
{
    std::vector<std::string> ids;
    for (const auto& member : placement.team) {
        ids.push_back(member.id);
    }
    return ids;
}

ExitCode run_check(Context& context, const CheckOptions& o)
{
    auto request = o.request;
    request.as_of = o.as_of.value_or(today());
    request.placement.start = o.start.value_or(request.as_of);
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto checked = app::check_person(journal, request);
    if (!checked) {
        return report_problem(context, checked.problem());
    }
    const auto& [person, placement, rule_set, findings] = *checked;
    const auto as_of = request.as_of;
    if (person.is_student()) {
        context.err << context.format(
            "{} is a student: the supervisor model's rules judge staff.\n",
            "{} är student: handledarmodellens regler gäller anställda.\n", person.id);
        return ExitCode::ok;
    }
    const auto exit = rules::has_errors(findings) ? ExitCode::invalid_data : ExitCode::ok;
    const auto role = person.staff->role;
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& finding : findings) {
            list.push_back(to_json(context, finding));
        }
        // Clang 14 cannot capture a structured binding by [&]: named here.
        auto count = [&findings = findings](rules::Verdict v) {
            return std::ranges::count_if(findings, [v](const auto& f) { return f.verdict == v; });
        };
        context.print_json({{"person", person.id},
                            {"role", model::keyword(role)},
                            {"context",
                             {{"level", model::keyword(placement.level)},
                              {"field", placement.field},
                              {"profession", placement.profession},
                              {"start", format_date(placement.start)},
                              {"team", team_ids(placement)},
                              {"examiner", placement.examines},
                              {"supervises", placement.supervises}}},
                            {"as_of", format_date(as_of)},
                            {"rules", {{"name", rule_set.name}, {"source", rule_set.source}}},
                            {"findings", list},
                            {"summary",
                             {{"errors", count(rules::Verdict::error)},
                              {"warnings", count(rules::Verdict::warning)},
                              {"passed", count(rules::Verdict::passed)}}}});
        return exit;
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
    return exit;
}

} // namespace

void setup_person_check(CLI::App& person, Context& context)
{
    auto o = std::make_shared<CheckOptions>();
    auto* check = person.add_subcommand(
        "check", context.tr("Check a member of staff against the supervisor model",
                            "Pröva en anställd mot handledarmodellen"));
    auto& request = o->request;
    check->add_option("ID", request.id, context.tr("The person's id", "Personens id"))->required();
    add_keyword_option<model::Level>(
        *check, "--level", request.placement.level,
        context.tr("The placement's level: basic | advanced (grund | avancerad; default: basic)",
                   "Placeringens nivå: grund | avancerad (basic | advanced; förval: grund)"),
        context);
    check->add_option("--field", request.placement.field,
                      context.tr("The placement's field, for advanced level: \"surgical care\"",
                                 "Placeringens område, för avancerad nivå: \"kirurgisk vård\""));
    check->add_option("--profession", request.placement.profession,
                      context.tr("The profession supervised: nurse",
                                 "Den profession som handleds: sjuksköterska"));
    add_date_option(*check, "--start", o->start,
                    context.tr("The placement's first day; experience is judged on it "
                               "(default: --as-of)",
                               "Placeringens första dag; erfarenheten bedöms den dagen "
                               "(förval: --as-of)"),
                    context);
    add_date_option(*check, "--as-of", o->as_of,
                    context.tr("Judge deadlines on this date (default: today)",
                               "Bedöm tidsgränser detta datum (förval: i dag)"),
                    context);
    check
        ->add_option("--team", request.team,
                     context.tr("Another supervisor of the same pair (repeat for several)",
                                "En annan handledare för samma par (upprepa för flera)"))
        ->delimiter(',');
    check->add_flag("--examiner", request.placement.examines,
                    context.tr("The person is the placement's examiner",
                               "Personen är placeringens examinator"));
    auto* supervises =
        check->add_flag("--supervises", request.placement.supervises,
                        context.tr("The person supervises a pair (implied for supervisors)",
                                   "Personen handleder ett par (underförstått för handledare)"));
    auto* placement = check->add_option(
        "--placement", request.placement_id,
        context.tr("A placement of the journal: its level, field, profession and start, and the "
                   "person's pairs, team and examining, instead of the options for them",
                   "En placering i journalen: dess nivå, område, profession och start, och "
                   "personens par, team och examination, i stället för alternativen för dem"));
    placement->type_name("ID");
    for (const auto* name :
         {"--level", "--field", "--profession", "--start", "--team", "--examiner"}) {
        placement->excludes(check->get_option(name));
    }
    placement->excludes(supervises);
    add_rule_set_option(*check, request.rules_file, context);
    check->footer(
        context.tr("Examples:\n"
                   "  peer person check karin --start 2026-11-02\n"
                   "  peer person check nils --start 2026-11-02 --team karin\n"
                   "  peer person check maria --level advanced --field \"intensive care\"\n"
                   "  peer person check lena --examiner --level advanced --json\n"
                   "  peer person check ida --placement ht26-kir-avd12\n\n"
                   "Exit status: 1 when a rule fails with an error; warnings alone give 0.\n",
                   "Exempel:\n"
                   "  peer person check karin --start 2026-11-02\n"
                   "  peer person check nils --start 2026-11-02 --team karin\n"
                   "  peer person check maria --level avancerad --field intensivvård\n"
                   "  peer person check lena --examiner --level avancerad --json\n"
                   "  peer person check ida --placement ht26-kir-avd12\n\n"
                   "Slutstatus: 1 när en regel ger fel; enbart varningar ger 0.\n"));
    check->callback([&context, o] { context.exit = run_check(context, *o); });
}

} // namespace peer::cli
