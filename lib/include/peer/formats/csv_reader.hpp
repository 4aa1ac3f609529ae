#pragma once
// CSV as spreadsheets export it, read record by record from a stream: a header row, comma,
// semicolon or tab delimiter (detected), RFC 4180 quoting with delimiters, quotes and line
// breaks inside quoted fields, CRLF or LF, a UTF-8 byte-order mark. Memory stays flat: only the
// current record is held.

#include <peer/core/diagnostic.hpp>

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace peer::formats {

struct CsvRecord {
    int line = 0; // the line the record starts on
    std::vector<std::string> fields;
};

class CsvReader {
public:
    // `delimiter` 0 detects it from the header line.
    CsvReader(std::istream& in, std::string file, Diagnostics& out, char delimiter = 0);

    // Reads the header row; false after a diagnostic (an empty file, bytes that are not UTF-8,
    // a delimiter that cannot be told).
    bool read_header();
    [[nodiscard]] const std::vector<std::string>& header() const { return m_header; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }

    // The next record. A record with another number of fields than the header is reported and
    // skipped. False at the end, or when the file cannot be read on (an unterminated quote, a
    // record over 10 MiB).
    bool next(CsvRecord& record);

    [[nodiscard]] std::uint64_t bytes_read() const { return m_consumed; }

private:
    enum class Read { record, end, broken };
    Read read_record(CsvRecord& record);
    bool fill();
    void error(std::string_view id, int line, int column, Text message);

    std::istream& m_in;
    std::string m_file;
    Diagnostics& m_out;
    char m_delimiter;
    std::vector<std::string> m_header;
    std::vector<char> m_buffer;
    std::size_t m_position = 0;
    std::size_t m_size = 0;
    std::uint64_t m_consumed = 0;
    int m_line = 1;
    bool m_broken = false;
};

} // namespace peer::formats
