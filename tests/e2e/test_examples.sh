#!/usr/bin/env bash
# The shipped examples run as documented, so they cannot go stale.
source "$(dirname "$0")/lib.sh"

test_the_tour_runs_cleanly() {
    PEER="$PEER" bash "$EXAMPLES/tour.sh" >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 0
    expect_err_empty
    expect_out_contains "The journal is healthy."
    expect_out_contains "supervises in a team with karin"
    expect_out_contains "SUP-EXPERIENCE"
}

run_tests
