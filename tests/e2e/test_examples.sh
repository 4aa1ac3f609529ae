#!/usr/bin/env bash
# The shipped examples run as documented, so they cannot go stale.
source "$(dirname "$0")/lib.sh"

test_the_tour_runs_cleanly() {
    PEER="$PEER" bash "$EXAMPLES/tour.sh" >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_err_empty
    expect_out_contains "placement.toml: 0 error(s), 1 warning(s)"
    expect_out_contains "placement-broken.toml: 12 error(s)"
    expect_out_contains "supervises in a team with helena"
    expect_out_contains "added student ali"
    expect_out_contains "ali + bea"
    expect_out_contains "Imported 45 activities: 45 added"
    expect_out_contains "Logged entry"
    expect_out_contains "2026-11-16"
    expect_out_contains "Saved reflection 1 (2026-11-16, SUR-WOUND-01)."
    expect_out_contains "Saved feedback 1 to bea."
    expect_out_contains "your action plan for SUR-WOUND-01 was:"
    expect_out_contains "[Information] före ett moment"
    expect_out_contains "The journal is healthy."
}

test_the_teachers_setup_script_runs() {
    PEER="$PEER" bash "$EXAMPLES/setup-term.sh" "$EXAMPLES/placement.toml" "$WORK/out" \
        >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_out_contains "Handouts for ht26-kir-avd12 are in $WORK/out/."
    expect_equal "$(ls "$WORK/out" | wc -l)" 13
    [ -f "$WORK/out/ali-ht26-kir-avd12.toml" ] || fail "no handout for ali"
}

test_the_teachers_setup_script_stops_on_a_broken_file() {
    PEER="$PEER" bash "$EXAMPLES/setup-term.sh" "$EXAMPLES/placement-broken.toml" "$WORK/out" \
        >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 1
    [ ! -d "$WORK/out" ] || fail "handouts were written for a broken placement"
}

# Two students' exports for the examiner in an inbox, as the teacher receives them.
students_send_exports() {
    PEER_JOURNAL="$WORK/teacher.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term apply "$EXAMPLES/placement.toml"
    mkdir -p "$WORK/inbox/mail"
    local student
    for student in ali bea; do
        PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student "$student" \
            -o "$WORK/$student.toml"
        PEER_JOURNAL="$WORK/$student.db" setup init
        PEER_JOURNAL="$WORK/$student.db" setup term join "$WORK/$student.toml"
        PEER_JOURNAL="$WORK/$student.db" setup activity import "$EXAMPLES/activities.csv"
        PEER_JOURNAL="$WORK/$student.db" setup export --for lena -o "$WORK/inbox/$student.jsonl"
    done
    PEER_JOURNAL="$WORK/ali.db" setup activity import --log "$EXAMPLES/log.csv"
    PEER_JOURNAL="$WORK/ali.db" setup export --for lena -o "$WORK/inbox/ali.jsonl"
    # Ali sent his twice.
    cp "$WORK/inbox/ali.jsonl" "$WORK/inbox/mail/ali (1).jsonl"
}

test_the_teachers_collecting_script_files_each_export_once_and_shows_the_cohort() {
    students_send_exports
    (cd "$WORK" && PEER="$PEER" bash "$EXAMPLES/collect-exports.sh" inbox exports 2026-11-14) \
        >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_out_contains "Wrote the cohort view to cohort.html."
    expect_out_contains "Cohort on 2026-11-14 · 2 students from 2 files"
    expect_equal "$(ls "$WORK/exports/ali" | wc -l)" 1
    expect_equal "$(ls "$WORK/exports/bea" | wc -l)" 1
    expect_equal "$(mode_of "$WORK/exports")" 700
    expect_equal "$(grep -c ',student,' "$WORK/cohort.csv")" 2
    grep -q '<svg[^>]*id="entries-1"' "$WORK/cohort.html" || fail "cohort.html has no chart"
}

test_the_teachers_collecting_script_names_a_file_that_is_no_export() {
    students_send_exports
    printf 'my notes\n' >"$WORK/inbox/notes.jsonl"
    (cd "$WORK" && PEER="$PEER" bash "$EXAMPLES/collect-exports.sh" inbox exports 2026-11-14) \
        >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 1
    expect_err_contains "inbox/notes.jsonl: not an export of a student's journal"
    expect_out_contains "2 students from 2 files"
}

run_tests
