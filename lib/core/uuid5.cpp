// Name-based UUIDs (version 5): ids that anyone can derive again from what they name. SHA-1
// comes from Nettle (Debian's nettle-dev), not from code of our own.

#include <peer/core/uuid.hpp>

#include <fmt/format.h>
#include <nettle/sha1.h>

#include <cstddef>

namespace peer {

namespace {

std::optional<std::uint8_t> hex_digit(char c)
{
    if (c >= '0' && c <= '9') {
        return static_cast<std::uint8_t>(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return static_cast<std::uint8_t>(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return static_cast<std::uint8_t>(c - 'A' + 10);
    }
    return std::nullopt;
}

bool is_dash_position(std::size_t i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

} // namespace

std::optional<UuidBytes> parse_uuid(std::string_view text)
{
    constexpr std::size_t k_length = 36;
    if (text.size() != k_length) {
        return std::nullopt;
    }
    UuidBytes bytes{};
    std::size_t nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_dash_position(i)) {
            if (text[i] != '-') {
                return std::nullopt;
            }
            continue;
        }
        const auto digit = hex_digit(text[i]);
        if (!digit) {
            return std::nullopt;
        }
        auto& byte = bytes.at(nibble / 2);
        byte = static_cast<std::uint8_t>(nibble % 2 == 0 ? *digit << 4U : byte | *digit);
        ++nibble;
    }
    return bytes;
}

std::string uuid5(const UuidBytes& namespace_id, std::string_view name)
{
    sha1_ctx context{};
    sha1_init(&context);
    sha1_update(&context, namespace_id.size(), namespace_id.data());
    sha1_update(&context, name.size(), reinterpret_cast<const std::uint8_t*>(name.data()));
    std::array<std::uint8_t, SHA1_DIGEST_SIZE> digest{};
    sha1_digest(&context, digest.size(), digest.data());
    // The first 16 bytes of the hash, with the version (5) and the variant (10) set.
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0FU) | 0x50U);
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3FU) | 0x80U);
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < 16; ++i) {
        if (is_dash_position(out.size())) {
            out += '-';
        }
        out += fmt::format("{:02x}", digest.at(i));
    }
    return out;
}

} // namespace peer
