#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace peer {

// A UUID's 16 bytes, in network order.
using UuidBytes = std::array<std::uint8_t, 16>;

// A time-ordered random UUID (version 7) in its usual text form: the stable id of a journal record,
// so that exports from different journals merge without clashes.
std::string new_uuid();

// The bytes of a UUID in its text form (8-4-4-4-12 hex digits, either case); nullopt for any
// other text.
std::optional<UuidBytes> parse_uuid(std::string_view text);

// A name-based UUID (version 5, RFC 9562 5.5: SHA-1 of the namespace's bytes and the name),
// in its text form: the same namespace and name always give the same id.
std::string uuid5(const UuidBytes& namespace_id, std::string_view name);

} // namespace peer
