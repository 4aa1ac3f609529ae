// peer assess: the assessment talks. `assess form FILE` checks an assessment form and shows it;
// `assess self` writes the student's self-assessment, `assess record STUDENT` a supervisor's
// assessment; `assess show` shows them side by side; `assess delete N` deletes one.

#include "commands/commands.hpp"
#include "commands/delete_command.hpp"
#include "commands/include_option.hpp"
#include "commands/rule_set_option.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/assessment.hpp>
#include <peer/app/exchange.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/formats/assessment_json.hpp>
#include <peer/journal/journal.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <memory>

namespace peer::cli {

namespace {

// The form of `file`, or of the placement when no file is named.
Result<model::AssessmentForm> form_to_show(Context& context, const std::string& file,
                                           const std::string& placement)
{
    if (!file.empty()) {
        return app::assessment_form(file);
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    auto found = app::placement_with_form(journal, placement);
    if (!found) {
        return found.problem();
    }
    return std::move(*found->assessment_form);
}

ExitCode run_form(Context& context, const std::string& file, const std::string& placement)
{
    const auto form = form_to_show(context, file, placement);
    if (!form) {
        return report_problem(context, form.problem());
    }
    if (context.json) {
        context.out << formats::to_json(*form).dump(2) << '\n';
        return ExitCode::ok;
    }
    // Each level and criterion: its id in a column as wide as the widest, then its text,
    // wrapped to the terminal under itself.
    std::size_t ids = 0;
    for (const auto& level : form->scale) {
        ids = std::max(ids, display_width(level.id));
    }
    for (const auto& area : form->areas) {
        for (const auto& criterion : area.criteria) {
            ids = std::max(ids, display_width(criterion.id));
        }
    }
    const auto row = [&](const std::string& id, const std::string& text) {
        context.out << wrapped(text, terminal_width(), "  " + padded(id, ids) + "  ",
                               std::string(ids + 4, ' '));
    };
    const auto heading = [&](const Text& title, const std::string& id) {
        context.out << wrapped(fmt::format("{} ({})", context.tr(title), id), terminal_width(), "",
                               "  ");
    };
    heading(form->title, form->id);
    context.out << '\n';
    context.out << context.tr("Scale, lowest first:\n", "Skala, lägst först:\n");
    for (const auto& level : form->scale) {
        row(level.id,
            context.tr(level.name) + (level.at_risk ? context.tr(" (at risk)", " (risk)") : ""));
    }
    for (const auto& area : form->areas) {
        context.out << '\n';
        heading(area.title, area.id);
        for (const auto& criterion : area.criteria) {
            row(criterion.id,
                context.tr(criterion.text)
                    + (criterion.outcomes.empty()
                           ? std::string()
                           : fmt::format(" [{}]", fmt::join(criterion.outcomes, ", "))));
        }
    }
    context.out << context.format("\n{} criteria in {} areas.\n", "\n{} kriterier i {} områden.\n",
                                  form->criteria_count(), form->areas.size());
    return ExitCode::ok;
}

// --midway or --final: which talk a command is about; exactly one is given.
struct TalkChoice {
    bool midway = false;
    bool final_talk = false;

    [[nodiscard]] model::Talk talk() const
    {
        return final_talk ? model::Talk::final_talk : model::Talk::midway;
    }
};

void add_talk_flags(CLI::App& command, TalkChoice& choice, const Context& context)
{
    auto* midway = command.add_flag("--midway", choice.midway,
                                    context.tr("The midway talk", "Halvtidssamtalet"));
    command.add_flag("--final", choice.final_talk, context.tr("The final talk", "Slutsamtalet"))
        ->excludes(midway);
}

// Whether one talk was chosen; else says so (a usage error).
bool talk_chosen(const Context& context, const TalkChoice& choice)
{
    if (choice.midway != choice.final_talk) {
        return true;
    }
    context.error(
        {"say which talk: --midway or --final", "ange vilket samtal: --midway eller --final"});
    return false;
}

struct TalkOptions : TalkChoice {
    std::string student; // assess record: whose
    std::string placement;
    std::optional<Date> date;
    ComposeOptions compose;
};

const Text& talk_name(model::Talk talk)
{
    static const Text midway{"midway assessment", "halvtidsbedömning"};
    static const Text final_talk{"final assessment", "slutbedömning"};
    return talk == model::Talk::midway ? midway : final_talk;
}

// What the writer sees before the form: the goals they (or the student) wrote on day 1, and at
// the final talk the levels of the midway one.
std::string reminder(const Context& context, const app::PreparedTalk& prepared)
{
    std::string out;
    if (prepared.intro && !prepared.intro->answers.empty() && !prepared.intro->answers[0].empty()) {
        out += context.format("{} wrote on {} (introduction {}), as goals:\n",
                              "{} skrev {} (introduktion {}), som mål:\n", prepared.intro->author,
                              format_date(prepared.intro->date), prepared.intro->number);
        for (const auto& line : split(prepared.intro->answers[0], '\n')) {
            out += "  " + line + "\n";
        }
    }
    if (prepared.midway) {
        std::vector<std::string> levels;
        for (const auto& j : prepared.midway->judgements) {
            levels.push_back(fmt::format("{} {}", j.criterion, j.level));
        }
        out += context.format("At the midway talk ({}): {}\n", "Vid halvtidssamtalet ({}): {}\n",
                              format_date(prepared.midway->date), fmt::join(levels, ", "));
    }
    return out;
}

// What `assess self` and `assess record` show of the saved assessment: the problem, or the
// warnings and what was saved (with --json, the assessment).
ExitCode report_talk(Context& context, const Result<app::Saved<model::Assessment>>& saved,
                     const model::AssessmentForm& form, bool written_before)
{
    if (!saved) {
        return report_problem(context, saved.problem());
    }
    print_diagnostics(context, saved->warnings);
    const auto& done = saved->record;
    if (context.json) {
        context.print_json(formats::to_json(done));
    } else if (saved->unchanged) {
        context.say(context.format("Assessment {}: nothing changed.",
                                   "Bedömning {}: inget ändrades.", done.number));
    } else {
        context.say(context.format(
            "{} {} {}: {} of {} criteria judged, {}.", "{} {} {}: {} av {} kriterier bedömda, {}.",
            written_before ? context.tr("Changed", "Ändrade") : context.tr("Saved", "Sparade"),
            context.tr(talk_name(done.talk)), done.number, done.judgements.size(),
            form.criteria_count(), done.student));
    }
    return ExitCode::ok;
}

// `assess self` (no student) and `assess record STUDENT`: compose the talk's form, then save.
ExitCode run_talk(Context& context, TalkOptions o)
{
    if (!talk_chosen(context, o)) {
        return ExitCode::usage;
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    const app::TalkRequest request{o.talk(), o.student, o.placement, o.date, today()};
    const auto prepared = app::prepare_talk(journal, request);
    if (!prepared) {
        return report_problem(context, prepared.problem());
    }
    const app::TalkForm talk_form(prepared->form, o.talk(), prepared->self);
    auto retry = o.student.empty() ? std::string("peer assess self")
                                   : "peer assess record " + shell_quoted(o.student);
    retry += o.talk() == model::Talk::midway ? " --midway" : " --final";
    if (!o.placement.empty()) {
        retry += " --placement " + shell_quoted(o.placement);
    }
    if (o.date) {
        retry += " --date " + format_date(*o.date);
    }
    retry += allow_arguments(o.compose.allowed);
    const bool written_before = prepared->assessment.number != 0;
    if (o.compose.from.ends_with(".toml")) {
        return report_talk(context,
                           app::save_talk_file(journal, request, o.compose.from, o.compose.allowed),
                           prepared->form, written_before);
    }
    if (written_before && o.compose.from.empty()) {
        o.compose.editor = true;
    }
    const SignalShield shield; // a hang-up now waits until the text is kept or saved
    Composer composer(context, talk_form.form(), o.compose, retry);
    if (const auto note = reminder(context, *prepared); !note.empty()) {
        if (composer.in_editor()) {
            composer.add_note(note);
        } else if (o.compose.from.empty() && !context.json) {
            context.say(note);
        }
    }
    const auto composed = composer.compose(talk_form.answers_of(prepared->assessment));
    if (!composed) {
        return report_problem(context, composed.problem());
    }
    const auto number = prepared->assessment.number;
    if (composed->unchanged && written_before) {
        context.say(context.format("Assessment {}: nothing changed.",
                                   "Bedömning {}: inget ändrades.", number));
        return ExitCode::ok;
    }
    if (composed->interrupted || composed->draft) {
        return composer.keep(*composed,
                             composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
    }
    const auto saved = composer.save(*composed, [&] {
        return app::save_talk(journal, request, composer.composition(*composed));
    });
    return report_talk(context, saved, prepared->form, written_before);
}

// "met" or "partly-met (at risk)": a level, marked when the form counts it at risk.
std::string level_label(const Context& context, const std::optional<model::AssessmentForm>& form,
                        const std::string& level)
{
    if (level.empty()) {
        return "-";
    }
    return form && form->is_at_risk(level) ? level + context.tr(" (at risk)", " (risk)") : level;
}

// One talk: who assessed, then each criterion's levels side by side, and their comments.
void print_talk(Context& context, const app::PlacementTalks& talks, model::Talk talk)
{
    std::vector<const model::Assessment*> shown;
    for (const auto& a : talks.assessments) {
        if (a.talk == talk) {
            shown.push_back(&a);
        }
    }
    if (shown.empty()) {
        return;
    }
    context.out << "\n## "
                << context.tr(talk == model::Talk::midway
                                  ? Text{"Midway assessment", "Halvtidsbedömning"}
                                  : Text{"Final assessment", "Slutbedömning"})
                << "\n";
    for (const auto* a : shown) {
        context.out << context.format("  {} {} · {} ({}) · {}\n", "  {} {} · {} ({}) · {}\n",
                                      context.tr("assessment", "bedömning"), a->number, a->assessor,
                                      a->self() ? context.tr("self", "själv")
                                                : context.tr("supervisor", "handledare"),
                                      format_date(a->date));
    }
    std::vector<std::string> ids;
    if (talks.form) {
        for (const auto& area : talks.form->areas) {
            for (const auto& criterion : area.criteria) {
                ids.push_back(criterion.id);
            }
        }
    }
    const auto overall = context.tr("Overall", "Helhet");
    std::size_t id_width = display_width(overall);
    for (const auto& id : ids) {
        id_width = std::max(id_width, display_width(id));
    }
    const auto cells = [&](const auto& level_of) {
        std::string line;
        for (const auto* a : shown) {
            line += padded(
                fmt::format("{}: {}", a->assessor, level_label(context, talks.form, level_of(*a))),
                28);
        }
        return std::string(trim_right(line));
    };
    const auto comments = [&](const auto& comment_of) {
        for (const auto* a : shown) {
            if (const auto& text = comment_of(*a); !text.empty()) {
                context.out << wrapped(text, terminal_width(), "      " + a->assessor + ": ",
                                       "        ");
            }
        }
    };
    for (const auto& id : ids) {
        context.out << "    " << padded(id, id_width) << "  "
                    << cells([&](const model::Assessment& a) {
                           const auto* j = a.find(id);
                           return j != nullptr ? j->level : std::string();
                       })
                    << "\n";
        comments([&](const model::Assessment& a) -> std::string {
            const auto* j = a.find(id);
            if (j == nullptr) {
                return {};
            }
            std::vector<std::string> cited;
            for (const auto& e : j->evidence) {
                cited.push_back(
                    e.number == 0
                        ? fmt::format("{} ({})", e.kind, context.tr("not here", "finns inte här"))
                        : fmt::format("{} {}", e.kind == "log_entry" ? "entry" : e.kind, e.number));
            }
            if (cited.empty()) {
                return j->comment;
            }
            return fmt::format("{}{}[{}]", j->comment, j->comment.empty() ? "" : " ",
                               fmt::join(cited, ", "));
        });
    }
    context.out << "    " << padded(overall, id_width) << "  "
                << cells([](const model::Assessment& a) { return a.overall_level; }) << "\n";
    comments([](const model::Assessment& a) { return a.overall_comment; });
}

void print_plans(Context& context, const std::vector<model::IndividualPlan>& plans)
{
    if (plans.empty()) {
        return;
    }
    context.out << context.tr("\n## Action plans\n", "\n## Handlingsplaner\n");
    for (const auto& p : plans) {
        context.out << context.format(
            "  plan {} · {} · {} · review {} · {}\n", "  plan {} · {} · {} · uppföljning {} · {}\n",
            p.number, format_date(p.date), fmt::join(p.criteria, ", "), format_date(p.review_date),
            p.outcome ? std::string(model::keyword(*p.outcome)) : context.tr("open", "öppen"));
    }
}

// The TALK-* rules that failed, each with its id.
void print_findings(Context& context, const rules::Findings& findings)
{
    bool heading = false;
    for (const auto& f : findings) {
        if (f.verdict == rules::Verdict::passed) {
            continue;
        }
        if (!heading) {
            context.out << context.tr("\n## Rules\n", "\n## Regler\n");
            heading = true;
        }
        context.out << wrapped(context.tr(f.message), terminal_width(),
                               fmt::format("  {}[{}]: ",
                                           f.verdict == rules::Verdict::error
                                               ? context.tr("error", "fel")
                                               : context.tr("warning", "varning"),
                                           f.rule),
                               "      ");
    }
}

nlohmann::json findings_json(const rules::Findings& findings)
{
    auto out = nlohmann::json::array();
    for (const auto& f : findings) {
        out.push_back({{"rule", f.rule},
                       {"verdict", rules::verdict_keyword(f.verdict)},
                       {"message", f.message.en}});
    }
    return out;
}

ExitCode run_show(Context& context, app::ShowRequest request, const std::optional<Date>& on)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    request.today = on.value_or(today());
    const auto shown = app::show_talks(journal, request);
    if (!shown) {
        return report_problem(context, shown.problem());
    }
    if (context.json) {
        auto placements = nlohmann::json::array();
        for (const auto& talks : shown->placements) {
            auto assessments = nlohmann::json::array();
            for (const auto& a : talks.assessments) {
                assessments.push_back(formats::to_json(a));
            }
            auto plans = nlohmann::json::array();
            for (const auto& p : talks.plans) {
                plans.push_back(formats::to_json(p));
            }
            placements.push_back(
                {{"placement", talks.placement},
                 {"form", talks.form ? nlohmann::json(talks.form->id) : nlohmann::json()},
                 {"assessments", assessments},
                 {"plans", plans},
                 {"findings", findings_json(talks.findings)}});
        }
        auto progression = nlohmann::json::array();
        for (const auto& h : shown->progression) {
            progression.push_back({{"criterion", h.criterion}, {"levels", h.levels}});
        }
        context.print_json({{"student", shown->student},
                            {"placements", placements},
                            {"progression", progression}});
        return ExitCode::ok;
    }
    for (const auto& talks : shown->placements) {
        context.out << fmt::format("# {} · {}{}\n", shown->student, talks.placement,
                                   talks.form ? " · " + talks.form->id : std::string());
        if (talks.assessments.empty()) {
            context.out << context.tr(
                "  No assessments yet: `peer assess self --midway` writes yours.\n",
                "  Inga bedömningar än: `peer assess self --midway` skriver din.\n");
        }
        print_talk(context, talks, model::Talk::midway);
        print_talk(context, talks, model::Talk::final_talk);
        print_plans(context, talks.plans);
        print_findings(context, talks.findings);
    }
    if (!shown->progression.empty()) {
        context.out << context.tr("\n# Across placements: the criteria found at risk\n",
                                  "\n# Över placeringarna: kriterierna i riskzonen\n");
        for (const auto& h : shown->progression) {
            context.out << wrapped(fmt::format("{}: {}", h.criterion, fmt::join(h.levels, " → ")),
                                   terminal_width(), "  ", "    ");
        }
    }
    if (shown->placements.empty()) {
        context.say(context.tr("No assessments yet.", "Inga bedömningar än."));
    }
    return ExitCode::ok;
}

ExitCode show_assessment(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::assessment(journal, number);
    if (!found) {
        return report_problem(context, found.problem());
    }
    context.out << context.format(
        "{} {}: {} by {}, {}, {} criteria judged\n", "{} {}: {} av {}, {}, {} kriterier bedömda\n",
        context.tr(talk_name(found->talk)), number, found->student, found->assessor,
        format_date(found->date), found->judgements.size());
    return ExitCode::ok;
}

struct PrepareOptions : TalkChoice {
    std::string placement;
    std::string recipient;
    app::Included include;
    exchange::ReportFormat format = exchange::ReportFormat::text;
    std::string output = "-";
};

// `assess prepare`: the sheet in text, Markdown or HTML, or (json) the export file for staff.
ExitCode run_prepare(Context& context, const PrepareOptions& o)
{
    if (!talk_chosen(context, o)) {
        return ExitCode::usage;
    }
    const auto talk = o.talk();
    const auto format = context.json ? exchange::ReportFormat::json : o.format;
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto sheet =
        app::talk_sheet(journal, {talk, o.placement, o.include.reflections, o.include.feedback});
    if (!sheet) {
        return report_problem(context, sheet.problem());
    }
    if (format != exchange::ReportFormat::json) {
        return write_output(context, o.output, exchange::render_sheet(*sheet, format, context.lang),
                            context.format("Wrote what you bring to the talk to {}.",
                                           "Skrev det du tar med till samtalet i {}.", o.output));
    }
    if (o.recipient.empty()) {
        context.error({"the JSON is an export file for your supervisor: name them with --for",
                       "JSON-filen är en exportfil till din handledare: ange hen med --for"});
        return ExitCode::usage;
    }
    app::ExportRequest request;
    request.recipient = o.recipient;
    request.include = o.include;
    request.include.introductions = true;
    request.now = utc_now();
    request.lang = context.lang;
    request.talk = talk;
    const auto exported = app::export_journal(journal, request);
    if (!exported) {
        return report_problem(context, exported.problem());
    }
    return write_output(context, o.output, exported->text,
                        context.format("Wrote {} records for {} to {}: `peer import` reads it.",
                                       "Skrev {} poster till {} i {}: `peer import` läser den.",
                                       exported->records, o.recipient, o.output));
}

void add_talk_options(CLI::App& command, TalkOptions& o, Context& context)
{
    add_talk_flags(command, o, context);
    command.add_option(
        "--placement", o.placement,
        context.tr("The placement (default: the student's)", "Placeringen (förval: studentens)"));
    add_date_option(
        command, "--date", o.date,
        context.tr("The day of the talk (default: today)", "Samtalets dag (förval: i dag)"),
        context);
    add_compose_options(command, o.compose, context);
}

} // namespace

void setup_assess(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto placement = std::make_shared<std::string>();
    auto* form = command.add_subcommand(
        "form", context.tr("Check an assessment form file, or show your placement's form: its "
                           "scale and criteria",
                           "Pröva en fil med ett bedömningsformulär, eller visa din placerings "
                           "formulär: dess skala och kriterier"));
    form->add_option("file", *file,
                     context.tr("The form (TOML, docs/assessment-form.md); without it, the form "
                                "of your placement",
                                "Formuläret (TOML, docs/assessment-form.md); utan det, din "
                                "placerings formulär"));
    form->add_option("--placement", *placement,
                     context.tr("The placement whose form to show (default: yours)",
                                "Placeringen vars formulär visas (standard: din)"))
        ->excludes(form->get_option("file"));
    form->footer(context.tr("Examples:\n  peer assess form examples/assessment-form.toml\n"
                            "  peer assess form\n\n"
                            "Every problem of the file is reported at its line and column, "
                            "with exit status 1.\n",
                            "Exempel:\n  peer assess form examples/assessment-form.toml\n"
                            "  peer assess form\n\n"
                            "Varje problem i filen anges med rad och kolumn, med "
                            "slutstatus 1.\n"));
    form->callback(
        [&context, file, placement] { context.exit = run_form(context, *file, *placement); });

    auto self_options = std::make_shared<TalkOptions>();
    auto* self = command.add_subcommand(
        "self", context.tr("Assess yourself before a talk, criterion by criterion",
                           "Bedöm dig själv inför ett samtal, kriterium för kriterium"));
    add_talk_options(*self, *self_options, context);
    self->footer(context.tr(
        "For each criterion of your placement's form: a level, the evidence in your journal "
        "(entry N, reflection N, feedback N) and why. At the prompt, in your editor or from "
        "Markdown (headings: the criteria's ids, then Overall). Written again, it opens in your "
        "editor.\n\n"
        "Examples:\n  peer assess self --midway\n  peer assess self --final --from self.md\n",
        "För varje kriterium i placeringens formulär: en nivå, beläggen i din journal (logg N, "
        "reflektion N, återkoppling N) och varför. Vid prompten, i din editor eller från "
        "Markdown (rubriker: kriteriernas id, sedan Helhet). Skrivs den igen öppnas den i din "
        "editor.\n\n"
        "Exempel:\n  peer assess self --midway\n  peer assess self --final --from själv.md\n"));
    self->callback([&context, self_options] { context.exit = run_talk(context, *self_options); });

    auto record_options = std::make_shared<TalkOptions>();
    auto* record = command.add_subcommand(
        "record", context.tr("Record your assessment of a student at a talk (staff)",
                             "Skriv din bedömning av en student vid ett samtal (personal)"));
    record->add_option("STUDENT", record_options->student, context.tr("The student", "Studenten"))
        ->required();
    add_talk_options(*record, *record_options, context);
    record->footer(context.tr(
        "In a supervisor's journal (`peer term join placement.toml --as ID`), after `peer import` "
        "of the student's `peer assess prepare` file: each criterion's level and comment, with the "
        "student's own level in the hint, and an overall judgement. `peer export --for STUDENT` "
        "carries it back.\n\n"
        "Examples:\n  peer assess record ali --midway\n  peer assess record ali --final --from "
        "ali-final.md\n",
        "I en handledares journal (`peer term join placering.toml --as ID`), efter `peer import` "
        "av studentens fil från `peer assess prepare`: varje kriteriums nivå och kommentar, med "
        "studentens egen nivå i ledtråden, och en samlad bedömning. `peer export --for STUDENT` "
        "tar den tillbaka.\n\n"
        "Exempel:\n  peer assess record ali --midway\n  peer assess record ali --final --from "
        "ali-slut.md\n"));
    record->callback(
        [&context, record_options] { context.exit = run_talk(context, *record_options); });

    auto prepare_options = std::make_shared<PrepareOptions>();
    auto* prepare = command.add_subcommand(
        "prepare",
        context.tr("Write what you bring to a talk: your self-assessment with its evidence",
                   "Skriv det du tar med till ett samtal: din självvärdering med belägg"));
    add_talk_flags(*prepare, *prepare_options, context);
    prepare->add_option("--placement", prepare_options->placement,
                        context.tr("The placement (default: yours)", "Placeringen (förval: din)"));
    add_choice_option(*prepare, "--format", prepare_options->format,
                      {{"text", exchange::ReportFormat::text},
                       {"md", exchange::ReportFormat::markdown},
                       {"markdown", exchange::ReportFormat::markdown},
                       {"html", exchange::ReportFormat::html},
                       {"json", exchange::ReportFormat::json}},
                      context.tr("text (the default), md (Markdown), html (one page) or json (an "
                                 "export file for --for)",
                                 "text (standard), md (Markdown), html (en sida) eller json (en "
                                 "exportfil till --for)"),
                      context);
    prepare->add_option(
        "--for", prepare_options->recipient,
        context.tr("json: the supervisor it is for", "json: handledaren den är till"));
    add_include_option(*prepare, prepare_options->include, context);
    prepare->add_option("-o,--output", prepare_options->output,
                        context.tr("The file to write (- for stdout, the default)",
                                   "Filen att skriva (- för stdout, standard)"));
    prepare->footer(context.tr(
        "Your self-assessment of the talk, criterion by criterion, with the log entries, "
        "reflections and feedback it cites (their texts only with --include), the goals of your "
        "introduction and the learning outcomes your log covers. The JSON is an export file: your "
        "supervisor imports it with `peer import` and records the talk with `peer assess "
        "record`.\n\n"
        "Examples:\n  peer assess prepare --midway\n"
        "  peer assess prepare --midway --format html -o midway.html\n"
        "  peer assess prepare --midway --format json --for karin -o for-karin.jsonl\n",
        "Din självvärdering inför samtalet, kriterium för kriterium, med loggposterna, "
        "reflektionerna och återkopplingen den hänvisar till (texterna bara med --include), målen "
        "i din introduktion och de lärandemål din logg täcker. JSON-filen är en exportfil: din "
        "handledare importerar den med `peer import` och skriver samtalet med `peer assess "
        "record`.\n\n"
        "Exempel:\n  peer assess prepare --midway\n"
        "  peer assess prepare --midway --format html -o halvtid.html\n"
        "  peer assess prepare --midway --format json --for karin -o till-karin.jsonl\n"));
    prepare->callback(
        [&context, prepare_options] { context.exit = run_prepare(context, *prepare_options); });

    auto show_request = std::make_shared<app::ShowRequest>();
    auto* show = command.add_subcommand(
        "show", context.tr("Show the talks side by side: the student's levels and the supervisor's",
                           "Visa samtalen sida vid sida: studentens nivåer och handledarens"));
    show->add_option("--student", show_request->student,
                     context.tr("Whose (staff; a student sees their own)",
                                "Vems (personal; en student ser sina egna)"));
    auto* all =
        show->add_flag("--all", show_request->all,
                       context.tr("Every placement: how the criteria went over the programme",
                                  "Varje placering: hur kriterierna gick över programmet"));
    show->add_option("--placement", show_request->placement,
                     context.tr("The placement (default: the student's)",
                                "Placeringen (förval: studentens)"))
        ->excludes(all);
    add_rule_set_option(*show, show_request->rules_file, context);
    auto show_today = std::make_shared<std::optional<Date>>();
    add_date_option(*show, "--today", *show_today,
                    context.tr("Judge the rules' deadlines on this day (default: today)",
                               "Bedöm reglernas tidsgränser denna dag (förval: i dag)"),
                    context);
    show->footer(context.tr("Examples:\n  peer assess show\n  peer assess show --all\n  peer "
                            "assess show --student ali --json\n",
                            "Exempel:\n  peer assess show\n  peer assess show --all\n  peer assess "
                            "show --student ali --json\n"));
    show->callback([&context, show_request, show_today] {
        context.exit = run_show(context, *show_request, *show_today);
    });

    add_delete_command(command, context,
                       {"delete",
                        journal::RecordKind::assessment,
                        {"assessment", "bedömning"},
                        {"Delete an assessment you wrote", "Radera en bedömning du skrev"},
                        show_assessment});
}

} // namespace peer::cli
