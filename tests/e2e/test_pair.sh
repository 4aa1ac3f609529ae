#!/usr/bin/env bash
# peer pair add | remove | list: pairs changed by hand, under the rules.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

set_up() {
    setup init
    setup term apply "$EXAMPLES/placement.toml"
    setup pair remove ht26-kir-avd12 ali
}

test_add_a_valid_pair() {
    set_up
    expect_out_contains "Removed ali's pair."
    run pair add ht26-kir-avd12 ali bea --supervisor karin
    expect_status 0
    expect_out_contains "Added the pair ali+bea to ht26-kir-avd12."
    run --json pair list ht26-kir-avd12
    expect_json 'map(select(.students == ["ali", "bea"])) | length' 1
    run term apply "$EXAMPLES/placement.toml"
    expect_out_contains "nothing changed"
}

test_a_novice_alone_is_refused() {
    set_up
    run pair add ht26-kir-avd12 ali bea --supervisor ida
    expect_status 1
    expect_out_contains "error     SUP-EXPERIENCE"
    expect_out_contains "error     PAIR-SUPERVISED"
    expect_err_contains "nothing was written"
    expect_equal "$(rows "SELECT count(*) FROM pair")" 5
    run pair add ht26-kir-avd12 ali bea --supervisor ida --supervisor karin
    expect_status 0
}

test_three_students_need_a_reason() {
    set_up
    setup pair remove ht26-kir-avd12 cem
    run pair add ht26-kir-avd12 ali bea cem --supervisor karin
    expect_status 1
    expect_out_contains "error     PAIR-SIZE"
    run pair add ht26-kir-avd12 ali bea cem --supervisor karin --reason "odd number this term"
    expect_status 0
    expect_out_contains "warning   PAIR-SIZE"
}

test_a_student_of_another_placement_or_pair_is_refused() {
    set_up
    run pair add ht26-kir-avd12 ali nobody --supervisor karin
    expect_status 1
    expect_err_contains "error[PAIR-PLACEMENT]: 'nobody' is not a student of ht26-kir-avd12"
    run pair add ht26-kir-avd12 ali dana --supervisor karin
    expect_status 1
    expect_err_contains "'dana' is already in the pair cem+dana+emil"
    run pair add ht26-kir-avd12 ali bea --supervisor stranger
    expect_status 1
    expect_err_contains "'stranger' is not among the staff"
}

test_remove_refuses_a_pair_with_log_entries_unless_archived() {
    setup init
    setup term apply "$EXAMPLES/placement.toml"
    sqlite3 "$PEER_JOURNAL" "INSERT INTO activity (uuid, code, title) VALUES ('a1', 'W1', 'Wound care');
        INSERT INTO log_entry (uuid, date, activity_id, mode, pair_id)
        SELECT 'l1', '2026-11-03', 1, 'perform', pair_id FROM pair_student s JOIN person p ON p.id = s.person_id WHERE p.handle = 'ali';"
    run pair remove ht26-kir-avd12 ali
    expect_status 1
    expect_err_contains "removing the pair ali+bea would lose 1 log entries"
    run pair remove ht26-kir-avd12 ali --archive
    expect_status 0
    expect_out_contains "Archived ali's pair."
    expect_equal "$(rows "SELECT count(*) FROM pair WHERE archived_at IS NOT NULL")" 1
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
}

test_remove_a_student_in_no_pair() {
    set_up
    run pair remove ht26-kir-avd12 ali
    expect_status 1
    expect_err_contains "'ali' is in no pair of ht26-kir-avd12"
}

run_tests
