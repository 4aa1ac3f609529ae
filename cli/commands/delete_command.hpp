#pragma once
// `delete N` under reflect, feedback and brief, and `activity delete-entry N`: one shape for
// deleting what the owner wrote (app::delete_record).

#include "context.hpp"

#include <peer/journal/deletion.hpp>

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <string>

namespace peer::cli {

struct DeleteCommand {
    std::string name; // the subcommand: "delete", "delete-entry"
    journal::RecordKind kind = journal::RecordKind::reflection;
    Text noun;        // "reflection", "reflektion": as messages name one
    Text description; // the subcommand's help line
    // Shows the record before the question; a record that is not there is its problem.
    std::function<ExitCode(Context&, std::int64_t)> show;
};

// Adds the command under `parent`. On a terminal it shows the record and asks before it
// deletes (no, unless the answer is yes); elsewhere it needs --yes. For a log entry,
// --delete-linked deletes the records about it too; on a terminal, without it, it asks; the
// default keeps them, about the activity alone.
void add_delete_command(CLI::App& parent, Context& context, const DeleteCommand& command);

} // namespace peer::cli
