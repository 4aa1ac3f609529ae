#pragma once
// The supervisor model's enumerations. Each has a canonical English keyword (used in files,
// JSON and the journal) and a Swedish one; both, and a few common spellings, are accepted.

#include <peer/core/text.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peer::model {

enum class Role {
    supervisor,              // handledare
    main_supervisor,         // huvudhandledare
    clinical_teacher,        // klinisk lärare hälso- och sjukvård
    clinical_lecturer,       // klinisk lärare/adjunkt lärosäte
    senior_clinical_lecturer // klinisk lektor
};

enum class Employer { healthcare, university };

// Ordered: none (an older professional diploma) < bachelor < master-1y < master-2y < doctorate.
enum class Degree { none, bachelor, master_1y, master_2y, doctorate };

// Supervisor training, ordered.
enum class Training { none, basic, advanced };

enum class Level { basic, advanced };

// How a pair ran a learning activity (the mode of a log entry), from the journal owner's side.
enum class Mode {
    perform,  // I performed, my partner observed
    observe,  // my partner performed, I observed
    together, // we did it together
    retell,   // I did it alone, then retold it to my partner
    compare,  // we both did the same separately, then compared
    delegate  // I held the main responsibility and delegated to my partner (term 6 on)
};

// How present the supervisor was during an activity: the model reduces it step by step.
enum class Presence { full, partial, none };

// The observer's three steps: think it through before, be eyes and ears during, talk after.
enum class ObserverStep { before, during, after };

// When a reflection is written: before, during or after the task.
enum class Phase { before, during, after };

// Whom a reflection is written with: alone, with the partner, with the supervisor.
enum class Company { self, peer, supervisor };

// A briefing before an activity, or the debriefing after it.
enum class BriefingKind { before, after };

// The kinds of free text a journal holds, as search names them.
enum class WritingKind { reflection, feedback, briefing, note, introduction };

// The two assessment talks of a placement: halfway through it, and at its end.
enum class Talk { midway, final_talk };

// How the review of an individual action plan found it: its goals met, partly met, not met.
enum class PlanOutcome { met, partly_met, not_met };

template <typename E>
struct Keyword {
    E value;
    std::string_view english;             // canonical: files, JSON, the journal
    std::string_view swedish;             // shown in Swedish output, and accepted
    std::vector<std::string_view> others; // other accepted spellings
};

template <typename E>
std::span<const Keyword<E>> keywords();

template <>
std::span<const Keyword<Role>> keywords<Role>();
template <>
std::span<const Keyword<Employer>> keywords<Employer>();
template <>
std::span<const Keyword<Degree>> keywords<Degree>();
template <>
std::span<const Keyword<Training>> keywords<Training>();
template <>
std::span<const Keyword<Level>> keywords<Level>();
template <>
std::span<const Keyword<Mode>> keywords<Mode>();
template <>
std::span<const Keyword<Presence>> keywords<Presence>();
template <>
std::span<const Keyword<ObserverStep>> keywords<ObserverStep>();
template <>
std::span<const Keyword<Phase>> keywords<Phase>();
template <>
std::span<const Keyword<Company>> keywords<Company>();
template <>
std::span<const Keyword<BriefingKind>> keywords<BriefingKind>();
template <>
std::span<const Keyword<WritingKind>> keywords<WritingKind>();
template <>
std::span<const Keyword<Talk>> keywords<Talk>();
template <>
std::span<const Keyword<PlanOutcome>> keywords<PlanOutcome>();

// Lower-cases (Å, Ä, Ö too) and turns spaces and underscores into hyphens.
std::string normalise_keyword(std::string_view text);

template <typename E>
std::optional<E> parse_keyword(std::string_view text)
{
    for (const auto& entry : keywords<E>()) {
        if (text == entry.english) {
            return entry.value; // the common case, without normalising: imports of many rows
        }
    }
    const auto wanted = normalise_keyword(text);
    for (const auto& entry : keywords<E>()) {
        if (wanted == entry.english || wanted == entry.swedish) {
            return entry.value;
        }
        for (auto other : entry.others) {
            if (wanted == other) {
                return entry.value;
            }
        }
    }
    return std::nullopt;
}

template <typename E>
std::string_view keyword(E value)
{
    for (const auto& entry : keywords<E>()) {
        if (entry.value == value) {
            return entry.english;
        }
    }
    return {};
}

// The word for people: the English keyword, or the Swedish one.
template <typename E>
std::string_view display(E value, Lang lang)
{
    for (const auto& entry : keywords<E>()) {
        if (entry.value == value) {
            return lang == Lang::sv ? entry.swedish : entry.english;
        }
    }
    return {};
}

// "supervisor, main-supervisor, ... (Swedish: handledare, huvudhandledare, ...)", for messages.
template <typename E>
Text accepted_keywords()
{
    std::string english;
    std::string swedish;
    for (const auto& entry : keywords<E>()) {
        english += (english.empty() ? "" : ", ") + std::string(entry.english);
        swedish += (swedish.empty() ? "" : ", ") + std::string(entry.swedish);
    }
    return {english + " (in Swedish: " + swedish + ")",
            swedish + " (på engelska: " + english + ")"};
}

} // namespace peer::model
