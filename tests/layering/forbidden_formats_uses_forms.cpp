// formats/ lies below forms/.
#include <peer/forms/form.hpp>
