#!/usr/bin/env bash
# peer init and peer doctor: creating the journal, finding it, and refusing what is not one.
source "$(dirname "$0")/lib.sh"

# The schema version this peer writes: one migration per version in schemas/.
LATEST=$(find "$PEER_SOURCE_DIR/schemas" -maxdepth 1 -name '[0-9][0-9][0-9]_*.sql' | wc -l)

test_init_creates_a_private_journal() {
    run --journal "$WORK/vfu/term/journal.db" init
    expect_status 0
    expect_out_contains "Created the journal $WORK/vfu/term/journal.db (schema $LATEST)."
    expect_err_empty
    expect_equal "$(mode_of "$WORK/vfu/term/journal.db")" 600
    expect_equal "$(mode_of "$WORK/vfu")" 700
    expect_equal "$(mode_of "$WORK/vfu/term")" 700
}

test_init_again_changes_nothing() {
    run init
    run init
    expect_status 0
    expect_out_contains "already set up (schema $LATEST); nothing to do"
    run --json init
    expect_json .created false
    expect_json .schema_version "$LATEST"
    expect_json .migrated_from "$LATEST"
    expect_valid output/init.schema.json
}

test_init_uses_peer_journal_then_xdg_then_home() {
    run init
    expect_out_contains "$WORK/journal.db"
    unset PEER_JOURNAL
    run init
    expect_status 0
    expect_out_contains "$HOME/.local/share/peer/journal.db"
    [ -f "$HOME/.local/share/peer/journal.db" ] || fail "no journal in the HOME default"
    XDG_DATA_HOME="$WORK/xdg" run init
    [ -f "$WORK/xdg/peer/journal.db" ] || fail "no journal under XDG_DATA_HOME"
}

test_init_quiet_prints_nothing() {
    run --quiet init
    expect_status 0
    [ ! -s "$WORK/stdout" ] || fail "--quiet printed: $(out)"
}

test_doctor_reports_a_healthy_journal() {
    run init
    run doctor
    expect_status 0
    expect_out_contains "schema          $LATEST"
    expect_out_contains "integrity       ok"
    expect_out_contains "foreign keys    ok"
    expect_out_contains "log_entry"
    expect_out_contains "The journal is healthy."
}

test_doctor_json_reports_schema_and_health() {
    run init
    run doctor --json
    expect_status 0
    expect_json .healthy true
    expect_json .schema_version "$LATEST"
    expect_json .latest_schema_version "$LATEST"
    expect_json '.integrity[0]' ok
    expect_json '.foreign_key_issues | length' 0
    expect_json .journal_mode wal
    expect_json .tables.person 0
    expect_json .path "$WORK/journal.db"
    expect_valid output/doctor.schema.json
}

test_doctor_counts_rows() {
    run init
    sqlite3 "$PEER_JOURNAL" "INSERT INTO journal_meta VALUES ('owner', 'ali'), ('term', 'ht26');"
    run --json doctor
    expect_json .tables.journal_meta 2
}

test_doctor_finds_broken_references() {
    run init
    sqlite3 "$PEER_JOURNAL" "PRAGMA foreign_keys=OFF; INSERT INTO pair (uuid, placement_id) VALUES ('u', 7);"
    run --json doctor
    expect_status 3
    expect_json .healthy false
    expect_json '.foreign_key_issues[0].table' pair
    expect_json '.foreign_key_issues[0].parent' placement
    expect_valid output/doctor.schema.json
}

test_doctor_without_a_journal_points_to_init() {
    run doctor
    expect_status 3
    expect_err_contains "there is no journal at $WORK/journal.db; create one with \`peer init\`"
    [ ! -e "$WORK/journal.db" ] || fail "doctor created a journal"
}

test_doctor_on_a_damaged_journal_fails() {
    run init
    sqlite3 "$PEER_JOURNAL" "CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(200) FROM n; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    # Overwrite a stretch of pages in the middle of the file with garbage.
    dd if=/dev/urandom of="$PEER_JOURNAL" bs=4096 seek=20 count=20 conv=notrunc status=none
    run doctor
    expect_status 3
    grep -qE "NOT healthy|damaged" "$WORK/stdout" "$WORK/stderr" || fail "no word of damage: $(out) $(err)"
}

