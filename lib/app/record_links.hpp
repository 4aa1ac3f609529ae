#pragma once
// How the records of an export refer to each other: people, placements and activities by the
// ids every journal shares, everything else by its uuid.

#include <peer/model/record.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::app::links {

std::string person(std::string_view id);     // "person/ali"
std::string placement(std::string_view id);  // "placement/ht26-kir-avd12"
std::string activity(std::string_view code); // "activity/SUR-SBAR-01"

// What other records refer to this one by.
std::string key_of(const model::Record& record);

// What makes two journals' records the same record: key_of, but a pair by its placement and
// its students, since each journal gives a pair its own uuid.
std::string identity_of(const model::Record& record);

// The keys of the records this one refers to, and the name of the field that does. A record
// that is not required (the evidence an assessment cites) goes with it in an export, but may
// be missing from an import: deleted, or withheld from its reader.
struct Reference {
    std::string key;
    std::string_view field;
    bool required = true;
};
std::vector<Reference> references(const model::Record& record);

// The texts of the record a person wrote, each with the key the export gives it.
struct NamedField {
    std::string_view field;
    const std::string* text;
};
std::vector<NamedField> texts_of(const model::Record& record);

} // namespace peer::app::links
