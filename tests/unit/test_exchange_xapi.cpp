#include <peer/core/uuid.hpp>
#include <peer/exchange/xapi.hpp>

#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

using namespace peer;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* k_entry = "01a2d000-0000-7000-8000-000000000005";
constexpr const char* k_reflection = "01a2d000-0000-7000-8000-000000000006";
constexpr const char* k_feedback = "01a2d000-0000-7000-8000-000000000007";
const std::string k_ext = std::string(exchange::k_xapi_iri) + "extensions/";

model::Stamp stamp(const char* uuid, const char* author = "")
{
    return {uuid, author, "2026-11-05T08:30:00Z", "2026-11-06T09:00:00Z", {}};
}

model::PairRecord pair()
{
    return {stamp("01a2d000-0000-7000-8000-000000000003"),
            "ht26",
            {{"ali", "bea"}, {"karin"}, "A reason"},
            ""};
}

model::ActivityRecord activity()
{
    return {stamp("01a2d000-0000-7000-8000-000000000004"),
            {"SUR-1", "Pain assessment", "Assess pain with NRS", "h", "y", {"LO1"}, "", {}}};
}

model::LogRecord log_entry(model::Mode mode = model::Mode::perform)
{
    model::LogRecord log{stamp(k_entry, "ali"), {}, pair().stamp.uuid};
    log.entry = {0,
                 test::date("2026-11-05"),
                 "SUR-1",
                 mode,
                 {"bea"},
                 3,
                 model::Presence::partial,
                 "Bea watched",
                 {model::ObserverStep::during}};
    return log;
}

model::ReflectionRecord reflection(bool withheld)
{
    model::ReflectionRecord r{stamp(k_reflection, "ali"),
                              {},
                              k_entry,
                              withheld,
                              {true, true, false, false, false, false}};
    r.writing.date = test::date("2026-11-06");
    r.writing.code = "SUR-1";
    r.writing.phase = model::Phase::after;
    if (!withheld) {
        r.writing.answers = {"A handover", "Nervous", "", "", "", ""};
    }
    return r;
}

model::FeedbackRecord feedback()
{
    model::FeedbackRecord f{stamp(k_feedback, "ali"), {}, k_entry, false, {true, true, true, true}};
    f.writing.date = test::date("2026-11-05");
    f.writing.code = "SUR-1";
    f.writing.recipient = "bea";
    f.writing.answers = {"Calm", "Morning", "Vitals last", "Chart first"};
    return f;
}

exchange::XapiOptions options()
{
    exchange::XapiOptions o;
    o.home = "https://lrs.example.org/";
    o.owner = "ali";
    return o;
}

Json statements_of(const std::vector<model::Record>& records,
                   const exchange::XapiOptions& o = options())
{
    return exchange::xapi_statements(records, o);
}

// The one statement, by value: a reference into a temporary array would dangle.
Json only(const Json& statements)
{
    REQUIRE(statements.size() == 1);
    return statements.front();
}

} // namespace

