#include <peer/app/catalogue.hpp>
#include <peer/app/lookup.hpp>
#include <peer/model/person.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

void apply(const ActivityChanges& changes, model::Activity& a)
{
    auto set = [](const auto& change, auto& field) {
        if (change) {
            field = *change;
        }
    };
    set(changes.title, a.title);
    set(changes.what, a.what);
    set(changes.how, a.how);
    set(changes.why, a.why);
    set(changes.outcomes, a.outcomes);
    set(changes.unit, a.unit);
    set(changes.tags, a.tags);
}

// The privacy guard over the activity's texts, each at its field.
Diagnostics identifiers_in(const model::Activity& a)
{
    return privacy::screen({{"title", a.title}, {"what", a.what}, {"how", a.how}, {"why", a.why}},
                           {})
        .diagnostics;
}

Problem not_written(Diagnostics found)
{
    return problem(ExitCode::invalid_data, std::move(found),
                   {"nothing was written", "inget skrevs"});
}

} // namespace

Result<SavedActivity> add_activity(journal::Journal& journal, const std::string& code,
                                   const ActivityChanges& changes)
{
    if (!model::is_valid_id(code)) {
        return problem(ExitCode::usage,
                       {fmt::format("'{}' cannot be a code: use letters, digits, '.', '_' and "
                                    "'-' (at most 40)",
                                    code),
                        fmt::format("'{}' kan inte vara en kod: använd bokstäver, siffror, '.', "
                                    "'_' och '-' (högst 40)",
                                    code)});
    }
    if (!changes.title || changes.title->empty()) {
        return problem(ExitCode::invalid_data,
                       {"an activity needs a title", "en aktivitet behöver en rubrik"});
    }
    SavedActivity saved{{code, {}, {}, {}, {}, {}, {}, {}}, true};
    apply(changes, saved.activity);
    if (auto found = identifiers_in(saved.activity); has_errors(found)) {
        return not_written(std::move(found));
    }
    if (journal::add_activity(journal, saved.activity) == journal::ActivitySaved::code_taken) {
        return problem(
            ExitCode::invalid_data,
            {fmt::format("the code '{}' is taken; change it with `peer activity edit {}`", code,
                         code),
             fmt::format("koden '{}' används redan; ändra den med `peer activity edit {}`", code,
                         code)});
    }
    return saved;
}

Result<SavedActivity> edit_activity(journal::Journal& journal, const std::string& code,
                                    const ActivityChanges& changes)
{
    Result<SavedActivity> out = Problem{};
    journal.write([&] {
        auto activity = journal::find_activity(journal, code);
        if (!activity) {
            out = no_such_activity(journal, code);
            return;
        }
        apply(changes, *activity);
        if (auto found = identifiers_in(*activity); has_errors(found)) {
            out = not_written(std::move(found));
            return;
        }
        const auto result = journal::update_activity(journal, *activity);
        out = SavedActivity{std::move(*activity), result != journal::ActivitySaved::unchanged};
    });
    return out;
}

} // namespace peer::app
