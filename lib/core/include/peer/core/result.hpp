#pragma once
// What a use case returns: its outcome, or the problem that stopped it. An expected failure
// (not found, taken, rule errors, bad input) is a Problem value, never an exception; the command
// line prints its diagnostics and exits with its code.

#include <peer/core/diagnostic.hpp>
#include <peer/core/exit_code.hpp>

#include <utility>
#include <variant>

namespace peer {

struct Problem {
    ExitCode code = ExitCode::invalid_data;
    // What is wrong, each with its message in both languages; warnings found on the way come
    // along, errors last. The first error says what was not done.
    Diagnostics diagnostics;
};

// A problem with one message and no position.
Problem problem(ExitCode code, Text message);

// A problem made of `found` (rule findings, format errors) followed by `conclusion`, the error
// that says what was not done ("nothing was written").
Problem problem(ExitCode code, Diagnostics found, Text conclusion);

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Problem problem) : m_state(std::move(problem)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool has_value() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return has_value(); }

    T& value() { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    [[nodiscard]] const Problem& problem() const { return std::get<Problem>(m_state); }

private:
    std::variant<T, Problem> m_state;
};

} // namespace peer
