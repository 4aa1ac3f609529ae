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

run_tests
