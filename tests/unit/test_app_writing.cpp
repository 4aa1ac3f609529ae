#include "diagnostics.hpp"
#include "journals.hpp"

#include <peer/app/lookup.hpp>
#include <peer/app/writing.hpp>
#include <peer/forms/form.hpp>
#include <peer/journal/activities.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;

namespace {

std::int64_t rows(journal::Journal& journal, const std::string& table)
{
    return test::count(journal, "SELECT count(*) FROM " + table);
}

// The text as the command line gives it: the answers, and the same as Markdown.
app::Composition written(const forms::Form& form, forms::Answers answers,
                         std::vector<std::string> allowed = {})
{
    answers.resize(form.sections.size());
    auto markdown = forms::render_markdown(form, answers, Lang::en);
    return {std::move(answers), std::move(markdown), "", std::move(allowed)};
}

constexpr Date k_today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{5}};

app::ReflectionRequest new_reflection()
{
    app::ReflectionRequest request;
    request.link.code = "SUR-WOUND-01";
    request.today = k_today;
    return request;
}

const forms::Answers k_six{"What happened", "Nervous", "Went well", "Why", "Learnt", "Next time"};

} // namespace

TEST_SUITE("app::writing")
{
    TEST_CASE("save_reflection saves a reflection about the activity, dated today")
    {
        auto journal = test::alis_journal();
        const auto saved = app::save_reflection(journal, new_reflection(),
                                                written(forms::reflection_form(), k_six), false,
                                                rules::default_rule_set());
        REQUIRE(saved);
        CHECK(saved->record.number == 1);
        CHECK(saved->record.author == "ali");
        CHECK(saved->record.code == "SUR-WOUND-01");
        CHECK(saved->record.date == k_today);
        CHECK(saved->warnings.empty());
        CHECK(rows(journal, "reflection") == 1);
    }

    TEST_CASE("an unfinished reflection saved as a draft is kept, and only a draft goes on")
    {
        auto journal = test::alis_journal();
        const auto draft = app::save_reflection(
            journal, new_reflection(), written(forms::reflection_form(), {"Only the start"}), true,
            rules::default_rule_set());
        REQUIRE(draft);
        CHECK(draft->record.draft);

        auto go_on = new_reflection();
        go_on.number = draft->record.number;
        const auto prepared = app::prepare_reflection(journal, go_on);
        REQUIRE(prepared);
        CHECK(prepared->record.answers.at(0) == "Only the start");

        const auto finished =
            app::save_reflection(journal, go_on, written(forms::reflection_form(), k_six), false,
                                 rules::default_rule_set());
        REQUIRE(finished);
        CHECK(finished->record.number == draft->record.number);
        CHECK_FALSE(finished->record.draft);
        CHECK(rows(journal, "reflection") == 1);

        const auto again = app::prepare_reflection(journal, go_on);
        REQUIRE_FALSE(again);
        CHECK(again.problem().diagnostics.back().message.en.starts_with(
            "reflection 1 is not a draft"));
        go_on.edit = true;
        CHECK(app::prepare_reflection(journal, go_on));
    }

    TEST_CASE("a saved reflection with stages left empty warns, naming its number")
    {
        auto journal = test::alis_journal();
        const auto saved = app::save_reflection(
            journal, new_reflection(), written(forms::reflection_form(), {"What happened"}), false,
            rules::default_rule_set());
        REQUIRE(saved);
        REQUIRE_FALSE(saved->warnings.empty());
        CHECK(saved->warnings.front().severity == Severity::warning);
        CHECK(saved->warnings.front().message.en.starts_with("reflection 1: "));
        CHECK(saved->warnings.front().message.sv.starts_with("reflektion 1: "));
    }

    TEST_CASE("what the journal cannot take is a problem, and nothing is written")
    {
        auto journal = test::alis_journal();
        auto request = new_reflection();
        SUBCASE("an activity the catalogue does not have")
        {
            request.link.code = "NOPE";
            const auto saved =
                app::save_reflection(journal, request, written(forms::reflection_form(), k_six),
                                     false, rules::default_rule_set());
            REQUIRE_FALSE(saved);
            CHECK(saved.problem().diagnostics.back().message.en.starts_with(
                "there is no activity 'NOPE'"));
        }
        SUBCASE("a log entry that is not there")
        {
            request.link.entry = 7;
            const auto saved =
                app::save_reflection(journal, request, written(forms::reflection_form(), k_six),
                                     false, rules::default_rule_set());
            REQUIRE_FALSE(saved);
            CHECK(saved.problem().diagnostics.back().message.en.starts_with(
                "there is no log entry 7"));
        }
        SUBCASE("nothing written")
        {
            const auto saved =
                app::save_reflection(journal, request, written(forms::reflection_form(), {}), false,
                                     rules::default_rule_set());
            REQUIRE_FALSE(saved);
            CHECK(saved.problem().diagnostics.back().message.en
                  == "nothing was written; nothing was saved");
        }
        SUBCASE("a patient's identity number in the text, placed in the text")
        {
            auto text = written(forms::reflection_form(), {"Patient 19121212-1212 was calm"});
            text.source = "draft.md";
            const auto saved =
                app::save_reflection(journal, request, text, false, rules::default_rule_set());
            REQUIRE_FALSE(saved);
            CHECK(saved.problem().code == ExitCode::invalid_data);
            const auto& found = saved.problem().diagnostics;
            const auto hit = std::ranges::find(found, "PRIVACY-PIN", &Diagnostic::id);
            REQUIRE(hit != found.end());
            REQUIRE(hit->where);
            CHECK(hit->where->file == "draft.md");
            CHECK(hit->where->line > 1);
            CHECK(saved.problem().diagnostics.back().message.en == "nothing was saved");
        }
        CHECK(rows(journal, "reflection") == 0);
    }

    TEST_CASE("answers typed decomposed are saved composed, answers that are not UTF-8 are refused")
    {
        auto journal = test::alis_journal();
        auto answers = k_six;
        answers[0] = "Bjo\xCC\x88rn held the dressing"; // o + U+0308, as macOS types it
        const auto saved = app::save_reflection(journal, new_reflection(),
                                                written(forms::reflection_form(), answers), false,
                                                rules::default_rule_set());
        REQUIRE(saved);
        CHECK(saved->record.answers[0] == "Björn held the dressing");
        CHECK(test::text(journal, "SELECT description FROM reflection")
              == "Björn held the dressing");

        answers[0] = "Half a character \xC3";
        const auto refused = app::save_reflection(journal, new_reflection(),
                                                  written(forms::reflection_form(), answers), false,
                                                  rules::default_rule_set());
        REQUIRE_FALSE(refused);
        CHECK(refused.problem().diagnostics.front().id == "FMT-ENCODING");
        CHECK(rows(journal, "reflection") == 1);
    }

    TEST_CASE("a text the writer allowed is saved, the allowed text recorded")
    {
        auto journal = test::alis_journal();
        const auto saved = app::save_reflection(
            journal, new_reflection(),
            written(forms::reflection_form(), {"Room 19121212-1212", "b", "c", "d", "e", "f"},
                    {"19121212-1212"}),
            false, rules::default_rule_set());
        REQUIRE(saved);
        CHECK(rows(journal, "allowed_identifier") == 1);
    }

    TEST_CASE("a journal without an owner cannot write")
    {
        auto journal = journal::Journal::in_memory();
        const auto prepared = app::prepare_reflection(journal, new_reflection());
        REQUIRE_FALSE(prepared);
        CHECK(prepared.problem().diagnostics.back().message == app::missing_owner());
    }

    TEST_CASE("save_feedback goes to the partner, with all four parts or not at all")
    {
        auto journal = test::alis_journal();
        const app::FeedbackRequest request{"", {}, k_today, {}};
        const auto prepared = app::prepare_feedback(journal, request);
        REQUIRE(prepared);
        CHECK(prepared->record.recipient == "bea");

        const auto missing = app::save_feedback(
            journal, request, written(forms::feedback_form(), {"Calm", "Round", "", ""}),
            rules::default_rule_set());
        REQUIRE_FALSE(missing);
        CHECK(test::mentions(missing.problem().diagnostics, "FB-CONSTRUCTIVE"));
        CHECK(rows(journal, "feedback") == 0);

        const auto saved = app::save_feedback(
            journal, request, written(forms::feedback_form(), {"Calm", "Round", "Pace", "Pause"}),
            rules::default_rule_set());
        REQUIRE(saved);
        CHECK(saved->record.recipient == "bea");
        CHECK(rows(journal, "feedback") == 1);
    }

    TEST_CASE("feedback to someone who is not a partner is refused")
    {
        auto journal = test::alis_journal();
        const auto prepared = app::prepare_feedback(journal, {"cem", {}, k_today, {}});
        REQUIRE_FALSE(prepared);
        CHECK(prepared.problem().code == ExitCode::invalid_data);
        CHECK(prepared.problem().diagnostics.back().message.en.starts_with(
            "cem is not your partner"));
    }

    TEST_CASE(
        "save_briefing saves a briefing about the activity and refuses an empty one is refused")
    {
        auto journal = test::alis_journal();
        app::BriefingRequest request{model::BriefingKind::before, {}, k_today, {}};
        request.link.code = "SUR-WOUND-01";
        const auto& form = app::briefing_form(request.kind);
        CHECK_FALSE(app::save_briefing(journal, request, written(form, {})));
        const auto saved = app::save_briefing(journal, request, written(form, {"Ali performs"}));
        REQUIRE(saved);
        CHECK(saved->record.kind == model::BriefingKind::before);
        CHECK(saved->record.code == "SUR-WOUND-01");
        CHECK(rows(journal, "briefing") == 1);
    }

    TEST_CASE("list_feedback shows what the owner gave, or received")
    {
        auto journal = test::alis_journal();
        REQUIRE(app::save_feedback(journal, {"", {}, k_today, {}},
                                   written(forms::feedback_form(), {"a", "b", "c", "d"}),
                                   rules::default_rule_set()));
        const auto given = app::list_feedback(journal, app::FeedbackShown::given);
        REQUIRE(given);
        CHECK(given->size() == 1);
        const auto received = app::list_feedback(journal, app::FeedbackShown::received);
        REQUIRE(received);
        CHECK(received->empty());
    }

    TEST_CASE("feedback the owner gave is changed in place, to the same person, and found anew")
    {
        auto journal = test::alis_journal();
        const auto given =
            app::save_feedback(journal, {"", {}, k_today, {}},
                               written(forms::feedback_form(), {"Calm", "Round", "Pace", "Pause"}),
                               rules::default_rule_set());
        REQUIRE(given);
        const app::FeedbackRequest edit{"", {}, k_today, given->record.number};
        const auto changed = app::save_feedback(
            journal, edit, written(forms::feedback_form(), {"Steady", "Round", "Pace", "Pause"}),
            rules::default_rule_set());
        REQUIRE(changed);
        CHECK(changed->record.number == given->record.number);
        CHECK(changed->record.uuid == given->record.uuid);
        CHECK(changed->record.recipient == "bea");
        CHECK(rows(journal, "feedback") == 1);
        CHECK(test::count(journal, "SELECT count(*) FROM feedback WHERE strength = 'Steady' "
                                   "AND updated_at IS NOT NULL")
              == 1);
        CHECK(test::count(journal, "SELECT count(*) FROM writing_search WHERE writing_search "
                                   "MATCH 'steady'")
              == 1);
        CHECK(test::count(journal, "SELECT count(*) FROM writing_search WHERE writing_search "
                                   "MATCH 'calm'")
              == 0);

        const auto incomplete = app::save_feedback(
            journal, edit, written(forms::feedback_form(), {"Steady", "", "", ""}),
            rules::default_rule_set());
        REQUIRE_FALSE(incomplete);
        CHECK(test::mentions(incomplete.problem().diagnostics, "FB-CONSTRUCTIVE"));
        CHECK(test::count(journal, "SELECT count(*) FROM feedback WHERE situation = 'Round'") == 1);
    }

    TEST_CASE("feedback received is not the owner's to change")
    {
        auto journal = test::alis_journal();
        model::Feedback received;
        received.author = "bea";
        received.recipient = "ali";
        received.date = k_today;
        received.answers = {"a", "b", "c", "d"};
        journal::save_feedback(journal, received, {});
        const auto changed = app::save_feedback(
            journal, {"", {}, k_today, received.number},
            written(forms::feedback_form(), {"w", "x", "y", "z"}), rules::default_rule_set());
        REQUIRE_FALSE(changed);
        CHECK(changed.problem().diagnostics.at(0).message.en
              == "feedback 1 was given to you by bea: only its author can change it");
        CHECK(test::count(journal, "SELECT count(*) FROM feedback WHERE strength = 'a'") == 1);
    }

    TEST_CASE("a briefing is changed in place, keeping its kind, and can move to a log entry")
    {
        auto journal = test::alis_journal();
        app::BriefingRequest request{model::BriefingKind::after, {}, k_today, {}};
        request.link.code = "SUR-WOUND-01";
        const auto& form = app::briefing_form(request.kind);
        const auto saved = app::save_briefing(journal, request, written(form, {"Went well"}));
        REQUIRE(saved);
        app::BriefingRequest edit{model::BriefingKind::before, {}, k_today, saved->record.number};
        edit.link.date = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{4}};
        const auto changed = app::save_briefing(journal, edit, written(form, {"Went fine", "Ok"}));
        REQUIRE(changed);
        CHECK(changed->record.kind == model::BriefingKind::after);
        CHECK(changed->record.code == "SUR-WOUND-01");
        CHECK(rows(journal, "briefing") == 1);
        CHECK(test::count(journal, "SELECT count(*) FROM briefing WHERE how_it_went = 'Went fine' "
                                   "AND feedback = 'Ok' AND date = '2026-11-04'")
              == 1);
        CHECK(test::count(journal, "SELECT count(*) FROM writing_search WHERE writing_search "
                                   "MATCH 'fine' AND date = '2026-11-04'")
              == 1);
    }

    TEST_CASE("changing a briefing that is not there is a problem")
    {
        auto journal = test::alis_journal();
        const auto changed =
            app::save_briefing(journal, {model::BriefingKind::before, {}, k_today, 9},
                               written(forms::briefing_before_form(), {"x"}));
        REQUIRE_FALSE(changed);
        CHECK(changed.problem().diagnostics.at(0).message.en
              == "there is no briefing 9; see `peer brief list`");
    }
}
