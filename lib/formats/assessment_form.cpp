#include <peer/core/files.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/formats/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace peer::formats {

using Need = TableReader::Need;

namespace {

constexpr auto k_required = Need::required;

class Reader {
public:
    Reader(std::string file, Diagnostics& out) : m_file(std::move(file)), m_out(out) {}

    // `prefix` names the form's table in messages: "" for a form file, "assessment_form." for
    // a form inside a placement file.
    model::AssessmentForm read(const toml::table& document, const std::string& prefix = "")
    {
        TableReader top(document, prefix, m_file, m_out);
        if (const auto* form = top.table("form", k_required)) {
            TableReader table(*form, prefix + "form.", m_file, m_out);
            m_form.id = table.id("id", k_required).value_or("");
            m_form.title = text_of(table);
            table.finish();
        }
        each(top, "level",
             [this](const toml::table& t, const std::string& name) { read_level(t, name); });
        each(top, "area",
             [this](const toml::table& t, const std::string& name) { read_area(t, name); });
        if (!top.raw().contains("area")) {
            error(format_check::missing, position_of(document.source(), m_file),
                  {"the form has no area: give each as [[area]], with its [[area.criterion]]",
                   "formuläret har inget område: ange vart och ett som [[area]], med sina "
                   "[[area.criterion]]"});
        }
        check_scale(top);
        top.finish();
        return std::move(m_form);
    }

private:
    // The English and Swedish of a table's `en` and `sv`, neither of them blank.
    Text text_of(TableReader& table)
    {
        Text text;
        for (const auto& [key, into] : {std::pair{"en", &text.en}, std::pair{"sv", &text.sv}}) {
            if (auto value = table.string(key, k_required)) {
                if (value->find_first_not_of(" \t\r\n") == std::string::npos) {
                    table.value_error(key,
                                      {"the text is empty: write it", "texten är tom: skriv den"});
                }
                *into = std::move(*value);
            }
        }
        return text;
    }

    // Each [[name]] of `parent` as a table, with its name in messages ("area[2].").
    template <typename Read>
    void each(TableReader& parent, std::string_view name, Read read)
    {
        const auto* entries = parent.array(name);
        if (entries == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const auto& entry = *entries->get(i);
            if (const auto* table = entry.as_table()) {
                read(*table, fmt::format("{}{}[{}].", parent.full_key(""), name, i + 1));
            } else {
                error(format_check::type, position_of(entry.source(), m_file),
                      {fmt::format("each `{}` must be a table: write it as [[{}]]", name,
                                   parent.full_key(name)),
                       fmt::format("varje `{}` ska vara en tabell: skriv den som [[{}]]", name,
                                   parent.full_key(name))});
            }
        }
    }

    void read_level(const toml::table& t, const std::string& name)
    {
        TableReader table(t, name, m_file, m_out);
        model::AssessmentLevel level;
        level.id = unique(table, m_levels, "level");
        level.name = text_of(table);
        level.at_risk = table.boolean("at_risk").value_or(false);
        m_level_positions.push_back(table.position("at_risk"));
        table.finish();
        m_form.scale.push_back(std::move(level));
    }

    void read_area(const toml::table& t, const std::string& name)
    {
        TableReader table(t, name, m_file, m_out);
        model::AssessmentArea area;
        area.id = unique(table, m_areas, "area");
        area.title = text_of(table);
        m_area = &area;
        each(table, "criterion",
             [this](const toml::table& c, const std::string& cname) { read_criterion(c, cname); });
        if (area.criteria.empty() && !table.raw().contains("criterion")) {
            error(format_check::missing, table.position("id"),
                  {fmt::format("the area \"{}\" has no criterion: give each as "
                               "[[area.criterion]] after its [[area]]",
                               area.id),
                   fmt::format("området \"{}\" har inget kriterium: ange vart och ett som "
                               "[[area.criterion]] efter dess [[area]]",
                               area.id)});
        }
        table.finish();
        m_form.areas.push_back(std::move(area));
    }

