#include <peer/core/files.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/formats/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace peer::formats {

using model::Person;
using Need = TableReader::Need;

namespace {

constexpr auto k_required = Need::required;

KeyPositions positions_of(const toml::table& table, const std::string& file)
{
    KeyPositions positions{position_of(table.source(), file), {}};
    for (const auto& [key, node] : table) {
        positions.keys.emplace(std::string(key.str()), position_of(node.source(), file));
    }
    return positions;
}

template <typename T>
void take(std::optional<T> value, T& into)
{
    if (value) {
        into = std::move(*value);
    }
}

void take_id(TableReader& table, std::string& into)
{
    take(table.id("id", k_required), into);
}

class Reader {
public:
    Reader(std::string file, std::filesystem::path directory, Diagnostics& out)
        : m_directory(std::move(directory)), m_out(out)
    {
        m_result.file = std::move(file);
    }

    void read(const toml::table& document);
    PlacementFile take_result() { return std::move(m_result); }

private:
    void read_placement(const toml::table& table);
    void read_staff(const toml::table& table);
    void read_student(const toml::table& table);
    void read_pair(const toml::table& table);
    void read_form_file(const std::string& name, const Position& where);
    // Each [[name]] of the document, as a table; anything else is an FMT-TYPE.
    template <typename Read>
    void each_entry(TableReader& top, std::string_view name, Read read);
    void check_references();
    void error(std::string_view id, const Position& where, Text message)
    {
        m_out.push_back({Severity::error, std::string(id), where, std::move(message)});
    }

