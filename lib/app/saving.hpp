#pragma once
// What the use cases that save a composed text share (writing.cpp, assessment.cpp): the checks
// of the text as written, the problems of a text not saved, and the one transaction.

#include <peer/app/writing.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/result.hpp>
#include <peer/privacy/guard.hpp>

namespace peer::app {

// The privacy guard over the text as written, and the checks for its encoding and control
// characters; the hits are placed in the text's file.
privacy::Screening screen(const Composition& text);

// "nothing was saved", with what was found.
Problem not_saved(Diagnostics found);

// "nothing was written; nothing was saved".
Problem empty_text();

// Runs `save` in one write transaction, which is rolled back unless it returns a value.
template <typename Record, typename Save>
Result<Saved<Record>> write_saved(journal::Journal& journal, Save save)
{
    Result<Saved<Record>> out = Problem{};
    journal.write_if([&] {
        out = save();
        return out.has_value();
    });
    return out;
}

} // namespace peer::app
