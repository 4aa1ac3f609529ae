#include "commands/commands.hpp"

#include <array>

namespace peer::cli {

std::span<const Command> commands()
{
    static const std::array table{
        Command{"init",
                {"Create your journal (or bring an existing one up to date)",
                 "Skapa din journal (eller uppdatera en befintlig)"},
                setup_init},
        Command{"doctor",
                {"Check the journal: schema, integrity, foreign keys, row counts",
                 "Kontrollera journalen: schema, integritet, främmande nycklar, antal rader"},
                setup_doctor},
    };
    return table;
}

} // namespace peer::cli
