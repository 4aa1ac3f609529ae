#pragma once
// Questions a command asks on a terminal, and the answers it takes.

#include "context.hpp"
#include "terminal.hpp"

#include <optional>

namespace peer::cli {

// Asks `question` (with its "[y/n]", in the chosen language) until the answer is yes or no as
// yes_or_no (options.hpp) takes them. An empty answer is `empty_means` when there is one
// ("[Y/n]" or "[y/N]" then shows it), else the question is asked again, as is any other answer.
// nullopt when the input ends or a signal interrupts it (reader.interrupted() says which).
std::optional<bool> ask_yes_no(const Context& context, LineReader& reader, const Text& question,
                               std::optional<bool> empty_means = std::nullopt);

} // namespace peer::cli
