#include <peer/forms/form.hpp>
#include <peer/forms/json.hpp>

namespace peer::forms {

namespace {

// What every record has; its answers under the keys of its form's sections.
nlohmann::json common(const model::Writing& writing, const Form& form)
{
    nlohmann::json out{{"number", writing.number},
                       {"uuid", writing.uuid},
                       {"author", writing.author},
                       {"date", format_date(writing.date)},
                       {"entry", writing.entry ? nlohmann::json(*writing.entry) : nullptr},
                       {"code", writing.code}};
    for (std::size_t i = 0; i < form.sections.size(); ++i) {
        out[std::string(form.sections[i].key)] =
            i < writing.answers.size() ? writing.answers[i] : std::string();
    }
    return out;
}

} // namespace

nlohmann::json to_json(const model::Reflection& reflection)
{
    auto out = common(reflection, reflection_form());
    out["phase"] = reflection.phase ? nlohmann::json(model::keyword(*reflection.phase)) : nullptr;
    out["with"] = model::keyword(reflection.company);
    out["status"] = reflection.draft ? "draft" : "saved";
    return out;
}

nlohmann::json to_json(const model::Feedback& feedback)
{
    auto out = common(feedback, feedback_form());
    out["recipient"] = feedback.recipient;
    return out;
}

nlohmann::json to_json(const model::Briefing& briefing)
{
    auto out = common(briefing, briefing.kind == model::BriefingKind::before
                                    ? forms::briefing_before_form()
                                    : forms::briefing_after_form());
    out["kind"] = model::keyword(briefing.kind);
    return out;
}

nlohmann::json to_json(const model::Introduction& intro)
{
    auto out = common(intro, introduction_form());
    out.erase("entry");
    out.erase("code");
    out["placement"] = intro.placement;
    return out;
}

} // namespace peer::forms
