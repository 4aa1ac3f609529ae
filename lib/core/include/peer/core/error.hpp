#pragma once
// The few truly exceptional failures. Expected failures (bad input, rule violations) are values;
// these are thrown, caught once in cli/main.cpp and turned into a message and an exit code.

#include <peer/core/exit_code.hpp>
#include <peer/core/text.hpp>

#include <stdexcept>

namespace peer {

class Error : public std::runtime_error {
public:
    Error(ExitCode code, Text message)
        : std::runtime_error(message.en), m_code(code), m_message(std::move(message))
    {
    }

    [[nodiscard]] ExitCode code() const { return m_code; }
    [[nodiscard]] const Text& message() const { return m_message; }

private:
    ExitCode m_code;
    Text m_message;
};

// The journal cannot be used: missing, locked, corrupt, newer, not a journal, no permission.
class JournalError : public Error {
public:
    explicit JournalError(Text message) : Error(ExitCode::journal_unusable, std::move(message)) {}
};

} // namespace peer
