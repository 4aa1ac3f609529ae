-- peer journal, schema version 9: the introduction a student writes on a placement's first
-- days (`peer intro`): their own goals, expectations and how they learn best, and, for their
-- pair, the roles, how they cooperate and which activities come first. One per student and
-- placement; a partner's arrives through an export.
CREATE TABLE introduction (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    author_id        INTEGER NOT NULL REFERENCES person (id),
    placement_id     INTEGER NOT NULL REFERENCES placement (id),
    date             TEXT NOT NULL,
    goals            TEXT NOT NULL DEFAULT '',
    expectations     TEXT NOT NULL DEFAULT '',
    learning         TEXT NOT NULL DEFAULT '',
    roles            TEXT NOT NULL DEFAULT '',
    cooperation      TEXT NOT NULL DEFAULT '',
    first_activities TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (author_id, placement_id)
);

-- Its date is a calendar date, as every stored date is (003_stored_dates.sql).
CREATE TRIGGER introduction_dates_on_insert BEFORE INSERT ON introduction
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'introduction: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER introduction_dates_on_update BEFORE UPDATE ON introduction
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'introduction: date must be a date, YYYY-MM-DD');
END;

-- Searchable with the rest of what is written. The other kinds take the rowids id * 4 + kind
-- (002_writing.sql); an introduction takes the negative of its id, which none of them uses.
CREATE TRIGGER introduction_search_insert AFTER INSERT ON introduction BEGIN
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (-new.id, new.goals || char(10) || new.expectations || char(10) || new.learning
            || char(10) || new.roles || char(10) || new.cooperation || char(10)
            || new.first_activities, 'introduction', new.id, new.date, '');
END;
CREATE TRIGGER introduction_search_update AFTER UPDATE ON introduction BEGIN
    DELETE FROM writing_search WHERE rowid = -old.id;
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (-new.id, new.goals || char(10) || new.expectations || char(10) || new.learning
            || char(10) || new.roles || char(10) || new.cooperation || char(10)
            || new.first_activities, 'introduction', new.id, new.date, '');
END;
CREATE TRIGGER introduction_search_delete AFTER DELETE ON introduction BEGIN
    DELETE FROM writing_search WHERE rowid = -old.id;
END;

-- An introduction can have allowed identifiers and be deleted with a tombstone: both tables
-- take the new kind.
CREATE TABLE allowed_identifier_9 (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('reflection', 'feedback', 'briefing',
                    'note', 'activity', 'person', 'placement', 'pair', 'introduction')),
    record_uuid TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (record_kind, record_uuid, text)
);
INSERT INTO allowed_identifier_9 (id, text, record_kind, record_uuid, created_at)
    SELECT id, text, record_kind, record_uuid, created_at FROM allowed_identifier;
DROP TABLE allowed_identifier;
ALTER TABLE allowed_identifier_9 RENAME TO allowed_identifier;

CREATE TABLE tombstone_9 (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('log_entry', 'reflection', 'feedback', 'briefing',
                   'introduction')),
    deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
INSERT INTO tombstone_9 (uuid, kind, deleted_at) SELECT uuid, kind, deleted_at FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_9 RENAME TO tombstone;
