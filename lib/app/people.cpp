#include <peer/app/lookup.hpp>
#include <peer/app/people.hpp>
#include <peer/journal/people.hpp>
#include <peer/placement_check/check.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace peer::app {

namespace {

template <typename T>
void set(const std::optional<T>& given, T& field)
{
    if (given) {
        field = *given;
    }
}

Problem usage(Text message)
{
    return problem(ExitCode::usage, std::move(message));
}

// The privacy guard over the person's texts, each at its field.
privacy::Screening screen(const model::Person& p, const std::vector<std::string>& allowed)
{
    std::vector<privacy::NamedText> texts{{"id", p.id}, {"name", p.name}};
    if (p.staff) {
        texts.push_back({"profession", p.staff->profession});
        texts.push_back({"degree_field", p.staff->degree_field});
        for (const auto& field : p.staff->specialist) {
            texts.push_back({"specialist", field});
        }
    }
    return privacy::screen(texts, allowed);
}

Problem refused(Diagnostics found)
{
    return problem(
        ExitCode::invalid_data, std::move(found),
        {"the person was not saved; nothing was written", "personen sparades inte; inget skrevs"});
}

// What the placement of `setup` tells the rules about the member of staff `id`: the team is
// every other supervisor of the pairs they supervise.
rules::PlacementContext context_in(const model::PlacementSetup& setup, const std::string& id)
{
    auto context = placement_check::placement_context(setup.placement);
    context.examines = setup.placement.examiner == id;
    for (const auto& pair : setup.pairs) {
        if (std::ranges::find(pair.supervisors, id) == pair.supervisors.end()) {
            continue;
        }
        context.supervises = true;
        for (const auto& other : pair.supervisors) {
            const auto* colleague = setup.find_staff(other);
            const bool known =
                std::ranges::find(context.team, other, &model::Person::id) != context.team.end();
            if (other != id && colleague && !known) {
                context.team.push_back(*colleague);
            }
        }
    }
    return context;
}

} // namespace

bool StaffFacts::any() const
{
    return role || profession || employer || degree || degree_field || specialist
           || supervisor_training || in_profession_since || appointed || teaching_ability_assessed
           || master_started;
}

std::vector<std::string> StaffFacts::missing() const
{
    using Given = std::pair<bool, std::string_view>;
    const std::array given{
        Given{role.has_value(), "role"},
        Given{profession.has_value(), "profession"},
        Given{employer.has_value(), "employer"},
        Given{degree.has_value(), "degree"},
        Given{supervisor_training.has_value(), "supervisor_training"},
    };
    std::vector<std::string> out;
    for (const auto& [is_given, key] : given) {
        if (!is_given && model::is_required_staff_fact(key)) {
            out.emplace_back(key);
        }
    }
    return out;
}

void StaffFacts::apply_to(model::Qualifications& q) const
{
    set(role, q.role);
    set(profession, q.profession);
    set(employer, q.employer);
    set(degree, q.degree);
    set(degree_field, q.degree_field);
    set(specialist, q.specialist);
    set(supervisor_training, q.supervisor_training);
    if (in_profession_since) {
        q.in_profession_since = in_profession_since;
    }
    if (appointed) {
        q.appointed = appointed;
    }
    set(teaching_ability_assessed, q.teaching_ability_assessed);
    if (master_started) {
        q.master_started = master_started;
    }
}

