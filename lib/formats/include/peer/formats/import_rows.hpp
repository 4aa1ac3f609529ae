#pragma once
// The rows of an import file, whatever its shape: CSV with a header row, TOML (an array of
// tables) or JSON Lines. Each source checks its own shape (unknown columns or keys, with the
// nearest known name; missing required ones) and yields rows of text values by column.

#include <peer/core/diagnostic.hpp>
#include <peer/core/encoding.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peer::formats {

struct ColumnSpec {
    std::string_view name;
    bool required = false;
    bool list = false;          // several values: comma-separated in a CSV cell, an array elsewhere
    std::string_view swedish{}; // the Swedish name, taken as `name` is (Kod, Titel, Datum, ...)
};

struct ImportRow {
    int line = 0;                                   // where the row starts in its file
    std::vector<std::optional<std::string>> values; // by column; nullopt when absent or empty
    std::vector<std::vector<std::string>> lists;    // by column, for list columns
};

class RowSource {
public:
    virtual ~RowSource() = default;
    // The next row; false at the end, or when the file cannot be read on.
    virtual bool next(ImportRow& row) = 0;
    [[nodiscard]] virtual std::uint64_t bytes_read() const = 0;
    [[nodiscard]] const std::string& file() const { return m_file; }
    // How messages name a column: "column `patients`" in CSV, "`patients`" elsewhere.
    [[nodiscard]] virtual Text column_name(std::string_view column) const;

protected:
    explicit RowSource(std::string file) : m_file(std::move(file)) {}
    std::string m_file;
};

// Opens `path` by its ending: .csv or .tsv, .toml (tables named `table`), .jsonl or .ndjson,
// its text in `encoding`. Problems with the file as a whole are reported in `out`; nullptr when
// it cannot be read at all. `table` is the TOML array-of-tables name: "activity" or "entry".
std::unique_ptr<RowSource> open_rows(const std::filesystem::path& path,
                                     std::span<const ColumnSpec> columns, std::string_view table,
                                     Encoding encoding, Diagnostics& out);

// After `path` was read as UTF-8: when a problem in `found` says that it is not UTF-8 but the
// file reads as Windows-1252, the problem says so and names `--encoding windows-1252`.
void explain_not_utf8(const std::filesystem::path& path, Diagnostics& found);

// Splits "a, b,c" into {"a", "b", "c"}; empty items are dropped.
std::vector<std::string> split_list(std::string_view cell);

} // namespace peer::formats
