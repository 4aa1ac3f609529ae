#include <peer/core/encoding.hpp>
#include <peer/core/files.hpp>
#include <peer/core/utf8.hpp>

#include <fmt/format.h>

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <limits>
#include <vector>

namespace peer {

namespace {

struct Named {
    Encoding encoding;
    std::string_view name;
    std::string_view iconv_name;
    std::array<std::string_view, 3> other_names; // "" where an encoding has fewer
};

constexpr std::array k_encodings{
    Named{Encoding::utf8, "utf-8", "UTF-8", {"utf8", "", ""}},
    Named{Encoding::windows_1252, "windows-1252", "WINDOWS-1252", {"cp1252", "windows1252", ""}},
    Named{Encoding::latin_1, "latin-1", "ISO-8859-1", {"latin1", "iso-8859-1", "iso8859-1"}},
};

const Named& named(Encoding encoding)
{
    return *std::ranges::find(k_encodings, encoding, &Named::encoding);
}

const auto k_no_converter = reinterpret_cast<iconv_t>(-1); // NOLINT: iconv_open's failure

} // namespace

std::string_view encoding_name(Encoding encoding)
{
    return named(encoding).name;
}

std::optional<Encoding> parse_encoding(std::string_view text)
{
    const auto wanted = case_folded(text);
    if (wanted.empty()) {
        return std::nullopt; // not one of the unused names
    }
    for (const auto& e : k_encodings) {
        if (wanted == e.name || std::ranges::find(e.other_names, wanted) != e.other_names.end()) {
            return e.encoding;
        }
    }
    return std::nullopt;
}

std::string_view accepted_encodings()
{
    return "utf-8, windows-1252, latin-1";
}

// Converts what it reads from the file to UTF-8, a chunk at a time. The encodings it converts
// from are single-byte, so a byte is a character and lines and columns are counted in bytes.
class DecodedFile::Converter : public std::streambuf {
public:
    Converter(std::streambuf& raw, Encoding from)
        : m_raw(raw), m_iconv(::iconv_open("UTF-8", named(from).iconv_name.data()))
    {
    }
    ~Converter() override
    {
        if (m_iconv != k_no_converter) {
            ::iconv_close(m_iconv);
        }
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    Converter(Converter&&) = delete;
    Converter& operator=(Converter&&) = delete;

    [[nodiscard]] const std::optional<UndecodableByte>& undecodable() const
    {
        return m_undecodable;
    }

protected:
    int_type underflow() override
    {
        while (gptr() == egptr()) {
            if (m_undecodable || m_iconv == k_no_converter || !convert()) {
                return traits_type::eof();
            }
        }
        return traits_type::to_int_type(*gptr());
    }

private:
    // Converts the next chunk into the get area; false at the end of the file.
    bool convert()
    {
        const auto got = m_raw.sgetn(m_in.data() + m_pending,
                                     static_cast<std::streamsize>(m_in.size() - m_pending));
        const auto available =
            m_pending + static_cast<std::size_t>(std::max<std::streamsize>(got, 0));
        if (available == 0) {
            return false;
        }
        char* in = m_in.data();
        std::size_t in_left = available;
        char* out = m_out.data();
        std::size_t out_left = m_out.size();
        const auto converted = ::iconv(m_iconv, &in, &in_left, &out, &out_left);
        const auto failure = converted == static_cast<std::size_t>(-1) ? errno : 0;
        count_lines(m_in.data(), in);
        if (failure == EILSEQ || (failure == EINVAL && got <= 0)) {
            m_undecodable = UndecodableByte{m_line, m_column, static_cast<unsigned char>(*in)};
        }
        m_pending = in_left;
        std::memmove(m_in.data(), in, in_left);
        setg(m_out.data(), m_out.data(), out);
        return true;
    }

    void count_lines(const char* begin, const char* end)
    {
        for (const char* p = begin; p != end; ++p) {
            if (*p == '\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }

    std::streambuf& m_raw;
    iconv_t m_iconv;
    static constexpr std::size_t k_chunk = std::size_t{1} << 16U; // bytes read at a time
    std::array<char, k_chunk> m_in{};
    std::array<char, 4 * k_chunk> m_out{}; // UTF-8 takes at most three bytes a character
    std::size_t m_pending = 0;             // bytes at the start of m_in not converted yet
    int m_line = 1;
    int m_column = 1;
    std::optional<UndecodableByte> m_undecodable;
};

DecodedFile::DecodedFile(const std::filesystem::path& path, Encoding encoding)
    : std::istream(nullptr), m_encoding(encoding)
{
    m_file.open(path, std::ios::in | std::ios::binary);
    if (encoding == Encoding::utf8) {
        rdbuf(&m_file);
    } else {
        m_converter = std::make_unique<Converter>(m_file, encoding);
        rdbuf(m_converter.get());
    }
    if (!m_file.is_open()) {
        setstate(std::ios::failbit);
    }
}

DecodedFile::~DecodedFile() = default;

std::optional<UndecodableByte> DecodedFile::undecodable() const
{
    return m_converter ? m_converter->undecodable() : std::nullopt;
}

Diagnostic undecodable_error(const std::string& file, Encoding encoding,
                             const UndecodableByte& where)
{
    const auto name = encoding_name(encoding);
    return {Severity::error,
            std::string(format_check::encoding),
            Position{file, where.line, where.column},
            {fmt::format("byte 0x{:02X} is no character of {}; is the file in another "
                         "encoding? (--encoding takes {})",
                         where.byte, name, accepted_encodings()),
             fmt::format("byte 0x{:02X} är inget tecken i {}; har filen en annan "
                         "teckenkodning? (--encoding tar {})",
                         where.byte, name, accepted_encodings())}};
}

bool report_undecodable(const DecodedFile& in, const std::string& file, Diagnostics& out)
{
    const auto where = in.undecodable();
    if (where) {
        out.push_back(undecodable_error(file, in.encoding(), *where));
    }
    return where.has_value();
}

std::optional<std::string> read_text_file(const std::filesystem::path& path, Encoding encoding,
                                          Diagnostics& out, FileKind kind)
{
    if (encoding == Encoding::utf8) {
        return read_text_file(path, out, kind);
    }
    if (auto why = unreadable(path)) {
        out.push_back(std::move(*why));
        return std::nullopt;
    }
    DecodedFile in(path, encoding);
    auto text = read_text_stream(in, path.string(), out, kind);
    if (!text || report_undecodable(in, path.string(), out)) {
        return std::nullopt;
    }
    return text;
}

namespace {

// The character `byte` is in Windows-1252, in UTF-8: what the person sees in Excel.
std::string windows_1252_character(unsigned char byte)
{
    auto* converter = ::iconv_open("UTF-8", "WINDOWS-1252");
    if (converter == k_no_converter) {
        return {};
    }
    auto one = static_cast<char>(byte);
    char* in = &one;
    std::size_t in_left = 1;
    std::array<char, 8> out{};
    char* to = out.data();
    std::size_t out_left = out.size();
    std::string character;
    if (::iconv(converter, &in, &in_left, &to, &out_left) != static_cast<std::size_t>(-1)) {
        character.assign(out.data(), to);
    }
    ::iconv_close(converter);
    return character;
}

} // namespace

std::optional<Text> windows_1252_hint(const std::filesystem::path& path)
{
    Diagnostics ignored;
    const auto text = read_text_file(path, ignored);
    const auto bad = text ? first_invalid_utf8(*text) : std::nullopt;
    if (!bad) {
        return std::nullopt;
    }
    DecodedFile decoded(path, Encoding::windows_1252);
    decoded.ignore(std::numeric_limits<std::streamsize>::max());
    if (decoded.undecodable()) {
        return std::nullopt;
    }
    const auto byte = static_cast<unsigned char>((*text)[*bad]);
    const auto character = windows_1252_character(byte);
    return Text{fmt::format("the file is not UTF-8 (byte 0x{:02X}), but it reads as Windows-1252, "
                            "where that byte is '{}', as Excel saves a CSV file on a Swedish "
                            "Windows: import it with `--encoding windows-1252`, or save it as "
                            "UTF-8",
                            byte, character),
                fmt::format("filen är inte UTF-8 (byte 0x{:02X}), men den kan läsas som "
                            "Windows-1252, där den byten är '{}', så som Excel sparar en CSV-fil "
                            "på en svensk Windows: importera den med `--encoding windows-1252`, "
                            "eller spara den som UTF-8",
                            byte, character)};
}

} // namespace peer
