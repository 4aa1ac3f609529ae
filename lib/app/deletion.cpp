#include <peer/app/deletion.hpp>
#include <peer/app/lookup.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

// Why the record cannot be deleted: it is not there, or it is feedback someone else gave the
// owner. nullopt when it can.
std::optional<Problem> deletable(const journal::Journal& journal, const Deletion& deletion)
{
    switch (deletion.kind) {
    case journal::RecordKind::log_entry: {
        const auto found = log_entry(journal, deletion.number);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::reflection: {
        const auto found = reflection(journal, deletion.number);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::briefing: {
        const auto found = briefing(journal, deletion.number);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::feedback: {
        const auto found = feedback(journal, deletion.number);
        if (!found) {
            return found.problem();
        }
        const auto who = writer(journal);
        if (!who) {
            return who.problem();
        }
        if (found->author != who->owner) {
            return problem(
                ExitCode::invalid_data,
                {fmt::format("feedback {} was given to you by {}: only its author can withdraw it",
                             deletion.number, found->author),
                 fmt::format("återkoppling {} gavs till dig av {}: bara den som gav den kan ta "
                             "tillbaka den",
                             deletion.number, found->author)});
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

Result<Deleted> delete_record(journal::Journal& journal, const Deletion& deletion)
{
    Result<Deleted> out = Problem{};
    journal.write_if([&] {
        if (auto refused = deletable(journal, deletion)) {
            out = std::move(*refused);
            return false;
        }
        Deleted deleted{deletion, {}};
        if (deletion.kind == journal::RecordKind::log_entry) {
            deleted.about = journal::records_about_entry(journal, deletion.number);
        }
        journal::delete_record(journal, deletion.kind, deletion.number, deletion.linked);
        out = std::move(deleted);
        return true;
    });
    return out;
}

} // namespace peer::app
