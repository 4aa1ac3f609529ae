#pragma once
// The encodings of the files peer imports: UTF-8, and the two a spreadsheet on a Swedish Windows
// saves ("CSV (semikolonavgränsad)" is Windows-1252; older tools write Latin-1). A file in one
// of those is converted to UTF-8 with glibc's iconv as it is read, in chunks, so that a large
// file is never held whole.

#include <peer/core/diagnostic.hpp>
#include <peer/core/files.hpp>
#include <peer/core/text.hpp>

#include <filesystem>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace peer {

enum class Encoding { utf8, windows_1252, latin_1 };

// "utf-8", "windows-1252", "latin-1": as options and messages name them.
std::string_view encoding_name(Encoding encoding);

// The encoding `text` names, in any case: utf-8 (utf8), windows-1252 (cp1252), latin-1 (latin1,
// iso-8859-1).
std::optional<Encoding> parse_encoding(std::string_view text);

// "utf-8, windows-1252, latin-1": what parse_encoding takes.
std::string_view accepted_encodings();

// A byte that is no character of the file's encoding (Windows-1252 has none for 0x81, 0x8D,
// 0x8F, 0x90 and 0x9D), where it stands.
struct UndecodableByte {
    int line = 1;
    int column = 1; // counted in characters, one per byte in these encodings
    unsigned char byte = 0;
};

// A file's text as UTF-8: as it is from a UTF-8 file, converted from the others as it is read.
// The stream ends early at a byte that is no character of the encoding; undecodable() says
// where.
class DecodedFile : public std::istream {
public:
    DecodedFile(const std::filesystem::path& path, Encoding encoding);
    ~DecodedFile() override;
    DecodedFile(const DecodedFile&) = delete;
    DecodedFile& operator=(const DecodedFile&) = delete;
    DecodedFile(DecodedFile&&) = delete;
    DecodedFile& operator=(DecodedFile&&) = delete;

    [[nodiscard]] bool is_open() const { return m_file.is_open(); }
    [[nodiscard]] Encoding encoding() const { return m_encoding; }
    [[nodiscard]] std::optional<UndecodableByte> undecodable() const;

private:
    class Converter;
    Encoding m_encoding;
    std::filebuf m_file;
    std::unique_ptr<Converter> m_converter; // none for UTF-8, which is read as it is
};

// The FMT-ENCODING error for `where` in `file`, read in `encoding`.
Diagnostic undecodable_error(const std::string& file, Encoding encoding,
                             const UndecodableByte& where);

// The FMT-ENCODING error of `in`, about `file`, once `in` has ended at a byte that is no
// character of its encoding; whether there was one.
bool report_undecodable(const DecodedFile& in, const std::string& file, Diagnostics& out);

// The whole text of `path` in UTF-8, read in `encoding` (read_text_file for UTF-8); nullopt
// with the problem in `out`.
std::optional<std::string> read_text_file(const std::filesystem::path& path, Encoding encoding,
                                          Diagnostics& out, FileKind kind);

// When the file `path`, which is not UTF-8, reads as Windows-1252 from its first byte to its
// last: the message that says so and names `--encoding windows-1252`; else nothing.
std::optional<Text> windows_1252_hint(const std::filesystem::path& path);

} // namespace peer
