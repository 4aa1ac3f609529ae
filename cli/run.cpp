#include "run.hpp"

#include "arguments.hpp"
#include "commands/commands.hpp"
#include "context.hpp"
#include "parse_error.hpp"

#include <peer/core/error.hpp>
#include <peer/core/suggest.hpp>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <vector>

namespace peer::cli {

namespace {

std::optional<std::string> environment(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

// The language is needed before the parser is built (the help is written in it), so --lang is
// looked for first; then PEER_LANG, LC_ALL, LC_MESSAGES and LANG, as the locale would be.
Lang choose_language(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) {
            return parse_lang(argv[i + 1]).value_or(Lang::en);
        }
        if (arg.starts_with("--lang=")) {
            return parse_lang(arg.substr(7)).value_or(Lang::en);
        }
    }
    for (const char* name : {"PEER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (auto value = environment(name)) {
            return parse_lang(*value).value_or(Lang::en);
        }
    }
    return Lang::en;
}

void translate_help(CLI::App& app, const Context& context)
{
    if (context.lang != Lang::sv) {
        return;
    }
    auto formatter = app.get_formatter();
    formatter->label("Usage", "Användning");
    formatter->label("OPTIONS", "FLAGGOR");
    formatter->label("Options", "Flaggor");
    formatter->label("Positionals", "Argument");
    formatter->label("SUBCOMMAND", "UNDERKOMMANDO");
    formatter->label("SUBCOMMANDS", "UNDERKOMMANDON");
    formatter->label("Subcommands", "Underkommandon");
    formatter->label("REQUIRED", "KRÄVS");
    formatter->label("Env", "Miljö");
    formatter->label("Needs", "Kräver");
    formatter->label("Excludes", "Utesluter");
    formatter->label("TEXT", "TEXT");
}

// A nested subcommand gets its help flag in CLI11's own group ("Options"): put it with the other
// options, in the chosen language.
void group_help_flags(CLI::App& command, const std::string& group)
{
    for (auto* sub : command.get_subcommands([](CLI::App*) { return true; })) {
        if (auto* help = sub->get_help_ptr()) {
            help->group(group);
        }
        group_help_flags(*sub, group);
    }
}

// The first word of the command line that is not an option or an option's value: the
// subcommand the user meant.
// `peer` alone (or with global options only) and `peer help [COMMAND...]` ask for the help: as
// `peer [COMMAND...] --help`.
void as_help_request(std::vector<std::string>& arguments)
{
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const auto& arg = arguments[i];
        if (arg == "--journal" || arg == "--lang") {
            ++i; // and its value
            continue;
        }
        if (arg == "--version" || arg == "--help" || arg == "-h") {
            return;
        }
        if (arg.starts_with('-')) {
            continue;
        }
        if (arg == "help") {
            arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(i));
            arguments.emplace_back("--help");
        }
        return;
    }
    arguments.emplace_back("--help");
}

// Whether --no-color is among the arguments: looked at before parsing, so that a usage error
// honours it too.
bool asks_no_color(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") {
            break;
        }
        if (arg == "--no-color") {
            return true;
        }
    }
    return false;
}

std::optional<std::string_view> first_word(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--journal" || arg == "--lang") {
            ++i;
        } else if (!arg.starts_with('-')) {
            return arg;
        }
    }
    return std::nullopt;
}

// "Run `peer person add --help` for the usage.", for the deepest subcommand the parser reached.
void print_help_pointer(const Context& context, const CLI::App& app)
{
    std::string command = "peer";
    for (const CLI::App* at = &app; !at->get_subcommands().empty();) {
        at = at->get_subcommands().front();
        command += " " + at->get_name();
    }
    const auto help = command + " --help";
    context.err << context.tr("Run `" + help + "` for the usage.",
                              "Kör `" + help + "` för att se användningen.")
                << '\n';
}

// A usage error: what is wrong (an unknown subcommand with a suggestion, else CLI11's message)
// and a pointer to --help.
int usage_error(const Context& context, const CLI::ParseError& failure, const CLI::App& app,
                int argc, const char* const* argv)
{
    const auto word = first_word(argc, argv);
    if (app.get_subcommands().empty() && word) {
        std::vector<std::string_view> names;
        for (const auto& command : commands()) {
            names.push_back(command.name);
        }
        std::string en = "unknown subcommand `" + std::string(*word) + "`";
        std::string sv = "okänt underkommando `" + std::string(*word) + "`";
        if (auto near = nearest_name(*word, names)) {
            en += "; did you mean `" + *near + "`?";
            sv += "; menade du `" + *near + "`?";
        }
        context.error({en, sv});
    } else {
        context.error(describe(failure));
    }
    print_help_pointer(context, app);
    return to_int(ExitCode::usage);
}

} // namespace

