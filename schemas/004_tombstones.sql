-- peer journal, schema version 4: what was deleted.
--
-- A log entry, reflection, feedback or briefing its author deletes leaves a tombstone: its uuid,
-- its kind and when. Nothing else of it stays. An exchange between journals carries the
-- tombstone, so that a deleted record (feedback withdrawn from a partner too) is deleted there
-- as well instead of coming back.
CREATE TABLE tombstone (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('log_entry', 'reflection', 'feedback', 'briefing')),
    deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
