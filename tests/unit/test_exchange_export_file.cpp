#include <peer/exchange/export_file.hpp>
#include <peer/formats/assessment_form.hpp>

#include "fixtures.hpp"

#include <fmt/format.h>

#include <doctest/doctest.h>

using namespace peer;

namespace {

model::AssessmentForm test_form()
{
    auto read = formats::read_assessment_form(std::filesystem::path(__FILE__).parent_path()
                                              / "../fixtures/assessment/three-levels.toml");
    REQUIRE(read.form);
    return *read.form;
}

model::Stamp stamp(const char* uuid, const char* author = "")
{
    return {uuid, author, "2026-11-05T08:30:00Z", "2026-11-06T09:00:00Z", {}};
}

// One record of every kind, as they would come from a journal.
std::vector<model::Record> every_kind()
{
    model::Qualifications q;
    q.role = model::Role::clinical_teacher;
    q.profession = "nurse";
    q.degree = model::Degree::master_1y;
    q.specialist = {"surgical care"};
    q.supervisor_training = model::Training::advanced;
    q.in_profession_since = test::date("2010-01-01");
    q.teaching_ability_assessed = true;
    model::PlacementRecord placement{stamp("01a2d000-0000-7000-8000-000000000002"),
                                     {},
                                     {"karin"},
                                     {{"ali", ""}, {"bea", "2026-11-20T10:00:00Z"}},
                                     ""};
    placement.placement = {"ht26",
                           "OMVA13",
                           "Surgical",
                           "Lund",
                           model::Level::basic,
                           3,
                           "surgical care",
                           "nurse",
                           "Avd 12",
                           test::date("2026-11-02"),
                           test::date("2026-12-18"),
                           "karin",
                           "",
                           test_form()};
    model::LogRecord log{stamp("01a2d000-0000-7000-8000-000000000005", "ali"), {}, ""};
    log.entry = {0,
                 test::date("2026-11-05"),
                 "SUR-1",
                 model::Mode::observe,
                 {"bea", "cem"},
                 2,
                 model::Presence::partial,
                 "Smärtskattning «NRS»",
                 {model::ObserverStep::during}};
    log.pair = "01a2d000-0000-7000-8000-000000000003";
    log.stamp.allowed = {"046-17 10 00"};
    model::ReflectionRecord reflection{stamp("01a2d000-0000-7000-8000-000000000006", "ali"),
                                       {},
                                       log.stamp.uuid,
                                       false,
                                       {true, false, false, false, false, true}};
    reflection.writing.author = "ali";
    reflection.writing.uuid = reflection.stamp.uuid;
    reflection.writing.date = test::date("2026-11-05");
    reflection.writing.code = "SUR-1";
    reflection.writing.phase = model::Phase::after;
    reflection.writing.answers = {"Line one\nline two", "", "", "", "", "Ask first"};
    model::FeedbackRecord feedback{stamp("01a2d000-0000-7000-8000-000000000007", "ali"),
                                   {},
                                   "",
                                   true,
                                   {true, true, false, true}};
    feedback.writing.author = "ali";
    feedback.writing.uuid = feedback.stamp.uuid;
    feedback.writing.date = test::date("2026-11-05");
    feedback.writing.recipient = "bea";
    model::BriefingRecord briefing{
        stamp("01a2d000-0000-7000-8000-000000000008", "ali"), {}, "", false, {false, true}};
    briefing.writing.author = "ali";
    briefing.writing.uuid = briefing.stamp.uuid;
    briefing.writing.date = test::date("2026-11-05");
    briefing.writing.kind = model::BriefingKind::after;
    briefing.writing.answers = {"", "Good"};
    model::IntroductionRecord introduction{stamp("01a2d000-0000-7000-8000-00000000000a", "ali"),
                                           {},
                                           "",
                                           false,
                                           {true, false, false, false, false, true}};
    introduction.writing.uuid = introduction.stamp.uuid;
    introduction.writing.author = "ali";
    introduction.writing.date = test::date("2026-11-02");
    introduction.writing.placement = "ht26";
    introduction.writing.answers = {"Lead a handover", "", "", "", "", "SUR-1 first"};
    model::AssessmentRecord assessment{stamp("01a2d000-0000-7000-8000-00000000000b", "karin"), {}};
    auto& a = assessment.assessment;
    a.uuid = assessment.stamp.uuid;
    a.student = "ali";
    a.assessor = "karin";
    a.placement = "ht26";
    a.talk = model::Talk::final_talk;
    a.date = test::date("2026-12-10");
    a.judgements = {{"A.1", "P", "Steady", {{"log_entry", log.stamp.uuid, 0}}},
                    {"B.2", "F", "", {}}};
    a.overall_level = "P";
    model::PlanRecord plan{stamp("01a2d000-0000-7000-8000-00000000000c", "karin"), {}};
    auto& p = plan.plan;
    p.uuid = plan.stamp.uuid;
    p.student = "ali";
    p.author = "karin";
    p.placement = "ht26";
    p.date = test::date("2026-11-21");
    p.criteria = {"B.2"};
    p.lacking = "Learning from feedback";
    p.actions = "Ask for feedback after each shift";
    p.due = p.review_date = test::date("2026-11-27");
    p.outcome = model::PlanOutcome::partly_met;
    p.reviewed_on = test::date("2026-11-27");
    p.review_comment = "Better";
    return {
        model::PersonRecord{stamp("01a2d000-0000-7000-8000-000000000001"),
                            {"karin", "Karin Nilsson", q}},
        placement,
        model::PairRecord{stamp("01a2d000-0000-7000-8000-000000000003"),
                          "ht26",
                          {{"ali", "bea"}, {"karin"}, "A reason"},
                          ""},
        model::ActivityRecord{stamp("01a2d000-0000-7000-8000-000000000004"),
                              {"SUR-1", "Pain", "w", "h", "y", {"LO1"}, "Avd 12", {"t"}}},
        log,
        reflection,
        feedback,
        briefing,
        introduction,
        assessment,
        plan,
        model::TombstoneRecord{stamp("01a2d000-0000-7000-8000-000000000009"), "feedback"},
    };
}

std::string export_of(const std::vector<model::Record>& records)
{
    std::string text = exchange::header_line({1, "ali", "2026-11-07T12:00:00Z", "", "", {"ht26"}});
    for (const auto& record : records) {
        text += exchange::record_line(record);
    }
    return text;
}

} // namespace

