-- peer journal, schema version 3: stored dates are always calendar dates.
--
-- Every date column holds YYYY-MM-DD of a day that exists. The keyword columns already have
-- CHECK constraints (001); SQLite cannot add a CHECK to a table without copying it, so dates are
-- guarded by triggers that refuse, on insert and on update, a value that is not a date, from
-- peer or from any other tool. A journal whose rows already hold such a value keeps them as they
-- are (nothing is lost): `peer doctor` lists each one, and reading it is an error that names its
-- table and row. date(x, '+0 days') is x only for a YYYY-MM-DD of a day that exists (SQLite's
-- date(x) alone keeps 2026-02-30 as it is).

CREATE TRIGGER staff_dates_on_insert BEFORE INSERT ON staff
WHEN (new.in_profession_since IS NOT NULL AND new.in_profession_since IS NOT date(new.in_profession_since, '+0 days')) OR (new.appointed IS NOT NULL AND new.appointed IS NOT date(new.appointed, '+0 days')) OR (new.master_started IS NOT NULL AND new.master_started IS NOT date(new.master_started, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'staff: in_profession_since, appointed, master_started must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER staff_dates_on_update BEFORE UPDATE ON staff
WHEN (new.in_profession_since IS NOT NULL AND new.in_profession_since IS NOT date(new.in_profession_since, '+0 days')) OR (new.appointed IS NOT NULL AND new.appointed IS NOT date(new.appointed, '+0 days')) OR (new.master_started IS NOT NULL AND new.master_started IS NOT date(new.master_started, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'staff: in_profession_since, appointed, master_started must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER placement_dates_on_insert BEFORE INSERT ON placement
WHEN (new.start_date IS NOT NULL AND new.start_date IS NOT date(new.start_date, '+0 days')) OR (new.end_date IS NOT NULL AND new.end_date IS NOT date(new.end_date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'placement: start_date, end_date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER placement_dates_on_update BEFORE UPDATE ON placement
WHEN (new.start_date IS NOT NULL AND new.start_date IS NOT date(new.start_date, '+0 days')) OR (new.end_date IS NOT NULL AND new.end_date IS NOT date(new.end_date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'placement: start_date, end_date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER log_entry_dates_on_insert BEFORE INSERT ON log_entry
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'log_entry: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER log_entry_dates_on_update BEFORE UPDATE ON log_entry
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'log_entry: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER reflection_dates_on_insert BEFORE INSERT ON reflection
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'reflection: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER reflection_dates_on_update BEFORE UPDATE ON reflection
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'reflection: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER feedback_dates_on_insert BEFORE INSERT ON feedback
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'feedback: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER feedback_dates_on_update BEFORE UPDATE ON feedback
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'feedback: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER briefing_dates_on_insert BEFORE INSERT ON briefing
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'briefing: date must be a date, YYYY-MM-DD');
END;

CREATE TRIGGER briefing_dates_on_update BEFORE UPDATE ON briefing
WHEN (new.date IS NOT NULL AND new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'briefing: date must be a date, YYYY-MM-DD');
END;
