#include "open_rules.hpp"
#include <peer/app/cohort.hpp>
#include <peer/core/files.hpp>
#include <peer/exchange/export_file.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <future>
#include <map>
#include <set>
#include <thread>
#include <unordered_set>

namespace peer::app {

namespace {

namespace fs = std::filesystem;

struct ExportFile {
    fs::path path;
    exchange::ExportHeader header;
};

// The export files among the paths: each file as given, each directory's *.jsonl files, all of
// it in a stable order and each file once.
Result<std::vector<fs::path>> files_among(const std::vector<fs::path>& paths)
{
    std::vector<fs::path> out;
    std::set<fs::path> seen;
    const auto add = [&](const fs::path& file) {
        std::error_code error;
        const auto canonical = fs::weakly_canonical(file, error);
        if (seen.insert(error ? file : canonical).second) {
            out.push_back(file);
        }
    };
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> found;
            for (auto it = fs::recursive_directory_iterator(
                     path, fs::directory_options::skip_permission_denied, error);
                 !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
                if (it->is_regular_file(error) && it->path().extension() == ".jsonl") {
                    found.push_back(it->path());
                }
            }
            if (error) {
                return problem(ExitCode::invalid_data,
                               {fmt::format("cannot read the directory {}: {}", path.string(),
                                            error.message()),
                                fmt::format("kan inte läsa katalogen {}: {}", path.string(),
                                            error.message())});
            }
            std::ranges::sort(found);
            std::ranges::for_each(found, add);
        } else if (fs::exists(path, error)) {
            add(path);
        } else {
            return problem(ExitCode::usage,
                           {fmt::format("there is no file or directory {}: give the exports' "
                                        "files or the directory they are in",
                                        path.string()),
                            fmt::format("det finns ingen fil eller katalog {}: ange exporternas "
                                        "filer eller katalogen de ligger i",
                                        path.string())});
        }
    }
    return out;
}

// The longest header line read: a header is a line of a few hundred characters.
constexpr std::size_t k_header_line_limit = 65536;

// The header of the export, from its first line alone; nullopt, with why, for a file that is
// not an export this build can read.
std::optional<exchange::ExportHeader> header_of(const fs::path& path, Diagnostics& skipped)
{
    if (auto why = unreadable(path)) {
        skipped.push_back(std::move(*why));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!in) {
        Diagnostics read;
        if (!read_text_file(path, read, FileKind::data)) {
            skipped.insert(skipped.end(), read.begin(), read.end());
            return std::nullopt;
        }
    }
    read_line(in, line, k_header_line_limit); // cut at the limit: then not a header either
    auto read = exchange::read_export(line + "\n", path.string());
    if (!read.header) {
        skipped.insert(skipped.end(), read.diagnostics.begin(), read.diagnostics.end());
        return std::nullopt;
    }
    if (read.header->owner.empty()) {
        skipped.push_back({Severity::error,
                           "",
                           Position{path.string(), 1, 1},
                           {"the export is of a journal without owner: it belongs to no student",
                            "exporten är av en journal utan ägare: den hör till ingen student"}});
        return std::nullopt;
    }
    return read.header;
}

struct Merged {
    std::vector<model::Record> records;
    std::string newest;  // the time of the newest export read
    int files = 0;       // the files read
    Diagnostics skipped; // why the files left out were
};

// One student's exports, newest first, merged: the first copy of a record wins, and a
// tombstone hides the record in the older files.
Merged merged(std::vector<ExportFile> files)
{
    std::ranges::sort(files, std::ranges::greater{},
                      [](const ExportFile& f) { return f.header.exported_at; });
    Merged out;
    auto& skipped = out.skipped;
    std::unordered_set<std::string> seen;
    for (const auto& file : files) {
        auto text = read_text_file(file.path, skipped, FileKind::data);
        if (!text) {
            continue;
        }
        auto read = exchange::read_export(*text, file.path.string());
        if (has_errors(read.diagnostics)) {
            skipped.insert(skipped.end(), read.diagnostics.begin(), read.diagnostics.end());
            continue;
        }
        if (out.files++ == 0) {
            out.newest = file.header.exported_at;
        }
        for (auto& [line, record] : read.records) {
            if (!seen.insert(model::stamp_of(record).uuid).second) {
                continue;
            }
            if (!std::holds_alternative<model::TombstoneRecord>(record)) {
                out.records.push_back(std::move(record));
            }
        }
    }
    return out;
}

std::vector<exchange::OpenRule> rule_errors(const exchange::PlacementView& view, Date today)
{
    auto out = setup_failures(view.setup, today);
    std::erase_if(out, [](const exchange::OpenRule& r) { return r.severity != Severity::error; });
    return out;
}

} // namespace

Result<CohortRead> cohort(const CohortRequest& request)
{
    auto files = files_among(request.paths);
    if (!files) {
        return files.problem();
    }
    CohortRead out;
    std::map<std::string, std::vector<ExportFile>> by_student;
    for (const auto& path : *files) {
        if (auto header = header_of(path, out.skipped)) {
            by_student[header->owner].push_back({path, std::move(*header)});
        }
    }
    if (by_student.empty()) {
        auto found = problem(ExitCode::invalid_data,
                             {"no export of a student's journal was found: give the files that "
                              "peer export wrote, or the directory they are in",
                              "ingen export av en students journal hittades: ange filerna som "
                              "peer export skrev, eller katalogen de ligger i"});
        found.diagnostics.insert(found.diagnostics.begin(), out.skipped.begin(), out.skipped.end());
        return found;
    }
    // Reading and checking the files is most of the work: the students are read a few at a
    // time, one thread each, and added to the view in their order, so that only those few
    // students' records are held at once.
    const auto workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    exchange::CohortBuilder builder(request.today);
    int read_files = 0;
    for (auto next = by_student.begin(); next != by_student.end();) {
        std::vector<std::pair<std::string, std::future<Merged>>> batch;
        for (; next != by_student.end() && batch.size() < workers; ++next) {
            batch.emplace_back(next->first,
                               std::async(std::launch::async, merged, std::move(next->second)));
        }
        for (auto& [student, reading] : batch) {
            const auto student_exports = reading.get();
            out.skipped.insert(out.skipped.end(), student_exports.skipped.begin(),
                               student_exports.skipped.end());
            if (student_exports.files > 0) {
                builder.add_student(student, student_exports.newest, student_exports.files,
                                    student_exports.records);
                read_files += student_exports.files;
            }
        }
    }
    out.cohort = builder.finish();
    out.cohort.files = read_files;
    for (auto& view : out.cohort.placements) {
        exchange::mark_rule_errors(view, rule_errors(view, request.today));
    }
    return out;
}

} // namespace peer::app
