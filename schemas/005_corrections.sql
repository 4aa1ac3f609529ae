-- peer journal, schema version 5: log entries, feedback and briefings can be corrected.
--
-- `activity edit-entry`, `feedback edit` and `brief edit` change a record in place. Each table
-- learns when its record was last changed (NULL: never, since its creation), and the full-text
-- index follows a change as it follows an insert and a delete.
ALTER TABLE log_entry ADD COLUMN updated_at TEXT;
ALTER TABLE feedback ADD COLUMN updated_at TEXT;
ALTER TABLE briefing ADD COLUMN updated_at TEXT;

CREATE TRIGGER feedback_search_update AFTER UPDATE ON feedback BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 1;
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4 + 1, new.strength || char(10) || new.situation || char(10)
            || new.improve || char(10)
            || new.how,
            'feedback', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;

CREATE TRIGGER briefing_search_update AFTER UPDATE ON briefing BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 2;
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    VALUES (new.id * 4 + 2, new.who_does_what || char(10) || new.observations || char(10)
            || new.consequences || char(10) || new.how_it_went || char(10) || new.feedback,
            'briefing', new.id, new.date,
            coalesce((SELECT code FROM activity WHERE id = new.activity_id), ''));
END;

CREATE TRIGGER log_note_search_update AFTER UPDATE ON log_entry BEGIN
    DELETE FROM writing_search WHERE rowid = old.id * 4 + 3;
    INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
    SELECT new.id * 4 + 3, new.note, 'note', new.id, new.date,
           (SELECT code FROM activity WHERE id = new.activity_id)
    WHERE new.note <> '';
END;
