// Reading an export, with a diagnostic at its line for every problem.

#include <peer/core/utf8.hpp>
#include <peer/exchange/export_file.hpp>
#include <peer/forms/form.hpp>

#include "line_fields.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace peer::exchange {

namespace {

using line::Fields;
using line::Object;

// The keys every record has.
const std::vector<std::string_view> k_common{"kind",    "uuid",    "author",
                                             "created", "updated", "allowed"};

model::Stamp read_stamp(Fields& f, bool shared)
{
    model::Stamp s;
    s.uuid = f.uuid("uuid");
    s.author = f.text_or_null("author");
    s.created = f.timestamp("created");
    s.updated = f.timestamp("updated");
    s.allowed = f.strings("allowed");
    if (shared && !s.author.empty()) {
        f.wrong_value("author", {"null: a placement file or a catalogue describes this record",
                                 "null: en placeringsfil eller en katalog beskriver posten"});
    }
    return s;
}

model::Qualifications read_staff(Fields f)
{
    f.only({"role", "profession", "employer", "degree", "degree_field", "specialist",
            "supervisor_training", "in_profession_since", "appointed", "teaching_ability_assessed",
            "master_started"});
    model::Qualifications q;
    q.role = f.keyword<model::Role>("role");
    q.profession = f.text("profession");
    q.employer = f.keyword<model::Employer>("employer");
    q.degree = f.keyword<model::Degree>("degree");
    q.degree_field = f.text("degree_field");
    q.specialist = f.strings("specialist");
    q.supervisor_training = f.keyword<model::Training>("supervisor_training");
    q.in_profession_since = f.date_or_null("in_profession_since");
    q.appointed = f.date_or_null("appointed");
    q.teaching_ability_assessed = f.boolean("teaching_ability_assessed");
    q.master_started = f.date_or_null("master_started");
    return q;
}

model::Record read_person(Fields& f)
{
    model::PersonRecord r;
    r.stamp = read_stamp(f, true);
    r.person.id = f.text("id");
    r.person.name = f.text("name");
    if (const auto staff = f.object_or_null("staff")) {
        r.person.staff = read_staff(f.nested(*staff));
    }
    return r;
}

model::Record read_placement(Fields& f)
{
    model::PlacementRecord r;
    r.stamp = read_stamp(f, true);
    auto& p = r.placement;
    p.id = f.text("id");
    p.course = f.text("course");
    p.title = f.text("title");
    p.university = f.text("university");
    p.level = f.keyword<model::Level>("level");
    p.programme_term = f.integer_or_null("programme_term", 1, 6).value_or(1);
    p.field = f.text("field");
    p.profession = f.text("profession");
    p.unit = f.text("unit");
    p.start = f.date("start");
    p.end = f.date("end");
    p.examiner = f.text("examiner");
    p.rules = f.text("rules");
    p.assessment_form = f.assessment_form("assessment_form");
    r.staff = f.strings("staff");
    r.archived = f.timestamp_or_null("archived");
    for (const auto student : f.objects("students")) {
        auto s = f.nested(student);
        s.only({"id", "archived"});
        r.students.push_back({s.text("id"), s.timestamp_or_null("archived")});
    }
    return r;
}

model::Record read_pair(Fields& f)
{
    model::PairRecord r;
    r.stamp = read_stamp(f, true);
    r.placement = f.text("placement");
    r.pair.students = f.strings("students");
    r.pair.supervisors = f.strings("supervisors");
    r.pair.reason = f.text("reason");
    r.archived = f.timestamp_or_null("archived");
    return r;
}

model::Record read_activity(Fields& f)
{
    model::ActivityRecord r;
    r.stamp = read_stamp(f, true);
    auto& a = r.activity;
    a.code = f.text("code");
    a.title = f.text("title");
    a.what = f.text("what");
    a.how = f.text("how");
    a.why = f.text("why");
    a.unit = f.text("unit");
    a.outcomes = f.strings("outcomes");
    a.tags = f.strings("tags");
    return r;
}

model::Record read_log_entry(Fields& f)
{
    model::LogRecord r;
    r.stamp = read_stamp(f, false);
    auto& e = r.entry;
    e.date = f.date("date");
    e.code = f.text("activity");
    e.mode = f.keyword<model::Mode>("mode");
    e.partners = f.strings("partners");
    r.pair = f.uuid_or_null("pair");
    e.patients = f.integer_or_null("patients", 0, 1000);
    e.presence = f.keyword_or_null<model::Presence>("presence");
    for (const auto& step : f.strings("observer_steps")) {
        if (const auto parsed = model::parse_keyword<model::ObserverStep>(step);
            parsed && model::keyword(*parsed) == step) {
            e.observer_steps.push_back(*parsed);
        } else {
            f.wrong_value("observer_steps",
                          {"a list of before, during, after", "en lista av before, during, after"});
        }
    }
    e.note = f.text("note");
    return r;
}

// The texts of a written record under its form's keys, or null when withheld; and which of
// its sections were answered.
template <typename W>
void read_texts(Fields& f, model::WritingRecord<W>& r, const forms::Form& form)
{
    const auto answered = f.strings("answered");
    for (const auto& name : answered) {
        if (std::ranges::none_of(form.sections, [&](const auto& s) { return s.key == name; })) {
            f.wrong_value("answered",
                          {"a list of the form's sections", "en lista av formulärets delar"});
        }
    }
    const auto text = f.object_or_null("text");
    r.withheld = !text;
    std::vector<std::string_view> keys;
    for (const auto& section : form.sections) {
        keys.push_back(section.key);
    }
    std::optional<Fields> texts;
    if (text) {
        texts.emplace(f.nested(*text));
        texts->only(keys);
    }
    for (const auto& section : form.sections) {
        const bool was_answered = std::ranges::find(answered, section.key) != answered.end();
        r.answered.push_back(was_answered);
        if (texts) {
            auto answer = texts->text(section.key);
            if (answer.empty() == was_answered) {
                f.wrong_value("answered", {"the sections whose text is not empty",
                                           "de delar vars text inte är tom"});
            }
            r.writing.answers.push_back(std::move(answer));
        }
    }
}

template <typename W>
model::WritingRecord<W> read_writing(Fields& f)
{
    model::WritingRecord<W> r;
    r.stamp = read_stamp(f, false);
    r.writing.uuid = r.stamp.uuid;
    r.writing.author = r.stamp.author;
    r.writing.date = f.date("date");
    r.entry = f.uuid_or_null("entry");
    r.writing.code = f.text_or_null("activity");
    return r;
}

model::Record read_reflection(Fields& f)
{
    auto r = read_writing<model::Reflection>(f);
    r.writing.phase = f.keyword_or_null<model::Phase>("phase");
    r.writing.company = f.keyword<model::Company>("with");
    const auto status = f.text("status");
    if (status != "draft" && status != "saved") {
        f.wrong_value("status", {"draft or saved", "draft eller saved"});
    }
    r.writing.draft = status == "draft";
    read_texts(f, r, forms::reflection_form());
    return r;
}

model::Record read_feedback(Fields& f)
{
    auto r = read_writing<model::Feedback>(f);
    r.writing.recipient = f.text("recipient");
    read_texts(f, r, forms::feedback_form());
    return r;
}

model::Record read_briefing(Fields& f)
{
    auto r = read_writing<model::Briefing>(f);
    r.writing.kind = f.keyword<model::BriefingKind>("when");
    read_texts(f, r,
               r.writing.kind == model::BriefingKind::before ? forms::briefing_before_form()
                                                             : forms::briefing_after_form());
    return r;
}

model::Record read_introduction(Fields& f)
{
    model::IntroductionRecord r;
    r.stamp = read_stamp(f, false);
    r.writing.uuid = r.stamp.uuid;
    r.writing.author = r.stamp.author;
    r.writing.date = f.date("date");
    r.writing.placement = f.text("placement");
    read_texts(f, r, forms::introduction_form());
    return r;
}

model::Record read_assessment(Fields& f)
{
    model::AssessmentRecord r;
    r.stamp = read_stamp(f, false);
    auto& a = r.assessment;
    a.uuid = r.stamp.uuid;
    a.assessor = r.stamp.author;
    if (a.assessor.empty()) {
        f.wrong_value("author", {"the assessor's id", "bedömarens id"});
    }
    a.student = f.text("student");
    a.placement = f.text("placement");
    a.talk = f.keyword<model::Talk>("talk");
    a.date = f.date("date");
    for (const auto object : f.objects("judgements")) {
        auto j = f.nested(object);
        j.only({"criterion", "level", "comment", "evidence"});
        model::Judgement judgement{j.text("criterion"), j.text("level"), j.text("comment"), {}};
        for (const auto cited : j.objects("evidence")) {
            auto e = j.nested(cited);
            e.only({"kind", "uuid"});
            auto kind = e.text("kind");
            if (kind != "log_entry" && kind != "reflection" && kind != "feedback") {
                e.wrong_value("kind", {"log_entry, reflection or feedback",
                                       "log_entry, reflection eller feedback"});
            }
            judgement.evidence.push_back({std::move(kind), e.uuid("uuid"), 0});
        }
        a.judgements.push_back(std::move(judgement));
    }
    a.overall_level = f.text_or_null("overall_level");
    a.overall_comment = f.text("overall_comment");
    return r;
}

model::Record read_plan(Fields& f)
{
    model::PlanRecord r;
    r.stamp = read_stamp(f, false);
    auto& p = r.plan;
    p.uuid = r.stamp.uuid;
    p.author = r.stamp.author;
    if (p.author.empty()) {
        f.wrong_value("author", {"the id of who wrote the plan", "id för den som skrev planen"});
    }
    p.student = f.text("student");
    p.placement = f.text("placement");
    p.date = f.date("date");
    p.criteria = f.strings("criteria");
    p.lacking = f.text("lacking");
    p.actions = f.text("actions");
    p.due = f.date("due");
    p.reviewer = f.text_or_null("reviewer");
    p.review_date = f.date("review_date");
    p.outcome = f.keyword_or_null<model::PlanOutcome>("outcome");
    const auto reviewed_on = f.date_or_null("reviewed_on");
    if (p.outcome.has_value() != reviewed_on.has_value()) {
        f.wrong_value("reviewed_on", {"a date when there is an outcome, else null",
                                      "ett datum när det finns ett utfall, annars null"});
    }
    p.reviewed_on = reviewed_on.value_or(Date{});
    p.review_comment = f.text("review_comment");
    return r;
}

model::Record read_tombstone(Fields& f)
{
    model::TombstoneRecord r;
    r.stamp = read_stamp(f, true);
    r.of = f.text("of");
    if (!model::is_deletable_kind(r.of)) {
        f.wrong_value("of", {"log_entry, reflection, feedback, briefing, introduction, "
                             "assessment or individual_plan",
                             "log_entry, reflection, feedback, briefing, introduction, "
                             "assessment eller individual_plan"});
    }
    return r;
}

struct Kind {
    std::string_view name;
    std::vector<std::string_view> keys; // beyond those every record has
    model::Record (*read)(Fields&);
};

const std::vector<Kind>& kinds()
{
    static const std::vector<Kind> k{
        {"person", {"id", "name", "staff"}, read_person},
        {"placement",
         {"id", "course", "title", "university", "level", "programme_term", "field", "profession",
          "unit", "start", "end", "examiner", "rules", "assessment_form", "staff", "students",
          "archived"},
         read_placement},
        {"pair", {"placement", "students", "supervisors", "reason", "archived"}, read_pair},
        {"activity",
         {"code", "title", "what", "how", "why", "unit", "outcomes", "tags"},
         read_activity},
        {"log_entry",
         {"date", "activity", "mode", "partners", "pair", "patients", "presence", "observer_steps",
          "note"},
         read_log_entry},
        {"reflection",
         {"date", "entry", "activity", "phase", "with", "status", "answered", "text"},
         read_reflection},
        {"feedback", {"date", "entry", "activity", "recipient", "answered", "text"}, read_feedback},
        {"briefing", {"date", "entry", "activity", "when", "answered", "text"}, read_briefing},
        {"introduction", {"date", "placement", "answered", "text"}, read_introduction},
        {"assessment",
         {"student", "placement", "talk", "date", "judgements", "overall_level", "overall_comment"},
         read_assessment},
        {"individual_plan",
         {"student", "placement", "date", "criteria", "lacking", "actions", "due", "reviewer",
          "review_date", "outcome", "reviewed_on", "review_comment"},
         read_plan},
        {"tombstone", {"of"}, read_tombstone},
    };
    return k;
}

std::optional<ExportHeader> read_header(Object object, std::string_view line,
                                        const std::string& source, Diagnostics& out)
{
    const auto before = out.size();
    const auto format = object.at_key("format").get_string();
    if (format.error() != simdjson::SUCCESS || format.value_unsafe() != k_format) {
        out.push_back({Severity::error,
                       std::string(format_check::syntax),
                       Position{source, 1, 1},
                       {"this is not a peer export: its first line does not name the format "
                        "\"peer-export\"",
                        "det här är ingen export från peer: första raden anger inte formatet "
                        "\"peer-export\""}});
        return std::nullopt;
    }
    Fields f(object, line, source, 1, out);
    f.only({"format", "version", "owner", "exported_at", "for", "since", "placements"});
    ExportHeader header;
    header.version = f.integer_or_null("version", 1, 1'000'000).value_or(0);
    if (header.version > k_version) {
        out.push_back(
            {Severity::error,
             std::string(format_check::value),
             Position{source, 1, 1},
             {fmt::format("the export is of version {} of the format, and this peer reads "
                          "versions up to {}: update peer to import it",
                          header.version, k_version),
              fmt::format("exporten har version {} av formatet, och den här versionen av peer "
                          "läser till och med version {}: uppdatera peer för att importera den",
                          header.version, k_version)}});
        return std::nullopt;
    }
    header.owner = f.text_or_null("owner");
    header.exported_at = f.timestamp("exported_at");
    header.recipient = f.text_or_null("for");
    if (const auto since = f.date_or_null("since")) {
        header.since = format_date(*since);
    }
    header.placements = f.strings("placements");
    if (out.size() != before) {
        return std::nullopt;
    }
    return header;
}

} // namespace

