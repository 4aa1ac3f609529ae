#include <peer/core/uuid.hpp>

#include <fmt/format.h>

#include <chrono>
#include <random>

namespace peer {

// Version 7 (RFC 9562): a millisecond timestamp, then random bits. Records made one after the
// other get ids that sort together, which keeps the journal's unique index on them fast to
// extend: a batch import of a million log entries appends to it instead of scattering.
std::string new_uuid()
{
    static thread_local std::mt19937_64 generator{std::random_device{}()};
    const auto millis =
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count());
    const std::uint64_t random_a = generator();
    const std::uint64_t random_b = generator();
    const std::uint64_t high = (millis << 16U) | 0x7000U | (random_a & 0x0FFFU); // version 7
    const std::uint64_t low = (random_b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32U, (high >> 16U) & 0xFFFFU,
                       high & 0xFFFFU, low >> 48U, low & 0xFFFFFFFFFFFFULL);
}

} // namespace peer
