# End-to-end test harness: sourced by each tests/e2e/test_*.sh.
# Every function named test_* runs against a fresh temporary directory with its own journal,
# as the real binary ($PEER) in a clean environment. A test passes when none of its checks fail.
set -u

: "${PEER:?set PEER to the peer binary}"
: "${PEER_SOURCE_DIR:?set PEER_SOURCE_DIR to the source tree}"
EXAMPLES="$PEER_SOURCE_DIR/examples"

# Runs peer with the given arguments; keeps the exit status in $status, the output in files.
run() {
    "$PEER" "$@" >"$WORK/stdout" 2>"$WORK/stderr" </dev/null
    status=$?
}

# Like run, with standard input taken from the file or text given as the first argument.
run_with_input() {
    local input=$1
    shift
    "$PEER" "$@" >"$WORK/stdout" 2>"$WORK/stderr" <<<"$input"
    status=$?
}

# setup ARGS...: like run, for a command a test needs to have succeeded before it checks
# anything (a journal, a placement, a catalogue). A status other than 0 fails the test at once,
# naming the command, its status and its stderr, rather than leaving later checks to fail for a
# reason they do not show. The output stays in the files, as after run.
setup() {
    run "$@"
    setup_succeeded "$@"
}

# Like setup, with standard input as for run_with_input.
setup_with_input() {
    local input=$1
    shift
    run_with_input "$input" "$@"
    setup_succeeded "$@"
}

setup_succeeded() {
    [ "$status" -eq 0 ] && return 0
    fail "set-up failed: peer $* (PEER_JOURNAL=$PEER_JOURNAL) exited with $status; stderr: $(err)"
    # Each test runs in its own subshell (run_tests): this ends the test, not the script.
    exit 1
}

out() { cat "$WORK/stdout"; }
err() { cat "$WORK/stderr"; }

fail() {
    printf '    %s\n' "$*" >&2
    failed=1
}

expect_status() {
    [ "$status" -eq "$1" ] || fail "expected exit status $1, got $status; stderr: $(err)"
}
expect_out_contains() {
    grep -qF -- "$1" "$WORK/stdout" || fail "stdout lacks '$1'; stdout was: $(out)"
}
expect_out_lacks() {
    ! grep -qF -- "$1" "$WORK/stdout" || fail "stdout has '$1' and should not"
}
expect_err_contains() {
    grep -qF -- "$1" "$WORK/stderr" || fail "stderr lacks '$1'; stderr was: $(err)"
}
expect_err_lacks() {
    ! grep -qF -- "$1" "$WORK/stderr" || fail "stderr has '$1' and should not; stderr was: $(err)"
}
expect_err_empty() {
    [ ! -s "$WORK/stderr" ] || fail "stderr should be empty; it was: $(err)"
}
# expect_json FILTER EXPECTED: jq's raw output of FILTER over stdout equals EXPECTED.
expect_json() {
    local got
    got=$(jq -r "$1" "$WORK/stdout" 2>&1) || { fail "stdout is not JSON: $(out)"; return; }
    [ "$got" = "$2" ] || fail "jq '$1' gave '$got', expected '$2'"
}
# expect_valid SCHEMA: stdout is valid against schemas/SCHEMA (checked with python3-jsonschema).
expect_valid() {
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/validate_json.py" \
        "$PEER_SOURCE_DIR/schemas/$1" "$WORK/stdout" 2>"$WORK/validation" \
        || fail "stdout does not follow $1: $(cat "$WORK/validation")"
}
# expect_valid_lines SCHEMA: every line of stdout is valid against schemas/SCHEMA (JSON Lines).
expect_valid_lines() {
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/validate_json.py" --lines \
        "$PEER_SOURCE_DIR/schemas/$1" "$WORK/stdout" 2>"$WORK/validation" \
        || fail "stdout does not follow $1: $(cat "$WORK/validation")"
}
# expect_json_lines FILTER EXPECTED: jq's raw output of FILTER over the first line of stdout.
expect_json_lines() {
    local got
    got=$(head -1 "$WORK/stdout" | jq -r "$1" 2>&1) || { fail "stdout is not JSON Lines: $(out)"; return; }
    [ "$got" = "$2" ] || fail "jq '$1' gave '$got', expected '$2'"
}
expect_equal() {
    [ "$1" = "$2" ] || fail "expected '$2', got '$1'"
}
mode_of() { stat -c '%a' "$1"; }

# at_terminal COMMAND [SHOWN TYPED]...: runs COMMAND at a terminal that script(1) provides, its
# output in $WORK/tty and its exit status in $status. For each pair, waits (up to ten seconds)
# until the terminal shows SHOWN, then types TYPED ($'\003' is Ctrl-C). Waiting for what the
# command prints, not for time, keeps the test sound on a slow machine. Then the terminal's
# input ends, as when it is closed.
at_terminal() {
    local command=$1
    shift
    : >"$WORK/tty"
    {
        while [ $# -ge 2 ]; do
            shown_at_terminal "$1" || { fail "the terminal never showed '$1': $(cat "$WORK/tty")"; break; }
            printf '%s' "$2"
            shift 2
        done
    } | script -qec "$command" /dev/null >"$WORK/tty" 2>&1
    status=$?
}
shown_at_terminal() {
    local _
    for _ in $(seq 100); do
        grep -qF -- "$1" "$WORK/tty" && return 0
        sleep 0.1
    done
    return 1
}
checksum() { sha256sum "$1" | cut -d' ' -f1; }

# join_example_placement_as STUDENT: STUDENT's journal at $PEER_JOURNAL. A teacher's journal
# applies the example placement and hands out the student's part, which the student joins.
join_example_placement_as() {
    PEER_JOURNAL="$WORK/teacher.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term apply "$EXAMPLES/placement.toml"
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student "$1" -o "$WORK/$1.toml"
    setup init
    setup term join "$WORK/$1.toml"
}

# Ali's journal: Bea is his partner. (Cem is in the example's pair of three, with Dana and Emil.)
join_example_placement_as_ali() { join_example_placement_as ali; }

run_tests() {
    local failures=0 count=0 name tmp=${TMPDIR:-/tmp}
    for name in $(declare -F | awk '{print $3}' | grep '^test_'); do
        WORK=$(mktemp -d -p "$tmp")
        # Each test its own temporary folder, where peer keeps drafts it cannot keep beside
        # the journal.
        export HOME="$WORK/home" PEER_JOURNAL="$WORK/journal.db" NO_COLOR=1 LANG=C.UTF-8 \
            TMPDIR="$WORK/tmp"
        unset XDG_DATA_HOME PEER_LANG LC_ALL LC_MESSAGES
        mkdir -p "$HOME" "$TMPDIR"
        # The example placement names its assessment form beside it: a test's copy of it,
        # edited into $WORK, finds the form there too.
        cp "$EXAMPLES/assessment-form.toml" "$WORK/"
        failed=0
        # Each test runs in a subshell, so it cannot change the next one; its exit status
        # carries whether any check failed.
        (cd "$WORK" && "$name"; exit "$failed") || failed=1
        count=$((count + 1))
        if [ "$failed" -eq 0 ]; then
            echo "ok - $name"
        else
            echo "not ok - $name"
            failures=$((failures + 1))
        fi
        rm -rf "$WORK"
    done
    echo "$((count - failures)) passed, $failures failed"
    [ "$failures" -eq 0 ]
}
