#pragma once
// The records of an export as xAPI 1.0.3 statements (docs/xapi.md), for a Learning Record
// Store: log entries, reflections and feedback, and a voiding statement for each of them that
// was deleted. Each statement's id is derived from its record's uuid (a version-5 UUID), so an
// export sent again adds nothing to the store. The actor is an account (a home page and the
// person's id in the placement), never an e-mail address.

#include <peer/core/text.hpp>
#include <peer/model/record.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::exchange {

// The project's own IRIs (extensions, forms, activities) start so; docs/xapi.md lists them.
inline constexpr std::string_view k_xapi_iri = "https://peer.invalid/xapi/";
// The account home when none is given: `.invalid` is a reserved domain, to be replaced by the
// home of the accounts in your LRS (--xapi-home).
inline constexpr std::string_view k_xapi_default_home = "https://peer.invalid/";
// The namespace of statement ids, fixed for good (another would give every statement another
// id): uuid5(the URL namespace, "https://peer.invalid/xapi/statements").
inline constexpr std::string_view k_xapi_namespace = "466d3601-7dab-5180-ad95-838ae48df209";

struct XapiOptions {
    std::string home = std::string(k_xapi_default_home); // the actors' account homePage
    // Who deleted what the tombstones name, the actor of their voiding statements: the
    // journal's owner. Empty (a journal without owner): tombstones give no statement.
    std::string owner;
    Lang lang = Lang::en; // the language the journal's texts are tagged with (en-US, sv-SE)
};

// Whether `iri` can be an account's homePage: an absolute http or https IRI with a host, and
// no user name, spaces or characters an IRI does not take.
bool is_account_home(std::string_view iri);

// The id of the statement of the record with this uuid, and of the one voiding it.
std::string statement_id(std::string_view record_uuid);
std::string voiding_statement_id(std::string_view record_uuid);

// The statements of the records, in their order. People, placements, pairs and activities give
// none (they describe what the statements are about), nor do briefings and draft reflections.
// A record whose texts were withheld gives its statement without them.
nlohmann::ordered_json xapi_statements(const std::vector<model::Record>& records,
                                       const XapiOptions& options);

// One JSON array, or one statement per line (JSON Lines); each ends in LF.
std::string xapi_array_text(const nlohmann::ordered_json& statements);
std::string xapi_lines_text(const nlohmann::ordered_json& statements);

} // namespace peer::exchange
