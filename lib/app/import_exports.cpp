// Other journals' exports merged into this one, record by record, in one transaction.

#include "record_links.hpp"
#include <peer/app/exchange.hpp>
#include <peer/core/files.hpp>
#include <peer/core/utf8.hpp>
#include <peer/exchange/export_file.hpp>
#include <peer/journal/exchange.hpp>
#include <peer/journal/placements.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace peer::app {

namespace {

using model::Record;

struct Incoming {
    const std::string* file;
    const exchange::ExportHeader* header;
    int line = 0;
    Record record;
};

Diagnostic error_at(const std::string& file, int line, std::string_view id, Text message)
{
    return {Severity::error, std::string(id), Position{file, line, 1}, std::move(message)};
}

bool is_shared(const Record& record)
{
    return std::holds_alternative<model::PersonRecord>(record)
           || std::holds_alternative<model::PlacementRecord>(record)
           || std::holds_alternative<model::PairRecord>(record)
           || std::holds_alternative<model::ActivityRecord>(record);
}

bool is_withheld(const Record& record)
{
    return std::visit(
        [](const auto& r) {
            if constexpr (requires { r.withheld; }) {
                return r.withheld;
            } else {
                return false;
            }
        },
        record);
}

// The record as the other would be if only their stamps' uuids and times told them apart.
bool same_content(const Record& here, Record incoming)
{
    auto& stamp = model::stamp_of(incoming);
    const auto& local = model::stamp_of(here);
    stamp.uuid = local.uuid;
    stamp.created = local.created;
    stamp.updated = local.updated;
    return incoming == here;
}

// The journal as the merge sees it: its records by identity, what others can refer to, and its
// tombstones; kept up to date as records are merged.
struct Local {
    std::unordered_map<std::string, Record> by_identity;
    std::unordered_set<std::string> keys;
    std::unordered_set<std::string> tombstones;
    std::vector<std::string> placements;
    std::string owner;
    bool empty = true;

    explicit Local(const journal::Journal& journal)
        : owner(journal::journal_owner(journal).value_or(""))
    {
        for (auto& record : journal::read_records(journal)) {
            empty = false;
            if (const auto* t = std::get_if<model::TombstoneRecord>(&record)) {
                tombstones.insert(t->stamp.uuid);
                continue;
            }
            if (const auto* p = std::get_if<model::PlacementRecord>(&record)) {
                placements.push_back(p->placement.id);
            }
            keys.insert(links::key_of(record));
            by_identity.emplace(links::identity_of(record), std::move(record));
        }
    }

    void put(const Record& record)
    {
        keys.insert(links::key_of(record));
        by_identity.insert_or_assign(links::identity_of(record), record);
    }
};

class Merger {
public:
    Merger(journal::Journal& journal, const MergeRequest& request)
        : m_journal(journal), m_local(journal)
    {
        m_files.reserve(request.files.size());
        for (const auto& file : request.files) {
            m_files.push_back(file.string());
        }
        m_exports.resize(m_files.size());
    }

    Result<Merged> run(bool dry_run)
    {
        read_files();
        if (!has_errors(m_diagnostics)) {
            check_records();
        }
        if (has_errors(m_diagnostics)) {
            return problem(ExitCode::invalid_data, std::move(m_diagnostics),
                           {"nothing was imported", "inget importerades"});
        }
        std::ranges::stable_sort(m_incoming, {},
                                 [](const Incoming& i) { return i.record.index(); });
        for (const auto& incoming : m_incoming) {
            if (std::holds_alternative<model::PairRecord>(incoming.record)) {
                m_pair_identities.emplace(model::stamp_of(incoming.record).uuid,
                                          links::identity_of(incoming.record));
            }
        }
        m_out.warnings = std::move(m_diagnostics);
        m_out.counts.records = static_cast<std::int64_t>(m_incoming.size());
        m_out.written = m_journal.write_if([&] {
            for (auto& incoming : m_incoming) {
                merge(incoming);
            }
            claim_owner();
            return !dry_run && changed();
        });
        return std::move(m_out);
    }

private:
    void read_files()
    {
        for (std::size_t i = 0; i < m_files.size(); ++i) {
            const auto& file = m_files[i];
            auto text = read_text_file(file, m_diagnostics, FileKind::data);
            if (!text) {
                continue;
            }
            m_exports[i] = exchange::read_export(*text, file);
            auto& read = m_exports[i];
            m_diagnostics.insert(m_diagnostics.end(), read.diagnostics.begin(),
                                 read.diagnostics.end());
            if (!read.header) {
                continue;
            }
            if (const auto twice = same_export_as(i)) {
                m_diagnostics.push_back(error_at(
                    file, 1, format_check::duplicate,
                    {fmt::format("this is the same export as {}: give each file once", *twice),
                     fmt::format("det här är samma export som {}: ange varje fil en gång",
                                 *twice)}));
                continue;
            }
            check_placements(file, *read.header);
            for (auto& record : read.records) {
                m_incoming.push_back({&file, &*read.header, record.line, std::move(record.record)});
            }
        }
    }

