// peer plan add | list | show | review | delete: individual action plans for a student at risk of
// not reaching the goals: what is lacking for which criteria, what to do by when, who reviews
// it and when, and the review's outcome.

#include "commands/commands.hpp"
#include "commands/delete_command.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/assessment.hpp>
#include <peer/app/plans.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/assessment_json.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <memory>

namespace peer::cli {

namespace {

// The fields of a plan as the options that give them.
constexpr std::array<FieldOption, 5> k_plan_options{{{"criteria", "--criterion"},
                                                     {"lacking", "--lacking"},
                                                     {"actions", "--actions"},
                                                     {"review_date", "--review"},
                                                     {"review_comment", "--comment"}}};

std::string outcome_label(const Context& context, const model::IndividualPlan& plan)
{
    if (!plan.outcome) {
        return plan.review_date < today()
                   ? context.tr("open, review overdue", "öppen, uppföljning försenad")
                   : context.tr("open", "öppen");
    }
    const auto keyword = model::keywords<model::PlanOutcome>();
    for (const auto& k : keyword) {
        if (k.value == *plan.outcome) {
            return context.tr(Text{std::string(k.english), std::string(k.swedish)});
        }
    }
    return {};
}

void print_plan(Context& context, const model::IndividualPlan& p)
{
    context.out << context.format("# Action plan {} · {} · {} · {}\n",
                                  "# Handlingsplan {} · {} · {} · {}\n", p.number, p.student,
                                  p.placement, format_date(p.date));
    const auto field = [&](const Text& name, const std::string& value) {
        if (!value.empty()) {
            context.out << wrapped(value, terminal_width(), padded(context.tr(name) + ":", 16),
                                   std::string(16, ' '));
        }
    };
    field({"Criteria", "Kriterier"}, fmt::format("{}", fmt::join(p.criteria, ", ")));
    field({"Lacking", "Brister"}, p.lacking);
    field({"To do", "Att göra"}, p.actions);
    field({"By", "Senast"}, format_date(p.due));
    field({"Written by", "Skriven av"}, p.author);
    field({"Reviewed by", "Följs upp av"}, p.reviewer.empty() ? p.author : p.reviewer);
    field({"Review", "Uppföljning"}, format_date(p.review_date));
    field({"Outcome", "Utfall"},
          outcome_label(context, p) + (p.outcome ? " (" + format_date(p.reviewed_on) + ")" : ""));
    field({"Comment", "Kommentar"}, p.review_comment);
}

ExitCode run_add(Context& context, app::PlanRequest request)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    request.today = today();
    const auto added = app::add_plan(journal, request);
    if (!added) {
        return report_problem(context, in_options(added.problem(), k_plan_options));
    }
    if (context.json) {
        context.print_json(formats::to_json(*added));
        return ExitCode::ok;
    }
    context.say(context.format("Saved action plan {} for {}: review on {}.",
                               "Sparade handlingsplan {} för {}: uppföljning {}.", added->number,
                               added->student, format_date(added->review_date)));
    return ExitCode::ok;
}

ExitCode run_list(Context& context, bool open_only)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto plans = app::list_plans(journal, open_only);
    if (!plans) {
        return report_problem(context, plans.problem());
    }
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& p : *plans) {
            list.push_back(formats::to_json(p));
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    for (const auto& p : *plans) {
        context.out << fmt::format("{:>4}  {}  {} {} {}  {}\n", p.number, format_date(p.date),
                                   padded(p.student, 10),
                                   padded(fmt::format("{}", fmt::join(p.criteria, ",")), 24),
                                   format_date(p.review_date), outcome_label(context, p));
    }
    if (plans->empty()) {
        context.say(context.tr("No action plans.", "Inga handlingsplaner."));
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::plan(journal, number);
    if (!found) {
        return report_problem(context, found.problem());
    }
    if (context.json) {
        context.print_json(formats::to_json(*found));
        return ExitCode::ok;
    }
    print_plan(context, *found);
    return ExitCode::ok;
}

ExitCode run_review(Context& context, app::PlanReview review)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    review.today = today();
    const auto reviewed = app::review_plan(journal, review);
    if (!reviewed) {
        return report_problem(context, in_options(reviewed.problem(), k_plan_options));
    }
    if (context.json) {
        context.print_json(formats::to_json(*reviewed));
        return ExitCode::ok;
    }
    context.say(context.format("Reviewed action plan {}: {}.", "Följde upp handlingsplan {}: {}.",
                               reviewed->number, outcome_label(context, *reviewed)));
    return ExitCode::ok;
}

} // namespace

