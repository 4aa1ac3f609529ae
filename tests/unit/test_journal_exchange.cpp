#include <peer/core/error.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/assessments.hpp>
#include <peer/journal/deletion.hpp>
#include <peer/journal/exchange.hpp>
#include <peer/journal/facts.hpp>
#include <peer/journal/placements.hpp>
#include <peer/journal/search.hpp>
#include <peer/journal/writing.hpp>

#include "fixtures.hpp"
#include "journals.hpp"

#include <doctest/doctest.h>

using namespace peer;

namespace {

// Ali's journal with one record of every kind he writes, a second activity and a deletion.
journal::Journal journal_with_every_kind()
{
    auto j = test::alis_journal();
    journal::add_activity(
        j, {"SUR-SBAR-01", "Handover", "What", "How", "Why", {"LO2", "LO1"}, "Avd 12", {"round"}});
    const auto context = journal::log_context(j);
    REQUIRE(context);
    model::LogEntry entry;
    entry.date = test::date("2026-11-05");
    entry.code = "SUR-SBAR-01";
    entry.mode = model::Mode::observe;
    entry.partners = {"bea"};
    entry.patients = 3;
    entry.presence = model::Presence::partial;
    entry.note = "Ward phone 046-17 10 00 on the sheet";
    entry.observer_steps = {model::ObserverStep::before, model::ObserverStep::after};
    const auto number = journal::add_log_entry(j, entry, *context, {"046-17 10 00"});
    entry.note = "Second";
    entry.presence.reset();
    entry.patients.reset();
    const auto second = journal::add_log_entry(j, entry, *context);

    model::Reflection r;
    r.author = "ali";
    r.date = test::date("2026-11-05");
    r.entry = number;
    r.code = "SUR-SBAR-01";
    r.phase = model::Phase::after;
    r.company = model::Company::peer;
    r.answers = {"What happened", "", "", "", "", "Plan"};
    journal::save_reflection(j, r, {});
    model::Reflection draft;
    draft.author = "ali";
    draft.date = test::date("2026-11-06");
    draft.draft = true;
    draft.answers = {"Half", "", "", "", "", ""};
    journal::save_reflection(j, draft, {});

    model::Feedback f;
    f.author = "ali";
    f.recipient = "bea";
    f.date = test::date("2026-11-05");
    f.entry = number;
    f.code = "SUR-SBAR-01";
    f.answers = {"Calm", "Round", "Pace", "Slower"};
    journal::save_feedback(j, f, {});

    for (const auto kind : {model::BriefingKind::before, model::BriefingKind::after}) {
        model::Briefing b;
        b.author = "ali";
        b.kind = kind;
        b.date = test::date("2026-11-05");
        b.answers = kind == model::BriefingKind::before
                        ? std::vector<std::string>{"Ali leads", "", "Falls"}
                        : std::vector<std::string>{"Well", "Good"};
        journal::save_briefing(j, b, {});
    }
    model::Introduction intro;
    intro.author = "ali";
    intro.placement = context->placement;
    intro.date = test::date("2026-11-02");
    intro.answers = {"Lead a handover", "", "By doing", "", "", ""};
    journal::save_introduction(j, intro, {});
    model::Assessment a;
    a.student = "ali";
    a.assessor = "ali";
    a.placement = context->placement;
    a.talk = model::Talk::midway;
    a.date = test::date("2026-11-19");
    a.judgements = {{"com-patient",
                     "met",
                     "Calm",
                     {{"log_entry", journal::uuid_of_record(j, "log_entry", number), number}}},
                    {"care-assess", "partly-met", "", {}}};
    journal::save_assessment(j, a, {});
    model::IndividualPlan plan;
    plan.student = "ali";
    plan.author = "ali";
    plan.placement = context->placement;
    plan.date = plan.due = plan.review_date = test::date("2026-11-21");
    plan.criteria = {"care-assess", "com-team"};
    plan.lacking = "Observations first";
    plan.actions = "Two assessments a day";
    journal::save_plan(j, plan, {});
    REQUIRE(journal::delete_record(j, journal::RecordKind::log_entry, second));
    return j;
}

template <typename R>
std::size_t count_of(const std::vector<model::Record>& records)
{
    return static_cast<std::size_t>(std::ranges::count_if(
        records, [](const model::Record& r) { return std::holds_alternative<R>(r); }));
}

} // namespace