    void read_criterion(const toml::table& t, const std::string& name)
    {
        TableReader table(t, name, m_file, m_out);
        model::Criterion criterion;
        criterion.id = unique(table, m_criteria, "criterion");
        criterion.text = text_of(table);
        criterion.outcomes = table.strings("outcomes").value_or(std::vector<std::string>{});
        table.finish();
        m_area->criteria.push_back(std::move(criterion));
    }

    // The table's id, reported when an earlier table of its kind has it.
    std::string unique(TableReader& table, std::map<std::string, int, std::less<>>& seen,
                       std::string_view kind)
    {
        auto id = table.id("id", k_required).value_or("");
        if (id.empty()) {
            return id;
        }
        const auto at = table.position("id");
        const auto [first, inserted] = seen.emplace(id, at.line);
        if (!inserted) {
            error(format_check::duplicate, at,
                  {fmt::format("the {} id \"{}\" is given twice (first on line {})", kind, id,
                               first->second),
                   fmt::format("{}-id:t \"{}\" förekommer två gånger (först på rad {})",
                               kind == "level"  ? "nivå"
                               : kind == "area" ? "område"
                                                : "kriterie",
                               id, first->second)});
        }
        return id;
    }

    // At least two levels; some at risk, some not, those at risk the lowest.
    void check_scale(TableReader& top)
    {
        const auto& scale = m_form.scale;
        if (scale.size() < 2) {
            if (!top.raw().contains("level") || scale.size() == 1) {
                error(format_check::missing, top.position("level"),
                      {"the scale needs at least two levels: give each as [[level]], lowest "
                       "first",
                       "skalan behöver minst två nivåer: ange var och en som [[level]], lägst "
                       "först"});
            }
            return;
        }
        if (std::ranges::none_of(scale, &model::AssessmentLevel::at_risk)
            || std::ranges::all_of(scale, &model::AssessmentLevel::at_risk)) {
            error(format_check::value, top.position("level"),
                  {"the scale needs levels at risk and levels that are not: mark the lowest "
                   "with at_risk = true",
                   "skalan behöver nivåer som innebär risk och nivåer som inte gör det: märk de "
                   "lägsta med at_risk = true"});
            return;
        }
        for (std::size_t i = 1; i < scale.size(); ++i) {
            if (scale[i].at_risk && !scale[i - 1].at_risk) {
                error(format_check::value, m_level_positions[i],
                      {fmt::format("the level \"{}\" is at risk but comes after \"{}\", which is "
                                   "not: the levels at risk are the lowest, and come first",
                                   scale[i].id, scale[i - 1].id),
                       fmt::format("nivån \"{}\" innebär risk men kommer efter \"{}\", som inte "
                                   "gör det: nivåerna som innebär risk är de lägsta och kommer "
                                   "först",
                                   scale[i].id, scale[i - 1].id)});
            }
        }
    }

    void error(std::string_view id, const Position& where, Text message)
    {
        m_out.push_back({Severity::error, std::string(id), where, std::move(message)});
    }

