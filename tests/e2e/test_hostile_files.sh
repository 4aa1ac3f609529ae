#!/usr/bin/env bash
# Input that is not what a reader expects (issue 15): endless input, a directory, a pipe, a
# missing path, control characters, broken JSON, an empty file, a wrong setting. Each is a clear
# message at its place, read within a bound, and nothing is written.
source "$(dirname "$0")/lib.sh"

test_an_endless_input_is_refused_at_its_limit_not_read_into_memory() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    local before
    before=$(checksum "$PEER_JOURNAL")
    run term check /dev/zero
    expect_status 1
    expect_err_contains "cannot read /dev/zero: it is larger than 4 MiB, the most peer reads of a placement file"
    run rules --rules /dev/zero
    expect_status 1
    expect_err_contains "larger than 4 MiB"
    "$PEER" reflect --activity SUR-WOUND-01 --from - </dev/zero >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 1
    expect_err_contains "cannot read <stdin>: it is larger than 4 MiB"
    run import /dev/zero
    expect_status 1
    expect_err_contains "larger than 1024 MiB, the most peer reads of an export or an import file"
    run cohort /dev/zero
    expect_status 1
    expect_err_contains "this is not a peer export"
    expect_equal "$(checksum "$PEER_JOURNAL")" "$before"
}

test_a_directory_and_a_missing_path_say_so_in_every_reader() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    mkdir "$WORK/folder"
    run term check "$WORK/folder"
    expect_status 1
    expect_err_contains "cannot read $WORK/folder: it is a directory"
    run import "$WORK/folder/none.jsonl"
    expect_status 1
    expect_err_contains "cannot read $WORK/folder/none.jsonl: no such file"
    run activity import "$WORK/folder/none.csv"
    expect_status 1
    expect_err_contains "cannot read $WORK/folder/none.csv: no such file"
    run reflect --activity SUR-WOUND-01 --from "$WORK/folder"
    expect_status 1
    expect_err_contains "it is a directory"
}

test_a_pipe_is_read_as_a_file_is() {
    join_example_placement_as_ali
    # A process substitution is a pipe with no name to tell its shape by: read as CSV.
    "$PEER" activity import <(cat "$EXAMPLES/activities.csv") >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_out_contains "40 added"
    mkfifo "$WORK/catalogue.csv"
    cat "$EXAMPLES/activities.csv" >"$WORK/catalogue.csv" &
    run activity import "$WORK/catalogue.csv"
    expect_status 0
    expect_out_contains "40 unchanged"
    "$PEER" rules --rules <(printf 'name = "Region Pipe"\n') >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_out_contains "Rule set: Region Pipe"
}

test_a_control_character_in_a_placement_file_or_an_export_is_refused_at_its_place() {
    sed 's/^name = "Karin Nilsson"/name = "Karin\\u001b[31m"/' "$EXAMPLES/placement.toml" \
        >"$WORK/placement.toml"
    grep -qF 'Karin\u001b' "$WORK/placement.toml" || fail "the test's placement has no escape"
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "placement.toml:75:14: error[FMT-CONTROL]: a control character, U+001B (ESC)"
    join_example_placement_as_ali
    setup export -o "$WORK/whole.jsonl"
    sed 's/"name":"Beata Sundberg"/"name":"Beata\\u0007"/' "$WORK/whole.jsonl" >"$WORK/bell.jsonl"
    grep -qF 'Beata\u0007' "$WORK/bell.jsonl" || fail "the test's export has no bell"
    local before
    before=$(checksum "$PEER_JOURNAL")
    run import "$WORK/bell.jsonl"
    expect_status 1
    expect_err_contains "error[FMT-CONTROL]: \`name\`: a control character, U+0007 (BEL)"
    expect_equal "$(checksum "$PEER_JOURNAL")" "$before"
}

test_broken_json_lines_and_an_empty_import_say_where_and_why() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    printf '{"date": "2026-11-06", "code": "SUR-WOUND-01", "mode": observe}\n' >"$WORK/log.jsonl"
    run activity import --log "$WORK/log.jsonl"
    expect_status 1
    expect_err_contains "log.jsonl:1:56: error[FMT-SYNTAX]: the line is not valid JSON here (invalid literal"
    printf '["2026-11-06"]\n' >"$WORK/array.jsonl"
    run activity import --log "$WORK/array.jsonl"
    expect_err_contains "array.jsonl:1:1: error[FMT-SYNTAX]: the line is JSON but not an object"
    : >"$WORK/empty.jsonl"
    run activity import --log "$WORK/empty.jsonl"
    expect_status 1
    expect_err_contains "$WORK/empty.jsonl holds no rows to import"
    printf 'date,code,mode\n' >"$WORK/header.csv"
    run --lang sv activity import --log "$WORK/header.csv"
    expect_err_contains "$WORK/header.csv innehåller inga rader att importera"
}

test_a_rule_set_the_placement_names_that_cannot_be_read_is_said_at_its_key() {
    sed '0,/^\[placement\]/s//[placement]\nrules = "nonexistent.toml"/' "$EXAMPLES/placement.toml" \
        >"$WORK/placement.toml"
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "placement.toml:14:9: error[FMT-REFERENCE]: the rule set: cannot read $WORK/nonexistent.toml: no such file"
}

test_a_busy_timeout_that_is_no_number_is_refused() {
    join_example_placement_as_ali
    for value in abc -5 "" 1.5; do
        PEER_BUSY_TIMEOUT_MS=$value run doctor
        expect_status 2
        expect_err_contains "PEER_BUSY_TIMEOUT_MS is '$value': it must be a whole number of milliseconds"
    done
    PEER_BUSY_TIMEOUT_MS=250 run doctor
    expect_status 0
}

test_doctor_reports_a_journal_others_can_read_and_fix_tightens_it_never_widening() {
    mkdir -m 0777 "$WORK/open"
    export PEER_JOURNAL="$WORK/open/journal.db"
    setup init
    chmod 0666 "$PEER_JOURNAL"
    mkdir -m 0777 "$WORK/open/drafts"
    run doctor
    expect_status 3
    expect_out_contains "$WORK/open/journal.db is 0666, should be 0600"
    expect_out_contains "$WORK/open/drafts is 0777, should be 0700"
    expect_out_contains "$WORK/open is 0777, should be 0755"
    expect_out_contains "The journal is NOT healthy."
    run --json doctor
    expect_valid output/doctor.schema.json
    expect_json '.healthy' false
    run doctor --fix
    expect_status 0
    expect_out_contains "$WORK/open/journal.db was 0666, now 0600"
    expect_equal "$(mode_of "$PEER_JOURNAL")" 600
    expect_equal "$(mode_of "$WORK/open/drafts")" 700
    expect_equal "$(mode_of "$WORK/open")" 755
    # Tighter than wanted stays so: --fix never widens.
    chmod 0400 "$PEER_JOURNAL"
    chmod 0700 "$WORK/open"
    run doctor --fix
    expect_equal "$(mode_of "$PEER_JOURNAL")" 400
    expect_equal "$(mode_of "$WORK/open")" 700
}

run_tests
