#!/usr/bin/env bash
# What crosses a trust boundary is checked once, where it crosses: rows read back from the
# journal, and the text of the command line.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

log_one_entry() {
    join_example_placement_as_ali
    setup activity add SUR-WOUND-01 --title "Wound care after surgery"
    setup activity log SUR-WOUND-01 --mode perform --date 2026-11-03 --note "Dressed a wound"
}

# Another tool, or damage, wrote a date peer never would. Migration 003 refuses it from then
# on; this journal had it written with the guard out of the way.
damage_the_entry_date() {
    rows "DROP TRIGGER log_entry_dates_on_update; UPDATE log_entry SET date = '5 Nov 2026'"
}

test_a_stored_date_that_is_no_date_is_named_not_printed() {
    log_one_entry
    damage_the_entry_date
    run activity history
    expect_status 3
    expect_err_contains "the journal's log_entry row 1 holds '5 Nov 2026' in date, which is not a date (YYYY-MM-DD)"
    expect_err_contains "run \`peer doctor\`"
    expect_out_lacks "0000-00-00"
    run --json activity history
    expect_status 3
    expect_equal "$(out)" ""
    run --lang sv activity progress
    expect_status 3
    expect_err_contains "journalens log_entry har '5 Nov 2026' i date, vilket inte är ett datum"
}

test_doctor_lists_every_stored_value_it_cannot_read() {
    log_one_entry
    damage_the_entry_date
    run doctor
    expect_status 3
    expect_out_contains "stored values   1 that peer cannot read"
    expect_out_contains "  log_entry row 1: date is '5 Nov 2026'"
    expect_out_contains "The journal is NOT healthy."
    run --json doctor
    expect_status 3
    expect_json .healthy false
    expect_json '.stored_value_issues[0] | "\(.table) \(.rowid) \(.column) \(.value)"' \
        "log_entry 1 date 5 Nov 2026"
    expect_valid output/doctor.schema.json
}

test_the_journal_refuses_a_date_that_is_no_date_from_any_tool() {
    log_one_entry
    if sqlite3 "$PEER_JOURNAL" "UPDATE log_entry SET date = '2026-02-30'" 2>"$WORK/sqlite.err"; then
        fail "sqlite3 stored 2026-02-30 as a date"
    fi
    grep -q "log_entry: date must be a date, YYYY-MM-DD" "$WORK/sqlite.err" \
        || fail "sqlite3 said: $(cat "$WORK/sqlite.err")"
    expect_equal "$(rows "SELECT date FROM log_entry")" "2026-11-03"
}

# A schema-2 journal that already holds a bad date is migrated with the row kept as it was, and
# doctor points at it.
test_migration_3_keeps_a_row_it_cannot_read_and_doctor_names_it() {
    log_one_entry
    rows "DROP TRIGGER log_entry_dates_on_update; UPDATE log_entry SET date = '2026-11-3';
          $(sed -n 's/^CREATE TRIGGER \([a-z_]*\) .*/DROP TRIGGER \1;/p' "$PEER_SOURCE_DIR/schemas/003_stored_dates.sql" | grep -v log_entry_dates_on_update)
          DROP TABLE log_entry_partner; DROP TABLE tombstone; DROP TRIGGER feedback_search_update;
          DROP TRIGGER briefing_search_update; DROP TRIGGER log_note_search_update;
          ALTER TABLE log_entry DROP COLUMN updated_at; ALTER TABLE feedback DROP COLUMN updated_at;
          ALTER TABLE briefing DROP COLUMN updated_at; ALTER TABLE placement DROP COLUMN assessment_form; DROP TABLE assessment_evidence; DROP TABLE assessment_judgement; DROP TABLE assessment; DROP TABLE individual_plan; DROP TABLE introduction;
          PRAGMA user_version = 2"
    run --json init
    expect_json .migrated_from 2
    expect_equal "$(rows "SELECT date FROM log_entry")" "2026-11-3"
    run --json doctor
    expect_json '.stored_value_issues | length' 1
}

test_an_option_that_is_not_utf8_is_a_usage_error_and_writes_nothing() {
    log_one_entry
    run --json activity log SUR-WOUND-01 --mode perform --date 2026-11-04 --note $'x\xff'
    expect_status 2
    expect_err_contains "the value of --note is not UTF-8 (byte 0xFF at character 2)"
    expect_equal "$(out)" ""
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
    run --lang sv person add $'zz\xff' --name Zz --student
    expect_status 2
    expect_err_contains "argument 5 (zz?) är inte UTF-8 (byte 0xFF vid tecken 3)"
    expect_err_contains "peer: fel: "
    run --json person list
    expect_status 0
    expect_json '[.[] | select(.id | startswith("zz"))] | length' 0
}