    [[nodiscard]] std::optional<std::string> same_export_as(std::size_t i) const
    {
        for (std::size_t j = 0; j < i; ++j) {
            if (m_exports[j].header && *m_exports[j].header == *m_exports[i].header) {
                return m_files[j];
            }
        }
        return std::nullopt;
    }

    void check_placements(const std::string& file, const exchange::ExportHeader& header)
    {
        const auto& here = m_local.placements;
        if (here.empty() || header.placements.empty()
            || std::ranges::any_of(header.placements, [&](const auto& p) {
                   return std::ranges::find(here, p) != here.end();
               })) {
            return;
        }
        const auto theirs = fmt::format("{}", fmt::join(header.placements, ", "));
        const auto ours = fmt::format("{}", fmt::join(here, ", "));
        m_diagnostics.push_back(error_at(
            file, 1, format_check::reference,
            {fmt::format("the export is of placement {} and this journal holds {}: import it "
                         "into a journal of its placement",
                         theirs, ours),
             fmt::format("exporten gäller placeringen {} och den här journalen har {}: "
                         "importera den i en journal för dess placering",
                         theirs, ours)}));
    }

    // Every reference resolves, here or in the files, and no text holds an identifier.
    void check_records()
    {
        std::unordered_set<std::string> keys = m_local.keys;
        for (const auto& incoming : m_incoming) {
            keys.insert(links::key_of(incoming.record));
        }
        for (const auto& incoming : m_incoming) {
            for (const auto& reference : links::references(incoming.record)) {
                if (reference.required && !keys.contains(reference.key)) {
                    m_diagnostics.push_back(error_at(
                        *incoming.file, incoming.line, format_check::reference,
                        {fmt::format("`{}` refers to {}, which is neither in this journal nor "
                                     "in the files imported: join its placement first (`peer "
                                     "term join`; a supervisor's export for a student leaves it "
                                     "out), or ask for the export again",
                                     reference.field, reference.key),
                         fmt::format("`{}` hänvisar till {}, som varken finns i den här "
                                     "journalen eller i de importerade filerna: gå med i dess "
                                     "placering först (`peer term join`; en handledares export "
                                     "till en student utelämnar den), eller be om exporten igen",
                                     reference.field, reference.key)}));
                }
            }
            guard(incoming);
        }
    }

    // The guard, and the check for control characters, over every text of the record.
    void guard(const Incoming& incoming)
    {
        const auto& allowed = model::stamp_of(incoming.record).allowed;
        for (const auto& field : links::texts_of(incoming.record)) {
            auto found = privacy::check_text(*field.text, *incoming.file, allowed);
            std::ranges::move(control_characters(*field.text, *incoming.file),
                              std::back_inserter(found));
            for (auto d : found) {
                d.where = Position{*incoming.file, incoming.line, 1};
                d.message = {fmt::format("`{}`: {}", field.field, d.message.en),
                             fmt::format("`{}`: {}", field.field, d.message.sv)};
                m_diagnostics.push_back(std::move(d));
            }
        }
    }

    // A pair is known by a uuid of its own in each journal: a log entry of the file is made to
    // name the pair as this journal knows it.
    void translate_pair(Record& record)
    {
        auto* entry = std::get_if<model::LogRecord>(&record);
        if (entry == nullptr || entry->pair.empty()) {
            return;
        }
        const auto identity = m_pair_identities.find(entry->pair);
        if (identity == m_pair_identities.end()) {
            return; // a pair this journal gave its uuid
        }
        const auto here = m_local.by_identity.find(identity->second);
        if (here != m_local.by_identity.end()) {
            entry->pair = model::stamp_of(here->second).uuid;
        }
    }

