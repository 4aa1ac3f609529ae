#include <peer/app/join_placement.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/placement_check/check.hpp>

#include <fmt/format.h>
#include <fmt/std.h>

namespace peer::app {

namespace {

// Who joins with `setup`: the handout's student, or the member of staff `as` names.
Result<std::string> joiner_of(const model::PlacementSetup& setup, const std::string& file,
                              const std::string& as)
{
    if (setup.handout_student.empty() && as.empty()) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} is a whole placement file, not a student's handout; ask "
                                    "your teacher for yours (`peer term handout`), or join it as "
                                    "its staff with --as YOUR-ID",
                                    file),
                        fmt::format("{} är en hel placeringsfil, inte en students utdrag; be din "
                                    "lärare om ditt (`peer term handout`), eller gå med som "
                                    "personal med --as DITT-ID",
                                    file)});
    }
    const auto joiner = setup.handout_student.empty() ? as : setup.handout_student;
    if (!as.empty() && as != joiner) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} is {}'s handout; --as {} does not match", file, joiner, as),
                        fmt::format("{} är {}s utdrag; --as {} stämmer inte", file, joiner, as)});
    }
    if (setup.handout_student.empty() && !setup.find_staff(joiner)) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} is not among the staff of {}; see `peer term show` in "
                                    "the teacher's journal",
                                    joiner, file),
                        fmt::format("{} finns inte bland personalen i {}; se `peer term show` i "
                                    "lärarens journal",
                                    joiner, file)});
    }
    return joiner;
}

} // namespace

Result<Joined> join_placement(journal::Journal& journal, const std::filesystem::path& file,
                              const std::string& as, bool archive)
{
    const auto name = file.string();
    auto read = formats::read_placement_file(file);
    if (read.file) {
        std::ranges::move(placement_check::guard_file(*read.file, {}),
                          std::back_inserter(read.diagnostics));
    }
    if (!read.file || has_errors(read.diagnostics)) {
        return problem(ExitCode::invalid_data, std::move(read.diagnostics),
                       {fmt::format("{} has errors; nothing was written", name),
                        fmt::format("{} har fel; inget skrevs", name)});
    }
    const auto& setup = read.file->setup;
    const auto joiner = joiner_of(setup, name, as);
    if (!joiner) {
        return joiner.problem();
    }
    Result<Joined> out = problem(ExitCode::invalid_data, Text{});
    journal.write_if([&] {
        const auto owner = journal::journal_owner(journal);
        if (owner && *owner != *joiner) {
            out = problem(ExitCode::invalid_data,
                          {fmt::format("this journal is {}'s, and {} joins; join in {}'s own "
                                       "journal",
                                       *owner, *joiner, *joiner),
                           fmt::format("den här journalen är {}s, och {} går med; gå med i {}s "
                                       "egen journal",
                                       *owner, *joiner, *joiner)});
            return false;
        }
        Joined joined{setup.placement.id, *joiner, journal::apply_setup(journal, setup, archive),
                      std::move(read.diagnostics)};
        const bool written = joined.applied.refused.empty();
        if (written) {
            joined.owner = journal::claim_owner(journal, *joiner);
        }
        out = std::move(joined);
        return written;
    });
    return out;
}

} // namespace peer::app
