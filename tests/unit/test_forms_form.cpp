#include <peer/forms/form.hpp>

#include <doctest/doctest.h>

using namespace peer;

TEST_SUITE("forms::form")
{
    TEST_CASE("render_markdown, then parse_markdown, gives the answers back")
    {
        const forms::Answers answers{"What happened\non two lines", "", "Good", "", "", "Plan"};
        for (const auto lang : {Lang::en, Lang::sv}) {
            const auto text = forms::render_markdown(forms::reflection_form(), answers, lang);
            const auto parsed = forms::parse_markdown(forms::reflection_form(), text, "r.md");
            CHECK(parsed.diagnostics.empty());
            CHECK(parsed.answers == answers);
        }
    }

    TEST_CASE("headings in English or Swedish, any level and case, and comments are left out")
    {
        const auto parsed = forms::parse_markdown(forms::reflection_form(),
                                                  "# Min reflektion\n"
                                                  "### BESKRIVNING\nText <!-- not this -->\n"
                                                  "## action plan\n\nNext time\n\n"
                                                  "## Känslor ##\nGlad\n",
                                                  "r.md");
        REQUIRE(parsed.diagnostics.empty());
        CHECK(parsed.answers == forms::Answers{"Text", "Glad", "", "", "", "Next time"});
    }

    TEST_CASE("a last line without a line end")
    {
        const auto parsed =
            forms::parse_markdown(forms::feedback_form(), "## How\nPause\n## Strength", "f.md");
        CHECK(parsed.diagnostics.empty());
        CHECK(parsed.answers == forms::Answers{"", "", "", "Pause"});
    }

    TEST_CASE("an unknown heading is an error at its line, with the nearest name")
    {
        const auto parsed = forms::parse_markdown(forms::reflection_form(),
                                                  "## Description\nx\n\n## Analyss\ny\n", "r.md");
        REQUIRE(parsed.diagnostics.size() == 1);
        CHECK(parsed.diagnostics[0].id == "FMT-KEY");
        CHECK(parsed.diagnostics[0].where->line == 4);
        CHECK(parsed.diagnostics[0].message.en.find("did you mean 'Analysis'")
              != std::string::npos);
        CHECK(parsed.answers.empty());
    }

    TEST_CASE("a heading twice, text before the first heading, an open comment")
    {
        const auto& form = forms::feedback_form();
        CHECK(forms::parse_markdown(form, "## How\na\n## Hur\nb\n", "f.md").diagnostics[0].id
              == "FMT-DUPLICATE");
        CHECK(forms::parse_markdown(form, "stray\n## How\na\n", "f.md").diagnostics[0].id
              == "FMT-SYNTAX");
        const auto open = forms::parse_markdown(form, "## How\na <!-- b\n", "f.md");
        CHECK(open.diagnostics[0].id == "FMT-SYNTAX");
        CHECK(open.diagnostics[0].where->column == 3);
        CHECK(forms::parse_markdown(form, "## How\n\xff\n", "f.md").diagnostics[0].id
              == "FMT-ENCODING");
    }

    TEST_CASE("blank_comments keeps every line and column")
    {
        const std::string text = "a<!-- x\ny -->b";
        const auto blanked = forms::blank_comments(text);
        CHECK(blanked.size() == text.size());
        CHECK(blanked == "a      \n     b");
    }
}
