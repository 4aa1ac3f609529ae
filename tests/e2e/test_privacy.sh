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
    expect_err_contains "$WORK/placement.toml:222:16: error[PRIVACY-PHONE]: a phone number '08-12 ** **'"
    setup term apply "$EXAMPLES/placement.toml"
    setup pair remove ht26-kir-avd12 cem
    run pair add ht26-kir-avd12 cem dana emil --supervisor johan --reason "Mail x@example.se"
    expect_status 1
    expect_err_contains "error[PRIVACY-EMAIL]: an e-mail address '***@example.se'"
}

test_every_string_of_a_placement_file_is_guarded_at_its_line_and_column() {
    sed -e 's/^name = "Johan Åberg"/name = "Johan Åberg, 070-174 06 05"/' \
        -e 's/^title = "Surgical nursing, clinical placement"/title = "Surgical nursing (johan.aberg@example.se)"/' \
        "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    setup init
    run term check "$WORK/placement.toml"
    expect_status 1
    expect_err_contains "$WORK/placement.toml:16:28: error[PRIVACY-EMAIL]: an e-mail address 'j***@example.se'"
    expect_err_contains "$WORK/placement.toml:86:22: error[PRIVACY-PHONE]: a phone number '070-174 ** **'"
    expect_err_lacks "06 05"
    run term apply "$WORK/placement.toml"
    expect_status 1
    expect_equal "$(rows "SELECT count(*) FROM person")" 0
}

test_a_staff_phone_allowed_in_the_file_or_by_option_travels_with_the_handout() {
    sed -e 's/^name = "Karin Nilsson"/name = "Karin Nilsson, 070-174 06 05"/' \
        -e 's/^name = "Johan Åberg"/name = "Johan Åberg, 070-174 06 06"/' \
        "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    setup init
    run term apply --allow-identifier "070-174 06 05" --allow-identifier "070-174 06 06" \
        "$WORK/placement.toml"
    expect_status 0
    expect_equal "$(rows "SELECT group_concat(record_kind || ' ' || text, ', ') FROM allowed_identifier")" \
        "placement 070-174 06 05, placement 070-174 06 06"
    # Applied again, nothing more is recorded.
    run term apply --allow-identifier "070-174 06 05" --allow-identifier "070-174 06 06" \
        "$WORK/placement.toml"
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM allowed_identifier")" 2
    # Ali's handout holds Karin, his supervisor, and her number, not Johan's.
    setup term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    grep -qF "allowed_identifiers = [ '070-174 06 05' ]" "$WORK/ali.toml" ||
        fail "the handout does not carry the allowed text: $(grep -n allowed "$WORK/ali.toml")"
    PEER_JOURNAL="$WORK/ali.db" setup init
    PEER_JOURNAL="$WORK/ali.db" run term join "$WORK/ali.toml"
    expect_status 0
    expect_equal "$(sqlite3 "$WORK/ali.db" "SELECT name FROM person WHERE handle = 'karin'")" \
        "Karin Nilsson, 070-174 06 05"
    # A file that lists them itself needs no option.
    sed -i 's/^\[placement\]/[placement]\nallowed_identifiers = ["070-174 06 05", "070-174 06 06"]/' \
        "$WORK/placement.toml"
    run term check "$WORK/placement.toml"
    expect_status 0
}

test_a_person_and_an_activity_are_guarded_in_every_text() {
    setup init
    run person add karin --name "Karin Nilsson 070-174 06 05" --role supervisor --profession nurse \
        --employer healthcare --degree bachelor --supervisor-training basic --in-profession-since 2015-06-01
    expect_status 1
    expect_err_contains "--name:1:15: error[PRIVACY-PHONE]"
    expect_err_contains "the person was not saved; nothing was written"
    run person add karin --name "Karin Nilsson 070-174 06 05" --role supervisor --profession nurse \
        --employer healthcare --degree bachelor --supervisor-training basic --in-profession-since 2015-06-01 \
        --allow-identifier "070-174 06 05"
    expect_status 0
    expect_equal "$(rows "SELECT record_kind FROM allowed_identifier")" person
    run person add 19121212-1212 --name "Someone" --student
    expect_status 1
    expect_err_contains "ID:1:1: error[PRIVACY-PIN]"
    run activity add X-1 --title "Wound care" --tag "wound,19121212-1212" --unit "Avd 5"
    expect_status 1
    expect_err_contains "--tag:1:1: error[PRIVACY-PIN]"
    run activity add X-1 --title "Wound care" --outcome "LO1" --unit "ring 08-12 34 56"
    expect_status 1
    expect_err_contains "--unit:1:6: error[PRIVACY-PHONE]"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
}

test_a_code_or_id_that_cannot_be_one_is_not_repeated_when_it_holds_an_identifier() {
    setup init
    run activity add "070 174 06 05" --title "Wound care"
    expect_status 1
    expect_err_contains "CODE:1:1: error[PRIVACY-PHONE]"
    expect_err_lacks "06 05"
    run person add "070 174 06 05" --student --name "Ali"
    expect_status 1
    expect_err_contains "ID:1:1: error[PRIVACY-PHONE]"
    expect_err_lacks "06 05"
    printf 'code,title\n070 174 06 05,Wound care\n' >"$WORK/cat.csv"
    run activity import "$WORK/cat.csv"
    expect_status 1
    expect_err_contains "error[PRIVACY-PHONE]: column \`code\`"
    expect_err_lacks "06 05"
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
