#pragma once

#include <string>

namespace peer {

// A time-ordered random UUID (version 7) in its usual text form: the stable id of a journal record,
// so that exports from different journals merge without clashes.
std::string new_uuid();

} // namespace peer