TEST_SUITE("exchange::xapi")
{
    TEST_CASE("a log entry is a statement of its activity with mode, patients and presence")
    {
        const auto statements = statements_of({pair(), activity(), log_entry()});
        const auto& s = only(statements);
        CHECK(s["id"] == exchange::statement_id(k_entry));
        CHECK(s["actor"]
              == Json::parse(R"({"objectType":"Agent","account":)"
                             R"({"homePage":"https://lrs.example.org/","name":"ali"}})"));
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
        CHECK(s["verb"]["display"]["sv-SE"] == "genomförde");
        CHECK(s["object"]["id"] == std::string(exchange::k_xapi_iri) + "activities/SUR-1");
        CHECK(s["object"]["definition"]["name"]["en-US"] == "Pain assessment");
        CHECK(s["object"]["definition"]["description"]["en-US"] == "Assess pain with NRS");
        CHECK(s["result"] == Json::parse(R"({"completion":true,"response":"Bea watched"})"));
        const auto& extensions = s["context"]["extensions"];
        CHECK(extensions[k_ext + "mode"] == "perform");
        CHECK(extensions[k_ext + "patients"] == 3);
        CHECK(extensions[k_ext + "supervisor-presence"] == "partial");
        CHECK(extensions[k_ext + "observer-steps"] == Json::parse(R"(["during"])"));
        CHECK(extensions[k_ext + "partners"] == Json::parse(R"(["bea"])"));
        CHECK(extensions[k_ext + "placement"] == "ht26");
        CHECK(s["context"]["language"] == "en-US");
        CHECK(s["timestamp"] == "2026-11-05T12:00:00Z");
        CHECK_FALSE(s.contains("stored"));
        CHECK_FALSE(s.contains("authority"));
    }

    TEST_CASE("an observed activity is experienced, and claims no completion")
    {
        const auto statements = statements_of({activity(), log_entry(model::Mode::observe)});
        const auto& s = only(statements);
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/experienced");
        CHECK_FALSE(s["result"].contains("completion"));
        CHECK_FALSE(s["context"]["extensions"].contains(k_ext + "placement")); // no pair record
    }

    TEST_CASE("an activity the records do not describe is named by its code")
    {
        auto entry = log_entry();
        entry.entry.code = "NEW ÅTGÄRD";
        const auto& s = only(statements_of({entry}));
        CHECK(s["object"]["id"]
              == std::string(exchange::k_xapi_iri) + "activities/NEW%20%C3%85TG%C3%84RD");
        CHECK(s["object"]["definition"]["name"]["en-US"] == "NEW ÅTGÄRD");
    }

    TEST_CASE("a reflection's text is its response only when the record carries it")
    {
        SUBCASE("carried")
        {
            const auto statements = statements_of({activity(), reflection(false)});
            const auto& s = only(statements);
            CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/commented");
            CHECK(s["result"]["response"]
                  == "## Description\n\nA handover\n\n## Feelings\n\nNervous\n");
            CHECK(s["result"]["completion"] == false);
            CHECK(s["context"]["statement"]["id"] == exchange::statement_id(k_entry));
            CHECK(s["context"]["statement"]["objectType"] == "StatementRef");
            CHECK(s["context"]["contextActivities"]["category"][0]["id"]
                  == std::string(exchange::k_xapi_iri) + "forms/reflection");
            CHECK(s["context"]["extensions"][k_ext + "answered"]
                  == Json::parse(R"(["description","feelings"])"));
            CHECK(s["context"]["extensions"][k_ext + "phase"] == "after");
            CHECK(s["context"]["extensions"][k_ext + "written-with"] == "self");
        }
        SUBCASE("withheld")
        {
            const auto& s = only(statements_of({activity(), reflection(true)}));
            CHECK_FALSE(s["result"].contains("response"));
            CHECK(s["context"]["extensions"][k_ext + "answered"]
                  == Json::parse(R"(["description","feelings"])"));
        }
        SUBCASE("in Swedish")
        {
            auto o = options();
            o.lang = Lang::sv;
            const auto& s = only(statements_of({activity(), reflection(false)}, o));
            CHECK(s["result"]["response"]
                  == "## Beskrivning\n\nA handover\n\n## Känslor\n\nNervous\n");
            CHECK(s["object"]["definition"]["name"]
                  == Json::parse(R"({"sv-SE":"Pain assessment"})"));
            CHECK(s["context"]["language"] == "sv-SE");
        }
    }

    TEST_CASE("feedback names its recipient by account and its placement through the entry")
    {
        const auto statements = statements_of({pair(), activity(), log_entry(), feedback()});
        REQUIRE(statements.size() == 2);
        const auto& s = statements[1];
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/commented");
        CHECK(s["context"]["extensions"][k_ext + "recipient"]["account"]["name"] == "bea");
        CHECK(s["context"]["extensions"][k_ext + "placement"] == "ht26");
        CHECK(s["result"]["completion"] == true);
    }

    TEST_CASE("a tombstone voids the statement of the record it deleted")
    {
        const model::TombstoneRecord tombstone{stamp(k_feedback), "feedback"};
        const auto& s = only(statements_of({tombstone}));
        CHECK(s["id"] == exchange::voiding_statement_id(k_feedback));
        CHECK(s["id"] != exchange::statement_id(k_feedback));
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided");
        CHECK(s["object"]
              == Json{{"objectType", "StatementRef"}, {"id", exchange::statement_id(k_feedback)}});
        CHECK(s["actor"]["account"]["name"] == "ali");
        CHECK(s["timestamp"] == "2026-11-05T08:30:00Z");
        SUBCASE("without an owner, or of a kind that has no statement, there is none")
        {
            auto o = options();
            o.owner.clear();
            CHECK(statements_of({tombstone}, o).empty());
            CHECK(statements_of({model::TombstoneRecord{stamp(k_feedback), "briefing"}}).empty());
        }
    }

    TEST_CASE("drafts, briefings and what statements are about give none")
    {
        auto draft = reflection(false);
        draft.writing.draft = true;
        const model::BriefingRecord briefing{
            stamp("01a2d000-0000-7000-8000-000000000008", "ali"), {}, k_entry, false, {true}};
        CHECK(statements_of({pair(), activity(), draft, briefing}).empty());
    }

    TEST_CASE("statement ids are version-5 UUIDs, the same for the same record")
    {
        const std::regex v5("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        const std::set<std::string> ids{exchange::statement_id(k_entry),
                                        exchange::statement_id(k_reflection),
                                        exchange::voiding_statement_id(k_entry)};
        CHECK(ids.size() == 3);
        for (const auto& id : ids) {
            CHECK_MESSAGE(std::regex_match(id, v5), id);
        }
        CHECK(exchange::statement_id(k_entry) == exchange::statement_id(k_entry));
        // The record's uuid in either case: the same id.
        CHECK(exchange::statement_id("01A2D000-0000-7000-8000-000000000005")
              == exchange::statement_id(k_entry));
        // uuid5(the project's namespace, the record's uuid), as docs/xapi.md tells an LRS.
        CHECK(exchange::statement_id(k_entry)
              == uuid5(*parse_uuid(exchange::k_xapi_namespace), k_entry));
        CHECK(exchange::k_xapi_namespace
              == uuid5(*parse_uuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
                       "https://peer.invalid/xapi/statements"));
    }

    TEST_CASE("the array and the lines hold the same statements")
    {
        const auto statements = statements_of({pair(), activity(), log_entry(), feedback()});
        const auto array = exchange::xapi_array_text(statements);
        CHECK(array.back() == '\n');
        CHECK(Json::parse(array) == statements);
        std::istringstream lines(exchange::xapi_lines_text(statements));
        std::size_t count = 0;
        for (std::string line; std::getline(lines, line); ++count) {
            CHECK(Json::parse(line) == statements[count]);
        }
        CHECK(count == 2);
        CHECK(exchange::xapi_lines_text(Json::array()).empty());
        CHECK(exchange::xapi_array_text(Json::array()) == "[]\n");
    }

    TEST_CASE("an account home is an absolute http or https IRI")
    {
        for (const auto* good : {"https://peer.invalid/", "http://lrs.example.org",
                                 "HTTPS://lrs.example.org:8443/x?y#z", "https://[2001:db8::1]/",
                                 "https://lärosäte.se/konton/", "https://x.se/a%20b"}) {
            CHECK_MESSAGE(exchange::is_account_home(good), good);
        }
        for (const auto* bad :
             {"", "lrs.example.org", "ftp://lrs.example.org/", "mailto:ali@example.org",
              "https://ali@example.org/", "https:///path", "https://exa mple.org/",
              "https://example.org/<x>", "https://example.org/%zz", "https://example.org:port/",
              "https://-example.org/", "//example.org/"}) {
            CHECK_MESSAGE(!exchange::is_account_home(bad), bad);
        }
    }
}
