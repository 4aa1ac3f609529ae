// app/ writes through the journal's public interface.
#include <peer/journal/batch.hpp>
#include <peer/rules/check.hpp>
