#include <peer/formats/activity_json.hpp>

#include <fmt/format.h>

#include <iterator>

namespace peer::formats {

namespace {

// A JSON string literal, as nlohmann::json::dump writes it for UTF-8 text.
void append_string(std::string& out, std::string_view text)
{
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace

nlohmann::json to_json(const model::Activity& a)
{
    return {{"code", a.code}, {"title", a.title},       {"what", a.what}, {"how", a.how},
            {"why", a.why},   {"outcomes", a.outcomes}, {"unit", a.unit}, {"tags", a.tags}};
}

nlohmann::json to_json(const model::LogEntry& e)
{
    nlohmann::json out{
        {"number", e.number},
        {"date", format_date(e.date)},
        {"code", e.code},
        {"mode", model::keyword(e.mode)},
        {"partners", e.partners},
        {"patients", e.patients ? nlohmann::json(*e.patients) : nlohmann::json()},
        {"presence", e.presence ? nlohmann::json(model::keyword(*e.presence)) : nlohmann::json()},
        {"note", e.note}};
    auto steps = nlohmann::json::array();
    for (const auto step : e.observer_steps) {
        steps.push_back(model::keyword(step));
    }
    out["observer_steps"] = steps;
    return out;
}

void append_json_line(std::string& out, const model::LogEntry& e)
{
    fmt::format_to(std::back_inserter(out), R"({{"code":)");
    append_string(out, e.code);
    fmt::format_to(std::back_inserter(out), R"(,"date":"{}","mode":"{}","note":)",
                   format_date(e.date), model::keyword(e.mode));
    append_string(out, e.note);
    fmt::format_to(std::back_inserter(out), R"(,"number":{},"observer_steps":[)", e.number);
    for (std::size_t i = 0; i < e.observer_steps.size(); ++i) {
        fmt::format_to(std::back_inserter(out), R"({}"{}")", i == 0 ? "" : ",",
                       model::keyword(e.observer_steps[i]));
    }
    out += R"(],"partners":[)";
    for (std::size_t i = 0; i < e.partners.size(); ++i) {
        out += i == 0 ? "" : ",";
        append_string(out, e.partners[i]);
    }
    out += R"(],"patients":)";
    out += e.patients ? std::to_string(*e.patients) : "null";
    out += R"(,"presence":)";
    out += e.presence ? fmt::format(R"("{}")", model::keyword(*e.presence)) : "null";
    out += "}\n";
}

} // namespace peer::formats
