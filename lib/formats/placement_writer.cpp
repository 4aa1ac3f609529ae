#include <peer/formats/assessment_form.hpp>
#include <peer/formats/placement_writer.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

namespace peer::formats {

namespace {

toml::date to_toml_date(Date date)
{
    return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
            static_cast<unsigned>(date.day())};
}

toml::array strings(const std::vector<std::string>& items)
{
    toml::array out;
    for (const auto& item : items) {
        out.push_back(item);
    }
    return out;
}

toml::table placement_table(const model::Placement& p)
{
    toml::table t{{"id", p.id},
                  {"course", p.course},
                  {"title", p.title},
                  {"university", p.university},
                  {"level", std::string(model::keyword(p.level))},
                  {"programme_term", p.programme_term},
                  {"field", p.field},
                  {"unit", p.unit},
                  {"start", to_toml_date(p.start)},
                  {"end", to_toml_date(p.end)},
                  {"examiner", p.examiner}};
    if (!p.profession.empty()) {
        t.insert("profession", p.profession);
    }
    return t;
}

toml::table staff_table(const model::Person& person)
{
    const auto& q = *person.staff;
    toml::table t{{"id", person.id},
                  {"name", person.name},
                  {"role", std::string(model::keyword(q.role))},
                  {"profession", q.profession},
                  {"employer", std::string(model::keyword(q.employer))},
                  {"degree", std::string(model::keyword(q.degree))},
                  {"supervisor_training", std::string(model::keyword(q.supervisor_training))}};
    if (!q.degree_field.empty()) {
        t.insert("degree_field", q.degree_field);
    }
    if (!q.specialist.empty()) {
        t.insert("specialist", strings(q.specialist));
    }
    for (auto [key, date] :
         {std::pair{"in_profession_since", &q.in_profession_since},
          std::pair{"appointed", &q.appointed}, std::pair{"master_started", &q.master_started}}) {
        if (*date) {
            t.insert(key, to_toml_date(**date));
        }
    }
    if (q.role == model::Role::clinical_teacher) {
        t.insert("teaching_ability_assessed", q.teaching_ability_assessed);
    }
    return t;
}

} // namespace

std::string to_toml(const model::PlacementSetup& setup)
{
    toml::table document{{"placement", placement_table(setup.placement)}};
    if (!setup.allowed_identifiers.empty()) {
        document["placement"].as_table()->insert("allowed_identifiers",
                                                 strings(setup.allowed_identifiers));
    }
    toml::array staff;
    for (const auto& person : setup.staff) {
        staff.push_back(staff_table(person));
    }
    toml::array students;
    for (const auto& person : setup.students) {
        students.push_back(toml::table{{"id", person.id}, {"name", person.name}});
    }
    toml::array pairs;
    for (const auto& pair : setup.pairs) {
        toml::table t{{"students", strings(pair.students)},
                      {"supervisors", strings(pair.supervisors)}};
        if (!pair.reason.empty()) {
            t.insert("reason", pair.reason);
        }
        pairs.push_back(std::move(t));
    }
    document.insert("staff", std::move(staff));
    document.insert("student", std::move(students));
    document.insert("pair", std::move(pairs));
    if (!setup.handout_student.empty()) {
        document.insert("handout", toml::table{{"student", setup.handout_student}});
    }
    std::ostringstream out;
    if (!setup.handout_student.empty()) {
        out << "# " << setup.handout_student << "'s handout for the placement "
            << setup.placement.id
            << ", written by `peer term handout`.\n# Join it in your own journal: peer term join "
               "FILE\n# Ditt utdrag: gå med i placeringen i din egen journal med peer term join "
               "FIL\n\n";
    }
    out << toml::toml_formatter(document) << '\n';
    // The form last, after the people it is for (a table's keys are written in their order).
    if (const auto& form = setup.placement.assessment_form) {
        out << "\n# The placement's assessment form (docs/assessment-form.md).\n"
            << toml::toml_formatter(toml::table{{"assessment_form", to_toml_table(*form)}}) << '\n';
    }
    return out.str();
}

model::PlacementSetup handout_for(const model::PlacementSetup& setup, const std::string& student)
{
    model::PlacementSetup handout;
    handout.placement = setup.placement;
    handout.placement.rules.clear(); // the rule set file stays with the teacher
    handout.handout_student = student;
    const auto* pair = setup.pair_of(student);
    const std::vector<std::string> students = pair ? pair->students : std::vector{student};
    for (const auto& id : students) {
        if (const auto* person = setup.find_student(id)) {
            handout.students.push_back(*person);
        }
    }
    std::vector<std::string> staff = pair ? pair->supervisors : std::vector<std::string>{};
    if (std::ranges::find(staff, setup.placement.examiner) == staff.end()) {
        staff.push_back(setup.placement.examiner);
    }
    for (const auto& id : staff) {
        if (const auto* person = setup.find_staff(id)) {
            handout.staff.push_back(*person);
        }
    }
    if (pair) {
        handout.pairs.push_back(*pair);
    }
    // The allowed texts that the handout holds, and no other: a text allowed for someone the
    // student does not meet stays with the teacher.
    const auto written = to_toml(handout);
    for (const auto& text : setup.allowed_identifiers) {
        if (written.find(text) != std::string::npos) {
            handout.allowed_identifiers.push_back(text);
        }
    }
    return handout;
}

} // namespace peer::formats
