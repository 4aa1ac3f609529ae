#include "scratch.hpp"

#include <peer/core/files.hpp>

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <sstream>

using namespace peer;

namespace {

unsigned mode_of(const std::filesystem::path& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777U;
}

} // namespace

TEST_SUITE("core::files")
{
    TEST_CASE("read_text_file returns the bytes as they are")
    {
        test::ScratchDir scratch;
        const std::string bytes = "\xEF\xBB\xBF"
                                  "a = \"G\xF6ran\"\r\n";
        test::write_file(scratch / "r.toml", bytes);
        Diagnostics out;
        CHECK(read_text_file(scratch / "r.toml", out) == bytes);
        test::write_file(scratch / "empty.toml", "");
        CHECK(read_text_file(scratch / "empty.toml", out) == "");
        CHECK(out.empty());
    }

    TEST_CASE("read_text_file reports a file it cannot read, with no line")
    {
        test::ScratchDir scratch;
        Diagnostics out;
        SUBCASE("a file that does not exist")
        {
            const auto path = scratch / "missing.toml";
            CHECK_FALSE(read_text_file(path, out));
            REQUIRE(out.size() == 1);
            CHECK(out[0].id.empty());
            CHECK(out[0].severity == Severity::error);
            CHECK(out[0].where->file == path.string());
            CHECK(out[0].where->line == 0);
            CHECK(out[0].message.en == "cannot read " + path.string() + ": no such file");
            CHECK(out[0].message.sv == "kan inte läsa " + path.string() + ": filen finns inte");
        }
        SUBCASE("a directory")
        {
            CHECK_FALSE(read_text_file(scratch.path(), out));
            REQUIRE(out.size() == 1);
            CHECK(out[0].message.en.ends_with(": it is a directory"));
            CHECK(out[0].message.sv.ends_with(": det är en katalog"));
        }
    }

    TEST_CASE("read_text_file reads up to its kind's limit and refuses a byte more")
    {
        test::ScratchDir scratch;
        const auto path = scratch / "big.toml";
        test::write_file(path, std::string(k_written_file_limit, 'x'));
        Diagnostics out;
        CHECK(read_text_file(path, out).value_or("").size() == k_written_file_limit);
        test::write_file(path, std::string(k_written_file_limit + 1, 'x'));
        CHECK_FALSE(read_text_file(path, out));
        REQUIRE(out.size() == 1);
        CHECK(out[0].message.en.find("larger than 4 MiB") != std::string::npos);
        CHECK(read_text_file(path, out, FileKind::data));
    }

    TEST_CASE("read_line stops a line with no end at its limit")
    {
        std::istringstream in("one\n\nthree");
        std::string line;
        CHECK(read_line(in, line, 10) == LineRead::line);
        CHECK(line == "one");
        CHECK(read_line(in, line, 10) == LineRead::line);
        CHECK(line.empty());
        CHECK(read_line(in, line, 10) == LineRead::line);
        CHECK(line == "three");
        CHECK(read_line(in, line, 10) == LineRead::end);
        std::istringstream endless(std::string(100, 'z'));
        CHECK(read_line(endless, line, 10) == LineRead::too_long);
        CHECK(line.size() == 10);
    }

    TEST_CASE("unreadable names a missing path and a directory, and lets a pipe through")
    {
        test::ScratchDir scratch;
        CHECK(unreadable(scratch / "none")->message.en.find("no such file") != std::string::npos);
        CHECK(unreadable(scratch.path())->message.en.find("it is a directory")
              != std::string::npos);
        REQUIRE(::mkfifo((scratch / "pipe").c_str(), 0600) == 0);
        CHECK_FALSE(unreadable(scratch / "pipe"));
    }

    TEST_CASE("write_file_atomically writes the whole file, private to its owner")
    {
        test::ScratchDir scratch;
        const auto path = scratch / "handout.toml";
        CHECK_FALSE(write_file_atomically(path, "a = 1\n"));
        CHECK(test::read_file(path) == "a = 1\n");
        CHECK(mode_of(path) == 0600U);
        SUBCASE("it replaces an existing file whole")
        {
            CHECK_FALSE(write_file_atomically(path, "b = 2\n"));
            CHECK(test::read_file(path) == "b = 2\n");
        }
        SUBCASE("Replace::never leaves an existing file alone")
        {
            CHECK(write_file_atomically(path, "b = 2\n", Replace::never) == std::errc::file_exists);
            CHECK(test::read_file(path) == "a = 1\n");
        }
        // No temporary file is left beside it.
        CHECK(std::distance(std::filesystem::directory_iterator(scratch.path()),
                            std::filesystem::directory_iterator())
              == 1);
    }

    TEST_CASE("write_file_atomically leaves nothing where it cannot write")
    {
        test::ScratchDir scratch;
        const auto error = write_file_atomically(scratch / "missing" / "file.toml", "x");
        CHECK(error == std::errc::no_such_file_or_directory);
        CHECK_FALSE(std::filesystem::exists(scratch / "missing"));
    }

    TEST_CASE("make_private_directories makes each missing directory 0700")
    {
        test::ScratchDir scratch;
        CHECK_FALSE(make_private_directories(scratch / "a" / "b"));
        CHECK(mode_of(scratch / "a") == 0700U);
        CHECK(mode_of(scratch / "a" / "b") == 0700U);
        CHECK_FALSE(make_private_directories(scratch / "a" / "b"));
        test::write_file(scratch / "file", "");
        CHECK(make_private_directories(scratch / "file" / "c"));
    }

    TEST_CASE("errno_text says what an errno value means, also one it does not know")
    {
        CHECK(errno_text(ENOSPC) == "No space left on device");
        CHECK(errno_text(EACCES) == "Permission denied");
        CHECK(errno_text(100000) == "Unknown error 100000");
    }

    TEST_CASE("FileDescriptor closes what it holds, once")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "f", "");
        FileDescriptor fd(::open((scratch / "f").c_str(), O_RDONLY));
        REQUIRE(fd.is_open());
        FileDescriptor moved(std::move(fd));
        CHECK_FALSE(fd.is_open());
        CHECK(moved.is_open());
        CHECK_FALSE(moved.close());
        CHECK_FALSE(moved.is_open());
        CHECK_FALSE(moved.close());
    }
}
