#include <peer/core/utf8.hpp>
#include <peer/formats/csv_reader.hpp>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include <algorithm>
#include <cstring>

namespace peer::formats {

namespace {

constexpr std::size_t k_chunk = std::size_t{256} << 10U;         // read 256 KiB at a time
constexpr std::size_t k_longest_record = std::size_t{10} << 20U; // 10 MiB

// A quoted field's text: `""` is one quote, and CRLF inside it becomes LF.
void put_quoted(std::string& field, const char* begin, const char* end)
{
    field.clear();
    for (const char* p = begin; p < end; ++p) {
        if ((*p == '"' || *p == '\r') && p + 1 < end && p[1] == (*p == '"' ? '"' : '\n')) {
            ++p;
        }
        field += *p;
    }
}

void put(CsvRecord& record, std::size_t index, const char* begin, const char* end, bool quoted)
{
    if (index == record.fields.size()) {
        record.fields.emplace_back();
    }
    auto& field = record.fields[index];
    const auto size = static_cast<std::size_t>(end - begin);
    if (quoted
        && (std::memchr(begin, '"', size) != nullptr
            || std::memchr(begin, '\r', size) != nullptr)) {
        put_quoted(field, begin, end);
    } else {
        field.assign(begin, size);
    }
}

} // namespace

CsvReader::CsvReader(std::istream& in, std::string file, Diagnostics& out, char delimiter)
    : m_in(in), m_file(std::move(file)), m_out(out), m_buffer(k_chunk)
{
    set_delimiter(delimiter);
}

void CsvReader::set_delimiter(char delimiter)
{
    m_delimiter = delimiter;
    m_stops = {};
    for (const char c : {delimiter, '\n', '"'}) {
        m_stops[static_cast<unsigned char>(c)] = true;
    }
}

void CsvReader::report(std::string_view id, Position where, Text message)
{
    m_out.push_back({Severity::error, std::string(id), std::move(where), std::move(message)});
}

// Lines and columns of a byte in the current record; columns count UTF-8 characters.
Position CsvReader::position(const char* at) const
{
    const char* const begin = m_buffer.data() + m_begin;
    const char* line_start = begin;
    int line = m_line;
    for (const char* p = begin; p < at; ++p) {
        if (*p == '\n') {
            ++line;
            line_start = p + 1;
        }
    }
    const auto column = count_characters({line_start, static_cast<std::size_t>(at - line_start)});
    return {m_file, line, static_cast<int>(column) + 1};
}

// Moves the current record to the front of the buffer, grows the buffer when the record fills
// it, and reads more; false at the end of the input.
bool CsvReader::read_more()
{
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end == m_buffer.size()) {
        m_buffer.resize(std::min(m_buffer.size() * 2, k_longest_record + k_chunk));
    }
    m_in.read(m_buffer.data() + m_end, static_cast<std::streamsize>(m_buffer.size() - m_end));
    const auto count = static_cast<std::size_t>(m_in.gcount());
    m_end += count;
    m_eof = count == 0;
    return !m_eof;
}

bool CsvReader::read_header()
{
    while (m_end - m_begin < 3 && read_more()) {}
    if (m_end - m_begin >= 3 && std::memcmp(m_buffer.data() + m_begin, "\xEF\xBB\xBF", 3) == 0) {
        m_begin += 3;
        m_consumed += 3;
    }
    if (m_delimiter == '\0' && !detect_delimiter()) {
        return false;
    }
    CsvRecord header;
    const auto errors = m_out.size();
    for (;;) {
        switch (read(header)) {
        case Parse::skipped:
            if (m_out.size() != errors) {
                return false; // broken quoting in the header
            }
            continue;
        case Parse::record:
            m_header = std::move(header.fields);
            return true;
        case Parse::end:
            report(format_check::missing, {m_file, 0, 0},
                   {"the file is empty: it needs a header row naming the columns",
                    "filen är tom: den behöver en rubrikrad som namnger kolumnerna"});
            return false;
        default:
            return false;
        }
    }
}

// Counts ',', ';' and tabs outside quotes on the first line that is not empty.
bool CsvReader::detect_delimiter()
{
    for (;;) {
        std::array<std::size_t, 3> counts{};
        const char* p = m_buffer.data() + m_begin;
        const char* const end = m_buffer.data() + m_end;
        while (p < end && (*p == '\n' || *p == '\r')) {
            ++p;
        }
        const bool blank = p == end;
        bool quoted = false;
        for (; p < end && (quoted || *p != '\n'); ++p) {
            quoted = quoted != (*p == '"');
            counts[0] += !quoted && *p == ',' ? 1 : 0;
            counts[1] += !quoted && *p == ';' ? 1 : 0;
            counts[2] += !quoted && *p == '\t' ? 1 : 0;
        }
        if (p == end && !m_eof && m_end - m_begin <= k_longest_record) {
            read_more();
            continue;
        }
        if (blank) {
            return true; // an empty file: reading the header reports it
        }
        const auto best = std::ranges::max_element(counts);
        if (*best == 0) {
            report(format_check::syntax, {m_file, m_line, 0},
                   {"cannot tell the delimiter: the header row has no comma, semicolon or tab",
                    "kan inte avgöra avgränsaren: rubrikraden har inget komma, semikolon eller "
                    "tabb"});
            return false;
        }
        constexpr std::array<char, 3> k_candidates{',', ';', '\t'};
        set_delimiter(k_candidates[static_cast<std::size_t>(best - counts.begin())]);
        return true;
    }
}

