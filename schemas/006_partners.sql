-- peer journal, schema version 6: a log entry of a pair of three can name both partners.
--
-- `log_entry.partner_id` stays the partner named first (or the only one), so that an entry of
-- a pair of two, nearly every entry, is one row as before. The partners named after the first
-- are here, one row each, in the order they were named (position 2, 3, ...).
CREATE TABLE log_entry_partner (
    log_entry_id INTEGER NOT NULL REFERENCES log_entry (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 2),
    person_id    INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (log_entry_id, position),
    UNIQUE (log_entry_id, person_id)
) WITHOUT ROWID;
