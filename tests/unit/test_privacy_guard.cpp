// The patient-data guard. Every identity number here is a published test number (Skatteverket's
// 19121212-1212, 811218-9876, the co-ordination number 701063-2391) or an invented one that
// fails the check digit; phone numbers are from the ranges set aside for fiction
// (070-1740605 and the like) or invented.

#include <peer/privacy/guard.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;
using privacy::IdentifierKind;

namespace {

std::vector<std::string> texts(std::string_view text)
{
    std::vector<std::string> out;
    for (const auto& hit : privacy::find_identifiers(text)) {
        out.push_back(hit.text);
    }
    return out;
}

IdentifierKind kind_of(std::string_view text)
{
    const auto hits = privacy::find_identifiers(text);
    REQUIRE(hits.size() == 1);
    return hits.front().kind;
}

} // namespace

TEST_SUITE("privacy::guard")
{
    TEST_CASE("luhn_valid")
    {
        CHECK(privacy::luhn_valid("1212121212"));
        CHECK(privacy::luhn_valid("8112189876"));
        CHECK_FALSE(privacy::luhn_valid("1212121213"));
        CHECK_FALSE(privacy::luhn_valid("121212121"));
    }

    TEST_CASE("personal identity numbers in their usual forms")
    {
        for (const auto* text : {"121212-1212", "121212+1212", "1212121212", "19121212-1212",
                                 "191212121212", "811218-9876"}) {
            CAPTURE(text);
            CHECK(kind_of(std::string("pnr ") + text + ".") == IdentifierKind::personal_number);
            CHECK(texts(std::string("pnr ") + text + ".") == std::vector<std::string>{text});
        }
    }

    TEST_CASE("an identity number right after letters is found but a phone number is not")
    {
        CHECK(texts("pnr121212-1212") == std::vector<std::string>{"121212-1212"});
        CHECK(texts("SUR0701740605").empty());
    }

    TEST_CASE("a number right after the full stop of an abbreviation is found, after a decimal "
              "point it is not")
    {
        CHECK(texts("Pnr.19121212-1212 enligt remissen")
              == std::vector<std::string>{"19121212-1212"});
        CHECK(texts("snr.701063-2391") == std::vector<std::string>{"701063-2391"});
        CHECK(texts("Reservnr.19121212-T123") == std::vector<std::string>{"19121212-T123"});
        CHECK(texts("Tel.070-174 06 05") == std::vector<std::string>{"070-174 06 05"});
        CHECK(texts("pH 7.1212121212 och 0.0701740605").empty());
    }

    TEST_CASE("co-ordination numbers: the day plus 60")
    {
        CHECK(kind_of("701063-2391") == IdentifierKind::coordination_number);
        CHECK(kind_of("19701063-2391") == IdentifierKind::coordination_number);
    }

    TEST_CASE("a wrong check digit, a day that does not exist, or a longer number is no identity "
              "number")
    {
        CHECK(texts("121212-1213").empty());
        CHECK(texts("19121212-1213").empty());
        CHECK(texts("121232-1212").empty()); // 32 December
        CHECK(texts("12121212121212").empty());
        CHECK(texts("2026-11-05 and 2026-11-05T08:30").empty());
    }

    TEST_CASE("phone numbers")
    {
        for (const auto* text : {"070-174 06 05", "0701740605", "08-12 34 56", "031-123 45 67",
                                 "+46 70 174 06 05", "+46701740605"}) {
            CAPTURE(text);
            CHECK(kind_of(std::string("ring ") + text + " i dag") == IdentifierKind::phone_number);
        }
    }

    TEST_CASE("phone numbers as people write them: brackets, 00, a trunk (0), slashes, dots")
    {
        for (const auto* text : {"(070) 174 06 05", "0046 70 174 06 05", "+46 (0)70-174 06 05",
                                 "070/1740605", "070.174.06.05", "08 12 34 56"}) {
            CAPTURE(text);
            CHECK(texts(std::string("ring ") + text + " i dag") == std::vector<std::string>{text});
        }
    }

    TEST_CASE("dose-time lists, dates with dots and times are not phone numbers")
    {
        for (const auto* text : {"Morfin 5 mg ges kl 06 12 18 24", "Antibiotika ges 08 12 16 20",
                                 "05.11.2026", "kl 08.30-16.00", "06 12 18", "112", "1177",
                                 "anknytning 45123", "Alvedon 1 g x 4", "2x500 mg"}) {
            CAPTURE(text);
            CHECK(texts(text).empty());
        }
    }

    TEST_CASE("numbers of clinical work are not phone numbers")
    {
        for (const auto* text : {"NRS 0 5 10 15 20", "kl 0830-1600", "05-11-2026", "0,5 mg",
                                 "BT 120/80, puls 72", "NEWS2 5", "dropp 1000 ml"}) {
            CAPTURE(text);
            CHECK(texts(text).empty());
        }
    }

    TEST_CASE("e-mail addresses, without the full stop that ends a sentence")
    {
        CHECK(texts("skriv till anna.berg@example.se.")
              == std::vector<std::string>{"anna.berg@example.se"});
        CHECK(kind_of("a@b.se") == IdentifierKind::email_address);
        CHECK(texts("vid @ronden, user@localhost").empty());
    }

    TEST_CASE("interim and reserve numbers")
    {
        for (const auto* text :
             {"19121212-T123", "121212-TF10", "121212 R456", "19121212-AB12", "19121212K123",
              "20261105-x9k2", "991212121212", "221212121212", "231212121212"}) {
            CAPTURE(text);
            CHECK(kind_of(std::string("pat ") + text + " inlagd")
                  == IdentifierKind::reserve_number);
            CHECK(texts(std::string("pat ") + text + " inlagd") == std::vector<std::string>{text});
        }
        for (const auto* text : {"19121232-T123", "121212-T1234", "121212-1234", "991212121213",
                                 "211212121212", "311212121212", "2026-11-05 T123", "20261105-1234",
                                 "lot 202611-AB12X", "art.nr 19121212-TEST4"}) {
            CAPTURE(text);
            const auto found = privacy::find_identifiers(text);
            CHECK(std::ranges::none_of(found, [](const privacy::Hit& h) {
                return h.kind == IdentifierKind::reserve_number;
            }));
        }
    }

    TEST_CASE("an identity number with a space or any dash between date and number")
    {
        for (const auto* text : {"121212 1212", "19121212 1212", "121212\u20131212",
                                 "19121212\u20141212", "121212\u22121212"}) {
            CAPTURE(text);
            CHECK(texts(std::string("pat ") + text + " kom") == std::vector<std::string>{text});
        }
        CHECK(texts("121212 1213").empty()); // the check digit still decides
    }

    TEST_CASE("fullwidth digits, a soft hyphen or a zero-width space inside do not hide a number")
    {
        const std::string fullwidth =
            "\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12-\uFF11\uFF12\uFF11\uFF12";
        CHECK(texts("pnr " + fullwidth) == std::vector<std::string>{fullwidth});
        const std::string soft = "1212\u00AD12-1212";
        CHECK(texts("pnr " + soft + ".") == std::vector<std::string>{soft});
        const std::string hidden = "070\u200B-174 06 05";
        CHECK(kind_of("ring " + hidden) == IdentifierKind::phone_number);
        CHECK(texts("ring " + hidden) == std::vector<std::string>{hidden});
        const auto hits = privacy::find_identifiers("Å\uFF10 säng 4: 121212\u20131212");
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].column == 12); // counted in the text as written
        CHECK(texts("Ｈｂ １３４, ＮＥＷＳ２ ５").empty());
    }

    TEST_CASE("e-mail addresses with letters beyond ASCII, and written with (at)")
    {
        CHECK(texts("mejla åsa.öberg@region.se i dag")
              == std::vector<std::string>{"åsa.öberg@region.se"});
        CHECK(texts("anna(at)example.se") == std::vector<std::string>{"anna(at)example.se"});
        CHECK(texts("skriv till anna [at] example.se").empty()); // spaces around: not one word
        CHECK(texts("anna[at]example.se.") == std::vector<std::string>{"anna[at]example.se"});
        CHECK(texts("vi (at) lunch").empty());
    }

    TEST_CASE("an e-mail address in quotes is found without them")
    {
        CHECK(texts("skriv \u201danna.berg@example.se\u201d i fältet")
              == std::vector<std::string>{"anna.berg@example.se"});
        CHECK(texts("\u00abåsa(at)example.se\u00bb")
              == std::vector<std::string>{"åsa(at)example.se"});
        CHECK(texts("mejla \u201början@example.se\u201c")
              == std::vector<std::string>{"örjan@example.se"});
        const auto hits = privacy::find_identifiers("\u201cmärta@example.se\u201d");
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].column == 2);
    }

    TEST_CASE("four letters that begin a longer word after a date are no reserve number")
    {
        for (const auto* text :
             {"Artikelnummer 160830 beställt", "lot 121212 avbröt", "19121212 instämde"}) {
            CAPTURE(text);
            CHECK(texts(text).empty());
        }
        for (const auto* text : {"\u201d19121212-AB12\u201d", "121212-T123\u2026"}) {
            CAPTURE(text);
            CHECK(kind_of(text) == IdentifierKind::reserve_number);
        }
    }

    TEST_CASE("a phone number with its country code in brackets")
    {
        CHECK(texts("Ring (+46) 70 174 06 05 i kväll")
              == std::vector<std::string>{"(+46) 70 174 06 05"});
        CHECK(texts("(+46)70-174 06 05") == std::vector<std::string>{"(+46)70-174 06 05"});
        CHECK(texts("(+4) 12").empty());
    }

    TEST_CASE("an identity number with a dash between spaces")
    {
        for (const auto* text : {"pnr 121212 - 1212 i remissen", "19121212 \u2013 1212"}) {
            CAPTURE(std::string(text));
            CHECK(kind_of(text) == IdentifierKind::personal_number);
        }
        CHECK(texts("Pat 121212 - 1212.") == std::vector<std::string>{"121212 - 1212"});
        CHECK(texts("sal 4 - 1212 kvar").empty());
    }

    TEST_CASE("a word of four letters after a date and a space is prose, not a reserve number")
    {
        for (const auto* text : {"lot 230615 kvar", "Lot 240101 klar", "Sedan 20240101 fick"}) {
            CAPTURE(text);
            CHECK(texts(text).empty());
        }
        for (const auto* text : {"19121212 T123", "121212 TF10", "19121212-ABCD"}) {
            CAPTURE(text);
            CHECK(kind_of(text) == IdentifierKind::reserve_number);
        }
    }

    TEST_CASE("positions count lines and characters, å ä ö as one each")
    {
        const auto hits = privacy::find_identifiers("första raden\nså här: 121212-1212");
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].line == 2);
        CHECK(hits[0].column == 9);
    }

    TEST_CASE("check_text leaves out the allowed texts and names the source")
    {
        const auto found =
            privacy::check_text("x\n\n\na 121212-1212 b 811218-9876", "note.md", {"811218-9876"});
        REQUIRE(found.size() == 1);
        CHECK(found[0].id == "PRIVACY-PIN");
        CHECK(found[0].where->file == "note.md");
        CHECK(found[0].where->line == 4);
        CHECK(found[0].where->column == 3);
        CHECK(found[0].message.en.find("'121212-****'") != std::string::npos);
        CHECK(found[0].message.en.find("1212'") == std::string::npos); // never repeated whole
        CHECK(found[0].message.sv.find("personnummer") != std::string::npos);
    }

    TEST_CASE("a message shows what the guard refused masked")
    {
        const auto masked = [](std::string_view text) {
            const auto hits = privacy::find_identifiers(text);
            REQUIRE(hits.size() == 1);
            return privacy::masked(hits[0]);
        };
        CHECK(masked("19121212-1212") == "19121212-****");
        CHECK(masked("ring 070-174 06 05") == "070-174 ** **");
        CHECK(masked("121212-TF10") == "121212-****");
        CHECK(masked("åsa.öberg@region.se") == "å***@region.se");
        CHECK(masked("anna(at)example.se") == "a***(at)example.se");
        CHECK(masked("x@example.se") == "***@example.se");
    }

    TEST_CASE("allowed_in: the allowed texts that stand in the text, each once")
    {
        const std::vector<std::string> allowed{"811218-9876", "555"};
        CHECK(privacy::allowed_in("811218-9876 and 811218-9876 again", allowed)
              == std::vector<std::string>{"811218-9876"});
        CHECK(privacy::allowed_in("nothing here", allowed).empty());
    }
}
