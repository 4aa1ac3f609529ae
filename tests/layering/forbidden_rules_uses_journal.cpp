// The rules are pure: no journal.
#include <peer/journal/journal.hpp>
