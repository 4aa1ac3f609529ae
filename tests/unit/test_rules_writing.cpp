#include "fixtures.hpp"

#include <peer/rules/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

using namespace peer;
using model::Mode;
using rules::Verdict;
using test::finding_of;

namespace {

rules::LogFacts entry(Mode mode, const std::string& partner = "bea", int term = 4)
{
    std::vector<std::string> partners;
    if (!partner.empty()) {
        partners.push_back(partner);
    }
    return {"entry 1", mode, "ali", partners, {"ali", "bea"}, term};
}

rules::LogFacts of_three(Mode mode, std::vector<std::string> partners)
{
    return {"entry 1", mode, "ali", std::move(partners), {"ali", "bea", "cem"}, 4};
}

Verdict log_verdict(const rules::LogFacts& facts, std::string_view rule)
{
    return finding_of(rules::check_log_entry(facts, rules::default_rule_set()), rule).verdict;
}

} // namespace

TEST_SUITE("rules::writing")
{
    TEST_CASE("LOG-ROLES")
    {
        CHECK(log_verdict(entry(Mode::perform), "LOG-ROLES") == Verdict::passed);
        CHECK(log_verdict(entry(Mode::observe), "LOG-ROLES") == Verdict::passed);
        CHECK(log_verdict(entry(Mode::perform, "ali"), "LOG-ROLES") == Verdict::error);
        CHECK(log_verdict(entry(Mode::observe, "cem"), "LOG-ROLES") == Verdict::error);
        CHECK(log_verdict(entry(Mode::perform, ""), "LOG-ROLES") == Verdict::error);
        CHECK(log_verdict(entry(Mode::retell, ""), "LOG-ROLES") == Verdict::passed);
    }

    TEST_CASE("LOG-ROLES in a pair of three: each partner of the pair, none twice")
    {
        CHECK(log_verdict(of_three(Mode::together, {"bea", "cem"}), "LOG-ROLES")
              == Verdict::passed);
        CHECK(log_verdict(of_three(Mode::observe, {"cem"}), "LOG-ROLES") == Verdict::passed);
        CHECK(log_verdict(of_three(Mode::together, {"bea", "dana"}), "LOG-ROLES")
              == Verdict::error);
        CHECK(log_verdict(of_three(Mode::together, {"bea", "ali"}), "LOG-ROLES") == Verdict::error);
        const auto twice =
            finding_of(rules::check_log_entry(of_three(Mode::together, {"bea", "bea"}),
                                              rules::default_rule_set()),
                       "LOG-ROLES");
        CHECK(twice.verdict == Verdict::error);
        CHECK(twice.message.en == "bea is named twice as partner");
    }

    TEST_CASE("LOG-DELEGATION")
    {
        CHECK(log_verdict(entry(Mode::delegate, "bea", 6), "LOG-DELEGATION") == Verdict::passed);
        CHECK(log_verdict(entry(Mode::delegate, "bea", 5), "LOG-DELEGATION") == Verdict::error);
        CHECK(log_verdict(entry(Mode::together, "bea", 1), "LOG-DELEGATION") == Verdict::passed);
    }

    TEST_CASE("FB-CONSTRUCTIVE")
    {
        rules::FeedbackFacts feedback{"feedback 1", "calm, clear explanation",
                                      "the wound dressing in room 4", "hand hygiene",
                                      "disinfect before touching the trolley"};
        const auto& rule_set = rules::default_rule_set();
        CHECK(rules::check_feedback(feedback, rule_set).verdict == Verdict::passed);
        feedback.how = "  ";
        const auto f = rules::check_feedback(feedback, rule_set);
        CHECK(f.verdict == Verdict::error);
        CHECK(f.message.en.find("how to improve it") != std::string::npos);
        CHECK(f.message.sv.find("hur det kan förbättras") != std::string::npos);
    }

    TEST_CASE("REF-GIBBS")
    {
        rules::ReflectionFacts reflection{"reflection 1",
                                          false,
                                          {"what happened", "nervous", "went well", "learned",
                                           "could have asked", "ask earlier"}};
        const auto& rule_set = rules::default_rule_set();
        CHECK(rules::check_reflection(reflection, rule_set).verdict == Verdict::passed);
        reflection.stages[5].clear();
        const auto saved = rules::check_reflection(reflection, rule_set);
        CHECK(saved.verdict == Verdict::warning);
        CHECK(saved.message.en.find("action_plan") != std::string::npos);
        reflection.draft = true;
        CHECK(rules::check_reflection(reflection, rule_set).verdict == Verdict::passed);
    }

    TEST_CASE("feedback_recipient: the partner, by default or by name, and no one else")
    {
        const rules::RecipientFacts ali{false, {"bea"}};
        CHECK(*rules::feedback_recipient(ali, "") == "bea");
        CHECK(*rules::feedback_recipient(ali, "bea") == "bea");
        const auto cem = rules::feedback_recipient(ali, "cem");
        REQUIRE_FALSE(cem);
        CHECK(cem.problem().code == ExitCode::invalid_data);
        CHECK(cem.problem().diagnostics.front().message.en
              == "cem is not your partner; your partner is bea");
        const rules::RecipientFacts karin{true, {"ali", "bea"}};
        CHECK(*rules::feedback_recipient(karin, "ali") == "ali");
        const auto nobody = rules::feedback_recipient(karin, "");
        REQUIRE_FALSE(nobody);
        CHECK(nobody.problem().code == ExitCode::usage);
        CHECK(nobody.problem().diagnostics.front().message.en
              == "say whom the feedback is for: ali, bea");
        CHECK_FALSE(rules::feedback_recipient({false, {}}, ""));
    }
}
