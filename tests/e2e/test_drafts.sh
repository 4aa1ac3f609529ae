#!/usr/bin/env bash
# peer drafts list | show | rm, and what peer doctor says of draft files.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

# A reflection the guard refused, kept in a draft file.
refused_reflection() {
    run_with_input $'# Reflection\n\n## Description\nBed 4, 19121212-1212\n' \
        reflect --activity SUR-WOUND-01 --phase during --from -
    expect_status 1
}

test_a_kept_draft_is_listed_shown_and_saved_by_the_command_it_holds() {
    setup_ali
    run drafts list
    expect_status 0
    expect_out_contains "No draft files: every text you wrote is in the journal."
    refused_reflection
    local kept name
    kept=$(find "$WORK/drafts" -type f)
    name=$(basename "$kept")
    run drafts list
    expect_out_contains "$name"
    expect_out_contains "Reflection"
    run --json drafts list
    expect_valid output/drafts.schema.json
    expect_json '.[0].name' "$name"
    expect_json '.[0].form' reflection
    expect_json '.[0].save' "peer reflect --activity SUR-WOUND-01 --phase during --from $kept"
    # The file itself says how to save it, in a comment the form does not read.
    expect_equal "$(head -1 "$kept")" "<!-- \$ peer reflect --activity SUR-WOUND-01 --phase during --from $kept -->"
    run --lang sv drafts show "$name"
    expect_out_contains "Spara den med: peer reflect --activity SUR-WOUND-01 --phase during --from $kept"
    expect_out_contains "Bed 4"
    sed -i 's/, 19121212-1212//' "$kept"
    local save
    save=$(jq -r '.[0].save' <<<"$(PEER_JOURNAL=$PEER_JOURNAL "$PEER" --json drafts list)")
    run ${save#peer }
    expect_status 0
    expect_equal "$(rows "SELECT phase || ':' || description FROM reflection")" "during:Bed 4"
    run --json drafts list
    expect_json length 0
}

test_a_draft_is_removed_only_when_asked_and_a_wrong_name_removes_nothing() {
    setup_ali
    refused_reflection
    local name
    name=$(basename "$(find "$WORK/drafts" -type f)")
    run drafts rm "$name"
    expect_status 2
    expect_err_contains "nothing was removed: nobody was asked; add --yes"
    run drafts rm "$name" no-such.md --yes
    expect_status 1
    expect_err_contains "there is no draft file no-such.md; see \`peer drafts list\`"
    [ -e "$WORK/drafts/$name" ] || fail "a draft was removed although one name was wrong"
    at_terminal "$PEER drafts rm $name" "[y/N]" $'n\n'
    expect_equal "$status" 0
    [ -e "$WORK/drafts/$name" ] || fail "the draft was removed after no"
    run drafts rm "$name" --yes
    expect_status 0
    expect_out_contains "Removed $name."
    [ ! -e "$WORK/drafts/$name" ] || fail "the draft stayed"
    run drafts show "$name"
    expect_status 1
}

test_doctor_reports_drafts_left_from_before_the_placement() {
    setup_ali
    refused_reflection
    refused_reflection
    local old
    old=$(find "$WORK/drafts" -type f | head -1)
    touch -d 2026-10-01 "$old"
    run doctor
    expect_status 0
    expect_out_contains "2 draft files, 1 from before the placement began: see \`peer drafts list\`"
    run --json doctor
    expect_valid output/doctor.schema.json
    expect_json .drafts.files 2
    expect_json '.drafts.older_than_placement[0]' "$(basename "$old")"
    expect_json .healthy true
}

run_tests