    std::string m_file;
    Diagnostics& m_out;
    model::AssessmentForm m_form;
    model::AssessmentArea* m_area = nullptr;          // the area whose criteria are being read
    std::vector<Position> m_level_positions;          // of each level's at_risk
    std::map<std::string, int, std::less<>> m_levels; // ids, with their lines
    std::map<std::string, int, std::less<>> m_areas;
    std::map<std::string, int, std::less<>> m_criteria; // across areas
};

void sort_by_position(Diagnostics& diagnostics)
{
    std::ranges::stable_sort(diagnostics, {}, [](const Diagnostic& d) {
        return d.where ? std::pair{d.where->line, d.where->column} : std::pair{0, 0};
    });
}

// A JSON value as TOML, so that one reader checks a form however it came: objects become
// tables, arrays arrays; a number, which no form holds, is kept as one to be reported.
std::unique_ptr<toml::node> toml_of(const nlohmann::json& value)
{
    if (value.is_object()) {
        auto table = std::make_unique<toml::table>();
        for (const auto& [key, item] : value.items()) {
            table->insert(key, std::move(*toml_of(item)));
        }
        return table;
    }
    if (value.is_array()) {
        auto array = std::make_unique<toml::array>();
        for (const auto& item : value) {
            array->push_back(std::move(*toml_of(item)));
        }
        return array;
    }
    if (value.is_boolean()) {
        return std::make_unique<toml::value<bool>>(value.get<bool>());
    }
    if (value.is_number_integer()) {
        return std::make_unique<toml::value<std::int64_t>>(value.get<std::int64_t>());
    }
    if (value.is_number()) {
        return std::make_unique<toml::value<double>>(value.get<double>());
    }
    if (value.is_string()) {
        return std::make_unique<toml::value<std::string>>(value.get<std::string>());
    }
    return std::make_unique<toml::table>(); // null: an empty table, reported where it stands
}

} // namespace

AssessmentFormResult parse_assessment_form(std::string_view text, const std::string& file)
{
    AssessmentFormResult result;
    const auto document = parse_toml(text, file, result.diagnostics);
    if (!document) {
        return result;
    }
    auto form = Reader(file, result.diagnostics).read(*document);
    result.strings = string_values(*document, text, file);
    sort_by_position(result.diagnostics);
    if (!has_errors(result.diagnostics)) {
        result.form = std::move(form);
    }
    return result;
}

std::optional<model::AssessmentForm> read_assessment_form_table(const toml::table& table,
                                                                const std::string& prefix,
                                                                const std::string& file,
                                                                Diagnostics& out)
{
    Diagnostics found;
    auto form = Reader(file, found).read(table, prefix);
    const bool sound = !has_errors(found);
    out.insert(out.end(), found.begin(), found.end());
    return sound ? std::optional(std::move(form)) : std::nullopt;
}

AssessmentFormResult assessment_form_from_json(const nlohmann::json& json,
                                               const std::string& source)
{
    AssessmentFormResult result;
    const auto node = toml_of(json);
    const auto* table = node->as_table();
    if (!json.is_object() || table == nullptr) {
        result.diagnostics.push_back(
            {Severity::error,
             std::string(format_check::type),
             Position{source, 0, 0},
             {"the assessment form is not an object", "bedömningsformuläret är inget objekt"}});
        return result;
    }
    result.form = read_assessment_form_table(*table, "", source, result.diagnostics);
    return result;
}

nlohmann::ordered_json to_json(const model::AssessmentForm& form)
{
    using Json = nlohmann::ordered_json;
    Json levels = Json::array();
    for (const auto& level : form.scale) {
        levels.push_back({{"id", level.id},
                          {"en", level.name.en},
                          {"sv", level.name.sv},
                          {"at_risk", level.at_risk}});
    }
    Json areas = Json::array();
    for (const auto& area : form.areas) {
        Json criteria = Json::array();
        for (const auto& c : area.criteria) {
            criteria.push_back(
                {{"id", c.id}, {"en", c.text.en}, {"sv", c.text.sv}, {"outcomes", c.outcomes}});
        }
        areas.push_back({{"id", area.id},
                         {"en", area.title.en},
                         {"sv", area.title.sv},
                         {"criterion", criteria}});
    }
    return {{"form", {{"id", form.id}, {"en", form.title.en}, {"sv", form.title.sv}}},
            {"level", levels},
            {"area", areas}};
}

toml::table to_toml_table(const model::AssessmentForm& form)
{
    auto table = toml_of(nlohmann::json(to_json(form)));
    return std::move(*table->as_table());
}

AssessmentFormResult read_assessment_form(const std::filesystem::path& path)
{
    AssessmentFormResult result;
    const auto text = read_text_file(path, result.diagnostics);
    if (!text) {
        return result;
    }
    return parse_assessment_form(*text, path.string());
}

} // namespace peer::formats
