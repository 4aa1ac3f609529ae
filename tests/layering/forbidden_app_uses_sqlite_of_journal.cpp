// Only the journal speaks SQL: its connection is private to lib/journal/.
#include "access.hpp"
