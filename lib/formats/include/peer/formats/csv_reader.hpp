#pragma once
// CSV as spreadsheets export it, read record by record from a stream: a header row, a comma,
// semicolon or tab delimiter (detected from the header, or given), RFC 4180 quoting with
// delimiters, doubled quotes and line breaks inside quoted fields, CRLF or LF, a UTF-8 byte-order
// mark. Memory stays flat: the reader holds one read buffer and the current record.

#include <peer/core/diagnostic.hpp>

#include <array>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace peer::formats {

struct CsvRecord {
    int line = 0; // the physical line the record starts on, from 1
    std::vector<std::string> fields;
};

class CsvReader {
public:
    // `delimiter` 0 detects it from the header line: ',', ';' or tab, whichever occurs most.
    CsvReader(std::istream& in, std::string file, Diagnostics& out, char delimiter = 0);

    // Reads the header row; false after a diagnostic (an empty file, bytes that are not UTF-8, a
    // delimiter that cannot be told, broken quoting).
    bool read_header();
    [[nodiscard]] const std::vector<std::string>& header() const { return m_header; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }

    // The next record, reusing `record`'s storage. Empty lines are skipped; a record with another
    // number of fields than the header, or a stray quote, is reported and skipped. False at the
    // end, or when the file cannot be read on (bytes that are not UTF-8, an unterminated quote, a
    // record over 10 MiB).
    bool next(CsvRecord& record);

    // The bytes of the records read so far, for progress bars.
    [[nodiscard]] std::uint64_t bytes_read() const { return m_consumed; }

private:
    enum class Parse { record, skipped, incomplete, broken, end };
    Parse read(CsvRecord& record);  // one record, reading more input as needed
    Parse parse(CsvRecord& record); // one record from the bytes already in the buffer
    Parse skip_line(const char* from, int newlines);
    bool read_more();
    bool detect_delimiter();
    void set_delimiter(char delimiter);
    [[nodiscard]] Position position(const char* at) const; // of a byte of the current record
    void report(std::string_view id, Position where, Text message);

    std::istream& m_in;
    std::string m_file;
    Diagnostics& m_out;
    char m_delimiter = 0;
    std::array<bool, 256> m_stops{}; // the bytes that end an unquoted run
    std::vector<std::string> m_header;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; // the current record's first byte in m_buffer
    std::size_t m_end = 0;   // one past the last byte read into m_buffer
    bool m_eof = false;
    bool m_broken = false;
    std::uint64_t m_consumed = 0;
    int m_line = 1; // the line m_begin is on
};

} // namespace peer::formats