    PlacementFile m_result;
    std::filesystem::path m_directory;
    Diagnostics& m_out;
};

void Reader::read(const toml::table& document)
{
    TableReader top(document, "", m_result.file, m_out);
    if (const auto* placement = top.table("placement", k_required)) {
        const auto errors = m_out.size();
        read_placement(*placement);
        m_result.placement_sound = m_out.size() == errors;
        // A broken form is reported, and the placement's rules are still judged.
        if (!m_result.assessment_form_file.empty()) {
            read_form_file(m_result.assessment_form_file, m_result.placement.at("assessment_form"));
        }
    }
    each_entry(top, "staff", [this](const toml::table& t) {
        const auto errors = m_out.size();
        read_staff(t);
        m_result.staff_sound.push_back(m_out.size() == errors);
    });
    each_entry(top, "student", [this](const toml::table& t) {
        const auto errors = m_out.size();
        read_student(t);
        m_result.students_sound.push_back(m_out.size() == errors);
    });
    each_entry(top, "pair", [this](const toml::table& t) { read_pair(t); });
    if (const auto* form = top.table("assessment_form")) {
        auto& placement = m_result.setup.placement;
        if (placement.assessment_form || !m_result.assessment_form_file.empty()) {
            error(format_check::duplicate, position_of(form->source(), m_result.file),
                  {"the placement names its assessment form in `placement.assessment_form` and "
                   "gives one here as well: keep one of them",
                   "placeringen anger sitt bedömningsformulär i `placement.assessment_form` och "
                   "ger ett här också: behåll ett av dem"});
        } else {
            placement.assessment_form =
                read_assessment_form_table(*form, "assessment_form.", m_result.file, m_out);
        }
    }
    if (const auto* handout = top.table("handout")) {
        TableReader table(*handout, "handout.", m_result.file, m_out);
        take(table.string("student", k_required), m_result.setup.handout_student);
        table.finish();
    }
    top.finish();
    check_references();
}

template <typename Read>
void Reader::each_entry(TableReader& top, std::string_view name, Read read)
{
    const auto* entries = top.array(name);
    if (!entries) {
        return;
    }
    for (const auto& entry : *entries) {
        if (const auto* table = entry.as_table()) {
            read(*table);
        } else {
            error(format_check::type, position_of(entry.source(), m_result.file),
                  {fmt::format("each `{}` must be a table: write it as [[{}]]", name, name),
                   fmt::format("varje `{}` ska vara en tabell: skriv den som [[{}]]", name, name)});
        }
    }
}

void Reader::read_placement(const toml::table& t)
{
    TableReader table(t, "placement.", m_result.file, m_out);
    auto& p = m_result.setup.placement;
    take_id(table, p.id);
    take(table.string("course", k_required), p.course);
    take(table.string("title", k_required), p.title);
    take(table.string("university", k_required), p.university);
    take(table.keyword<model::Level>("level", k_required), p.level);
    if (const auto term = table.integer("programme_term", k_required)) {
        if (*term < 1 || *term > 6) {
            table.value_error(
                "programme_term",
                {fmt::format("`placement.programme_term` is 1 to 6, not {}", *term),
                 fmt::format("`placement.programme_term` är 1 till 6, inte {}", *term)});
        } else {
            p.programme_term = static_cast<int>(*term);
        }
    }
    take(table.string("field", k_required), p.field);
    take(table.string("profession"), p.profession);
    take(table.string("unit", k_required), p.unit);
    const auto start = table.date("start", k_required);
    const auto end = table.date("end", k_required);
    take(start, p.start);
    take(end, p.end);
    if (start && end && std::chrono::sys_days{*end} < std::chrono::sys_days{*start}) {
        table.value_error("end", {fmt::format("the placement ends ({}) before it starts ({})",
                                              format_date(*end), format_date(*start)),
                                  fmt::format("placeringen slutar ({}) innan den börjar ({})",
                                              format_date(*end), format_date(*start))});
    }
    take(table.string("examiner", k_required), p.examiner);
    take(table.string("rules"), p.rules);
    take(table.strings("allowed_identifiers"), m_result.setup.allowed_identifiers);
    if (!p.rules.empty()) {
        m_result.rules_path = m_directory / p.rules;
    }
    take(table.string("assessment_form"), m_result.assessment_form_file);
    table.finish();
    m_result.placement = positions_of(t, m_result.file);
}

// placement.assessment_form: the form file it names, relative to the placement file's folder.
// Its problems stand at their own lines; a file that cannot be read, at the key.
void Reader::read_form_file(const std::string& name, const Position& where)
{
    const auto path = m_directory / name;
    Diagnostics unread;
    const auto text = read_text_file(path, unread);
    if (!text) {
        for (const auto& problem : unread) {
            error(format_check::reference, where,
                  {fmt::format("the assessment form: {}", problem.message.en),
                   fmt::format("bedömningsformuläret: {}", problem.message.sv)});
        }
        return;
    }
    auto read = parse_assessment_form(*text, path.string());
    std::ranges::move(read.diagnostics, std::back_inserter(m_out));
    std::ranges::move(read.strings, std::back_inserter(m_result.strings));
    m_result.setup.placement.assessment_form = std::move(read.form);
}

// Whether a staff table must have the fact `key`: what model::k_required_staff_facts says.
Need staff_fact(std::string_view key)
{
    return model::is_required_staff_fact(key) ? Need::required : Need::optional;
}

void Reader::read_staff(const toml::table& t)
{
    TableReader table(t, "staff.", m_result.file, m_out);
    Person person;
    model::Qualifications q;
    take_id(table, person.id);
    take(table.string("name", k_required), person.name);
    take(table.keyword<model::Role>("role", staff_fact("role")), q.role);
    take(table.string("profession", staff_fact("profession")), q.profession);
    take(table.keyword<model::Employer>("employer", staff_fact("employer")), q.employer);
    take(table.keyword<model::Degree>("degree", staff_fact("degree")), q.degree);
    take(table.string("degree_field"), q.degree_field);
    take(table.strings("specialist"), q.specialist);
    take(table.keyword<model::Training>("supervisor_training", staff_fact("supervisor_training")),
         q.supervisor_training);
    q.in_profession_since = table.date("in_profession_since");
    q.appointed = table.date("appointed");
    take(table.boolean("teaching_ability_assessed"), q.teaching_ability_assessed);
    q.master_started = table.date("master_started");
    table.finish();
    person.staff = std::move(q);
    m_result.setup.staff.push_back(std::move(person));
    m_result.staff.push_back(positions_of(t, m_result.file));
}

void Reader::read_student(const toml::table& t)
{
    TableReader table(t, "student.", m_result.file, m_out);
    Person person;
    take_id(table, person.id);
    take(table.string("name", k_required), person.name);
    table.finish();
    m_result.setup.students.push_back(std::move(person));
    m_result.students.push_back(positions_of(t, m_result.file));
}

void Reader::read_pair(const toml::table& t)
{
    TableReader table(t, "pair.", m_result.file, m_out);
    model::Pair pair;
    take(table.strings("students", k_required), pair.students);
    take(table.strings("supervisors", k_required), pair.supervisors);
    take(table.string("reason"), pair.reason);
    table.finish();
    m_result.setup.pairs.push_back(std::move(pair));
    m_result.pairs.push_back(positions_of(t, m_result.file));
}

// Ids given twice, and ids that name nothing: checked once every table has been read.
void Reader::check_references()
{
    const auto& setup = m_result.setup;
    std::map<std::string, Position, std::less<>> seen;
    auto remember = [&](const Person& person, const KeyPositions& where, auto&& sound) {
        const auto [first, inserted] = seen.emplace(person.id, where.at("id"));
        if (!inserted) {
            sound = false;
            error(format_check::duplicate, where.at("id"),
                  {fmt::format("the id \"{}\" is given twice (first on line {})", person.id,
                               first->second.line),
                   fmt::format("id:t \"{}\" förekommer två gånger (först på rad {})", person.id,
                               first->second.line)});
        }
    };
    for (std::size_t i = 0; i < setup.staff.size(); ++i) {
        remember(setup.staff[i], m_result.staff[i], m_result.staff_sound[i]);
    }
    for (std::size_t i = 0; i < setup.students.size(); ++i) {
        remember(setup.students[i], m_result.students[i], m_result.students_sound[i]);
    }

    const auto& examiner = setup.placement.examiner;
    if (!examiner.empty() && !setup.find_staff(examiner)) {
        error(format_check::reference, m_result.placement.at("examiner"),
              {fmt::format("the examiner \"{}\" is not among the staff", examiner),
               fmt::format("examinatorn \"{}\" finns inte bland personalen", examiner)});
    }

    std::map<std::string, std::size_t, std::less<>> pair_of_student;
    for (std::size_t i = 0; i < setup.pairs.size(); ++i) {
        const auto& pair = setup.pairs[i];
        const auto& where = m_result.pairs[i];
        for (const auto& student : pair.students) {
            if (!setup.find_student(student)) {
                error(format_check::reference, where.at("students"),
                      {fmt::format("the pair names \"{}\", who is not among the students", student),
                       fmt::format("paret nämner \"{}\", som inte finns bland studenterna",
                                   student)});
            } else if (auto [other, fresh] = pair_of_student.emplace(student, i); !fresh) {
                error(format_check::duplicate, where.at("students"),
                      {fmt::format("\"{}\" is already in the pair on line {}; a student is in "
                                   "one pair",
                                   student, m_result.pairs[other->second].table.line),
                       fmt::format("\"{}\" finns redan i paret på rad {}; en student hör till "
                                   "ett par",
                                   student, m_result.pairs[other->second].table.line)});
            }
        }
        for (const auto& supervisor : pair.supervisors) {
            if (!setup.find_staff(supervisor)) {
                error(format_check::reference, where.at("supervisors"),
                      {fmt::format("the supervisor \"{}\" is not among the staff", supervisor),
                       fmt::format("handledaren \"{}\" finns inte bland personalen", supervisor)});
            }
        }
    }
    if (!setup.handout_student.empty() && !setup.find_student(setup.handout_student)) {
        error(format_check::reference, position_of({}, m_result.file),
              {fmt::format("the handout is for \"{}\", who is not among the students",
                           setup.handout_student),
               fmt::format("utdraget gäller \"{}\", som inte finns bland studenterna",
                           setup.handout_student)});
    }
}

} // namespace

