-- peer journal, schema version 2: what students write, searchable, and the identifiers they
-- declared not to be a patient's.

-- A text the privacy guard took for a patient's identifier, saved anyway because the student
-- declared it is not one (--allow-identifier): which text, in which record.
CREATE TABLE allowed_identifier (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('reflection', 'feedback', 'briefing',
                    'note', 'activity')),
    record_uuid TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Full-text search over everything written. One row per record; its rowid is the record's id
-- times four plus its kind (0 reflection, 1 feedback, 2 briefing, 3 log note), so that the
-- triggers below find it directly. unicode61 folds case for å, ä and ö too, and keeps them
-- apart from a and o.
CREATE VIRTUAL TABLE writing_search USING fts5(
    body,
    kind UNINDEXED,
    record_id UNINDEXED,
    date UNINDEXED,
    code UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER reflection_search_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4, new.description || char(10) || new.feelings || char(10)
            || new.evaluation || char(10) || new.analysis || char(10) || new.conclusion || char(10)
            || new.action_plan,
            'reflection', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;
CREATE TRIGGER reflection_search_update AFTER UPDATE ON reflection BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4;
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4, new.description || char(10) || new.feelings || char(10)
            || new.evaluation || char(10) || new.analysis || char(10) || new.conclusion || char(10)
            || new.action_plan,
            'reflection', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;
CREATE TRIGGER reflection_search_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4;
END;

CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4 + 1, new.strength || char(10) || new.situation || char(10)
            || new.improve || char(10)
            || new.how,
            'feedback', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER briefing_search_insert AFTER INSERT ON briefing BEGIN
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4 + 2, new.who_does_what || char(10) || new.observations || char(10)
            || new.consequences || char(10) || new.how_it_went || char(10) || new.feedback,
            'briefing', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;
CREATE TRIGGER briefing_search_delete AFTER DELETE ON briefing BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 2;
END;

-- A batch import of log entries runs with triggers off and indexes all its notes in one
-- statement at its end (journal/activity_rows.hpp, DeferredNoteIndex): FTS5 flushes its pending
-- terms at the end of every statement, so a million rows indexed one by one take minutes.
CREATE TRIGGER log_note_search_insert AFTER INSERT ON log_entry WHEN new.note <> '' BEGIN
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4 + 3, new.note, 'note', new.id, new.date,
            (SELECT code FROM activity WHERE id = new.activity_id));
END;
CREATE TRIGGER log_note_search_delete AFTER DELETE ON log_entry BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 3;
END;

-- What journals of schema version 1 already hold.
INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
SELECT l.id * 4 + 3, l.note, 'note', l.id, l.date, a.code
FROM log_entry l JOIN activity a ON a.id = l.activity_id WHERE l.note <> '';
INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
SELECT r.id * 4, r.description || char(10) || r.feelings || char(10) || r.evaluation || char(10)
            || r.analysis || char(10) || r.conclusion || char(10) || r.action_plan,
       'reflection', r.id, r.date, coalesce(a.code, '')
FROM reflection r LEFT JOIN activity a ON a.id = r.activity_id;
INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
SELECT f.id * 4 + 1, f.strength || char(10) || f.situation || char(10) || f.improve || char(10)
            || f.how,
       'feedback', f.id, f.date, coalesce(a.code, '')
FROM feedback f LEFT JOIN activity a ON a.id = f.activity_id;
INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
SELECT b.id * 4 + 2, b.who_does_what || char(10) || b.observations || char(10)
            || b.consequences || char(10)
            || b.how_it_went || char(10) || b.feedback,
       'briefing', b.id, b.date, coalesce(a.code, '')
FROM briefing b LEFT JOIN activity a ON a.id = b.activity_id;
