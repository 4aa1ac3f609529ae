#include <peer/app/lookup.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/people.hpp>
#include <peer/journal/placements.hpp>

#include <peer/core/suggest.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

// The value found, or the problem `missing` makes.
template <typename T, typename Missing>
Result<T> found_or(std::optional<T> found, Missing missing)
{
    if (found) {
        return std::move(*found);
    }
    return problem(ExitCode::invalid_data, missing());
}

} // namespace

Text missing_owner()
{
    return {"this journal has no owner yet: join your placement first with "
            "`peer term join HANDOUT`",
            "journalen har ingen ägare än: gå först med i din placering med "
            "`peer term join UTDRAG`"};
}

Problem no_such_activity(const std::string& code, const std::optional<std::string>& nearest)
{
    const auto hint = nearest ? Text{fmt::format(" did you mean '{}'?", *nearest),
                                     fmt::format(" menade du '{}'?", *nearest)}
                              : Text{};
    return problem(ExitCode::invalid_data,
                   {fmt::format("there is no activity '{}' in the catalogue;{} see `peer activity "
                                "list`, or import the unit's list with `peer activity import`",
                                code, hint.en),
                    fmt::format("det finns ingen aktivitet '{}' i katalogen;{} se `peer activity "
                                "list`, eller importera enhetens lista med `peer activity import`",
                                code, hint.sv)});
}

Problem no_such_activity(const journal::Journal& journal, const std::string& code)
{
    std::vector<std::string> codes;
    for (const auto& activity : journal::list_activities(journal, {})) {
        codes.push_back(activity.code);
    }
    return no_such_activity(code, nearest_name(code, codes));
}

Result<model::Person> person(const journal::Journal& journal, const std::string& id)
{
    return found_or(journal::find_person(journal, id), [&] {
        return Text{
            fmt::format("there is no person '{}' in the journal; see `peer person list`", id),
            fmt::format("det finns ingen person '{}' i journalen; se `peer person list`", id)};
    });
}

Result<model::PlacementSetup> placement(const journal::Journal& journal, const std::string& id)
{
    return found_or(journal::load_setup(journal, id), [&] {
        return Text{
            fmt::format("there is no placement '{}' in the journal; see `peer term list`", id),
            fmt::format("det finns ingen placering '{}' i journalen; se `peer term list`", id)};
    });
}

Result<model::Activity> activity(const journal::Journal& journal, const std::string& code)
{
    if (auto found = journal::find_activity(journal, code)) {
        return std::move(*found);
    }
    return no_such_activity(journal, code);
}

Result<model::LogEntry> log_entry(const journal::Journal& journal, std::int64_t number)
{
    return found_or(journal::find_log_entry(journal, number), [&] {
        return Text{fmt::format("there is no log entry {}; see `peer activity history`", number),
                    fmt::format("det finns ingen loggpost {}; se `peer activity history`", number)};
    });
}

Result<model::Reflection> reflection(const journal::Journal& journal, std::int64_t number)
{
    return found_or(journal::find_reflection(journal, number), [&] {
        return Text{fmt::format("there is no reflection {}; see `peer reflect list`", number),
                    fmt::format("det finns ingen reflektion {}; se `peer reflect list`", number)};
    });
}

Result<model::Feedback> feedback(const journal::Journal& journal, std::int64_t number)
{
    return found_or(journal::find_feedback(journal, number), [&] {
        return Text{
            fmt::format("there is no feedback {}; see `peer feedback list`", number),
            fmt::format("det finns ingen återkoppling {}; se `peer feedback list`", number)};
    });
}

Result<model::Briefing> briefing(const journal::Journal& journal, std::int64_t number)
{
    return found_or(journal::find_briefing(journal, number), [&] {
        return Text{fmt::format("there is no briefing {}; see `peer brief list`", number),
                    fmt::format("det finns ingen handledning {}; se `peer brief list`", number)};
    });
}

Result<model::Introduction> introduction(const journal::Journal& journal, std::int64_t number)
{
    return found_or(journal::find_introduction(journal, number), [&] {
        return Text{fmt::format("there is no introduction {}; see `peer intro list`", number),
                    fmt::format("det finns ingen introduktion {}; se `peer intro list`", number)};
    });
}

Result<rules::RuleSet> rule_set(const std::string& file)
{
    if (file.empty()) {
        return rules::default_rule_set();
    }
    auto loaded = rules::load_rule_set(file);
    if (!loaded.rule_set) {
        return problem(ExitCode::invalid_data, std::move(loaded.diagnostics),
                       {fmt::format("the rule set {} has errors; nothing was checked", file),
                        fmt::format("regeluppsättningen {} har fel; inget prövades", file)});
    }
    return std::move(*loaded.rule_set);
}

Result<model::AssessmentForm> assessment_form(const std::filesystem::path& file)
{
    auto read = formats::read_assessment_form(file);
    if (!read.form) {
        return problem(ExitCode::invalid_data, std::move(read.diagnostics),
                       {fmt::format("the assessment form {} has errors", file.string()),
                        fmt::format("bedömningsformuläret {} har fel", file.string())});
    }
    return std::move(*read.form);
}

Result<model::Placement> placement_with_form(const journal::Journal& journal, const std::string& id)
{
    auto wanted = id;
    if (wanted.empty()) {
        const auto context = journal::log_context(journal);
        if (!context || context->placement.empty()) {
            return problem(ExitCode::invalid_data,
                           {"you are on no placement to take the assessment form of: join one "
                            "with `peer term join FILE`, or name a form file",
                            "du är inte på någon placering att ta bedömningsformuläret från: gå "
                            "med i en med `peer term join FIL`, eller ange en formulärfil"});
        }
        wanted = context->placement;
    }
    auto found = placement(journal, wanted);
    if (!found) {
        return found.problem();
    }
    if (!found->placement.assessment_form) {
        return problem(
            ExitCode::invalid_data,
            {fmt::format("the placement {} has no assessment form: its teacher names one with "
                         "`assessment_form = \"FILE\"` in the placement file and applies it "
                         "again (docs/assessment-form.md)",
                         wanted),
             fmt::format("placeringen {} har inget bedömningsformulär: läraren anger ett med "
                         "`assessment_form = \"FIL\"` i placeringsfilen och lägger upp den "
                         "igen (docs/assessment-form.md)",
                         wanted)});
    }
    return std::move(found->placement);
}

Result<journal::Writer> writer(const journal::Journal& journal)
{
    return found_or(journal::find_writer(journal), missing_owner);
}

} // namespace peer::app
