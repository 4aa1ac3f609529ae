#!/usr/bin/env bash
# peer assess form: an assessment form checked and shown, in both languages and as JSON.
source "$(dirname "$0")/lib.sh"

FORMS="$PEER_SOURCE_DIR/tests/fixtures/assessment"

test_the_example_form_shows_its_scale_and_its_criteria_by_area() {
    run assess form "$EXAMPLES/assessment-form.toml"
    expect_status 0
    expect_out_contains "Clinical placement in nursing (peer's example form) (peer-example-nursing)"
    expect_out_contains "Scale, lowest first:"
    expect_out_contains "not-met"
    expect_out_contains "Not met: the criterion is not shown (at risk)"
    expect_out_contains "Communication and relationships (communication)"
    expect_out_contains "20 criteria in 5 areas."
    run --lang sv assess form "$EXAMPLES/assessment-form.toml"
    expect_out_contains "Skala, lägst först:"
    expect_out_contains "20 kriterier i 5 områden."
}

test_the_form_fits_a_narrow_terminal() {
    COLUMNS=50 run assess form "$EXAMPLES/assessment-form.toml"
    expect_status 0
    local widest
    widest=$(while IFS= read -r line; do printf '%s' "$line" | wc -m; done <"$WORK/stdout" \
        | sort -n | tail -1)
    [ "$widest" -le 50 ] || fail "a line is $widest characters wide at 50 columns"
}

test_both_forms_print_as_json_in_the_shape_of_their_file() {
    for form in "$EXAMPLES/assessment-form.toml" "$FORMS/three-levels.toml"; do
        run --json assess form "$form"
        expect_status 0
        expect_valid assessment-form.schema.json
    done
    expect_json '.level | map(select(.at_risk)) | map(.id) | join(",")' F
    expect_json '[.area[].criterion[]] | length' 3
}

test_a_broken_form_is_reported_line_by_line_with_exit_status_1() {
    run assess form "$FORMS/broken.toml"
    expect_status 1
    expect_err_contains "broken.toml:1:1: error[FMT-REQUIRED]: \`form.sv\` is missing"
    expect_err_contains "broken.toml:2:6: error[FMT-VALUE]: \"broken form\" cannot be an id"
    expect_err_contains "broken.toml:14:11: error[FMT-VALUE]: the level \"bad\" is at risk"
    expect_err_contains "broken.toml:20:1: error[FMT-KEY]"
    expect_err_contains "broken.toml:28:6: error[FMT-DUPLICATE]: the criterion id \"A1\" is given twice (first on line 23)"
    expect_err_contains "broken.toml:30:6: error[FMT-VALUE]: the text is empty"
    expect_err_contains "the assessment form $FORMS/broken.toml has errors"
    [ ! -s "$WORK/stdout" ] || fail "a broken form printed something on stdout"
}

test_what_is_not_a_form_file_is_said_to_be_so() {
    run assess form "$WORK/missing.toml"
    expect_status 1
    expect_err_contains "missing.toml"
    printf 'not = [toml\n' >"$WORK/bad.toml"
    run assess form "$WORK/bad.toml"
    expect_status 1
    expect_err_contains "bad.toml:1:"
    run assess form
    expect_status 2
}

run_tests
