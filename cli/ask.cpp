#include "ask.hpp"

#include "options.hpp"

namespace peer::cli {

namespace {

Text choices(std::optional<bool> empty_means)
{
    if (!empty_means) {
        return {" [y/n] ", " [j/n] "};
    }
    return *empty_means ? Text{" [Y/n] ", " [J/n] "} : Text{" [y/N] ", " [j/N] "};
}

} // namespace

std::optional<bool> ask_yes_no(const Context& context, LineReader& reader, const Text& question,
                               std::optional<bool> empty_means)
{
    context.out << context.tr(question) << context.tr(choices(empty_means)) << std::flush;
    while (true) {
        const auto line = reader.next();
        if (!line) {
            context.out << '\n';
            return std::nullopt;
        }
        if (line->find_first_not_of(" \t") == std::string::npos && empty_means) {
            return empty_means;
        }
        if (const auto answer = yes_or_no(*line)) {
            return answer;
        }
        context.out << context.tr("Please answer yes or no (y or n):",
                                  "Svara ja eller nej (j eller n):")
                    << context.tr(choices(empty_means)) << std::flush;
    }
}

} // namespace peer::cli
