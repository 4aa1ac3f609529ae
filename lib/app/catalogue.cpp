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

// The privacy guard over every text of the activity, each at its field.
privacy::Screening screen(const model::Activity& a, const std::vector<std::string>& allowed)
{
    std::vector<privacy::NamedText> texts{{"code", a.code}, {"title", a.title}, {"what", a.what},
                                          {"how", a.how},   {"why", a.why},     {"unit", a.unit}};
    for (const auto& outcome : a.outcomes) {
        texts.push_back({"outcome", outcome});
    }
    for (const auto& tag : a.tags) {
        texts.push_back({"tag", tag});
    }
    return privacy::screen(texts, allowed);
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
        if (auto screening = privacy::screen({{"code", code}}, changes.allowed);
            has_errors(screening.diagnostics)) {
            return not_written(std::move(screening.diagnostics)); // not repeated in a message
        }
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
    SavedActivity saved{{code, {}, {}, {}, {}, {}, {}, {}}, true, {}};
    apply(changes, saved.activity);
    auto screening = screen(saved.activity, changes.allowed);
    if (has_errors(screening.diagnostics)) {
        return not_written(std::move(screening.diagnostics));
    }
    saved.warnings = std::move(screening.diagnostics);
    if (journal::add_activity(journal, saved.activity, screening.allowed)
        == journal::ActivitySaved::code_taken) {
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
        auto screening = screen(*activity, changes.allowed);
        if (has_errors(screening.diagnostics)) {
            out = not_written(std::move(screening.diagnostics));
            return;
        }
        const auto result = journal::update_activity(journal, *activity, screening.allowed);
        out = SavedActivity{std::move(*activity), result != journal::ActivitySaved::unchanged,
                            std::move(screening.diagnostics)};
    });
    return out;
}

} // namespace peer::app
