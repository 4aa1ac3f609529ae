#include "sqlite_error.hpp"

#include <fmt/format.h>
#include <fmt/std.h>
#include <sqlite3.h>

namespace peer::journal {

JournalError journal_error(const SQLite::Exception& failure, const std::filesystem::path& path)
{
    const std::string detail = failure.what();
    const auto p = path.string();
    switch (failure.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return JournalError({
            fmt::format("the journal {} is in use by another peer process and stayed locked; "
                        "try again when it has finished",
                        p),
            fmt::format("journalen {} används av en annan peer-process och förblev låst; "
                        "försök igen när den är klar",
                        p),
        });
    case SQLITE_NOTADB:
        return JournalError({
            fmt::format("{} is not a peer journal (it is not an SQLite database); pass the path "
                        "of a journal, or create one with `peer init`",
                        p),
            fmt::format("{} är ingen peer-journal (det är ingen SQLite-databas); ange sökvägen "
                        "till en journal, eller skapa en med `peer init`",
                        p),
        });
    case SQLITE_CORRUPT:
        return JournalError({
            fmt::format("the journal {} is damaged ({}); restore it from a backup copy", p, detail),
            fmt::format("journalen {} är skadad ({}); återställ den från en säkerhetskopia", p,
                        detail),
        });
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return JournalError({
            fmt::format("cannot open the journal {} for writing ({}); check that the file and "
                        "its directory exist and are yours to write",
                        p, detail),
            fmt::format("kan inte öppna journalen {} för skrivning ({}); kontrollera att filen "
                        "och dess katalog finns och att du får skriva i dem",
                        p, detail),
        });
    case SQLITE_FULL:
        return JournalError({
            fmt::format("the journal {} could not be written: the disk it is on is full; free "
                        "some space on it and run the command again; nothing of this command "
                        "was saved",
                        p),
            fmt::format("journalen {} kunde inte skrivas: disken den ligger på är full; frigör "
                        "utrymme på den och kör kommandot igen; inget från det här kommandot "
                        "sparades",
                        p),
        });
    case SQLITE_IOERR:
        return JournalError({
            fmt::format("the journal {} could not be written ({}); check the disk; nothing of "
                        "this command was saved",
                        p, detail),
            fmt::format("journalen {} kunde inte skrivas ({}); kontrollera disken; inget från "
                        "det här kommandot sparades",
                        p, detail),
        });
    default:
        return JournalError({
            fmt::format("the journal {} failed: {}", p, detail),
            fmt::format("journalen {} fungerade inte: {}", p, detail),
        });
    }
}

} // namespace peer::journal
