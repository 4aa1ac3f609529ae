#include <peer/model/facts.hpp>

namespace peer::model {

namespace {

WritingFact writing_fact(const Writing& w)
{
    return {w.author, w.date, w.code};
}

struct FactsOf {
    Facts& out;

    void operator()(const ActivityRecord& r) const
    {
        out.activities.push_back({r.activity.code, r.activity.title, r.activity.outcomes});
    }
    void operator()(const LogRecord& r) const
    {
        auto entry = r.entry;
        entry.note.clear();
        entry.observer_steps.clear();
        out.entries.push_back({r.stamp.author, std::move(entry)});
    }
    void operator()(const ReflectionRecord& r) const
    {
        out.reflections.push_back({writing_fact(r.writing), r.writing.draft, r.answered});
    }
    void operator()(const FeedbackRecord& r) const
    {
        out.feedback.push_back({writing_fact(r.writing), r.writing.recipient});
    }
    void operator()(const BriefingRecord& r) const
    {
        out.briefings.push_back({writing_fact(r.writing), r.writing.kind});
    }
    template <typename R>
    void operator()(const R& /*people, placements, pairs, tombstones*/) const
    {
    }
};

} // namespace

Facts facts_of(const std::vector<Record>& records)
{
    Facts out;
    for (const auto& record : records) {
        std::visit(FactsOf{out}, record);
    }
    return out;
}

} // namespace peer::model
