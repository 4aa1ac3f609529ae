#!/usr/bin/env bash
# The command-line frame: help, version, languages, usage errors.
source "$(dirname "$0")/lib.sh"

test_help_lists_the_subcommands() {
    run --help
    expect_status 0
    expect_out_contains "Usage: peer [OPTIONS] SUBCOMMAND"
    expect_out_contains "init"
    expect_out_contains "doctor"
    expect_out_contains "--journal"
    expect_out_contains "--json"
    expect_out_contains "--quiet"
    expect_out_contains "--no-color"
    expect_out_contains "Exit status: 0 success, 1 invalid data, 2 usage error, 3 journal unusable,"
}

test_each_subcommand_has_help_with_examples() {
    for command in init doctor; do
        run "$command" --help
        expect_status 0
        expect_out_contains "Usage: peer $command"
        expect_out_contains "Examples:"
    done
}

test_version() {
    run --version
    expect_status 0
    grep -qE '^peer [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/stdout" || fail "version line: $(out)"
}

test_swedish_from_the_flag_and_from_the_environment() {
    run --lang sv --help
    expect_out_contains "Användning: peer [FLAGGOR] UNDERKOMMANDO"
    expect_out_contains "Skapa din journal"
    PEER_LANG=sv run init
    expect_out_contains "Skapade journalen"
    LANG=sv_SE.UTF-8 run doctor
    expect_out_contains "Journalen är frisk."
    PEER_LANG=sv run --lang en doctor
    expect_out_contains "The journal is healthy."
    # Subcommands of subcommands too, their help flag included.
    run --lang sv feedback give --help
    expect_out_contains "Ge konstruktiv återkoppling"
    expect_out_lacks "Options:"
}

test_errors_in_swedish() {
    run --lang sv doctor
    expect_status 3
    expect_err_contains "peer: fel: det finns ingen journal i"
}

test_no_arguments_and_help_show_the_help() {
    run
    expect_status 0
    expect_out_contains "Subcommands:"
    run help
    expect_status 0
    expect_out_contains "Subcommands:"
    run help term join
    expect_status 0
    expect_out_contains "--archive"
    run --lang sv help
    expect_out_contains "Underkommandon:"
}

test_a_missing_subcommand_is_a_usage_error() {
    run term
    expect_status 2
    expect_err_contains "a subcommand is required"
    expect_err_contains "Run \`peer term --help\` for the usage."
}

test_usage_errors_in_swedish() {
    run --lang sv activity log X --mode perform --patients två
    expect_status 2
    expect_err_contains "peer: fel: --patients: 'två' är inget värde den tar"
    run --lang sv activity log
    expect_err_contains "peer: fel: CODE krävs"
    run --lang sv term
    expect_err_contains "peer: fel: ange vad som ska göras: ett underkommando krävs"
    run --lang sv doctor extra
    expect_err_contains "peer: fel: väntades inte här: extra"
    run --lang sv reflect --activity A --entry 3
    expect_err_contains "peer: fel: --entry och --activity kan inte anges tillsammans"
    if grep -qE "required|Could not|expected" "$WORK/stderr"; then fail "English in: $(err)"; fi
}

# At a terminal, a usage error is in colour unless --no-color, NO_COLOR or TERM=dumb forbids it.
test_usage_errors_honour_no_color_at_a_terminal() {
    local with
    for with in "--no-color" "NO_COLOR=1" "TERM=dumb"; do
        case $with in
        --*) env -u NO_COLOR TERM=xterm script -qec "$PEER --no-color term" /dev/null >"$WORK/tty" 2>&1 ;;
        *) env -u NO_COLOR TERM=xterm "$with" script -qec "$PEER term" /dev/null >"$WORK/tty" 2>&1 ;;
        esac
        grep -q "a subcommand is required" "$WORK/tty" || fail "no error with $with: $(cat "$WORK/tty")"
        if grep -q $'\e\[' "$WORK/tty"; then fail "colour despite $with"; fi
    done
    env -u NO_COLOR TERM=xterm script -qec "$PEER term" /dev/null >"$WORK/tty" 2>&1
    grep -q $'\e\[' "$WORK/tty" || fail "no colour at a terminal: $(cat -v "$WORK/tty")"
}

test_an_unknown_subcommand_gets_a_suggestion() {
    run docter
    expect_status 2
    expect_err_contains "unknown subcommand \`docter\`; did you mean \`doctor\`?"
    expect_err_contains "peer --help"
}

test_an_unknown_option_points_to_the_subcommand_help() {
    run doctor --frobnicate
    expect_status 2
    expect_err_contains "--frobnicate"
    expect_err_contains "Run \`peer doctor --help\` for the usage."
}

test_a_bad_language_is_a_usage_error() {
    run --lang fi doctor
    expect_status 2
    expect_err_contains "--lang"
}

test_no_color_means_plain_errors() {
    run --no-color doctor
    expect_status 3
    if grep -q $'\e' "$WORK/stderr"; then fail "escape codes in stderr"; fi
}

test_every_subcommand_is_documented() {
    run --help
    local commands
    commands=$(sed -n '/^Subcommands:/,/^$/p' "$WORK/stdout" | awk 'NF > 1 {print $1}')
    [ -n "$commands" ] || fail "no subcommands in --help"
    for command in $commands; do
        grep -qF "## \`peer $command" "$PEER_SOURCE_DIR/docs/commands.md" \
            || fail "docs/commands.md has no section for $command"
        grep -qx ".B $command" "$PEER_SOURCE_DIR/docs/peer.1" \
            || fail "docs/peer.1 does not list $command"
    done
}

# The harness itself (lib.sh): a set-up command that fails ends the test at once, failed, and
# says which command it was, its status and its stderr.
test_a_failing_set_up_ends_the_test_and_says_why() {
    (
        setup no-such-subcommand --flag
        echo reached >"$WORK/reached"
    ) 2>"$WORK/harness"
    expect_equal "$?" 1
    [ ! -e "$WORK/reached" ] || fail "the test went on after its set-up failed"
    grep -qF "set-up failed: peer no-such-subcommand --flag (PEER_JOURNAL=$PEER_JOURNAL) exited with 2; stderr: " \
        "$WORK/harness" || fail "the harness did not name the failed set-up: $(cat "$WORK/harness")"
    grep -qF "no-such-subcommand" "$WORK/harness" || fail "no stderr of peer: $(cat "$WORK/harness")"
    (setup_with_input "" --version) 2>"$WORK/harness" \
        || fail "a set-up that succeeds failed the test: $(cat "$WORK/harness")"
    expect_out_contains "peer "
}

run_tests