# A note that clears the screen (ESC [2J) is refused wherever it comes in, and one another tool
# wrote is shown, never sent to the terminal.
test_control_characters_are_refused_on_input_and_never_printed_raw() {
    log_one_entry
    run activity log SUR-WOUND-01 --mode perform --note $'Bed 4\e[2J'
    expect_status 2
    expect_err_contains "the value of --note holds a control character, U+001B (ESC), at character 6, which can change what a terminal shows; remove it"
    printf '# Reflection\n\n## Description\nThe wound \033[31mbled\n' >"$WORK/text.md"
    run reflect --activity SUR-WOUND-01 --from "$WORK/text.md"
    expect_status 1
    expect_err_contains "text.md:4:11: error[FMT-CONTROL]: a control character, U+001B (ESC)"
    run_with_input $'## Description\nA bell \a rang\n' reflect --activity SUR-WOUND-01 --from -
    expect_status 1
    expect_err_contains ".md:3:8: error[FMT-CONTROL]: a control character, U+0007 (BEL)"
    expect_err_contains "correct it there, then save it with"
    printf 'date,code,mode,note\n2026-11-04,SUR-WOUND-01,perform,"Gauze\033]0;pwned\a"\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "log.csv:2: error[FMT-CONTROL]: column \`note\`: holds a control character, U+001B (ESC)"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
    rows "UPDATE log_entry SET note = 'Dressed' || char(27) || '[2J'"
    run activity history
    expect_status 0
    expect_out_contains "Dressed^[[2J"
    grep -q $'\e' "$WORK/stdout" && fail "history wrote an escape character raw"
    run search dressed
    expect_out_contains "^[[2J"
}

# macOS and some keyboards write ö as o and a combining diaeresis: the same id either way.
test_ids_typed_decomposed_match_the_same_ids_composed() {
    setup init
    run person add $'bjo\xcc\x88rn' --name $'Bjo\xcc\x88rn Berg' --student
    expect_status 0
    expect_equal "$(rows "SELECT handle || '|' || name FROM person")" "björn|Björn Berg"
    run --json person show björn
    expect_status 0
    expect_json .name "Björn Berg"
}

# Text that comes in through files is composed (NFC) as typed text is: a name written
# decomposed in a placement file, a catalogue, a log import or a --from text is stored and
# matched as the same word typed with ö.
test_text_from_files_is_stored_composed() {
    sed 's/^name = "Ali Haddad"/name = "Ali Ho\xcc\x88gberg"/' "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    grep -q $'Ali Ho\xcc\x88gberg' "$WORK/placement.toml" || fail "the placement file was not changed"
    PEER_JOURNAL="$WORK/teacher.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term apply "$WORK/placement.toml"
    expect_equal "$(sqlite3 "$WORK/teacher.db" "SELECT name FROM person WHERE handle = 'ali'")" "Ali Högberg"
    join_example_placement_as_ali
    printf '[[activity]]\ncode = "SUR-X"\ntitle = "So\xcc\x88ndag"\ntags = ["so\xcc\x88r"]\n' >"$WORK/catalogue.toml"
    setup activity import "$WORK/catalogue.toml"
    expect_equal "$(rows "SELECT title FROM activity WHERE code = 'SUR-X'")" "Söndag"
    expect_equal "$(rows "SELECT tag FROM activity_tag")" "sör"
    printf 'date,code,mode,note\n2026-11-04,SUR-X,perform,Bjo\xcc\x88rk\n' >"$WORK/log.csv"
    setup activity import --log "$WORK/log.csv"
    expect_equal "$(rows "SELECT note FROM log_entry")" "Björk"
    printf '## Description\nBjo\xcc\x88rn came\n' >"$WORK/text.md"
    setup reflect --activity SUR-X --from "$WORK/text.md"
    expect_equal "$(rows "SELECT description FROM reflection")" "Björn came"
}

# Tables line up by the columns a terminal gives a text: a combining mark takes none.
test_tables_line_up_by_display_width() {
    setup init
    setup person add q1 --name $'Aq\xcc\x87a' --student
    setup person add q2 --name 'Aqqa' --student
    run person list
    expect_status 0
    local first second
    first=$(grep '^q1 ' "$WORK/stdout" | sed 's/student.*//')
    second=$(grep '^q2 ' "$WORK/stdout" | sed 's/student.*//')
    expect_equal "$(printf '%s' "$first" | wc -L)" "$(printf '%s' "$second" | wc -L)"
}

run_tests
