#include "writing_rows.hpp"
#include "stored.hpp"

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

std::string answer(const model::Writing& writing, std::size_t index)
{
    return index < writing.answers.size() ? writing.answers[index] : std::string();
}

} // namespace peer::journal::rows
