#pragma once
// A progress bar on stderr for long work: shown only on a terminal, and only once the work has
// run for about a second, so that quick commands and scripts never see it.

#include "context.hpp"

#include <chrono>
#include <cstdint>

namespace peer::cli {

class ProgressBar {
public:
    explicit ProgressBar(const Context& context);
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    void update(std::uint64_t done, std::uint64_t total, std::int64_t rows);

private:
    const Context& m_context;
    bool m_terminal;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace peer::cli
