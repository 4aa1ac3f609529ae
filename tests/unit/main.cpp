// The test runner: doctest's, except that a run whose filters match no test case fails.
//
// CTest runs each test case on its own, by name (doctest_discover_tests). A name that CTest
// cannot pass back whole (a ';' splits it into two) would otherwise match nothing and pass.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>
#include <optional>

namespace {

std::optional<unsigned> matched; // test cases the filters let through; unset if none ran

struct CountMatched : doctest::IReporter {
    explicit CountMatched(const doctest::ContextOptions& /*options*/) {}
    void report_query(const doctest::QueryData& /*data*/) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& stats) override
    {
        matched = stats.numTestCasesPassingFilters;
    }
    void test_case_start(const doctest::TestCaseData& /*data*/) override {}
    void test_case_reenter(const doctest::TestCaseData& /*data*/) override {}
    void test_case_end(const doctest::CurrentTestCaseStats& /*stats*/) override {}
    void test_case_exception(const doctest::TestCaseException& /*exception*/) override {}
    void subcase_start(const doctest::SubcaseSignature& /*signature*/) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData& /*data*/) override {}
    void log_message(const doctest::MessageData& /*data*/) override {}
    void test_case_skipped(const doctest::TestCaseData& /*data*/) override {}
};

REGISTER_LISTENER("count_matched", 1, CountMatched);

} // namespace

int main(int argc, char** argv)
{
    doctest::Context context(argc, argv);
    const int status = context.run();
    if (context.shouldExit() || status != 0) {
        return status;
    }
    if (matched && *matched == 0) {
        std::cerr << "peer_tests: no test case matches the filters given (a ';' in a test "
                     "case's name splits it in CTest: use another mark)\n";
        return 1;
    }
    return status;
}
