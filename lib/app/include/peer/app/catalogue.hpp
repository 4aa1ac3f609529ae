#pragma once
// The unit's catalogue of learning activities, one at a time (`peer activity add|edit`); whole
// lists come in through import_activities.hpp.

#include <peer/core/result.hpp>
#include <peer/journal/activities.hpp>

#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// What to set; what is not given stays as it is (edit) or empty (add).
struct ActivityChanges {
    std::optional<std::string> title;
    std::optional<std::string> what;
    std::optional<std::string> how;
    std::optional<std::string> why;
    std::optional<std::vector<std::string>> outcomes;
    std::optional<std::string> unit;
    std::optional<std::vector<std::string>> tags;
    // Texts the privacy guard flags that are no patient's identifier (--allow-identifier).
    std::vector<std::string> allowed;
};

struct SavedActivity {
    model::Activity activity;
    bool changed = true;  // false: the catalogue already held it so
    Diagnostics warnings; // an allowed text that stands nowhere
};

// Adds an activity with a new code and a title. A code that cannot be one, or is taken, an
// empty title, or an identifier not allowed in any text (reported at `title:LINE:COL`,
// `what:...`, `tag:...`) is a Problem and nothing is written.
Result<SavedActivity> add_activity(journal::Journal& journal, const std::string& code,
                                   const ActivityChanges& changes);

// Changes what `changes` gives of the activity with this code.
Result<SavedActivity> edit_activity(journal::Journal& journal, const std::string& code,
                                    const ActivityChanges& changes);

} // namespace peer::app