TEST_SUITE("exchange export file")
{
    TEST_CASE("every kind of record reads back as it was written")
    {
        const auto records = every_kind();
        auto read = exchange::read_export(export_of(records), "x.jsonl");
        CHECK(read.diagnostics.empty());
        REQUIRE(read.header);
        CHECK(read.header->owner == "ali");
        CHECK(read.header->placements == std::vector<std::string>{"ht26"});
        REQUIRE(read.records.size() == records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            CAPTURE(i);
            CHECK(read.records[i].line == static_cast<int>(i) + 2);
            CHECK(read.records[i].record == records[i]);
        }
    }

    TEST_CASE("a record's line is canonical: its keys in a fixed order, kind first, LF at the end")
    {
        const auto records = every_kind();
        const auto line = exchange::record_line(records[3]);
        CHECK(
            line
            == R"({"kind":"activity","uuid":"01a2d000-0000-7000-8000-000000000004","author":null,)"
               R"("created":"2026-11-05T08:30:00Z","updated":"2026-11-06T09:00:00Z",)"
               R"("code":"SUR-1","title":"Pain","what":"w","how":"h","why":"y","unit":"Avd 12",)"
               R"("outcomes":["LO1"],"tags":["t"],"allowed":[]})"
               "\n");
        CHECK(exchange::record_line(records[3]) == line);
        // A withheld text is null; which sections were answered stays.
        const auto withheld = exchange::record_line(records[6]);
        CHECK(withheld.find(R"("answered":["strength","situation","how"],"text":null)")
              != std::string::npos);
    }

    TEST_CASE("an assessment cites evidence of the three kinds only, and a plan's review is "
              "an outcome with its day")
    {
        auto records = every_kind();
        auto line = exchange::record_line(records[9]);
        line.replace(line.find(R"("kind":"log_entry")"), 18, R"("kind":"note")");
        auto plan = exchange::record_line(records[10]);
        plan.replace(plan.find(R"("reviewed_on":"2026-11-27")"), 26, R"("reviewed_on":null)");
        const auto read = exchange::read_export(export_of({}) + line + plan, "x.jsonl");
        REQUIRE(read.diagnostics.size() == 2);
        CHECK(read.diagnostics[0].where->line == 2);
        CHECK(read.diagnostics[0].message.en.find("log_entry, reflection or feedback")
              != std::string::npos);
        CHECK(read.diagnostics[1].where->line == 3);
        CHECK(read.diagnostics[1].message.en.find("a date when there is an outcome")
              != std::string::npos);
    }

    TEST_CASE("each problem of a record is reported at its line and at its key's column")
    {
        const std::string line =
            R"({"kind":"pair","uuid":"nope","author":null,"created":"2026-11-05",)"
            R"("updated":"2026-11-05T08:30:00Z","placement":"ht26","students":"ali",)"
            R"("supervisors":[],"reason":"","archived":null,"allowed":[],"colour":"red"})";
        const auto read = exchange::read_export(export_of({}) + line + "\n", "x.jsonl");
        // Each at its key's column, counted from 1.
        const auto at = [&](std::string_view id, std::string_view key) {
            const auto column = static_cast<int>(line.find(fmt::format("\"{}\":", key))) + 1;
            return std::ranges::any_of(read.diagnostics, [&](const Diagnostic& d) {
                return d.id == id && d.where && d.where->file == "x.jsonl" && d.where->line == 2
                       && d.where->column == column && !d.message.sv.empty();
            });
        };
        CHECK(at("FMT-VALUE", "uuid"));
        CHECK(at("FMT-VALUE", "created"));
        CHECK(at("FMT-TYPE", "students"));
        CHECK(at("FMT-KEY", "colour"));
        CHECK(read.diagnostics.size() == 4);
    }

    TEST_CASE("a placement's assessment form is checked as a form file is, at its key")
    {
        auto line = exchange::record_line(every_kind()[1]);
        CHECK(line.find(R"("assessment_form":{"form":{"id":"test-three-levels")")
              != std::string::npos);
        // Every level at risk: the form's own check, reported at the placement's key.
        std::string::size_type at = 0;
        while ((at = line.find(R"("at_risk":false)", at)) != std::string::npos) {
            line.replace(at, 15, R"("at_risk":true)");
        }
        const auto read = exchange::read_export(export_of({}) + line, "x.jsonl");
        REQUIRE(read.diagnostics.size() == 1);
        const auto& d = read.diagnostics[0];
        CHECK(d.id == "FMT-VALUE");
        CHECK(d.where->line == 2);
        CHECK(d.where->column == static_cast<int>(line.find("\"assessment_form\":")) + 1);
        CHECK(d.message.en.find("levels at risk and levels that are not") != std::string::npos);
        CHECK(d.message.sv.find("bedömningsformulär") != std::string::npos);
    }

    TEST_CASE("a placement written before forms existed has none")
    {
        auto record = every_kind()[1];
        std::get<model::PlacementRecord>(record).placement.assessment_form.reset();
        auto line = exchange::record_line(record);
        const auto key = std::string(R"("assessment_form":null,)");
        REQUIRE(line.find(key) != std::string::npos);
        line.erase(line.find(key), key.size());
        const auto read = exchange::read_export(export_of({}) + line, "x.jsonl");
        CHECK(read.diagnostics.empty());
        REQUIRE(read.records.size() == 1);
        CHECK(read.records[0].record == record);
    }

    TEST_CASE("a line that is not UTF-8 is reported at its first invalid byte")
    {
        const std::string line = "{\"kind\":\"tombstone\",\"note\":\"sm\xE4rta\"}";
        const auto read = exchange::read_export(export_of({}) + line + "\n", "x.jsonl");
        REQUIRE(read.diagnostics.size() == 1);
        const auto& d = read.diagnostics.front();
        CHECK(d.id == "FMT-ENCODING");
        CHECK(d.where->line == 2);
        CHECK(d.where->column == static_cast<int>(line.find('\xE4')) + 1);
    }

    TEST_CASE("a key given twice is reported at its line")
    {
        auto records = every_kind();
        auto line = exchange::record_line(records[4]);
        line.insert(line.size() - 2, R"(,"note":"twice")");
        const auto read = exchange::read_export(export_of({}) + line, "x.jsonl");
        REQUIRE(read.diagnostics.size() == 1);
        CHECK(read.diagnostics.front().id == "FMT-KEY");
        CHECK(read.diagnostics.front().message.en == "`note` is given twice: give each key once");
    }

    TEST_CASE("what is not an export is said to be none, once")
    {
        CHECK(exchange::read_export("", "x").diagnostics.size() == 1);
        const auto toml = exchange::read_export("[placement]\nid = \"x\"\n", "x");
        CHECK_FALSE(toml.header);
        CHECK(toml.diagnostics.size() == 1);
        const auto other = exchange::read_export(R"({"format":"other"})"
                                                 "\n",
                                                 "x");
        CHECK(other.diagnostics.size() == 1);
        CHECK(other.diagnostics.front().message.en.find("not a peer export") != std::string::npos);
    }

    TEST_CASE("texts are read in NFC")
    {
        auto records = every_kind();
        std::get<model::LogRecord>(records[4]).entry.note = "sma\xCC\x88rta"; // a + combining
        const auto read = exchange::read_export(export_of(records), "x");
        CHECK(std::get<model::LogRecord>(read.records[4].record).entry.note == "sm\xC3\xA4rta");
    }
}
