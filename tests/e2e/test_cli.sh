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

test_no_subcommand_is_a_usage_error() {
    run
    expect_status 2
    expect_err_contains "Run \`peer --help\` for the usage."
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
