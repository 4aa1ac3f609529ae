#pragma once
// Text files of schemas/ compiled into libpeer by cmake/EmbedText.cmake (see lib/CMakeLists.txt).

#include <string_view>

namespace peer::embedded {

extern const std::string_view default_rule_set; // schemas/rules/default.toml

} // namespace peer::embedded
