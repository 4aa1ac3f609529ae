#!/usr/bin/env bash
# The patient-data guard: no identifier of a patient reaches the journal, and nothing typed is
# lost. Every number here is a published test number (19121212-1212, the co-ordination number
# 701063-2391) or an invented one.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

test_a_valid_personal_identity_number_is_refused_and_kept() {
    setup_ali
    run_with_input $'## Description\nThe patient, 19121212-1212, was calm.\n' \
        reflect --activity SUR-PAIN-01 --from -
    expect_status 1
    expect_err_contains "drafts/reflection-"
    # At its place in the draft file: line 3, after the comment that names the saving command.
    expect_err_contains ".md:3:14: error[PRIVACY-PIN]: a personal identity number '19121212-****'"
    expect_err_contains "save it with \`peer reflect --activity SUR-PAIN-01 --from"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
    local draft
    draft=$(ls "$WORK"/drafts/reflection-*.md)
    expect_equal "$(mode_of "$draft")" 600
    expect_equal "$(mode_of "$WORK/drafts")" 700
    grep -qF "19121212-1212, was calm." "$draft" || fail "the text typed was not kept"
    sed -n 3p "$draft" | grep -qF "19121212" || fail "the number is not on line 3: $(cat "$draft")"
    # Corrected, the draft is saved with --from.
    sed -i 's/, 19121212-1212,//' "$draft"
    run reflect --activity SUR-PAIN-01 --from "$draft"
    expect_status 0
    expect_equal "$(rows "SELECT description FROM reflection")" "The patient was calm."
}

test_an_identifier_written_in_the_editor_is_named_in_the_editors_file() {
    setup_ali
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
sed -i 's/^## Feelings$/## Feelings\nSad for 19121212-1212./' "$1"
SH
    chmod +x "$WORK/editor.sh"
    EDITOR="$WORK/editor.sh" run reflect --editor
    expect_status 1
    local draft
    draft=$(ls "$WORK"/drafts/reflection-*.md)
    expect_err_contains "$draft:"
    expect_err_contains "error[PRIVACY-PIN]"
    expect_equal "$(grep -n 'Sad for' "$draft" | cut -d: -f1)" \
        "$(grep -o "$draft:[0-9]*" "$WORK/stderr" | head -1 | cut -d: -f2)"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
}

test_a_number_with_a_wrong_check_digit_is_accepted() {
    setup_ali
    run_with_input $'## Description\nRoom 121212-1213 again.\n' reflect --from -
    expect_status 0
    expect_equal "$(rows "SELECT description FROM reflection")" "Room 121212-1213 again."
}

test_a_file_of_ones_own_is_named_with_line_and_column_and_left_as_it_is() {
    setup_ali
    printf '# R\n\n## Feelings\nCalled 070-174 06 05 and wrote to x.y@example.se\n' >"$WORK/r.md"
    local before
    before=$(checksum "$WORK/r.md")
    run reflect --from "$WORK/r.md"
    expect_status 1
    expect_err_contains "$WORK/r.md:4:8: error[PRIVACY-PHONE]: a phone number '070-174 ** **'"
    expect_err_contains "$WORK/r.md:4:35: error[PRIVACY-EMAIL]: an e-mail address 'x***@example.se'"
    expect_equal "$(checksum "$WORK/r.md")" "$before"
    [ ! -d "$WORK/drafts" ] || fail "a draft was made of a file the student has"
}

test_allow_identifier_saves_and_records_the_exact_text() {
    setup_ali
    run feedback give --strength a --situation "Team 701063-2391" --improve c --how d
    expect_status 1
    expect_err_contains "error[PRIVACY-COORDINATION]: a co-ordination number '701063-****'"
    expect_err_contains "pass --allow-identifier with it as it is written"
    expect_equal "$(rows "SELECT count(*) FROM feedback")" 0
    ls "$WORK"/drafts/feedback-*.md >/dev/null || fail "the feedback typed was not kept"
    run feedback give --strength a --situation "Team 701063-2391" --improve c --how d \
        --allow-identifier 701063-2391 --allow-identifier 555
    expect_status 0
    expect_err_contains "--allow-identifier '555': the text has no such identifier"
    expect_equal "$(rows "SELECT a.text || '|' || a.record_kind FROM allowed_identifier a JOIN feedback f ON f.uuid = a.record_uuid")" \
        "701063-2391|feedback"
}

test_a_log_note_is_guarded() {
    setup_ali
    run activity log SUR-PAIN-01 --mode perform --note "Anhörig: 0701740605"
    expect_status 1
    expect_err_contains "--note:1:10: error[PRIVACY-PHONE]"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    run activity log SUR-PAIN-01 --mode perform --note "Anhörig: 0701740605" \
        --allow-identifier 0701740605
    expect_status 0
    expect_equal "$(rows "SELECT record_kind FROM allowed_identifier")" note
}

test_a_catalogue_entry_typed_in_options_is_guarded() {
    setup init
    run activity add X-1 --title "Wound care" --how "Ask 070-174 06 05"
    expect_status 1
    expect_err_contains "--how:1:5: error[PRIVACY-PHONE]"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
}

test_imported_text_is_guarded() {
    setup_ali
    printf 'date,code,mode,note\n2026-11-05,SUR-PAIN-01,perform,fine\n2026-11-06,SUR-PAIN-01,perform,pat 121212-1212\n' \
        >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "$WORK/log.csv:3: error[PRIVACY-PIN]: column \`note\`: a personal identity number '121212-****'"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    printf 'code,title,what\nX-1,Title,Mail ward@example.se\n' >"$WORK/catalogue.csv"
    run activity import "$WORK/catalogue.csv"
    expect_status 1
    expect_err_contains "error[PRIVACY-EMAIL]: column \`what\`"
}

test_a_pairs_reason_is_guarded_in_a_placement_file_and_by_pair_add() {
    sed 's/^reason = "Odd number of students/reason = "Call 08-12 34 56: Odd number of students/' \
        "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    setup init
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "$WORK/placement.toml:220:16: error[PRIVACY-PHONE]: a phone number '08-12 ** **'"
    setup term apply "$EXAMPLES/placement.toml"
    setup pair remove ht26-kir-avd12 cem
    run pair add ht26-kir-avd12 cem dana emil --supervisor johan --reason "Mail x@example.se"
    expect_status 1
    expect_err_contains "error[PRIVACY-EMAIL]: an e-mail address '***@example.se'"
}

test_an_interrupted_feedback_form_is_kept_in_a_draft_file() {
    setup_ali
    at_terminal "$PEER feedback give --to bea" "1/4" $'Calm\n\n' "2/4" $'\003'
    expect_equal "$status" 130
    grep -qF "peer feedback give --to bea --from" "$WORK/tty" || fail "no way back: $(cat "$WORK/tty")"
    grep -qF "Calm" "$WORK"/drafts/feedback-*.md || fail "the text typed was lost"
    expect_equal "$(rows "SELECT count(*) FROM feedback")" 0
}

run_tests