Result<model::Person> add_person(journal::Journal& journal, const PersonRequest& request)
{
    const auto& id = request.id;
    if (!model::is_valid_id(id)) {
        if (auto screening = privacy::screen({{"id", id}}, request.allowed);
            has_errors(screening.diagnostics)) {
            return refused(std::move(screening.diagnostics)); // not repeated in a message
        }
        return usage(
            {fmt::format("'{}' cannot be an id: use letters, digits, '.', '_' and '-' (at most "
                         "40), starting with a letter or digit",
                         id),
             fmt::format("'{}' kan inte vara ett id: använd bokstäver, siffror, '.', '_' och '-' "
                         "(högst 40), med en bokstav eller siffra först",
                         id)});
    }
    if (!request.name || request.name->empty()) {
        return Problem{ExitCode::usage,
                       {{Severity::error, "", Position{"name", 0, 0}, {"is required", "krävs"}}}};
    }
    if (request.student && request.staff.any()) {
        return usage({"a student has no staff facts: leave out --role and the other staff "
                      "options, or --student",
                      "en student har inga uppgifter som anställd: utelämna --role och de "
                      "andra flaggorna för anställda, eller --student"});
    }
    model::Person person{id, *request.name, std::nullopt};
    if (!request.student) {
        Diagnostics missing;
        for (const auto& key : request.staff.missing()) {
            missing.push_back({Severity::error,
                               "",
                               Position{key, 0, 0},
                               {"a member of staff needs this too (or --student for a student)",
                                "en anställd behöver också detta (eller --student för en "
                                "student)"}});
        }
        if (!missing.empty()) {
            return Problem{ExitCode::usage, std::move(missing)};
        }
        person.staff.emplace();
        request.staff.apply_to(*person.staff);
    }
    auto screening = screen(person, request.allowed);
    if (has_errors(screening.diagnostics)) {
        return refused(std::move(screening.diagnostics));
    }
    Result<model::Person> out = person;
    journal.write([&] {
        if (journal::add_person(journal, person, screening.allowed)
            != journal::PersonSaved::id_taken) {
            return;
        }
        const auto holder = journal::find_person(journal, id);
        out = problem(ExitCode::invalid_data,
                      {fmt::format("the id '{}' is taken by {}; choose another id, or change them "
                                   "with `peer person edit {}`",
                                   id, holder->name, id),
                       fmt::format("id:t '{}' används redan av {}; välj ett annat id, eller ändra "
                                   "med `peer person edit {}`",
                                   id, holder->name, id)});
    });
    return out;
}

Result<EditedPerson> edit_person(journal::Journal& journal, const PersonRequest& request)
{
    Result<EditedPerson> out = Problem{};
    journal.write_if([&] {
        auto found = person(journal, request.id);
        if (!found) {
            out = found.problem();
            return false;
        }
        auto& p = *found;
        set(request.name, p.name);
        if (p.is_student() && request.staff.any()) {
            out = usage({fmt::format("{} is a student: staff options do not apply", p.id),
                         fmt::format("{} är student: flaggorna för anställda gäller inte", p.id)});
            return false;
        }
        if (!p.is_student() && request.student) {
            out = usage({fmt::format("{} is a member of staff and stays one; add the student "
                                     "under another id",
                                     p.id),
                         fmt::format("{} är anställd och förblir det; lägg till studenten med "
                                     "ett annat id",
                                     p.id)});
            return false;
        }
        if (p.staff) {
            request.staff.apply_to(*p.staff);
        }
        auto screening = screen(p, request.allowed);
        if (has_errors(screening.diagnostics)) {
            out = refused(std::move(screening.diagnostics));
            return false;
        }
        const auto saved = journal::update_person(journal, p, screening.allowed);
        out = EditedPerson{std::move(p), saved != journal::PersonSaved::unchanged};
        return true;
    });
    return out;
}

Result<StaffCheck> check_person(const journal::Journal& journal, const StaffCheckRequest& request)
{
    auto rule_set = app::rule_set(request.rules_file);
    if (!rule_set) {
        return rule_set.problem();
    }
    Result<StaffCheck> out = Problem{};
    journal.read([&] {
        auto found = person(journal, request.id);
        if (!found) {
            out = found.problem();
            return;
        }
        StaffCheck check{std::move(*found), request.placement, std::move(*rule_set), {}};
        if (!request.placement_id.empty()) {
            auto setup = placement(journal, request.placement_id);
            if (!setup) {
                out = setup.problem();
                return;
            }
            check.placement = context_in(*setup, check.person.id);
        }
        // A supervisor checked for a placement is checked as one who supervises a pair there.
        check.placement.supervises =
            check.placement.supervises
            || (check.person.staff && check.person.staff->role == model::Role::supervisor);
        for (const auto& id : request.team) {
            auto member = person(journal, id);
            if (!member) {
                out = member.problem();
                return;
            }
            check.placement.team.push_back(std::move(*member));
        }
        check.findings =
            rules::check_staff(check.person, check.placement, request.as_of, check.rule_set);
        out = std::move(check);
    });
    return out;
}

} // namespace peer::app
