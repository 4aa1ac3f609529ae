#include "progress_bar.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <ostream>

namespace peer::cli {

ProgressBar::ProgressBar(const Context& context)
    : m_context(context), m_terminal(::isatty(STDERR_FILENO) == 1 && !context.quiet),
      m_start(std::chrono::steady_clock::now())
{
}

ProgressBar::~ProgressBar()
{
    if (m_shown) {
        m_context.err << "\r\033[K" << std::flush;
    }
}

void ProgressBar::update(std::uint64_t done, std::uint64_t total, std::int64_t rows)
{
    using namespace std::chrono;
    const auto elapsed = duration<double>(steady_clock::now() - m_start).count();
    if (!m_terminal || elapsed < 1.0 || total == 0) {
        return;
    }
    m_shown = true;
    constexpr int k_width = 30;
    const double part = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
    const int filled = static_cast<int>(part * k_width);
    const double rate = static_cast<double>(rows) / elapsed;
    const auto left = part > 0 ? static_cast<int>(elapsed / part - elapsed) : 0;
    m_context.err << m_context.format(
        "\r[{:=<{}}{:<{}}] {:3.0f}%  {} rows  {:.0f} rows/s  {}:{:02} left",
        "\r[{:=<{}}{:<{}}] {:3.0f}%  {} rader  {:.0f} rader/s  {}:{:02} kvar", "", filled, "",
        k_width - filled, part * 100, rows, rate, left / 60, left % 60)
                  << "\033[K" << std::flush;
}

} // namespace peer::cli
