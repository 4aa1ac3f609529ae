#pragma once
// Turns SQLite's failures into messages a person can act on.

#include <peer/core/error.hpp>

#include <SQLiteCpp/Exception.h>

#include <filesystem>

namespace peer::journal {

JournalError journal_error(const SQLite::Exception& failure, const std::filesystem::path& path);

} // namespace peer::journal
