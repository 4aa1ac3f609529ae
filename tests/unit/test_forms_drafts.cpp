#include <peer/core/error.hpp>
#include <peer/forms/drafts.hpp>

#include "scratch.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

using namespace peer;
using namespace std::string_literals;
using test::ScratchDir;

namespace {

unsigned mode_of(const std::filesystem::path& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777U;
}

// "reflection-20261105-143012" of "reflection-20261105-143012-2.md".
std::string stamp_of(const std::filesystem::path& path)
{
    std::smatch match;
    const auto name = path.filename().string();
    REQUIRE_MESSAGE(std::regex_match(name, match, std::regex(R"(([a-z]+-\d{8}-\d{6})(-\d+)?\.md)")),
                    name);
    return match[1];
}

} // namespace

TEST_SUITE("forms::drafts")
{
    TEST_CASE("the drafts directory is `drafts` beside the journal")
    {
        CHECK(forms::drafts_directory("/home/ali/.local/share/peer/journal.db")
              == "/home/ali/.local/share/peer/drafts");
    }

    TEST_CASE("a draft kept with the command that saves it lists that command, its form and name")
    {
        ScratchDir scratch;
        const auto journal = scratch / "journal.db";
        const auto path = forms::keep_draft(forms::drafts_directory(journal), "briefing-before",
                                            "## Who does what\nI dress.\n",
                                            "peer brief before --activity SUR-WOUND-01");
        CHECK(test::read_file(path)
              == "<!-- $ peer brief before --activity SUR-WOUND-01 --from " + path.string()
                     + " -->\n## Who does what\nI dress.\n");
        forms::keep_draft(forms::drafts_directory(journal), "feedback", "no command");
        const auto drafts = forms::list_drafts(journal);
        REQUIRE(drafts.size() >= 2);
        const auto found = forms::find_draft(journal, path.filename().string());
        REQUIRE(found);
        CHECK(found->form == "briefing-before");
        CHECK(found->save == "peer brief before --activity SUR-WOUND-01 --from " + path.string());
        const auto other = std::ranges::find_if(
            drafts, [](const forms::DraftFile& d) { return d.form == "feedback"; });
        REQUIRE(other != drafts.end());
        CHECK(other->save.empty());
        CHECK_FALSE(forms::find_draft(journal, "reflection-20260101-000000.md"));
    }

    TEST_CASE("a draft is kept byte for byte in a file only its owner can read, in a private "
              "directory")
    {
        ScratchDir scratch;
        const auto directory = scratch / "deeper/drafts";
        // Swedish letters, a CRLF, a NUL byte and no final line end: nothing is changed.
        const auto text = "## Beskrivning\r\nJag lade om såret.\n\0after NUL"s;
        REQUIRE(text.size() == 46);
        const auto path = forms::keep_draft(directory, "reflection", text);

        CHECK(path.parent_path() == directory);
        CHECK(stamp_of(path).starts_with("reflection-"));
        CHECK(test::read_file(path) == text);
        CHECK(mode_of(path) == 0600);
        CHECK(mode_of(directory) == 0700);
        CHECK(mode_of(scratch / "deeper") == 0700);
        // Nothing else is left in the directory: no temporary file.
        CHECK(std::distance(std::filesystem::directory_iterator(directory),
                            std::filesystem::directory_iterator())
              == 1);
    }

    TEST_CASE("an existing directory is used as it is")
    {
        ScratchDir scratch;
        const auto directory = scratch / "drafts";
        std::filesystem::create_directory(directory);
        std::filesystem::permissions(directory, std::filesystem::perms::owner_all
                                                    | std::filesystem::perms::group_read
                                                    | std::filesystem::perms::group_exec);
        const auto path = forms::keep_draft(directory, "feedback", "text");
        CHECK(mode_of(directory) == 0750);
        CHECK(mode_of(path) == 0600);
        CHECK(stamp_of(path).starts_with("feedback-"));
    }

    TEST_CASE("drafts kept in the same second get names of their own and none is overwritten")
    {
        ScratchDir scratch;
        // Two drafts in a row are kept within one second unless the clock ticks between them;
        // try again, in a directory of its own, until they are.
        std::filesystem::path directory;
        std::filesystem::path first;
        std::filesystem::path second;
        for (int attempt = 0; attempt < 5; ++attempt) {
            directory = scratch / ("drafts-" + std::to_string(attempt));
            first = forms::keep_draft(directory, "reflection", "first");
            second = forms::keep_draft(directory, "reflection", "second");
            if (stamp_of(first) == stamp_of(second)) {
                break;
            }
        }
        REQUIRE(stamp_of(first) == stamp_of(second));
        CHECK(first.filename().string() == stamp_of(first) + ".md");
        CHECK(second.filename().string() == stamp_of(first) + "-2.md");
        const auto third = forms::keep_draft(directory, "reflection", "third");
        if (stamp_of(third) == stamp_of(first)) {
            CHECK(third.filename().string() == stamp_of(first) + "-3.md");
        }
        CHECK(test::read_file(first) == "first");
        CHECK(test::read_file(second) == "second");
        CHECK(test::read_file(third) == "third");

        std::set<std::filesystem::path> names;
        for (int i = 0; i < 20; ++i) {
            names.insert(forms::keep_draft(directory, "feedback", std::to_string(i)));
        }
        CHECK(names.size() == 20);
    }

    TEST_CASE("a draft that cannot be written is an error that names the place")
    {
        ScratchDir scratch;
        // A file where the directory should be: root cannot write there either.
        test::write_file(scratch / "drafts", "a file");
        try {
            forms::keep_draft(scratch / "drafts", "reflection", "text");
            FAIL("keep_draft wrote into a file");
        } catch (const Error& error) {
            const auto& message = error.message();
            CHECK(message.en.starts_with("cannot keep the draft in "
                                         + (scratch / "drafts").string()));
            CHECK(message.sv.starts_with("kan inte spara utkastet i "
                                         + (scratch / "drafts").string()));
        }
        CHECK(test::read_file(scratch / "drafts") == "a file");
    }
}