TEST_SUITE("journal exchange")
{
    TEST_CASE("read_records gives every record of the journal, kind after kind")
    {
        auto j = journal_with_every_kind();
        const auto records = journal::read_records(j);
        CHECK(std::ranges::is_sorted(records, {}, [](const auto& r) { return r.index(); }));
        CHECK(count_of<model::PersonRecord>(records) == 7);
        CHECK(count_of<model::PlacementRecord>(records) == 1);
        CHECK(count_of<model::PairRecord>(records) == 2);
        CHECK(count_of<model::ActivityRecord>(records) == 2);
        CHECK(count_of<model::LogRecord>(records) == 1);
        CHECK(count_of<model::ReflectionRecord>(records) == 2);
        CHECK(count_of<model::FeedbackRecord>(records) == 1);
        CHECK(count_of<model::BriefingRecord>(records) == 2);
        CHECK(count_of<model::IntroductionRecord>(records) == 1);
        CHECK(count_of<model::AssessmentRecord>(records) == 1);
        CHECK(count_of<model::PlanRecord>(records) == 1);
        CHECK(count_of<model::TombstoneRecord>(records) == 1);

        const auto& entry = *std::ranges::find_if(
            records, [](const auto& r) { return std::holds_alternative<model::LogRecord>(r); });
        const auto& log = std::get<model::LogRecord>(entry);
        CHECK(log.stamp.author == "ali");
        CHECK(log.stamp.allowed == std::vector<std::string>{"046-17 10 00"});
        CHECK(log.entry.partners == std::vector<std::string>{"bea"});
        CHECK(log.entry.observer_steps.size() == 2);
        CHECK_FALSE(log.pair.empty());
        const auto& feedback =
            std::get<model::FeedbackRecord>(*std::ranges::find_if(records, [](const auto& r) {
                return std::holds_alternative<model::FeedbackRecord>(r);
            }));
        CHECK(feedback.entry == log.stamp.uuid);
        CHECK(feedback.answered == std::vector<bool>{true, true, true, true});
    }

    TEST_CASE("the facts read from a journal are those its records give, with the entries' numbers")
    {
        auto j = journal_with_every_kind();
        auto facts = journal::read_facts(j);
        auto from_records = model::facts_of(journal::read_records(j));
        REQUIRE(facts.entries.size() == 1);
        CHECK(facts.entries.front().entry.number == 1);
        CHECK(facts.entries.front().entry.partners == std::vector<std::string>{"bea"});
        CHECK(facts.entries.front().entry.note.empty());
        facts.entries.front().entry.number = 0; // an export does not carry it
        std::ranges::sort(from_records.activities, {}, &model::ActivityFact::code);
        CHECK(facts.activities == from_records.activities);
        CHECK(facts.entries == from_records.entries);
        CHECK(facts.reflections == from_records.reflections);
        CHECK(facts.feedback == from_records.feedback);
        CHECK(facts.briefings == from_records.briefings);
        REQUIRE(facts.reflections.size() == 2);
        CHECK(facts.reflections.front().answered
              == std::vector<bool>{true, false, false, false, false, true});
        CHECK(facts.briefings.size() == 2);
    }

    TEST_CASE("every record stored in an empty journal reads back the same, uuids and times too")
    {
        auto from = journal_with_every_kind();
        const auto records = journal::read_records(from);
        auto to = journal::Journal::in_memory();
        to.write([&] {
            for (const auto& record : records) {
                journal::store_record(to, record);
            }
        });
        CHECK(journal::read_records(to) == records);
        // The search index follows the stored texts.
        journal::SearchQuery query;
        query.text = "Calm";
        CHECK(journal::search(to, query).size() == 1);
    }

    TEST_CASE("a record stored again replaces the one it is the same as, without a second row")
    {
        auto j = journal_with_every_kind();
        auto records = journal::read_records(j);
        auto& feedback =
            std::get<model::FeedbackRecord>(*std::ranges::find_if(records, [](const auto& r) {
                return std::holds_alternative<model::FeedbackRecord>(r);
            }));
        feedback.writing.answers[3] = "Much slower";
        feedback.stamp.updated = "2099-01-01T00:00:00Z";
        journal::store_record(j, feedback);
        CHECK(test::count(j, "SELECT count(*) FROM feedback") == 1);
        CHECK(test::text(j, "SELECT how FROM feedback") == "Much slower");
        CHECK(test::text(j, "SELECT updated_at FROM feedback") == "2099-01-01T00:00:00Z");
    }

    TEST_CASE("an assessment and a plan read back as they were written, numbers left out")
    {
        auto j = journal_with_every_kind();
        const auto records = journal::read_records(j);
        const auto& a =
            std::get<model::AssessmentRecord>(*std::ranges::find_if(records, [](const auto& r) {
                return std::holds_alternative<model::AssessmentRecord>(r);
            }));
        CHECK(a.stamp.author == "ali");
        CHECK(a.assessment.number == 0);
        REQUIRE(a.assessment.judgements.size() == 2);
        CHECK(a.assessment.judgements[0].evidence.at(0).number == 0);
        const auto& log = std::get<model::LogRecord>(*std::ranges::find_if(
            records, [](const auto& r) { return std::holds_alternative<model::LogRecord>(r); }));
        CHECK(a.assessment.judgements[0].evidence.at(0).uuid == log.stamp.uuid);
        const auto& p = std::get<model::PlanRecord>(*std::ranges::find_if(
            records, [](const auto& r) { return std::holds_alternative<model::PlanRecord>(r); }));
        CHECK(p.plan.criteria == std::vector<std::string>{"care-assess", "com-team"});
        CHECK(p.plan.open());
        // Stored into another journal and read again, both are the same records.
        auto other = journal_with_every_kind();
        for (const auto& record : records) {
            if (std::holds_alternative<model::AssessmentRecord>(record)
                || std::holds_alternative<model::PlanRecord>(record)) {
                journal::store_record(other, record);
            }
        }
        const auto again = journal::read_records(other);
        CHECK(std::ranges::count(again, model::Record{a}) == 1);
        CHECK(std::ranges::count(again, model::Record{p}) == 1);
    }

    TEST_CASE("an assessment of the same student, assessor, placement and talk replaces the one "
              "there, and a tombstone takes its judgements with it")
    {
        auto j = journal_with_every_kind();
        auto records = journal::read_records(j);
        auto a =
            std::get<model::AssessmentRecord>(*std::ranges::find_if(records, [](const auto& r) {
                return std::holds_alternative<model::AssessmentRecord>(r);
            }));
        a.stamp.uuid = "01a2d000-0000-7000-8000-0000000000ab";
        a.assessment.judgements.pop_back();
        journal::store_record(j, a);
        CHECK(test::count(j, "SELECT count(*) FROM assessment") == 1);
        CHECK(test::count(j, "SELECT count(*) FROM assessment_judgement") == 1);
        CHECK(test::text(j, "SELECT uuid FROM assessment") == a.stamp.uuid);
        journal::store_record(
            j, model::TombstoneRecord{
                   {a.stamp.uuid, "", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", {}},
                   "assessment"});
        CHECK(test::count(j, "SELECT count(*) FROM assessment") == 0);
        CHECK(test::count(j, "SELECT count(*) FROM assessment_judgement") == 0);
        CHECK(test::count(j, "SELECT count(*) FROM assessment_evidence") == 0);
    }

    TEST_CASE("an introduction of the same author and placement replaces the one there, "
              "whatever its uuid")
    {
        auto j = journal_with_every_kind();
        auto records = journal::read_records(j);
        auto intro =
            std::get<model::IntroductionRecord>(*std::ranges::find_if(records, [](const auto& r) {
                return std::holds_alternative<model::IntroductionRecord>(r);
            }));
        intro.stamp.uuid = "01a2d000-0000-7000-8000-0000000000aa"; // written in a new journal
        intro.writing.answers[0] = "Lead two handovers";
        journal::store_record(j, intro);
        CHECK(test::count(j, "SELECT count(*) FROM introduction") == 1);
        CHECK(test::text(j, "SELECT uuid || ':' || goals FROM introduction")
              == "01a2d000-0000-7000-8000-0000000000aa:Lead two handovers");
        journal::SearchQuery query;
        query.text = "handovers";
        CHECK(journal::search(j, query).size() == 1);
    }

    TEST_CASE("a tombstone deletes its record and keeps what was about it")
    {
        auto j = journal_with_every_kind();
        const auto records = journal::read_records(j);
        const auto& log = std::get<model::LogRecord>(*std::ranges::find_if(
            records, [](const auto& r) { return std::holds_alternative<model::LogRecord>(r); }));
        journal::store_record(
            j, model::TombstoneRecord{
                   {log.stamp.uuid, "", "2026-11-07T10:00:00Z", "2026-11-07T10:00:00Z", {}},
                   "log_entry"});
        CHECK(test::count(j, "SELECT count(*) FROM log_entry") == 0);
        CHECK(test::count(j, "SELECT count(*) FROM feedback WHERE log_entry_id IS NULL") == 1);
        CHECK(test::count(j, "SELECT count(*) FROM allowed_identifier WHERE record_kind = 'note'")
              == 0);
        CHECK(test::count(j, "SELECT count(*) FROM tombstone") == 2);
    }

    TEST_CASE("a text the guard refuses is not stored unless the record allows it")
    {
        auto j = journal_with_every_kind();
        auto records = journal::read_records(j);
        auto log = std::get<model::LogRecord>(*std::ranges::find_if(
            records, [](const auto& r) { return std::holds_alternative<model::LogRecord>(r); }));
        log.entry.note = "Call 070-123 45 67";
        CHECK_THROWS_AS(journal::store_record(j, log), Error);
        log.stamp.allowed = {"070-123 45 67"};
        journal::store_record(j, log);
        CHECK(test::text(j, "SELECT note FROM log_entry") == "Call 070-123 45 67");
        log.entry.note = "Ward phone 046-17 10 00 on the sheet";
        log.stamp.allowed.clear();
        CHECK_THROWS_AS(journal::store_record(j, log), Error);
        CHECK(test::text(j, "SELECT note FROM log_entry") == "Call 070-123 45 67");
    }
}
