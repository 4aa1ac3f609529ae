#include <peer/app/assessment.hpp>
#include <peer/app/deletion.hpp>
#include <peer/app/lookup.hpp>
#include <peer/app/plans.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

template <typename Record>
const std::string& author_of(const Record& record)
{
    return record.author;
}
const std::string& author_of(const model::Assessment& assessment)
{
    return assessment.assessor;
}

// Why a record someone else wrote cannot be deleted here: `refusal` says it, given its
// author. nullopt when the journal's owner wrote `found`.
template <typename Record, typename Refusal>
std::optional<Problem> only_the_authors(const journal::Journal& journal,
                                        const Result<Record>& found, Refusal refusal)
{
    if (!found) {
        return found.problem();
    }
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    if (author_of(*found) != who->owner) {
        return problem(ExitCode::invalid_data, refusal(author_of(*found)));
    }
    return std::nullopt;
}

// Why the record cannot be deleted: it is not there, or someone else wrote it (feedback given
// to the owner, a partner's introduction). nullopt when it can.
std::optional<Problem> deletable(const journal::Journal& journal, const Deletion& deletion)
{
    const auto n = deletion.number;
    switch (deletion.kind) {
    case journal::RecordKind::log_entry: {
        const auto found = log_entry(journal, n);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::reflection: {
        const auto found = reflection(journal, n);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::briefing: {
        const auto found = briefing(journal, n);
        return found ? std::nullopt : std::optional{found.problem()};
    }
    case journal::RecordKind::feedback:
        return only_the_authors(journal, feedback(journal, n), [n](const std::string& author) {
            return Text{
                fmt::format("feedback {} was given to you by {}: only its author can withdraw it",
                            n, author),
                fmt::format("återkoppling {} gavs till dig av {}: bara den som gav den kan ta "
                            "tillbaka den",
                            n, author)};
        });
    case journal::RecordKind::introduction:
        return only_the_authors(journal, introduction(journal, n), [n](const std::string& author) {
            return Text{
                fmt::format("introduction {} is {}'s: only its author can delete it", n, author),
                fmt::format("introduktion {} är {}s: bara den som skrev den kan radera den", n,
                            author)};
        });
    case journal::RecordKind::assessment:
        return only_the_authors(journal, assessment(journal, n), [n](const std::string& author) {
            return Text{
                fmt::format("assessment {} is {}'s: only its assessor can delete it", n, author),
                fmt::format("bedömning {} är {}s: bara bedömaren kan radera den", n, author)};
        });
    case journal::RecordKind::individual_plan:
        return only_the_authors(journal, plan(journal, n), [n](const std::string& author) {
            return Text{
                fmt::format("action plan {} is {}'s: only its author can delete it", n, author),
                fmt::format("handlingsplan {} är {}s: bara den som skrev den kan radera den", n,
                            author)};
        });
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