    void conflict(const Incoming& incoming, Text reason)
    {
        ++m_out.counts.conflicts;
        m_out.conflicts.push_back({*incoming.file, incoming.line,
                                   std::string(model::record_kind(incoming.record)),
                                   model::stamp_of(incoming.record).uuid, std::move(reason)});
    }

    [[nodiscard]] bool written_by_owner_elsewhere(const Incoming& incoming,
                                                  const Record& here) const
    {
        return !m_local.owner.empty() && model::stamp_of(here).author == m_local.owner
               && incoming.header->owner != m_local.owner;
    }

    void store(const Record& record)
    {
        journal::store_record(m_journal, record);
        m_local.put(record);
    }

    void merge_tombstone(const Incoming& incoming, const model::TombstoneRecord& tombstone)
    {
        const auto& uuid = tombstone.stamp.uuid;
        if (m_local.tombstones.contains(uuid)) {
            ++m_out.counts.unchanged;
            return;
        }
        const auto here = m_local.by_identity.find(uuid);
        if (here != m_local.by_identity.end()
            && written_by_owner_elsewhere(incoming, here->second)) {
            conflict(incoming, {"it deletes what you wrote: yours is kept",
                                "den tar bort något du har skrivit: ditt behålls"});
            return;
        }
        journal::store_record(m_journal, tombstone);
        if (here != m_local.by_identity.end()) {
            m_local.by_identity.erase(here);
        }
        m_local.tombstones.insert(uuid);
        ++m_out.counts.deleted;
    }

    void merge(Incoming& incoming)
    {
        auto& record = incoming.record;
        if (const auto* tombstone = std::get_if<model::TombstoneRecord>(&record)) {
            merge_tombstone(incoming, *tombstone);
            return;
        }
        if (m_local.tombstones.contains(model::stamp_of(record).uuid)) {
            ++m_out.counts.unchanged; // deleted here: it stays deleted
            return;
        }
        translate_pair(record);
        const auto here = m_local.by_identity.find(links::identity_of(record));
        if (here == m_local.by_identity.end()) {
            if (is_withheld(record)) {
                ++m_out.counts.withheld;
                return;
            }
            store(record);
            ++m_out.counts.added;
            return;
        }
        if (is_shared(record) || same_content(here->second, record)) {
            // People, placements, pairs and activities change through the placement file and
            // the catalogue, not through someone's export.
            ++m_out.counts.unchanged;
            return;
        }
        if (is_withheld(record)) {
            ++m_out.counts.withheld;
            return;
        }
        if (written_by_owner_elsewhere(incoming, here->second)) {
            conflict(incoming, {"you wrote it, and the file has another version: yours is kept",
                                "du skrev den, och filen har en annan version: din behålls"});
            return;
        }
        if (model::stamp_of(record).updated <= model::stamp_of(here->second).updated) {
            conflict(incoming, {"it was changed here too, later: this journal's version is kept",
                                "den har ändrats här också, senare: journalens version behålls"});
            return;
        }
        store(record);
        ++m_out.counts.updated;
    }

    // A journal that held nothing and took its owner's whole export is its owner's again.
    void claim_owner()
    {
        if (!m_local.empty || !m_local.owner.empty()) {
            return;
        }
        for (const auto& read : m_exports) {
            if (read.header && read.header->recipient.empty() && !read.header->owner.empty()) {
                journal::claim_owner(m_journal, read.header->owner);
                return;
            }
        }
    }

    [[nodiscard]] bool changed() const
    {
        const auto& c = m_out.counts;
        return c.added + c.updated + c.deleted > 0;
    }

    journal::Journal& m_journal;
    Local m_local;
    std::vector<std::string> m_files;
    std::vector<exchange::ReadExport> m_exports;
    std::vector<Incoming> m_incoming;
    // The files' pairs: each one's identity by its uuid, for the log entries that name it.
    std::unordered_map<std::string, std::string> m_pair_identities;
    Diagnostics m_diagnostics;
    Merged m_out;
};

} // namespace

Result<Merged> import_exports(journal::Journal& journal, const MergeRequest& request)
{
    return Merger(journal, request).run(request.dry_run);
}

} // namespace peer::app
