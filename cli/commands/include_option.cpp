#include "commands/include_option.hpp"

#include <string>
#include <vector>

namespace peer::cli {

void add_include_option(CLI::App& command, app::Included& include, const Context& context)
{
    command
        .add_option_function<std::vector<std::string>>(
            "--include",
            [&include, &context](const std::vector<std::string>& kinds) {
                for (const auto& kind : kinds) {
                    if (kind == "reflections" || kind == "reflektioner") {
                        include.reflections = true;
                    } else if (kind == "feedback" || kind == "återkoppling") {
                        include.feedback = true;
                    } else if (kind == "briefings" || kind == "handledningar") {
                        include.briefings = true;
                    } else if (kind == "introductions" || kind == "introduktioner") {
                        include.introductions = true;
                    } else {
                        throw CLI::ValidationError(
                            "--include",
                            context.format("unknown value '{}'; accepted: reflections, feedback, "
                                           "briefings, introductions",
                                           "okänt värde '{}'; tillåtna: reflektioner, "
                                           "återkoppling, handledningar, introduktioner",
                                           kind));
                    }
                }
            },
            context.tr("The texts to add for staff, comma-separated: reflections, feedback, "
                       "briefings, introductions (none by default)",
                       "Texterna att ta med till personal, med komma emellan: reflektioner, "
                       "återkoppling, handledningar, introduktioner (inga som standard)"))
        ->delimiter(',');
}

} // namespace peer::cli
