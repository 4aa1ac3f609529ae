-- peer journal, schema 1: the tables the product stands on.
-- A released migration is never edited; later ones add to it (see CONTRIBUTING.md).
-- Conventions: `id` is the row's own key; `uuid` is stable across journals so that exports
-- merge; `handle` or `code` is the short id people type. Dates are ISO calendar dates
-- (YYYY-MM-DD); timestamps are UTC (YYYY-MM-DDTHH:MM:SSZ). No column may hold a patient's
-- identity: the privacy guard checks free text before it reaches these tables.

-- Facts about the journal itself: its owner, when it was made.
CREATE TABLE journal_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Students and staff.
CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    handle     TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('student', 'staff')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- What the supervisor model asks of staff.
CREATE TABLE staff (
    person_id                 INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    role                      TEXT NOT NULL CHECK (role IN ('supervisor', 'main-supervisor',
                                  'clinical-teacher', 'clinical-lecturer',
                                  'senior-clinical-lecturer')),
    profession                TEXT NOT NULL,
    employer                  TEXT NOT NULL CHECK (employer IN ('healthcare', 'university')),
    degree                    TEXT NOT NULL CHECK (degree IN ('none', 'bachelor', 'master-1y',
                                  'master-2y', 'doctorate')),
    degree_field              TEXT,
    supervisor_training       TEXT NOT NULL CHECK (supervisor_training IN ('none', 'basic',
                                  'advanced')),
    in_profession_since       TEXT,
    appointed                 TEXT,
    teaching_ability_assessed INTEGER NOT NULL DEFAULT 0 CHECK (teaching_ability_assessed IN (0, 1)),
    master_started            TEXT
);

-- Kept in the order given (rowid), so a list read back equals the list written.
CREATE TABLE staff_specialist (
    person_id INTEGER NOT NULL REFERENCES staff (person_id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    UNIQUE (person_id, field)
);

-- A placement on one unit, for one course, in one term.
CREATE TABLE placement (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    handle         TEXT NOT NULL UNIQUE,
    course         TEXT NOT NULL,
    title          TEXT NOT NULL,
    university     TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('basic', 'advanced')),
    programme_term INTEGER NOT NULL CHECK (programme_term BETWEEN 1 AND 6),
    field          TEXT NOT NULL,
    profession     TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL,
    examiner_id    INTEGER REFERENCES person (id),
    rules          TEXT,
    archived_at    TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_date >= start_date)
);

CREATE TABLE placement_staff (
    placement_id INTEGER NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (placement_id, person_id)
) WITHOUT ROWID;

CREATE TABLE placement_student (
    placement_id INTEGER NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person (id),
    archived_at  TEXT,
    PRIMARY KEY (placement_id, person_id)
) WITHOUT ROWID;

-- Two students (three with a stated reason) who learn together, and who supervises them.
-- Members keep the order they were given in (rowid).
CREATE TABLE pair (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    placement_id INTEGER NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    reason       TEXT NOT NULL DEFAULT '',
    archived_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE pair_student (
    pair_id   INTEGER NOT NULL REFERENCES pair (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    UNIQUE (pair_id, person_id)
);

CREATE TABLE pair_supervisor (
    pair_id   INTEGER NOT NULL REFERENCES pair (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    UNIQUE (pair_id, person_id)
);

-- The catalogue of structured learning activities: what, how and why. Outcomes and tags keep
-- the order they were given in (rowid).
CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    code       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    what       TEXT NOT NULL DEFAULT '',
    how        TEXT NOT NULL DEFAULT '',
    why        TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE activity_outcome (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL,
    UNIQUE (activity_id, outcome)
);

CREATE TABLE activity_tag (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    UNIQUE (activity_id, tag)
);

-- What a student did: one activity, on one day, in one peer-learning mode.
CREATE TABLE log_entry (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    mode        TEXT NOT NULL CHECK (mode IN ('perform', 'observe', 'together', 'retell',
                    'compare', 'delegate')),
    author_id   INTEGER REFERENCES person (id),
    partner_id  INTEGER REFERENCES person (id),
    pair_id     INTEGER REFERENCES pair (id),
    patients    INTEGER CHECK (patients IS NULL OR patients >= 0),
    presence    TEXT CHECK (presence IS NULL OR presence IN ('full', 'partial', 'none')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX log_entry_by_date ON log_entry (date);
CREATE INDEX log_entry_by_activity ON log_entry (activity_id);

-- The observer's three steps (before, during, after), as the observer ticked them.
CREATE TABLE log_observer_step (
    log_entry_id INTEGER NOT NULL REFERENCES log_entry (id) ON DELETE CASCADE,
    step         TEXT NOT NULL CHECK (step IN ('before', 'during', 'after')),
    PRIMARY KEY (log_entry_id, step)
) WITHOUT ROWID;

-- A reflection through Gibbs' six stages; a draft may leave stages empty.
CREATE TABLE reflection (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    author_id    INTEGER REFERENCES person (id),
    log_entry_id INTEGER REFERENCES log_entry (id),
    activity_id  INTEGER REFERENCES activity (id),
    date         TEXT NOT NULL,
    phase        TEXT CHECK (phase IS NULL OR phase IN ('before', 'during', 'after')),
    with_whom    TEXT NOT NULL DEFAULT 'self' CHECK (with_whom IN ('self', 'peer', 'supervisor')),
    description  TEXT NOT NULL DEFAULT '',
    feelings     TEXT NOT NULL DEFAULT '',
    evaluation   TEXT NOT NULL DEFAULT '',
    analysis     TEXT NOT NULL DEFAULT '',
    conclusion   TEXT NOT NULL DEFAULT '',
    action_plan  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'saved')),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Constructive feedback: a strength and its situation, an improvement and how.
CREATE TABLE feedback (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    author_id    INTEGER NOT NULL REFERENCES person (id),
    recipient_id INTEGER NOT NULL REFERENCES person (id),
    log_entry_id INTEGER REFERENCES log_entry (id),
    activity_id  INTEGER REFERENCES activity (id),
    date         TEXT NOT NULL,
    strength     TEXT NOT NULL CHECK (strength <> ''),
    situation    TEXT NOT NULL CHECK (situation <> ''),
    improve      TEXT NOT NULL CHECK (improve <> ''),
    how          TEXT NOT NULL CHECK (how <> ''),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Briefing before an activity and debriefing after it.
CREATE TABLE briefing (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('before', 'after')),
    author_id     INTEGER REFERENCES person (id),
    log_entry_id  INTEGER REFERENCES log_entry (id),
    activity_id   INTEGER REFERENCES activity (id),
    date          TEXT NOT NULL,
    who_does_what TEXT NOT NULL DEFAULT '',
    observations  TEXT NOT NULL DEFAULT '',
    consequences  TEXT NOT NULL DEFAULT '',
    how_it_went   TEXT NOT NULL DEFAULT '',
    feedback      TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
