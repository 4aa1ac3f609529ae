#!/usr/bin/env bash
# Correcting what was written: peer activity edit-entry and delete-entry; reflect, feedback and
# brief delete. (The edit commands of the writing are tested with their own commands.)
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

# Entry 1, with reflection 1 (a draft) and briefing 1 about it.
log_with_writing() {
    setup activity log SUR-WOUND-01 --mode perform --date 2026-11-05 --patients 2 --note "Leg wound"
    setup_with_input $'## Description\nThe dressing held.\n' reflect --entry 1 --draft --from -
    setup_with_input $'## Who does what\nI dress.\n## Observations\nRedness.\n## Consequences\nStop.\n' \
        brief before --entry 1 --from -
}

# What is not given stays; what the entry is about moves with it; a note is checked again.
test_an_entry_is_corrected_in_place_and_its_writing_follows() {
    setup_ali
    log_with_writing
    local uuid
    uuid=$(rows "SELECT uuid FROM log_entry WHERE id = 1")
    run activity edit-entry 1 --code SUR-PAIN-01 --patients 3 --presence partial
    expect_status 0
    expect_out_contains "Changed entry 1: SUR-PAIN-01 on 2026-11-05, perform with bea, 3 patient(s)."
    expect_equal "$(rows "SELECT uuid || ':' || mode || ':' || patients || ':' || presence || ':' || note || ':' || (updated_at IS NOT NULL) FROM log_entry")" \
        "$uuid:perform:3:partial:Leg wound:1"
    expect_equal "$(rows "SELECT count(*) FROM reflection r JOIN activity a ON a.id = r.activity_id WHERE a.code = 'SUR-PAIN-01'")" 1
    expect_equal "$(rows "SELECT count(*) FROM briefing b JOIN activity a ON a.id = b.activity_id WHERE a.code = 'SUR-PAIN-01'")" 1
    run --json search dressing
    expect_json '.[0].code' SUR-PAIN-01
    run --json activity edit-entry 1 --note "Arm wound" --date 2026-11-06
    expect_status 0
    expect_json .note "Arm wound"
    expect_json .date 2026-11-06
    run search arm
    expect_out_contains "[Arm] wound"
    run search leg
    expect_out_lacks "wound"
    run --lang sv activity edit-entry 1 --patients 3
    expect_status 0
    expect_out_contains "Post 1: inget ändrades."
    # The guard reads the new note; the rules judge the entry as it will be.
    run activity edit-entry 1 --note "Bed 4, 19121212-1212"
    expect_status 1
    expect_err_contains "entry 1 was not changed; nothing was written"
    run activity edit-entry 1 --code NO-SUCH
    expect_status 1
    expect_equal "$(rows "SELECT note FROM log_entry")" "Arm wound"
    run activity edit-entry 9 --patients 1
    expect_status 1
    expect_err_contains "there is no log entry 9"
    run activity edit-entry 1 --note ""
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM writing_search WHERE kind = 'note'")" 0
}

test_deleting_an_entry_keeps_what_was_written_about_it_unlinked() {
    setup_ali
    log_with_writing
    local uuid
    uuid=$(rows "SELECT uuid FROM log_entry WHERE id = 1")
    run --json activity delete-entry 1 --yes
    expect_status 0
    expect_valid output/deleted.schema.json
    expect_json '.linked.reflections[0]' 1
    expect_json .linked_deleted false
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    expect_equal "$(rows "SELECT count(*) FROM log_observer_step")" 0
    # The reflection and the briefing stay, about the activity alone.
    expect_equal "$(rows "SELECT coalesce(log_entry_id, 'none') || ':' || (activity_id IS NOT NULL) FROM reflection")" "none:1"
    expect_equal "$(rows "SELECT coalesce(log_entry_id, 'none') FROM briefing")" "none"
    expect_equal "$(rows "SELECT kind FROM tombstone WHERE uuid = '$uuid'")" "log_entry"
    run activity progress --json
    expect_json 'map(.entries) | add // 0' 0
    # Its note is no longer found.
    run search "Leg wound"
    expect_out_lacks "Leg wound"
}

