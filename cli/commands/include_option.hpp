#pragma once
// --include reflections,feedback,briefings,introductions (in English or Swedish): the texts an
// export for staff carries (`peer export --for`, `peer assess prepare --format json`).

#include "context.hpp"

#include <peer/app/exchange.hpp>

#include <CLI/CLI.hpp>

namespace peer::cli {

void add_include_option(CLI::App& command, app::Included& include, const Context& context);

} // namespace peer::cli
