#include "saving.hpp"
#include <peer/app/lookup.hpp>
#include <peer/app/writing.hpp>
#include <peer/core/utf8.hpp>
#include <peer/journal/activities.hpp>
#include <peer/privacy/guard.hpp>
#include <peer/rules/check.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <ranges>

namespace peer::app {

privacy::Screening screen(const Composition& text)
{
    const auto written = forms::blank_comments(text.markdown);
    auto screening = privacy::screen({{text.source, written}}, text.allowed);
    check_utf8(written, text.source, screening.diagnostics); // typed at the prompt, unchecked
    std::ranges::move(control_characters(written, text.source),
                      std::back_inserter(screening.diagnostics));
    return screening;
}

Problem not_saved(Diagnostics found)
{
    return problem(ExitCode::invalid_data, std::move(found),
                   {"nothing was saved", "inget sparades"});
}

Problem empty_text()
{
    return problem(ExitCode::invalid_data,
                   {"nothing was written; nothing was saved", "inget skrevs; inget sparades"});
}

namespace {

bool nothing_written(const forms::Answers& answers)
{
    return std::ranges::all_of(answers, [](const auto& a) { return a.empty(); });
}

// Sets the record's day and what it is about from `link`; a problem when the entry or the
// activity is not in the journal.
std::optional<Problem> apply_link(const journal::Journal& journal, const Link& link, Date today,
                                  model::Writing& writing)
{
    if (link.date) {
        writing.date = *link.date;
    } else if (writing.date == Date{}) {
        writing.date = today;
    }
    if (link.entry) {
        auto entry = log_entry(journal, *link.entry);
        if (!entry) {
            return entry.problem();
        }
        writing.entry = entry->number;
        writing.code = entry->code;
    } else if (!link.code.empty()) {
        auto found = activity(journal, link.code);
        if (!found) {
            return found.problem();
        }
        writing.entry.reset();
        writing.code = found->code;
    }
    return std::nullopt;
}

// The failed findings as diagnostics led by what they are about, in both languages.
Diagnostics about(const rules::Findings& findings, const Text& subject)
{
    auto out = rules::failures(findings);
    for (auto& d : out) {
        d.message = {subject.en + ": " + d.message.en, subject.sv + ": " + d.message.sv};
    }
    return out;
}

// The record `prepare` makes, holding the text's answers; a problem when it cannot be had or
// nothing is written.
template <typename Prepare>
auto with_answers(Prepare prepare, const Composition& text) -> decltype(prepare())
{
    auto record = prepare();
    if (!record) {
        return record.problem();
    }
    if (nothing_written(text.answers)) {
        return empty_text();
    }
    auto& answers = record->answers;
    const auto given = std::min(text.answers.size(), answers.size());
    std::transform(text.answers.begin(), text.answers.begin() + static_cast<std::ptrdiff_t>(given),
                   answers.begin(), [](const std::string& answer) { return to_nfc(answer); });
    return record;
}

// Runs `prepare` on one snapshot of the journal, adding the last action plan for the record's
// activity (leaving out `except`, the reflection being written).
template <typename Record, typename Prepare>
Result<Prepared<Record>> read_prepared(const journal::Journal& journal, Prepare prepare,
                                       std::int64_t except = 0)
{
    Result<Prepared<Record>> out = Problem{};
    journal.read([&] {
        Result<Record> record = prepare();
        if (!record) {
            out = record.problem();
            return;
        }
        Prepared<Record> prepared{std::move(*record), std::nullopt};
        if (!prepared.record.code.empty()) {
            prepared.last_plan = journal::last_action_plan(journal, prepared.record.code, except);
        }
        out = std::move(prepared);
    });
    return out;
}

// Runs `save` in one write transaction, which commits only when it returns a value.

Result<model::Reflection> reflection_for(const journal::Journal& journal,
                                         const ReflectionRequest& request)
{
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    model::Reflection r;
    if (request.number) {
        auto found = reflection(journal, *request.number);
        if (!found) {
            return found.problem();
        }
        r = std::move(*found);
        if (!request.edit && !r.draft) {
            return problem(ExitCode::invalid_data,
                           {fmt::format("reflection {} is not a draft; change it with `peer "
                                        "reflect edit {}`",
                                        r.number, r.number),
                            fmt::format("reflektion {} är inget utkast; ändra den med `peer "
                                        "reflect edit {}`",
                                        r.number, r.number)});
        }
    } else {
        r.author = who->owner;
    }
    r.answers.resize(forms::reflection_form().sections.size());
    if (auto wrong = apply_link(journal, request.link, request.today, r)) {
        return std::move(*wrong);
    }
    if (request.phase) {
        r.phase = request.phase;
    }
    if (request.company) {
        r.company = *request.company;
    }
    return r;
}

// The feedback `number`, when the writer gave it: feedback received is its giver's to change.
Result<model::Feedback> feedback_to_change(const journal::Journal& journal, std::int64_t number,
                                           const std::string& owner)
{
    auto found = feedback(journal, number);
    if (found && found->author != owner) {
        return problem(
            ExitCode::invalid_data,
            {fmt::format("feedback {} was given to you by {}: only its author can change it",
                         number, found->author),
             fmt::format("återkoppling {} gavs till dig av {}: bara den som gav den kan ändra den",
                         number, found->author)});
    }
    return found;
}

Result<model::Feedback> feedback_for(const journal::Journal& journal,
                                     const FeedbackRequest& request)
{
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    model::Feedback f;
    if (request.number) {
        auto found = feedback_to_change(journal, *request.number, who->owner);
        if (!found) {
            return found.problem();
        }
        f = std::move(*found);
    } else {
        auto recipient = rules::feedback_recipient({who->staff, who->may_address}, request.to);
        if (!recipient) {
            auto refused = recipient.problem();
            if (refused.code == ExitCode::usage) {
                for (auto& d : refused.diagnostics) {
                    d.where = Position{"to", 0, 0};
                }
            }
            return refused;
        }
        f.author = who->owner;
        f.recipient = *recipient;
    }
    f.answers.resize(forms::feedback_form().sections.size());
    if (auto wrong = apply_link(journal, request.link, request.today, f)) {
        return std::move(*wrong);
    }
    return f;
}

Result<model::Briefing> briefing_for(const journal::Journal& journal,
                                     const BriefingRequest& request)
{
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    model::Briefing b;
    if (request.number) {
        auto found = briefing(journal, *request.number);
        if (!found) {
            return found.problem();
        }
        b = std::move(*found);
    } else {
        b.kind = request.kind;
        b.author = who->owner;
    }
    b.answers.resize(briefing_form(b.kind).sections.size());
    if (auto wrong = apply_link(journal, request.link, request.today, b)) {
        return std::move(*wrong);
    }
    return b;
}

// The owner's introduction to the placement: the one written before, to change, or a new one.
Result<model::Introduction> introduction_for(const journal::Journal& journal,
                                             const IntroductionRequest& request)
{
    const auto who = writer(journal);
    if (!who) {
        return who.problem();
    }
    if (who->staff) {
        return problem(ExitCode::invalid_data,
                       {"an introduction is a student's: you write in this journal as staff",
                        "en introduktion skrivs av en student: du skriver i den här journalen "
                        "som personal"});
    }
    auto placement_id = request.placement;
    if (placement_id.empty()) {
        const auto context = journal::log_context(journal);
        placement_id = context ? context->placement : std::string();
        if (placement_id.empty()) {
            return problem(ExitCode::invalid_data,
                           {"you are on no placement to introduce yourself to: join one with "
                            "`peer term join FILE`",
                            "du är inte på någon placering att skriva en introduktion till: gå "
                            "med i en med `peer term join FIL`"});
        }
    }
    const auto found = placement(journal, placement_id);
    if (!found) {
        return found.problem();
    }
    auto written = journal::list_introductions(journal, {who->owner, placement_id});
    model::Introduction intro;
    if (!written.empty()) {
        intro = std::move(written.front());
    } else {
        intro.author = who->owner;
        intro.placement = placement_id;
    }
    intro.answers.resize(forms::introduction_form().sections.size());
    intro.date = request.date.value_or(intro.number == 0 ? request.today : intro.date);
    return intro;
}

} // namespace

const forms::Form& briefing_form(model::BriefingKind kind)
{
    return kind == model::BriefingKind::before ? forms::briefing_before_form()
                                               : forms::briefing_after_form();
}

Result<Prepared<model::Reflection>> prepare_reflection(const journal::Journal& journal,
                                                       const ReflectionRequest& request)
{
    return read_prepared<model::Reflection>(
        journal, [&] { return reflection_for(journal, request); }, request.number.value_or(0));
}

Result<Saved<model::Reflection>> save_reflection(journal::Journal& journal,
                                                 const ReflectionRequest& request,
                                                 const Composition& text, bool draft,
                                                 const rules::RuleSet& rules)
{
    return write_saved<model::Reflection>(journal, [&]() -> Result<Saved<model::Reflection>> {
        auto r = with_answers([&] { return reflection_for(journal, request); }, text);
        if (!r) {
            return r.problem();
        }
        r->draft = draft;
        rules::ReflectionFacts facts{"", r->draft, {}};
        // Not views::take: Clang 14 cannot compile it over libstdc++ 12's vector.
        std::copy_n(r->answers.begin(), std::min(r->answers.size(), facts.stages.size()),
                    facts.stages.begin());
        const auto subject = [&] {
            return r->number == 0 ? Text{"the reflection", "reflektionen"}
                                  : Text{fmt::format("reflection {}", r->number),
                                         fmt::format("reflektion {}", r->number)};
        };
        const rules::Findings findings{rules::check_reflection(facts, rules)};
        auto screening = screen(text);
        auto found = about(findings, subject());
        std::ranges::move(screening.diagnostics, std::back_inserter(found));
        if (has_errors(found)) {
            return not_saved(std::move(found));
        }
        journal::save_reflection(journal, *r, screening.allowed);
        auto warnings = about(findings, subject()); // now with its number
        std::ranges::move(screening.diagnostics, std::back_inserter(warnings));
        return Saved<model::Reflection>{std::move(*r), std::move(warnings)};
    });
}

Result<Prepared<model::Feedback>> prepare_feedback(const journal::Journal& journal,
                                                   const FeedbackRequest& request)
{
    return read_prepared<model::Feedback>(journal, [&] { return feedback_for(journal, request); });
}

Result<Saved<model::Feedback>> save_feedback(journal::Journal& journal,
                                             const FeedbackRequest& request,
                                             const Composition& text, const rules::RuleSet& rules)
{
    return write_saved<model::Feedback>(journal, [&]() -> Result<Saved<model::Feedback>> {
        auto f = with_answers([&] { return feedback_for(journal, request); }, text);
        if (!f) {
            return f.problem();
        }
        const auto& a = f->answers;
        const rules::Findings findings{
            rules::check_feedback({"", a.at(0), a.at(1), a.at(2), a.at(3)}, rules)};
        const Text subject{fmt::format("feedback to {}", f->recipient),
                           fmt::format("återkoppling till {}", f->recipient)};
        auto found = about(findings, subject);
        auto screening = screen(text);
        std::ranges::move(screening.diagnostics, std::back_inserter(found));
        if (has_errors(found)) {
            return not_saved(std::move(found));
        }
        journal::save_feedback(journal, *f, screening.allowed);
        return Saved<model::Feedback>{std::move(*f), std::move(found)};
    });
}

Result<Prepared<model::Briefing>> prepare_briefing(const journal::Journal& journal,
                                                   const BriefingRequest& request)
{
    return read_prepared<model::Briefing>(journal, [&] { return briefing_for(journal, request); });
}

Result<Saved<model::Briefing>>
save_briefing(journal::Journal& journal, const BriefingRequest& request, const Composition& text)
{
    return write_saved<model::Briefing>(journal, [&]() -> Result<Saved<model::Briefing>> {
        auto b = with_answers([&] { return briefing_for(journal, request); }, text);
        if (!b) {
            return b.problem();
        }
        auto screening = screen(text);
        if (has_errors(screening.diagnostics)) {
            return not_saved(std::move(screening.diagnostics));
        }
        journal::save_briefing(journal, *b, screening.allowed);
        return Saved<model::Briefing>{std::move(*b), std::move(screening.diagnostics)};
    });
}

Result<Prepared<model::Introduction>> prepare_introduction(const journal::Journal& journal,
                                                           const IntroductionRequest& request)
{
    return read_prepared<model::Introduction>(journal,
                                              [&] { return introduction_for(journal, request); });
}

Result<Saved<model::Introduction>> save_introduction(journal::Journal& journal,
                                                     const IntroductionRequest& request,
                                                     const Composition& text)
{
    return write_saved<model::Introduction>(journal, [&]() -> Result<Saved<model::Introduction>> {
        const auto before = introduction_for(journal, request);
        auto intro = with_answers([&] { return introduction_for(journal, request); }, text);
        if (!intro) {
            return intro.problem();
        }
        auto screening = screen(text);
        auto found = std::move(screening.diagnostics);
        if (intro->answers.front().empty()) {
            found.push_back({Severity::error,
                             std::string(format_check::missing),
                             std::nullopt,
                             {"the introduction states no goals: write them under \"My goals\"; "
                              "they come back at the midway and final talks",
                              "introduktionen anger inga mål: skriv dem under \"Mina mål\"; de "
                              "kommer tillbaka vid halvtids- och slutsamtalet"}});
        }
        if (has_errors(found)) {
            return not_saved(std::move(found));
        }
        if (intro->number != 0 && before && before->answers == intro->answers
            && before->date == intro->date && screening.allowed.empty()) {
            return Saved<model::Introduction>{std::move(*intro), std::move(found), true};
        }
        journal::save_introduction(journal, *intro, screening.allowed);
        return Saved<model::Introduction>{std::move(*intro), std::move(found)};
    });
}

Result<std::vector<model::Feedback>> list_feedback(const journal::Journal& journal,
                                                   FeedbackShown shown)
{
    Result<std::vector<model::Feedback>> out = Problem{};
    journal.read([&] {
        journal::FeedbackFilter filter;
        if (shown != FeedbackShown::all) {
            const auto who = writer(journal);
            if (!who) {
                out = who.problem();
                return;
            }
            (shown == FeedbackShown::given ? filter.author : filter.recipient) = who->owner;
        }
        out = journal::list_feedback(journal, filter);
    });
    return out;
}

} // namespace peer::app