int run(int argc, const char* const* raw_argv)
{
    Context context{.out = std::cout, .err = std::cerr};
    context.lang = choose_language(argc, raw_argv);
    // Colour is decided before anything is printed; --no-color can only take it away.
    context.color = !environment("NO_COLOR") && environment("TERM") != "dumb"
                    && ::isatty(STDERR_FILENO) == 1 && !asks_no_color(argc, raw_argv);
    const auto checked = checked_arguments(argc, raw_argv);
    if (const auto* refusal = std::get_if<Text>(&checked)) {
        context.error(*refusal);
        return to_int(ExitCode::usage);
    }
    auto arguments = std::get<std::vector<std::string>>(checked);
    as_help_request(arguments);
    std::vector<const char*> pointers;
    pointers.reserve(arguments.size());
    for (const auto& argument : arguments) {
        pointers.push_back(argument.c_str());
    }
    const char* const* argv = pointers.data();
    const auto count = static_cast<int>(pointers.size());

    CLI::App app(context.tr("peer: a journal and toolkit for peer learning in clinical placements",
                            "peer: journal och verktyg för peer learning under VFU"),
                 "peer");
    translate_help(app, context);
    app.option_defaults()->group(context.tr("Options", "Flaggor"));
    app.set_help_flag("-h,--help",
                      context.tr("Show this help and exit", "Visa denna hjälp och avsluta"));
    app.set_version_flag("--version", std::string("peer ") + PEER_VERSION,
                         context.tr("Show the version and exit", "Visa versionen och avsluta"));
    app.fallthrough();
    app.require_subcommand(1);

    std::string journal_option;
    std::string lang_option;
    bool no_color = false;
    app.add_option("--journal", journal_option,
                   context.tr("The journal file (default: $PEER_JOURNAL, else "
                              "$XDG_DATA_HOME/peer/journal.db)",
                              "Journalfilen (förval: $PEER_JOURNAL, annars "
                              "$XDG_DATA_HOME/peer/journal.db)"))
        ->type_name(context.tr("FILE", "FIL"));
    app.add_flag("--json", context.json,
                 context.tr("Machine-readable output on stdout (JSON)",
                            "Maskinläsbar utdata på stdout (JSON)"));
    app.add_option(
           "--lang", lang_option,
           context.tr("Language of messages: en or sv (default: from PEER_LANG or the locale)",
                      "Språk för meddelanden: en eller sv (förval: från PEER_LANG eller "
                      "språkinställningen)"))
        ->type_name("en|sv")
        ->check(CLI::IsMember({"en", "sv"}).description(""));
    app.add_flag("--no-color", no_color,
                 context.tr("No colours (also when NO_COLOR is set)",
                            "Inga färger (även när NO_COLOR är satt)"));
    app.add_flag(
        "-q,--quiet", context.quiet,
        context.tr("Print only errors and requested data", "Skriv bara fel och begärd data"));

    for (const auto& command : commands()) {
        auto* sub = app.add_subcommand(std::string(command.name), context.tr(command.summary));
        sub->group(context.tr("Subcommands", "Underkommandon"));
        sub->set_help_flag("-h,--help",
                           context.tr("Show this help and exit", "Visa denna hjälp och avsluta"));
        command.setup(*sub, context);
        group_help_flags(*sub, context.tr("Options", "Flaggor"));
    }
    app.footer(
        context.tr("Exit status: 0 success, 1 invalid data, 2 usage error, 3 journal unusable,\n"
                   "70 internal error (a bug), 130 interrupted while asking (what was typed is "
                   "kept).\n"
                   "See `man peer` or docs/ for the whole reference.",
                   "Slutstatus: 0 klart, 1 ogiltiga data, 2 fel användning, 3 journalen går "
                   "inte att använda,\n70 internt fel (en bugg), 130 avbrutet under frågorna (det "
                   "som skrivits sparas).\n"
                   "Se `man peer` eller docs/ för hela referensen."));

    // Decide colour before any callback prints.
    app.parse_complete_callback([&] {
        if (!journal_option.empty()) {
            context.journal_option = journal_option;
        }
        context.color = context.color && !no_color;
    });

    try {
        app.parse(count, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& failure) {
        return usage_error(context, failure, app, count, argv);
    } catch (const Error& failure) {
        context.error(failure.message());
        if (failure.code() == ExitCode::usage) {
            print_help_pointer(context, app);
        }
        return to_int(failure.code());
    } catch (const std::exception& failure) {
        context.error({std::string("internal error: ") + failure.what()
                           + "; this is a bug in peer: please report it with the command you ran",
                       std::string("internt fel: ") + failure.what()
                           + "; detta är ett fel i peer: rapportera det med kommandot du körde"});
        return to_int(ExitCode::internal);
    }
    if (context.exit == ExitCode::usage) { // a command's own usage problem
        print_help_pointer(context, app);
    }
    return to_int(context.exit);
}

} // namespace peer::cli
