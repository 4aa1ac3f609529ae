#pragma once
// The assessment form file (TOML, docs/assessment-form.md, schemas/assessment-form.schema.json):
// the form's id and title, its scale of levels, lowest first, and its areas with their
// criteria, each text in English and Swedish. Every problem is a diagnostic at its line and
// column; a form is given only when the file has none.

#include <peer/core/diagnostic.hpp>
#include <peer/formats/toml_reader.hpp>
#include <peer/model/assessment.hpp>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace peer::formats {

struct AssessmentFormResult {
    std::optional<model::AssessmentForm> form; // set when there is no error
    Diagnostics diagnostics;
    std::vector<StringValue> strings; // every string of a form file, for the privacy guard
};

AssessmentFormResult parse_assessment_form(std::string_view text, const std::string& file);
AssessmentFormResult read_assessment_form(const std::filesystem::path& path);

// A form given as a table of another file (a placement file's [assessment_form]), its keys
// named after `prefix` in messages; the diagnostics are added to `out`.
std::optional<model::AssessmentForm> read_assessment_form_table(const toml::table& table,
                                                                const std::string& prefix,
                                                                const std::string& file,
                                                                Diagnostics& out);

// The form as JSON, in the shape of its file: what `peer --json assess form` prints, and how
// the journal and exports keep it.
nlohmann::ordered_json to_json(const model::AssessmentForm& form);
// A form kept as JSON, checked as a file is; `source` names it in messages.
AssessmentFormResult assessment_form_from_json(const nlohmann::json& json,
                                               const std::string& source);
// The form as a TOML table in the shape of its file, for a handout to carry.
toml::table to_toml_table(const model::AssessmentForm& form);

} // namespace peer::formats
