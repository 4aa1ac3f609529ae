// rules/ may read files through formats/ (rule set files).
#include <peer/formats/toml_reader.hpp>
#include <peer/rules/rule_set.hpp>
