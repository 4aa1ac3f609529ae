// formats/ lies below writing/.
#include <peer/writing/form.hpp>