test_a_newer_journal_is_refused_and_left_unchanged() {
    run init
    sqlite3 "$PEER_JOURNAL" "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    local before
    before=$(checksum "$PEER_JOURNAL")
    for command in init doctor; do
        run "$command"
        expect_status 3
        expect_err_contains "was written by a newer peer (schema 99; this peer knows schemas up to $LATEST)"
        expect_equal "$(checksum "$PEER_JOURNAL")" "$before"
    done
}

# A journal of schema 1 with a log note and a reflection: opening it adds the full-text index
# of what it already holds.
test_a_schema_1_journal_is_migrated_and_its_writing_is_searchable() {
    {
        cat "$PEER_SOURCE_DIR/schemas/001_initial.sql"
        cat <<'SQL'
INSERT INTO activity (uuid, code, title) VALUES ('a1', 'SUR-PAIN-01', 'Pain');
INSERT INTO log_entry (uuid, date, activity_id, mode, note)
    VALUES ('l1', '2026-11-04', 1, 'perform', 'Smärtskattning med NRS');
INSERT INTO reflection (uuid, activity_id, date, description, status)
    VALUES ('r1', 1, '2026-11-05', 'Öva smärtskattning', 'saved');
PRAGMA application_id = 1346717010;
PRAGMA user_version = 1;
SQL
    } | sqlite3 "$PEER_JOURNAL"
    run --json init
    expect_json .migrated_from 1
    expect_json .schema_version "$LATEST"
    run --json search 'SMÄRT*'
    expect_json '[.[].kind] | sort | join(",")' "note,reflection"
}

test_a_text_file_is_refused_and_left_unchanged() {
    printf 'Shopping list\nmilk\nbread\n%.0s' {1..20} >"$WORK/notes.txt"
    local before
    before=$(checksum "$WORK/notes.txt")
    run --journal "$WORK/notes.txt" init
    expect_status 3
    expect_err_contains "$WORK/notes.txt is not a peer journal"
    expect_equal "$(checksum "$WORK/notes.txt")" "$before"
}

test_another_programs_database_is_refused_and_left_unchanged() {
    sqlite3 "$WORK/recipes.db" "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('soup');"
    local before
    before=$(checksum "$WORK/recipes.db")
    run --journal "$WORK/recipes.db" doctor
    expect_status 3
    expect_err_contains "is an SQLite database, but not a peer journal"
    expect_equal "$(checksum "$WORK/recipes.db")" "$before"
}

test_an_unwritable_place_is_named() {
    echo "a file, not a directory" >"$WORK/plain"
    run --journal "$WORK/plain/journal.db" init
    expect_status 3
    expect_err_contains "cannot create $WORK/plain/journal.db"
    run --journal /proc/peer-test/journal.db init
    expect_status 3
    expect_err_contains "/proc/peer-test"
}

test_a_directory_is_not_a_journal() {
    mkdir "$WORK/dir"
    run --journal "$WORK/dir" init
    expect_status 3
    expect_err_contains "$WORK/dir is a directory"
}

test_doctor_json_on_an_unusable_journal_still_gives_json() {
    echo "not a journal" >"$WORK/notes.txt"
    run --json --journal "$WORK/notes.txt" doctor
    expect_status 3
    expect_json .healthy false
    expect_json '.error | test("not a peer journal")' true
    expect_valid output/doctor.schema.json
}

test_a_second_peer_waits_for_the_first_instead_of_failing() {
    run init
    # Another process holds the write lock for two seconds.
    sqlite3 "$PEER_JOURNAL" "BEGIN IMMEDIATE;" "INSERT INTO journal_meta VALUES ('held', 'yes');" \
        ".system sleep 2" "COMMIT;" &
    sleep 0.5
    run person add ali --name "Ali Haddad" --student
    wait
    expect_status 0
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM person")" 1
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT value FROM journal_meta WHERE key = 'held'")" yes
}

test_a_journal_locked_past_the_timeout_is_refused() {
    run init
    sqlite3 "$PEER_JOURNAL" "BEGIN IMMEDIATE;" "INSERT INTO journal_meta VALUES ('held', 'yes');" \
        ".system sleep 2" "COMMIT;" &
    sleep 0.5
    PEER_BUSY_TIMEOUT_MS=200 run person add ali --name "Ali Haddad" --student
    wait
    expect_status 3
    expect_err_contains "is in use by another peer process and stayed locked"
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM person")" 0
}

# A Swedish label longer than the column still has a space before its value.
test_doctor_in_swedish_keeps_its_labels_apart() {
    setup init
    run --lang sv doctor
    expect_status 0
    expect_out_contains "främmande nycklar ok"
}

run_tests
