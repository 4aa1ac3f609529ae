// The model's values know nothing of the rules that judge them.
#include <peer/rules/finding.hpp>
