#pragma once
// The assessment form file (TOML, docs/assessment-form.md, schemas/assessment-form.schema.json):
// the form's id and title, its scale of levels, lowest first, and its areas with their
// criteria, each text in English and Swedish. Every problem is a diagnostic at its line and
// column; a form is given only when the file has none.

#include <peer/core/diagnostic.hpp>
#include <peer/model/assessment.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace peer::formats {

struct AssessmentFormResult {
    std::optional<model::AssessmentForm> form; // set when there is no error
    Diagnostics diagnostics;
};

AssessmentFormResult parse_assessment_form(std::string_view text, const std::string& file);
AssessmentFormResult read_assessment_form(const std::filesystem::path& path);

// The form as JSON, in the shape of its file: what `peer --json assess form` prints.
nlohmann::ordered_json to_json(const model::AssessmentForm& form);

} // namespace peer::formats