bool CsvReader::next(CsvRecord& record)
{
    while (!m_broken) {
        switch (read(record)) {
        case Parse::skipped:
            continue;
        case Parse::record:
            break;
        default:
            return false;
        }
        if (record.fields.size() == m_header.size()) {
            return true;
        }
        const auto fields = record.fields.size();
        report(format_check::syntax, {m_file, record.line, 0},
               {fmt::format("row has {} fields, the header has {}", fields, m_header.size()),
                fmt::format("raden har {} fält, rubrikraden har {}", fields, m_header.size())});
    }
    return false;
}

CsvReader::Parse CsvReader::read(CsvRecord& record)
{
    for (;;) {
        const auto parsed = m_broken ? Parse::broken : parse(record);
        if (parsed != Parse::incomplete) {
            return parsed;
        }
        if (m_end - m_begin > k_longest_record) {
            report(format_check::syntax, {m_file, m_line, 0},
                   {fmt::format("line {} is longer than 10 MiB", m_line),
                    fmt::format("rad {} är längre än 10 MiB", m_line)});
            m_broken = true;
            return Parse::broken;
        }
        read_more();
    }
}

// After a syntax error: skips the rest of the physical line, once it is in the buffer.
CsvReader::Parse CsvReader::skip_line(const char* from, int newlines)
{
    const char* const end = m_buffer.data() + m_end;
    const auto* line_end = static_cast<const char*>(std::memchr(from, '\n', end - from));
    if (line_end == nullptr && !m_eof) {
        return Parse::incomplete;
    }
    const char* const next = line_end == nullptr ? end : line_end + 1;
    m_consumed += static_cast<std::uint64_t>(next - (m_buffer.data() + m_begin));
    m_begin = static_cast<std::size_t>(next - m_buffer.data());
    m_line += newlines + 1;
    return Parse::skipped;
}

// The state machine over one record's bytes; `incomplete` when they are not all in the buffer.
CsvReader::Parse CsvReader::parse(CsvRecord& record)
{
    const char* const begin = m_buffer.data() + m_begin;
    const char* const end = m_buffer.data() + m_end;
    const char* p = begin;
    if (p == end) {
        return m_eof ? Parse::end : Parse::incomplete;
    }
    if (*p == '\r' && p + 1 == end && !m_eof) {
        return Parse::incomplete;
    }
    if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] == '\n'))) {
        return skip_line(p, 0); // an empty line
    }
    record.line = m_line;
    std::size_t count = 0;
    int newlines = 0;
    for (;;) {
        if (p < end && *p == '"') {
            const char* const open = p++;
            const char* close = nullptr;
            while (close == nullptr) {
                const auto* quote = static_cast<const char*>(std::memchr(p, '"', end - p));
                if (quote == nullptr || (quote + 1 == end && !m_eof)) {
                    if (!m_eof) {
                        return Parse::incomplete;
                    }
                    report(format_check::syntax, position(open),
                           {"a quoted field is never closed: a quote is missing",
                            "ett citerat fält avslutas aldrig: ett citattecken saknas"});
                    m_broken = true;
                    return Parse::broken;
                }
                p = quote + 1;
                if (p < end && *p == '"') {
                    ++p; // a doubled quote
                } else {
                    close = quote;
                }
            }
            newlines += static_cast<int>(std::count(open, close, '\n'));
            put(record, count++, open + 1, close, true);
            if (p < end && *p == '\r' && p + 1 == end && !m_eof) {
                return Parse::incomplete;
            }
            if (p < end && *p == '\r' && (p + 1 == end || p[1] == '\n')) {
                ++p;
            }
            if (p < end && *p != m_delimiter && *p != '\n') {
                report(format_check::syntax, position(p),
                       {"text after the closing quote of a field; quote the whole field",
                        "text efter ett fälts avslutande citattecken; citera hela fältet"});
                return skip_line(p, newlines);
            }
        } else {
            const char* const start = p;
            while (p < end && !m_stops[static_cast<unsigned char>(*p)]) {
                ++p;
            }
            if (p == end && !m_eof) {
                return Parse::incomplete;
            }
            if (p < end && *p == '"') {
                if (std::memchr(p, '\n', end - p) == nullptr && !m_eof) {
                    return Parse::incomplete; // report once the whole line is here
                }
                report(format_check::syntax, position(p),
                       {"a quote inside a field that does not begin with one; quote the whole "
                        "field and double the quote (\"\")",
                        "ett citattecken inuti ett fält som inte börjar med ett; citera hela "
                        "fältet och dubbla citattecknet (\"\")"});
                return skip_line(p, newlines);
            }
            const bool cr = p > start && p[-1] == '\r' && (p == end || *p == '\n');
            put(record, count++, start, cr ? p - 1 : p, false); // a CR before the line end
        }
        if (p < end && *p == m_delimiter) {
            ++p;
            continue;
        }
        if (p < end) {
            ++p; // the line end
            ++newlines;
        }
        break;
    }
    record.fields.resize(count);
    if (const char* bad = utf8::find_invalid(begin, p); bad != p) {
        const auto byte = static_cast<unsigned char>(*bad);
        report(format_check::encoding, position(bad),
               {fmt::format("this is not UTF-8 (byte 0x{:02X}); save the file as UTF-8", byte),
                fmt::format("detta är inte UTF-8 (byte 0x{:02X}); spara filen som UTF-8", byte)});
        m_broken = true;
        return Parse::broken;
    }
    m_consumed += static_cast<std::uint64_t>(p - begin);
    m_begin += static_cast<std::size_t>(p - begin);
    m_line += newlines;
    return Parse::record;
}

} // namespace peer::formats