ReadExport read_export(std::string_view text, const std::string& source)
{
    ReadExport out;
    if (text.empty()) {
        out.diagnostics.push_back({Severity::error,
                                   std::string(format_check::syntax),
                                   Position{source, 1, 1},
                                   {"the file is empty: it is not a peer export",
                                    "filen är tom: den är ingen export från peer"}});
        return out;
    }
    simdjson::dom::parser parser;
    int number = 0;
    std::size_t from = 0;
    while (from < text.size()) {
        ++number;
        const auto end = text.find('\n', from);
        const bool cut = end == std::string_view::npos;
        const auto line = text.substr(from, cut ? std::string_view::npos : end - from);
        from = cut ? text.size() : end + 1;
        // simdjson checks the line's UTF-8 as it parses it; where it fails, the first invalid
        // byte is looked for to say where it is.
        const auto parsed = parser.parse(line.data(), line.size());
        const auto invalid =
            parsed.error() == simdjson::SUCCESS ? std::nullopt : first_invalid_utf8(line);
        if (invalid) {
            out.diagnostics.push_back(
                {Severity::error,
                 std::string(format_check::encoding),
                 Position{source, number,
                          static_cast<int>(count_characters(line.substr(0, *invalid))) + 1},
                 {"the line is not UTF-8", "raden är inte UTF-8"}});
            continue;
        }
        const auto object = parsed.get_object();
        if (object.error() != simdjson::SUCCESS) {
            const Text what =
                cut ? Text{"the file ends inside a record: it was cut short; export it again",
                           "filen slutar mitt i en post: den har kapats; exportera igen"}
                : number == 1 ? Text{"this is not a peer export: its first line is not JSON",
                                     "det här är ingen export från peer: första raden är inte JSON"}
                              : Text{"the line is not a JSON object", "raden är inget JSON-objekt"};
            out.diagnostics.push_back({Severity::error, std::string(format_check::syntax),
                                       Position{source, number, 1}, what});
            if (number == 1) {
                return out; // not an export: nothing more to say
            }
            continue;
        }
        if (number == 1) {
            out.header = read_header(object.value_unsafe(), line, source, out.diagnostics);
            if (!out.header) {
                return out; // not an export, or one this build cannot read: nothing more to say
            }
            continue;
        }
        Fields f(object.value_unsafe(), line, source, number, out.diagnostics);
        const auto kind_name = object.at_key("kind").get_string();
        const auto kind = kind_name.error() == simdjson::SUCCESS
                              ? std::ranges::find(kinds(), kind_name.value_unsafe(), &Kind::name)
                              : kinds().end();
        if (kind == kinds().end()) {
            std::string names;
            for (const auto& k : kinds()) {
                names += fmt::format("{}{}", names.empty() ? "" : ", ", k.name);
            }
            f.wrong_value("kind",
                          {fmt::format("one of {}", names), fmt::format("något av {}", names)});
            continue;
        }
        std::vector<std::string_view> keys(k_common);
        keys.insert(keys.end(), kind->keys.begin(), kind->keys.end());
        f.only(keys);
        out.records.push_back({number, kind->read(f)});
    }
    if (!out.header) {
        out.diagnostics.push_back({Severity::error,
                                   std::string(format_check::syntax),
                                   Position{source, 1, 1},
                                   {"the file has no header line: it is not a peer export",
                                    "filen saknar rubrikrad: den är ingen export från peer"}});
    }
    return out;
}

} // namespace peer::exchange
