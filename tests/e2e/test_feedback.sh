#!/usr/bin/env bash
# peer feedback and peer brief: constructive feedback to the partner; briefings and debriefings.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

give_four_parts() {
    setup "$@" feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-05 \
        --strength "Clear SBAR handover" --situation "Morning round" \
        --improve "Vital signs came last" --how "Read them from the chart first"
}

test_feedback_with_its_four_parts_is_saved_with_author_recipient_and_id() {
    setup_ali
    give_four_parts --json
    expect_status 0
    expect_valid output/feedback.schema.json
    expect_json .author ali
    expect_json .recipient bea
    expect_json .code SUR-SBAR-01
    expect_json .how "Read them from the chart first"
    local uuid
    uuid=$(jq -r .uuid "$WORK/stdout")
    expect_equal "$(rows "SELECT uuid FROM feedback")" "$uuid"
    run feedback show 1
    expect_out_contains "# Feedback 1 · 2026-11-05 · ali → bea · SUR-SBAR-01"
    expect_out_contains "## Situation"
    run --lang sv feedback show 1
    expect_out_contains "## Förbättra"
}

test_feedback_without_all_four_parts_is_refused() {
    setup_ali
    run feedback give --to bea --strength "Calm" --situation "Round" --improve "Pace"
    expect_status 1
    expect_err_contains "error[FB-CONSTRUCTIVE]"
    expect_err_contains "nothing was saved"
    expect_equal "$(rows "SELECT count(*) FROM feedback")" 0
}

# The refused text is kept, and the command shown saves it with its day and activity.
test_refused_feedback_is_kept_with_the_command_that_saves_it_as_meant() {
    setup_ali
    run feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-04 --strength "Calm" \
        --situation "Round" --improve "Pace"
    expect_status 1
    local kept
    kept=$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f)
    [ -n "$kept" ] || fail "the refused text was not kept"
    expect_err_contains "save it with \`peer feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-04 --from $kept\`"
    sed -i 's/^<!--.*-->$//' "$kept"
    printf 'Pause first\n' >>"$kept"
    run feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-04 --from "$kept"
    expect_status 0
    expect_equal "$(rows "SELECT date || ':' || how FROM feedback")" "2026-11-04:Pause first"
}

test_feedback_goes_to_the_partner_only() {
    setup_ali
    run feedback give --to cem --strength a --situation b --improve c --how d
    expect_status 1
    expect_err_contains "cem is not your partner; your partner is bea"
    # Without --to, the only partner is meant.
    run feedback give --strength a --situation b --improve c --how d
    expect_status 0
    expect_out_contains "Saved feedback 1 to bea."
}

test_a_supervisor_gives_feedback_to_the_students_she_supervises() {
    setup init
    run term join "$EXAMPLES/placement.toml"
    expect_status 1
    expect_err_contains "join it as its staff with --as YOUR-ID"
    run term join "$EXAMPLES/placement.toml" --as nobody
    expect_status 1
    expect_err_contains "nobody is not among the staff"
    run term join "$EXAMPLES/placement.toml" --as karin
    expect_status 0
    run feedback give --strength a --situation b --improve c --how d
    expect_status 2
    expect_err_contains "--to: error: say whom the feedback is for: ali, bea"
    expect_err_contains "peer feedback give --help"
    run feedback give --to cem --strength a --situation b --improve c --how d
    expect_status 1
    expect_err_contains "cem is not a student you supervise; you supervise ali, bea"
    run --json feedback give --to ali --strength "Calm" --situation "Round" --improve "Pace" \
        --how "Pause"
    expect_status 0
    expect_json .author karin
    expect_json .recipient ali
}

test_the_form_asks_for_the_missing_parts_at_a_terminal() {
    setup_ali
    at_terminal "$PEER feedback give --to bea --strength 'Calm voice'" \
        "2/4" $'Where it showed\n\n' "3/4" $'Something to improve\n\n' "4/4" $'How to\n\n'
    expect_equal "$status" 0
    grep -qF "2/4 Situation: Where did it show?" "$WORK/tty" || fail "no question: $(cat "$WORK/tty")"
    ! grep -qF "1/4" "$WORK/tty" || fail "asked for the strength given"
    expect_equal "$(rows "SELECT strength || '|' || situation || '|' || how FROM feedback")" \
        "Calm voice|Where it showed|How to"
}

# Every part is needed: an empty answer asks again; an identifier is refused at the part it was
# typed in, which is asked again.
test_the_prompt_asks_again_for_an_empty_part_and_for_one_with_an_identifier() {
    setup_ali
    at_terminal "$PEER feedback give --to bea" \
        "1/4" $'\n' "This part is needed" $'Calm voice\n\n' \
        "2/4" $'Bed 4, 19121212-1212\n\n' "Write the answer again without it" $'Bed 4\n\n' \
        "3/4" $'Pace\n\n' "4/4" $'Pause\n\n'
    expect_equal "$status" 0
    grep -qF "every part is needed, so an empty answer asks again" "$WORK/tty" || fail "no intro: $(cat "$WORK/tty")"
    grep -qF "personal identity number" "$WORK/tty" || fail "no refusal: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT strength || '|' || situation FROM feedback")" "Calm voice|Bed 4"
}

test_feedback_from_a_swedish_file() {
    setup_ali
    printf '## Styrka\nLugn\n## Situation\nRonden\n## Förbättra\nTempo\n## Hur\nPausa\n' >"$WORK/f.md"
    run feedback give --to bea --from "$WORK/f.md"
    expect_status 0
    expect_equal "$(rows "SELECT improve FROM feedback")" "Tempo"
}

