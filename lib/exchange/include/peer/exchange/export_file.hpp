#pragma once
// The export file (schemas/export.schema.json): JSON Lines, a header line that names the format,
// its version, the journal's owner and when, then one record per line. Its bytes are canonical:
// UTF-8, LF, each line's keys in a fixed order, so the same records always give the same lines.

#include <peer/core/diagnostic.hpp>
#include <peer/model/record.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::exchange {

inline constexpr std::string_view k_format = "peer-export";
inline constexpr int k_version = 1; // the version this build writes, and the newest it reads

struct ExportHeader {
    int version = k_version;
    std::string owner;       // the exporting journal's owner; empty when it has none
    std::string exported_at; // UTC, "2026-11-05T08:30:00Z"
    std::string recipient;   // whom it was written for (--for); empty for the whole journal
    std::string since;       // the first day it covers (--since), "YYYY-MM-DD"; or empty
    std::vector<std::string> placements; // the ids of the placements it holds
    bool operator==(const ExportHeader&) const = default;
};

// The header's line and a record's, each ending in LF.
std::string header_line(const ExportHeader& header);
std::string record_line(const model::Record& record);

struct ExportRecord {
    int line = 0;
    model::Record record;
};

struct ReadExport {
    std::optional<ExportHeader> header;
    std::vector<ExportRecord> records;
    Diagnostics diagnostics; // each at its FILE:LINE:COL; with an error, nothing should be used
};

// Reads an export. `source` names the file in diagnostics. Every line is read, so that every
// problem is reported at once; a file that ends inside a line was cut short.
ReadExport read_export(std::string_view text, const std::string& source);

} // namespace peer::exchange