model::PlacementSetup PlacementFile::sound_setup() const
{
    model::PlacementSetup sound;
    sound.placement = setup.placement;
    sound.handout_student = setup.handout_student;
    sound.allowed_identifiers = setup.allowed_identifiers;
    for (std::size_t i = 0; i < setup.staff.size(); ++i) {
        if (staff_sound[i]) {
            sound.staff.push_back(setup.staff[i]);
        }
    }
    for (std::size_t i = 0; i < setup.students.size(); ++i) {
        if (students_sound[i]) {
            sound.students.push_back(setup.students[i]);
        }
    }
    for (const auto& pair : setup.pairs) {
        const bool whole =
            std::ranges::all_of(pair.students,
                                [&](const auto& id) { return sound.find_student(id); })
            && std::ranges::all_of(pair.supervisors,
                                   [&](const auto& id) { return sound.find_staff(id); })
            && std::ranges::none_of(pair.students,
                                    [&](const auto& id) { return sound.pair_of(id); });
        if (whole) {
            sound.pairs.push_back(pair);
        }
    }
    return sound;
}

Position KeyPositions::at(std::string_view key) const
{
    const auto found = keys.find(key);
    return found == keys.end() ? table : found->second;
}

PlacementFileResult parse_placement_file(std::string_view text, const std::string& file_name,
                                         const std::filesystem::path& directory)
{
    PlacementFileResult result;
    auto& out = result.diagnostics;
    if (!check_utf8(text, file_name, out)) {
        return result;
    }
    const auto document = parse_toml(text, file_name, out);
    if (!document) {
        return result;
    }
    Reader reader(file_name, directory, out);
    reader.read(*document);
    result.file = reader.take_result();
    auto strings = string_values(*document, text, file_name);
    strings.insert(strings.end(), std::make_move_iterator(result.file->strings.begin()),
                   std::make_move_iterator(result.file->strings.end()));
    result.file->strings = std::move(strings);
    return result;
}

PlacementFileResult read_placement_file(const std::filesystem::path& path)
{
    PlacementFileResult result;
    const auto text = read_text_file(path, result.diagnostics);
    if (!text) {
        return result;
    }
    return parse_placement_file(*text, path.string(), path.parent_path());
}

} // namespace peer::formats