test_list_given_and_received() {
    setup_ali
    give_four_parts
    run feedback list --given
    expect_out_contains "ali      → bea"
    run --json feedback list --received
    expect_json length 0
    run --json feedback list
    expect_valid output/feedback.schema.json
    expect_json length 1
    run feedback show 7
    expect_status 1
    expect_err_contains "there is no feedback 7"
}

test_a_briefing_before_and_a_debriefing_after() {
    setup_ali
    run activity log SUR-WOUND-01 --mode perform --date 2026-11-05
    printf '## Who does what\nI dress, Bea observes.\n## Observations\nRedness.\n## Consequences\nIf it bleeds, stop.\n' >"$WORK/before.md"
    run --json brief before --activity SUR-WOUND-01 --date 2026-11-05 --from "$WORK/before.md"
    expect_status 0
    expect_valid output/briefing.schema.json
    expect_json .kind before
    expect_json .consequences "If it bleeds, stop."
    printf '## Hur det gick\nBra.\n## Återkoppling\nBea: lugnt.\n' >"$WORK/after.md"
    run brief after --entry 1 --from "$WORK/after.md"
    expect_status 0
    expect_out_contains "Saved debriefing 2 (entry 1 · SUR-WOUND-01)."
    run brief list
    expect_out_contains "briefing"
    expect_out_contains "debriefing"
    run --json brief list
    expect_valid output/briefing.schema.json
    run --lang sv brief show 2
    expect_out_contains "# Efterhandledning 2"
    expect_out_contains "Bea: lugnt."
    # A briefing is about an activity.
    run brief before --from "$WORK/before.md"
    expect_status 2
    expect_err_contains "--activity CODE or --entry N"
}

test_a_briefing_in_the_editor_and_at_the_terminal() {
    setup_ali
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
sed -i 's/^## Who does what$/## Who does what\nBea leads./' "$1"
SH
    chmod +x "$WORK/editor.sh"
    EDITOR="$WORK/editor.sh" run brief before --activity SUR-PAIN-01 --editor
    expect_status 0
    expect_equal "$(rows "SELECT who_does_what FROM briefing")" "Bea leads."
    at_terminal "$PEER brief after --activity SUR-PAIN-01" \
        "1/2" $'It went well\n\n' "2/2" $'Both ways\n\n'
    expect_equal "$status" 0
    grep -qF "1/2 How it went: How did it go?" "$WORK/tty" || fail "no question: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT how_it_went || '|' || feedback FROM briefing WHERE kind = 'after'")" \
        "It went well|Both ways"
}

# Feedback given and briefings are corrected in place; what a partner gave stays theirs.
test_feedback_and_briefings_are_corrected_in_the_editor_or_from_a_file() {
    setup_ali
    give_four_parts
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
sed -i 's/^Morning round$/Evening round/' "$1"
SH
    chmod +x "$WORK/editor.sh"
    local uuid
    uuid=$(rows "SELECT uuid FROM feedback")
    EDITOR="$WORK/editor.sh" run feedback edit 1
    expect_status 0
    expect_out_contains "Saved feedback 1 to bea."
    expect_equal "$(rows "SELECT uuid || ' ' || situation FROM feedback")" "$uuid Evening round"
    run search evening
    expect_out_contains "feedback"
    EDITOR=true run --lang sv feedback edit 1
    expect_status 0
    expect_out_contains "Återkoppling 1: inget ändrades."
    # All four parts are still required, and the refused text is kept with the command again.
    printf '## Strength\nCalm\n' >"$WORK/short.md"
    run feedback edit 1 --from "$WORK/short.md"
    expect_status 1
    expect_err_contains "error[FB-CONSTRUCTIVE]"
    expect_equal "$(rows "SELECT strength FROM feedback")" "Clear SBAR handover"
    # Feedback received is not the owner's to change.
    rows "INSERT INTO feedback (uuid, author_id, recipient_id, date, strength, situation, improve, how)
          SELECT 'from-bea', b.id, a.id, '2026-11-06', 's', 'x', 'i', 'h'
          FROM person a, person b WHERE a.handle = 'ali' AND b.handle = 'bea'"
    run feedback edit 2 --from "$WORK/short.md"
    expect_status 1
    expect_err_contains "feedback 2 was given to you by bea: only its author can change it"

    run activity log SUR-WOUND-01 --mode perform --date 2026-11-05
    printf '## Who does what\nI dress.\n' >"$WORK/before.md"
    run brief before --activity SUR-WOUND-01 --from "$WORK/before.md"
    printf '## Who does what\nBea dresses.\n## Observations\nRedness.\n' >"$WORK/again.md"
    run brief edit 1 --entry 1 --from "$WORK/again.md"
    expect_status 0
    expect_out_contains "Saved briefing 1 (entry 1 · SUR-WOUND-01)."
    expect_equal "$(rows "SELECT kind || ':' || log_entry_id || ':' || who_does_what || ':' || observations FROM briefing")" \
        "before:1:Bea dresses.:Redness."
    run brief edit 7 --from "$WORK/again.md"
    expect_status 1
    expect_err_contains "there is no briefing 7"
}

# An empty list says what to do, as `activity list` does; --quiet and --json print nothing.
test_empty_lists_say_what_to_do() {
    setup_ali
    run feedback list
    expect_out_contains "No feedback found; give your partner some with \`peer feedback give\`."
    run --lang sv brief list
    expect_out_contains "Inga handledningar hittades; skriv en med \`peer brief before --activity KOD\`."
    run reflect list
    expect_out_contains "No reflections found; write one with \`peer reflect --activity CODE\`."
    run activity history
    expect_out_contains "No log entries found; log what you did with \`peer activity log CODE --mode MODE\`."
    run -q activity history
    expect_equal "$(out)" ""
    run --json feedback list
    expect_json length 0
}

run_tests
