-- peer journal, schema version 7: an identifier can be allowed in a person, a placement or a
-- pair too (a staff member's work phone, say), and each allowed text is recorded once per record,
-- so that saving or importing a record again records nothing more.
CREATE TABLE allowed_identifier_7 (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('reflection', 'feedback', 'briefing',
                    'note', 'activity', 'person', 'placement', 'pair')),
    record_uuid TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (record_kind, record_uuid, text)
);
INSERT INTO allowed_identifier_7 (text, record_kind, record_uuid, created_at)
    SELECT text, record_kind, record_uuid, min(created_at) FROM allowed_identifier
    GROUP BY record_kind, record_uuid, text ORDER BY min(id);
DROP TABLE allowed_identifier;
ALTER TABLE allowed_identifier_7 RENAME TO allowed_identifier;
