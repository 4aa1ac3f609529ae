-- peer journal, schema version 10: the midway and final assessment talks and individual action
-- plans (docs/assessment.md). An assessment is one person's judgement of one student on one
-- placement at one talk: the student's own (assessor = student) or a supervisor's. Each
-- criterion judged is a row of assessment_judgement, in the form's order, and each record it
-- cites as evidence a row of assessment_evidence, by the record's uuid, which travels between
-- journals as the record does.
CREATE TABLE assessment (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    student_id      INTEGER NOT NULL REFERENCES person (id),
    assessor_id     INTEGER NOT NULL REFERENCES person (id),
    placement_id    INTEGER NOT NULL REFERENCES placement (id),
    kind            TEXT NOT NULL CHECK (kind IN ('midway', 'final')),
    date            TEXT NOT NULL,
    overall_level   TEXT NOT NULL DEFAULT '',
    overall_comment TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (student_id, assessor_id, placement_id, kind)
);

CREATE TABLE assessment_judgement (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    criterion     TEXT NOT NULL,
    level         TEXT NOT NULL,
    comment       TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, criterion)
);

CREATE TABLE assessment_evidence (
    id           INTEGER PRIMARY KEY,
    judgement_id INTEGER NOT NULL REFERENCES assessment_judgement (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('log_entry', 'reflection', 'feedback')),
    record_uuid  TEXT NOT NULL,
    UNIQUE (judgement_id, kind, record_uuid)
);

-- An individual action plan for a student at risk: what is lacking for which criteria
-- (criteria: their ids, one per line), what to do by when, who reviews it when; and the review.
CREATE TABLE individual_plan (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    student_id     INTEGER NOT NULL REFERENCES person (id),
    author_id      INTEGER NOT NULL REFERENCES person (id),
    reviewer_id    INTEGER REFERENCES person (id),
    placement_id   INTEGER NOT NULL REFERENCES placement (id),
    date           TEXT NOT NULL,
    criteria       TEXT NOT NULL DEFAULT '',
    lacking        TEXT NOT NULL,
    actions        TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    review_date    TEXT NOT NULL,
    outcome        TEXT CHECK (outcome IS NULL OR outcome IN ('met', 'partly-met', 'not-met')),
    reviewed_on    TEXT,
    review_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((outcome IS NULL) = (reviewed_on IS NULL))
);

-- Their dates are calendar dates, as every stored date is (003_stored_dates.sql).
CREATE TRIGGER assessment_dates_on_insert BEFORE INSERT ON assessment
WHEN (new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'assessment: date must be a date, YYYY-MM-DD');
END;
CREATE TRIGGER assessment_dates_on_update BEFORE UPDATE ON assessment
WHEN (new.date IS NOT date(new.date, '+0 days'))
BEGIN
    SELECT RAISE(ABORT, 'assessment: date must be a date, YYYY-MM-DD');
END;
CREATE TRIGGER individual_plan_dates_on_insert BEFORE INSERT ON individual_plan
WHEN (new.date IS NOT date(new.date, '+0 days') OR new.due_date IS NOT date(new.due_date, '+0 days')
      OR new.review_date IS NOT date(new.review_date, '+0 days')
      OR (new.reviewed_on IS NOT NULL AND new.reviewed_on IS NOT date(new.reviewed_on, '+0 days')))
BEGIN
    SELECT RAISE(ABORT, 'individual_plan: dates must be dates, YYYY-MM-DD');
END;
CREATE TRIGGER individual_plan_dates_on_update BEFORE UPDATE ON individual_plan
WHEN (new.date IS NOT date(new.date, '+0 days') OR new.due_date IS NOT date(new.due_date, '+0 days')
      OR new.review_date IS NOT date(new.review_date, '+0 days')
      OR (new.reviewed_on IS NOT NULL AND new.reviewed_on IS NOT date(new.reviewed_on, '+0 days')))
BEGIN
    SELECT RAISE(ABORT, 'individual_plan: dates must be dates, YYYY-MM-DD');
END;

-- Both can have allowed identifiers and be deleted with a tombstone: both tables take the new
-- kinds.
CREATE TABLE allowed_identifier_10 (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('reflection', 'feedback', 'briefing',
                    'note', 'activity', 'person', 'placement', 'pair', 'introduction',
                    'assessment', 'individual_plan')),
    record_uuid TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (record_kind, record_uuid, text)
);
INSERT INTO allowed_identifier_10 (id, text, record_kind, record_uuid, created_at)
    SELECT id, text, record_kind, record_uuid, created_at FROM allowed_identifier;
DROP TABLE allowed_identifier;
ALTER TABLE allowed_identifier_10 RENAME TO allowed_identifier;

CREATE TABLE tombstone_10 (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('log_entry', 'reflection', 'feedback', 'briefing',
                   'introduction', 'assessment', 'individual_plan')),
    deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
INSERT INTO tombstone_10 (uuid, kind, deleted_at) SELECT uuid, kind, deleted_at FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_10 RENAME TO tombstone;
