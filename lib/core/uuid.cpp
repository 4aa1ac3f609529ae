#include <peer/core/uuid.hpp>

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace peer {

namespace {

constexpr std::uint64_t k_rand_a_limit = std::uint64_t{1} << 12U; // 12 bits beside the version
constexpr std::uint64_t k_rand_b_limit = std::uint64_t{1} << 62U; // 62 bits beside the variant

// The last id made, so that the next one sorts after it even within the same millisecond.
struct Generator {
    std::mutex mutex;
    std::mt19937_64 random{std::random_device{}()};
    std::uint64_t millis = 0;
    std::uint64_t rand_a = 0;
    std::uint64_t rand_b = 0;

    void fresh()
    {
        rand_a = random() % k_rand_a_limit;
        rand_b = random() % k_rand_b_limit;
    }
};

} // namespace

// Version 7 (RFC 9562): a millisecond timestamp, then random bits. Records made one after the
// other get ids that sort together, which keeps the journal's unique index on them fast to
// extend: a batch import of a million log entries appends to it instead of scattering. Within
// one millisecond (or when the clock steps back) the 74 random bits of the last id are increased
// by a random amount instead (RFC 9562, 6.2, method 2: monotonic random), and when they would
// overflow the timestamp moves on by one, so every id sorts after the one before it.
std::string new_uuid()
{
    static Generator generator;
    const auto now =
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count());
    const std::scoped_lock lock(generator.mutex);
    if (now > generator.millis) {
        generator.millis = now;
        generator.fresh();
    } else {
        generator.rand_b += 1 + (generator.random() & 0xFFFFFFFFU);
        if (generator.rand_b >= k_rand_b_limit) {
            generator.rand_b -= k_rand_b_limit;
            if (++generator.rand_a == k_rand_a_limit) {
                ++generator.millis;
                generator.fresh();
            }
        }
    }
    const std::uint64_t high = (generator.millis << 16U) | 0x7000U | generator.rand_a; // version 7
    const std::uint64_t low = generator.rand_b | 0x8000000000000000ULL;                // variant 10
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32U, (high >> 16U) & 0xFFFFU,
                       high & 0xFFFFU, low >> 48U, low & 0xFFFFFFFFFFFFULL);
}

} // namespace peer