test_delete_linked_deletes_the_writing_about_the_entry_each_with_a_tombstone() {
    setup_ali
    log_with_writing
    run activity delete-entry 1 --yes --delete-linked
    expect_status 0
    expect_out_contains "Deleted log entry 1."
    expect_out_contains "Deleted too: reflection 1, briefing 1."
    expect_equal "$(rows "SELECT count(*) FROM reflection") $(rows "SELECT count(*) FROM briefing")" "0 0"
    expect_equal "$(rows "SELECT group_concat(kind) FROM (SELECT kind FROM tombstone ORDER BY kind)")" \
        "briefing,log_entry,reflection"
}

test_without_a_terminal_nothing_is_deleted_without_yes() {
    setup_ali
    log_with_writing
    run reflect delete 1
    expect_status 2
    expect_err_contains "reflection 1 is not deleted: nobody was asked; add --yes"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 1
    run --lang sv reflect delete 1
    expect_err_contains "reflektion 1 raderades inte"
    run reflect delete 9 --yes
    expect_status 1
    expect_err_contains "there is no reflection 9; see \`peer reflect list\`"
}

test_on_a_terminal_delete_shows_the_record_and_asks() {
    setup_ali
    log_with_writing
    # No, by default: nothing goes.
    at_terminal "$PEER activity delete-entry 1" "Delete log entry 1? [y/N]" $'\n'
    expect_equal "$status" 0
    grep -qF "Leg wound" "$WORK/tty" || fail "the entry was not shown: $(cat "$WORK/tty")"
    grep -qF "Nothing was deleted." "$WORK/tty" || fail "no word that nothing went: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
    # Yes, then what of the writing about it: kept, by default.
    at_terminal "$PEER activity delete-entry 1" "[y/N]" $'y\n' "Delete them too" $'\n'
    expect_equal "$status" 0
    grep -qF "Written about it: reflection 1, briefing 1." "$WORK/tty" || fail "no question: $(cat "$WORK/tty")"
    grep -qF "Kept, now about the activity alone: reflection 1, briefing 1." "$WORK/tty" \
        || fail "no word of what was kept: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT count(*) FROM log_entry") $(rows "SELECT count(*) FROM reflection")" "0 1"
    # In Swedish, a reflection: shown, and gone on "ja".
    at_terminal "$PEER --lang sv reflect delete 1" "Radera reflektion 1? [j/N]" $'ja\n'
    expect_equal "$status" 0
    grep -qF "The dressing held." "$WORK/tty" || fail "the reflection was not shown: $(cat "$WORK/tty")"
    grep -qF "Raderade reflektion 1." "$WORK/tty" || fail "no Swedish word: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
}

test_withdrawn_feedback_and_a_deleted_briefing_leave_nothing_but_a_tombstone() {
    setup_ali
    setup feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-05 \
        --strength "Clear SBAR, 19121212-1212" --situation "Morning round" \
        --improve "Vital signs came last" --how "Read them first" --allow-identifier 19121212-1212
    setup_with_input $'## Who does what\nI dress.\n## Observations\nRedness.\n## Consequences\nStop.\n' \
        brief before --activity SUR-WOUND-01 --from -
    expect_equal "$(rows "SELECT count(*) FROM allowed_identifier")" 1
    run feedback delete 1 --yes
    expect_status 0
    expect_out_contains "Deleted feedback 1."
    run brief delete 1 --yes
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM feedback") $(rows "SELECT count(*) FROM briefing")" "0 0"
    expect_equal "$(rows "SELECT count(*) FROM allowed_identifier")" 0
    expect_equal "$(rows "SELECT count(*) FROM writing_search")" 0
    expect_equal "$(rows "SELECT group_concat(kind) FROM (SELECT kind FROM tombstone ORDER BY kind)")" \
        "briefing,feedback"
    run feedback list
    expect_out_lacks "Clear SBAR"
}

run_tests
