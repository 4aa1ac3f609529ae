#include "writing_rows.hpp"
#include "stored.hpp"

#include <peer/core/error.hpp>
#include <peer/privacy/guard.hpp>

namespace peer::journal::rows {

void bind_writing(SQLite::Statement& statement, const model::Writing& writing)
{
    statement.bind(":author", writing.author);
    writing.entry ? statement.bind(":entry", *writing.entry) : statement.bind(":entry");
    statement.bind(":code", writing.code);
    statement.bind(":date", format_date(writing.date));
}

void read_writing(SQLite::Statement& row, model::Writing& writing, std::string_view table)
{
    writing.number = row.getColumn(0).getInt64();
    writing.uuid = row.getColumn(1).getString();
    writing.author = row.getColumn(2).getString();
    if (!row.getColumn(3).isNull()) {
        writing.entry = row.getColumn(3).getInt64();
    }
    writing.code = row.getColumn(4).getString();
    writing.date = stored::date(row.getColumn(5), {table, writing.number});
}

void record_allowed(SQLite::Database& database, const AllowedIdentifiers& allowed,
                    std::string_view record_kind, const std::string& record_uuid)
{
    SQLite::Statement insert(database, "INSERT INTO allowed_identifier (text, record_kind, "
                                       "record_uuid) VALUES (?, ?, ?)");
    for (const auto& text : allowed) {
        insert.bind(1, text);
        insert.bind(2, std::string(record_kind));
        insert.bind(3, record_uuid);
        insert.exec();
        insert.reset();
    }
}

void refuse_identifiers(const model::Writing& writing, const AllowedIdentifiers& allowed)
{
    for (const auto& text : writing.answers) {
        const auto found = privacy::check_text(text, "", allowed);
        if (!found.empty()) {
            throw Error(ExitCode::invalid_data, found.front().message);
        }
    }
}

std::string answer(const model::Writing& writing, std::size_t index)
{
    return index < writing.answers.size() ? writing.answers[index] : std::string();
}

} // namespace peer::journal::rows
