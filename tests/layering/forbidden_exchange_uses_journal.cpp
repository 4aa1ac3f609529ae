// The export file knows nothing of the journal: it is read and written as text.
#include <peer/journal/journal.hpp>
