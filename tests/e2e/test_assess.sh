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
    run assess form "$WORK/bad.toml" --placement ht26-kir-avd12
    expect_status 2
}

# The example placement names the example form: term check reads it, apply keeps it, the
# handout carries it, and the student's journal has it after joining.
test_a_placements_form_travels_from_the_teachers_file_to_the_students_journal() {
    run term check "$EXAMPLES/placement.toml"
    expect_status 0
    join_example_placement_as_ali
    PEER_JOURNAL="$WORK/teacher.db" run term show ht26-kir-avd12
    expect_out_contains "assessment form: peer-example-nursing (Clinical placement in nursing (peer's example form); 20 criteria in 5 areas"
    grep -q '^ *\[\[assessment_form.area.criterion\]\]' "$WORK/ali.toml" \
        || fail "the handout does not carry the form"
    run assess form
    expect_status 0
    expect_out_contains "20 criteria in 5 areas."
    run --json term show ht26-kir-avd12
    expect_json .placement.assessment_form peer-example-nursing
    expect_valid output/term-show.schema.json
    # The student's journal holds the very form of the teacher's file.
    run --json assess form "$EXAMPLES/assessment-form.toml"
    cp "$WORK/stdout" "$WORK/file.json"
    run --json assess form --placement ht26-kir-avd12
    expect_equal "$(cat "$WORK/stdout")" "$(cat "$WORK/file.json")"
    # An export carries it to the next journal.
    run export -o "$WORK/ali.jsonl"
    expect_status 0
    expect_equal "$(jq -r 'select(.kind == "placement") | .assessment_form.form.id' "$WORK/ali.jsonl")" \
        peer-example-nursing
}

test_a_placement_without_a_form_says_how_to_give_it_one() {
    sed '/^assessment_form = /d' "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    setup init
    setup term apply "$WORK/placement.toml"
    run assess form --placement ht26-kir-avd12
    expect_status 1
    expect_err_contains "the placement ht26-kir-avd12 has no assessment form: its teacher names one with \`assessment_form = \"FILE\"\`"
    run --json term show ht26-kir-avd12
    expect_json .placement.assessment_form null
    run assess form
    expect_status 1
    expect_err_contains "join one with \`peer term join FILE\`"
}

test_term_check_reports_a_broken_form_at_its_own_lines() {
    sed 's/^assessment_form = .*/assessment_form = "broken.toml"/' "$EXAMPLES/placement.toml" \
        >"$WORK/placement.toml"
    cp "$FORMS/broken.toml" "$WORK/"
    setup init
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "broken.toml:2:6: error[FMT-VALUE]: \"broken form\" cannot be an id"
    run term apply "$WORK/placement.toml"
    expect_status 1
    expect_equal "$(sqlite3 "$PEER_JOURNAL" 'SELECT count(*) FROM placement')" 0
    sed 's/^assessment_form = .*/assessment_form = "nowhere.toml"/' "$EXAMPLES/placement.toml" \
        >"$WORK/placement.toml"
    run --lang sv term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "placement.toml:27:19: fel[FMT-REFERENCE]: bedömningsformuläret: kan inte läsa $WORK/nowhere.toml: filen finns inte"
}

test_a_form_text_that_looks_like_a_phone_number_is_refused_at_its_line() {
    sed 's/^en = "Not met: the criterion is not shown"/en = "Not met: call 070-174 06 05"/' \
        "$EXAMPLES/assessment-form.toml" >"$WORK/assessment-form.toml"
    grep -q 070-174 "$WORK/assessment-form.toml" || fail "the test did not change the form"
    cp "$EXAMPLES/placement.toml" "$WORK/placement.toml"
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "assessment-form.toml:"
    expect_err_contains "error[PRIVACY-PHONE]: a phone number '070-174 ** **'"
}

run_tests
