#include <peer/formats/csv_reader.hpp>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include <algorithm>
#include <array>

namespace peer::formats {

namespace {

constexpr std::size_t k_chunk = 256U << 10U;         // read 256 KiB at a time
constexpr std::size_t k_longest_record = 10U << 20U; // 10 MiB

// The delimiter that occurs most outside quotes in the header line: ',', ';' or tab.
char detect_delimiter(const std::vector<std::string>& one_field_header)
{
    const auto& line = one_field_header.front();
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> k_candidates{',', ';', '\t'};
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        }
        for (std::size_t i = 0; i < k_candidates.size(); ++i) {
            counts[i] += !quoted && c == k_candidates[i] ? 1 : 0;
        }
    }
    const auto best = std::ranges::max_element(counts);
    return *best == 0 ? '\0' : k_candidates[static_cast<std::size_t>(best - counts.begin())];
}

} // namespace

CsvReader::CsvReader(std::istream& in, std::string file, Diagnostics& out, char delimiter)
    : m_in(in), m_file(std::move(file)), m_out(out), m_delimiter(delimiter), m_buffer(k_chunk)
{
}

void CsvReader::error(std::string_view id, int line, int column, Text message)
{
    m_out.push_back(
        {Severity::error, std::string(id), Position{m_file, line, column}, std::move(message)});
}

bool CsvReader::fill()
{
    if (m_position < m_size) {
        return true;
    }
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_size = static_cast<std::size_t>(m_in.gcount());
    m_position = 0;
    return m_size > 0;
}

bool CsvReader::read_header()
{
    if (fill() && m_size >= 3
        && std::equal(m_buffer.begin(), m_buffer.begin() + 3, "\xEF\xBB\xBF")) {
        m_position = 3;
        m_consumed = 3;
    }
    CsvRecord header;
    // Without a delimiter yet ('\0'), the whole header line is read as one field.
    const char wanted = m_delimiter;
    const auto read = read_record(header);
    if (read != Read::record) {
        if (read == Read::end) {
            error(format_check::missing, 0, 0,
                  {"the file is empty: it needs a header row naming the columns",
                   "filen är tom: den behöver en rubrikrad som namnger kolumnerna"});
        }
        return false;
    }
    if (wanted == '\0') {
        m_delimiter = detect_delimiter(header.fields);
        if (m_delimiter == '\0') {
            error(
                format_check::syntax, 1, 0,
                {"cannot tell the delimiter: the header row has no comma, semicolon or tab",
                 "kan inte avgöra avgränsaren: rubrikraden har inget komma, semikolon eller tab"});
            return false;
        }
        // Split the header line again, now that the delimiter is known.
        std::vector<std::string> fields{""};
        bool quoted = false;
        const auto& line = header.fields.front();
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '"') {
                if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
                    fields.back() += '"';
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == m_delimiter && !quoted) {
                fields.emplace_back();
            } else {
                fields.back() += c;
            }
        }
        header.fields = std::move(fields);
    }
    m_header = std::move(header.fields);
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    while (!m_broken) {
        switch (read_record(record)) {
        case Read::end:
        case Read::broken:
            return false;
        case Read::record:
            break;
        }
        if (record.fields.size() == 1 && record.fields.front().empty()) {
            continue; // an empty line
        }
        if (record.fields.size() != m_header.size()) {
            error(format_check::syntax, record.line, 0,
                  {fmt::format("the row has {} fields, the header has {}", record.fields.size(),
                               m_header.size()),
                   fmt::format("raden har {} fält, rubrikraden har {}", record.fields.size(),
                               m_header.size())});
            continue;
        }
        return true;
    }
    return false;
}

// One record: fields up to an unquoted line end. Checks UTF-8 once the record is whole.
CsvReader::Read CsvReader::read_record(CsvRecord& record)
{
    if (!fill()) {
        return Read::end;
    }
    record.line = m_line;
    std::size_t fields = 0;
    auto field = [&]() -> std::string& {
        if (record.fields.size() <= fields) {
            record.fields.emplace_back();
        }
        return record.fields[fields];
    };
    field().clear();
    bool quoted = false;     // inside a quoted field
    bool was_quoted = false; // the field began with a quote
    std::size_t length = 0;
    int quote_line = 0;
    while (fill()) {
        const char* data = m_buffer.data();
        std::size_t i = m_position;
        std::string& current = field();
        // The fast path: copy a run of ordinary bytes at once.
        const std::size_t start = i;
        while (i < m_size) {
            const char c = data[i];
            if (c == '"' || c == '\n' || c == '\r' || (c == m_delimiter && !quoted)) {
                break;
            }
            m_line += c == '\n' ? 1 : 0;
            ++i;
        }
        current.append(data + start, i - start);
        length += i - start;
        m_consumed += i - start;
        m_position = i;
        if (length > k_longest_record) {
            error(format_check::syntax, record.line, 0,
                  {fmt::format("line {} is longer than 10 MiB", record.line),
                   fmt::format("rad {} är längre än 10 MiB", record.line)});
            m_broken = true;
            return Read::broken;
        }
        if (i == m_size) {
            continue;
        }
        const char c = data[i];
        m_position = i + 1;
        ++m_consumed;
        ++length;
        if (quoted) {
            if (c == '"') {
                if (!fill()) {
                    quoted = false;
                } else if (m_buffer[m_position] == '"') {
                    current += '"';
                    ++m_position;
                    ++m_consumed;
                } else {
                    quoted = false;
                }
            } else if (c == '\n') {
                current += c; // a line break inside quotes; its CR, if any, is dropped
                ++m_line;
            }
        } else if (c == '"') {
            if (!current.empty() || was_quoted) {
                error(format_check::syntax, m_line, static_cast<int>(current.size()) + 1,
                      {"a quote inside a field that does not begin with one; quote the whole "
                       "field and double the quote (\"\")",
                       "ett citattecken inuti ett fält som inte börjar med ett; citera hela fältet "
                       "och dubbla citattecknet (\"\")"});
                m_broken = true;
                return Read::broken;
            }
            quoted = true;
            was_quoted = true;
            quote_line = m_line;
        } else if (c == m_delimiter) {
            ++fields;
            field().clear();
            was_quoted = false;
        } else if (c == '\n') {
            ++m_line;
            break;
        }
        // A '\r' outside quotes is dropped: CRLF ends a record like LF.
    }
    if (quoted) {
        error(format_check::syntax, quote_line, 0,
              {"a quoted field is never closed: a quote is missing",
               "ett citerat fält avslutas aldrig: ett citattecken saknas"});
        m_broken = true;
        return Read::broken;
    }
    record.fields.resize(fields + 1);
    for (std::size_t f = 0; f < record.fields.size(); ++f) {
        const auto& text = record.fields[f];
        const auto bad = utf8::find_invalid(text.begin(), text.end());
        if (bad != text.end()) {
            const auto character = utf8::distance(text.begin(), bad) + 1;
            const auto byte = static_cast<unsigned char>(*bad);
            error(format_check::encoding, record.line, 0,
                  {fmt::format("field {}, character {}, is not UTF-8 (byte 0x{:02X}); save the "
                               "file as UTF-8",
                               f + 1, character, byte),
                   fmt::format("fält {}, tecken {}, är inte UTF-8 (byte 0x{:02X}); spara filen "
                               "som UTF-8",
                               f + 1, character, byte)});
            m_broken = true;
            return Read::broken;
        }
    }
    return Read::record;
}

} // namespace peer::formats