void setup_plan(CLI::App& command, Context& context)
{
    command.require_subcommand(1);

    auto request = std::make_shared<app::PlanRequest>();
    auto* add = command.add_subcommand(
        "add", context.tr("Make an action plan for a criterion at risk",
                          "Gör en handlingsplan för ett kriterium i riskzonen"));
    add->add_option("--student", request->student,
                    context.tr("The student it is for (staff; a student's plan is their own)",
                               "Studenten den gäller (personal; en students plan är hens egen)"));
    add->add_option(
        "--placement", request->placement,
        context.tr("The placement (default: the student's)", "Placeringen (förval: studentens)"));
    add->add_option("--criterion", request->criteria,
                    context.tr("A criterion of the form it is about; repeat for more",
                               "Ett kriterium i formuläret den gäller; upprepa för fler"))
        ->delimiter(',');
    add->add_option("--lacking", request->lacking, context.tr("What is lacking", "Vad som brister"))
        ->required();
    add->add_option(
           "--actions", request->actions,
           context.tr("What to do to reach the goal", "Vad som ska göras för att nå målet"))
        ->required();
    add_date_option(*add, "--due", request->due,
                    context.tr("By when (default: the review date)",
                               "Senast när (förval: uppföljningens datum)"),
                    context);
    add->add_option(
        "--reviewer", request->reviewer,
        context.tr("Who reviews it (default: you)", "Vem som följer upp den (förval: du)"));
    add_date_option(*add, "--review", request->review,
                    context.tr("The date of the review", "Datum för uppföljningen"), context)
        ->required();
    add_date_option(
        *add, "--date", request->date,
        context.tr("The day it is made (default: today)", "Dagen den görs (förval: i dag)"),
        context);
    add_allow_identifier_option(*add, request->allowed, {"the plan", "planen"}, context);
    add->footer(context.tr(
        "A plan for a student at risk of not reaching the goals, at the midway talk or any time. "
        "The rule TALK-PLAN asks for one within a week of a midway talk that finds a criterion "
        "at risk.\n\n"
        "Examples:\n"
        "  peer plan add --criterion care-assess --lacking \"Assessment before acting\" \\\n"
        "      --actions \"Lead the assessment of two patients a day\" --review 2026-12-04\n"
        "  peer plan add --student ali --criterion care-assess --lacking ... --actions ... "
        "--review friday\n",
        "En plan för en student som riskerar att inte nå målen, vid halvtidssamtalet eller när "
        "som helst. Regeln TALK-PLAN kräver en inom en vecka efter ett halvtidssamtal som finner "
        "ett kriterium i riskzonen.\n\n"
        "Exempel:\n"
        "  peer plan add --criterion care-assess --lacking \"Bedömning före handling\" \\\n"
        "      --actions \"Led bedömningen av två patienter om dagen\" --review 2026-12-04\n"
        "  peer plan add --student ali --criterion care-assess --lacking ... --actions ... "
        "--review fredag\n"));
    add->callback([&context, request] { context.exit = run_add(context, *request); });

    auto open_only = std::make_shared<bool>(false);
    auto* list =
        command.add_subcommand("list", context.tr("List the action plans, open and reviewed",
                                                  "Lista handlingsplanerna, öppna och uppföljda"));
    list->add_flag("--open", *open_only,
                   context.tr("Only those not reviewed yet", "Bara de som inte följts upp"));
    list->footer(context.tr("Examples:\n  peer plan list\n  peer plan list --open --json\n",
                            "Exempel:\n  peer plan list\n  peer plan list --open --json\n"));
    list->callback([&context, open_only] { context.exit = run_list(context, *open_only); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show =
        command.add_subcommand("show", context.tr("Show one action plan", "Visa en handlingsplan"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(context.tr("Examples:\n  peer plan show 1\n", "Exempel:\n  peer plan show 1\n"));
    show->callback([&context, number] { context.exit = run_show(context, *number); });

    auto review = std::make_shared<app::PlanReview>();
    auto* reviewing =
        command.add_subcommand("review", context.tr("Record how the review of a plan went",
                                                    "Skriv hur uppföljningen av en plan gick"));
    reviewing->add_option("N", review->number, context.tr("The plan's number", "Planens nummer"))
        ->required();
    add_keyword_option<model::PlanOutcome>(
        *reviewing, "--outcome", review->outcome,
        context.tr("met, partly-met or not-met", "uppnådd, delvis-uppnådd eller ej-uppnådd"),
        context)
        ->required();
    reviewing->add_option("--comment", review->comment,
                          context.tr("What the review found", "Vad uppföljningen fann"));
    add_date_option(
        *reviewing, "--date", review->date,
        context.tr("The day of the review (default: today)", "Uppföljningens dag (förval: i dag)"),
        context);
    add_allow_identifier_option(*reviewing, review->allowed, {"the comment", "kommentaren"},
                                context);
    reviewing->footer(context.tr(
        "By the plan's author or its reviewer. Reviewed again, the outcome is replaced.\n\n"
        "Examples:\n  peer plan review 1 --outcome met --comment \"Leads assessments on her "
        "own\"\n",
        "Av planens författare eller den som följer upp. Följs den upp igen ersätts utfallet.\n\n"
        "Exempel:\n  peer plan review 1 --outcome uppnådd --comment \"Leder bedömningar "
        "själv\"\n"));
    reviewing->callback([&context, review] { context.exit = run_review(context, *review); });

    add_delete_command(command, context,
                       {"delete",
                        journal::RecordKind::individual_plan,
                        {"action plan", "handlingsplan"},
                        {"Delete an action plan you wrote", "Radera en handlingsplan du skrev"},
                        run_show});
}

} // namespace peer::cli
