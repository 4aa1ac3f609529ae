#pragma once
// What CLI11 says when it cannot parse a command line, as a sentence in both languages.

#include <peer/core/text.hpp>

#include <CLI/CLI.hpp>

namespace peer::cli {

// The failure as a person reads it: what is wrong and with which option. A message of peer's own
// (a value an option does not take, see options.hpp) is already in the chosen language and stays
// as it is, as does one CLI11 words in a way not known here (in CLI11's English).
Text describe(const CLI::ParseError& failure);

} // namespace peer::cli
