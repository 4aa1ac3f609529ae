#pragma once
// Small helpers the rule files share to build findings.

#include <peer/core/date.hpp>
#include <peer/model/enums.hpp>
#include <peer/rules/finding.hpp>
#include <peer/rules/rule_set.hpp>

#include <optional>
#include <string>

namespace peer::rules::detail {

inline Finding finding(std::string_view rule, Verdict verdict, const std::string& subject,
                       std::vector<Fact> facts, Text message)
{
    return Finding{std::string(rule), verdict, subject, std::move(facts), std::move(message)};
}

inline Finding passed(std::string_view rule, const std::string& subject, std::vector<Fact> facts,
                      Text message)
{
    return finding(rule, Verdict::passed, subject, std::move(facts), std::move(message));
}

inline Finding failed(std::string_view rule, const RuleSet& rules, const std::string& subject,
                      std::vector<Fact> facts, Text message)
{
    return finding(rule, rules::failed(rules.severity_of(rule)), subject, std::move(facts),
                   std::move(message));
}

template <typename E>
Fact fact(std::string name, E value)
{
    return Fact{std::move(name), std::string(model::keyword(value))};
}

inline Fact fact(std::string name, std::string value)
{
    return Fact{std::move(name), std::move(value)};
}

inline Fact fact(std::string name, const std::optional<Date>& date)
{
    return Fact{std::move(name), date ? format_date(*date) : "unknown"};
}

inline std::string english(auto value)
{
    return std::string(model::display(value, Lang::en));
}
inline std::string swedish(auto value)
{
    return std::string(model::display(value, Lang::sv));
}

// Role and level names for prose: "clinical lecturer", "avancerad nivå".
inline std::string prose(std::string_view keyword)
{
    std::string text(keyword);
    for (auto& c : text) {
        c = c == '-' ? ' ' : c;
    }
    return text;
}
inline std::string english(model::Role role)
{
    return prose(model::display(role, Lang::en));
}
inline std::string swedish(model::Role role)
{
    return prose(model::display(role, Lang::sv));
}
inline std::string english(model::Level level)
{
    return level == model::Level::basic ? "basic level" : "advanced level";
}
inline std::string swedish(model::Level level)
{
    return level == model::Level::basic ? "grundnivå" : "avancerad nivå";
}

} // namespace peer::rules::detail
