#!/usr/bin/env bash
# peer activity: the catalogue, the daily log, history, progress.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

add_wound_care() {
    setup activity add SUR-WOUND-01 --title "Wound care after surgery" \
        --what "Assess and dress a surgical wound" --how "Aseptic technique, per ward routine" \
        --why "Prevents infection" --outcome LO2,LO4 --tag wound --tag asepsis --unit "Ward 12"
}

test_add_show_and_list_activities() {
    setup init
    add_wound_care
    expect_status 0
    expect_out_contains "Added SUR-WOUND-01."
    run activity show SUR-WOUND-01 --json
    expect_json .title "Wound care after surgery"
    expect_json '.outcomes | join(",")' "LO2,LO4"
    expect_json '.tags | join(",")' "wound,asepsis"
    expect_valid activity.schema.json
    run activity add SUR-PAIN-01 --title "Pain assessment with NRS" --tag pain --outcome LO1
    run activity list --tag wound
    expect_out_contains "SUR-WOUND-01"
    expect_out_lacks "SUR-PAIN-01"
    run activity list --text nrs --json
    expect_json '.[0].code' SUR-PAIN-01
    expect_json 'length' 1
    run activity list --outcome LO4
    expect_out_contains "SUR-WOUND-01"
}

test_a_taken_code_is_refused_and_edit_changes_only_what_is_given() {
    setup init
    add_wound_care
    run activity add SUR-WOUND-01 --title "Another"
    expect_status 1
    expect_err_contains "the code 'SUR-WOUND-01' is taken"
    run activity edit SUR-WOUND-01 --tag wound
    expect_out_contains "Updated SUR-WOUND-01."
    run activity show SUR-WOUND-01 --json
    expect_json '.tags | join(",")' wound
    expect_json .what "Assess and dress a surgical wound"
}

test_log_an_activity() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode observe --patients 2 --presence full --date 2026-11-03 \
        --observer-steps before,during,after --note "Bea dressed the wound; I observed."
    expect_status 0
    expect_out_contains "Logged entry 1: SUR-WOUND-01 on 2026-11-03, observe with bea, 2 patient(s)."
    expect_equal "$(rows "SELECT l.date, l.mode, p.handle, l.patients, l.presence FROM log_entry l JOIN person p ON p.id = l.partner_id")" \
        "2026-11-03|observe|bea|2|full"
    expect_equal "$(rows "SELECT group_concat(step) FROM (SELECT step FROM log_observer_step ORDER BY step)")" \
        "after,before,during"
}

test_log_rules_are_enforced() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode delegate
    expect_status 1
    expect_err_contains "error[LOG-DELEGATION]: SUR-WOUND-01:"
    expect_err_contains "nothing was written"
    run activity log SUR-WOUND-01 --mode perform --partner cem
    expect_status 1
    expect_err_contains "error[LOG-ROLES]"
    run activity log SUR-WOUND-01 --mode perform --partner ali
    expect_status 1
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
}

# LOG-DATE: a day outside the placement (2026-11-02 to 2026-12-11) or after today warns, on
# log, edit-entry and imports alike, and is logged; progress counts such entries.
test_a_day_outside_the_placement_or_after_today_warns() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode perform --date 2026-10-30
    expect_status 0
    expect_err_contains "warning[LOG-DATE]: SUR-WOUND-01: dated 2026-10-30, outside the placement (2026-11-02 to 2026-12-11); was it another day?"
    run --lang sv activity log SUR-WOUND-01 --mode perform --date 2031-01-01
    expect_status 0
    expect_err_contains "varning[LOG-DATE]: SUR-WOUND-01: daterad 2031-01-01, efter i dag ("
    run activity log SUR-WOUND-01 --mode perform --date 2026-11-05
    expect_err_lacks "LOG-DATE"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 3
    run activity edit-entry 3 --date 2026-12-24
    expect_err_contains "warning[LOG-DATE]"
    run activity progress
    expect_err_contains "warning[LOG-DATE]: 3 log entries are dated outside the placement (2026-11-02 to 2026-12-11) or after today; correct a day with \`peer activity edit-entry N --date DATE\`"
    run --json activity progress
    expect_valid output/progress.schema.json
    # An import warns once, at the first such row, with how many more there are.
    printf 'date,code,mode\n2026-11-06,SUR-WOUND-01,together\n2026-09-01,SUR-WOUND-01,together\n2026-09-02,SUR-WOUND-01,together\n2026-09-03,SUR-WOUND-01,together\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 0
    expect_err_contains "log.csv:3: warning[LOG-DATE]: dated 2026-09-01, outside the placement (2026-11-02 to 2026-12-11); was it another day? (and 2 more row(s) dated outside)"
    expect_equal "$(grep -c LOG-DATE "$WORK/stderr")" 1
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 7
    run rules
    expect_out_contains "LOG-DATE"
}

# Codes are matched without regard to case, and stored as the catalogue writes them; an unknown
# code gets the nearest one.
test_activity_codes_match_in_any_case_and_a_typo_gets_a_suggestion() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    run activity log sur-wound-01 --mode perform --date 2026-11-05
    expect_status 0
    expect_out_contains "Logged entry 1: SUR-WOUND-01 on 2026-11-05"
    run activity show Sur-Wound-01
    expect_status 0
    run activity history --code sur-wound-01
    expect_out_contains "SUR-WOUND-01"
    run activity log SUR-WUOND-01 --mode perform
    expect_status 1
    expect_err_contains "there is no activity 'SUR-WUOND-01' in the catalogue; did you mean 'SUR-WOUND-01'? see"
    run --lang sv reflect --activity SUR-WOND-01 --from /dev/null
    expect_status 1
    expect_err_contains "menade du 'SUR-WOUND-01'?"
    printf 'date,code,mode\n2026-11-06,sur-pain-01,together\n2026-11-06,SUR-PAN-01,together\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "log.csv:3: error[FMT-REFERENCE]: column \`code\`: there is no activity 'SUR-PAN-01' in the catalogue; did you mean 'SUR-PAIN-01'?"
    expect_err_lacks "log.csv:2:"
    expect_equal "$(rows "SELECT a.code FROM log_entry l JOIN activity a ON a.id = l.activity_id")" SUR-WOUND-01
}

# Days as people say them: today, yesterday, igår, a weekday (the last such day); months in
# listings.
test_relative_days_and_months() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode perform --date yesterday
    expect_status 0
    expect_out_contains "on $(date -d yesterday +%F),"
    run --lang sv activity log SUR-WOUND-01 --mode perform --date igår
    expect_out_contains "den $(date -d yesterday +%F),"
    local monday i
    for i in 0 1 2 3 4 5 6; do
        if [ "$(date -d "-$i day" +%u)" = 1 ]; then monday=$(date -d "-$i day" +%F); fi
    done
    run activity log SUR-WOUND-01 --mode perform --date Måndag
    expect_out_contains "on $monday,"
    # Months long before the days above.
    run activity log SUR-WOUND-01 --mode perform --date 2026-09-30
    run activity log SUR-WOUND-01 --mode perform --date 2026-08-01
    run --json activity history --from 2026-09 --to 2026-09
    expect_equal "$(jq -rs 'map(.date) | join(",")' "$WORK/stdout")" 2026-09-30
    run --json activity progress --from 2026-08 --to 2026-08
    expect_json 'map(.date) | join(",")' 2026-08-01
    run activity log SUR-WOUND-01 --mode perform --date 2026-11
    expect_status 2
    expect_err_contains "'2026-11' is not a date; write YYYY-MM-DD (a day that exists), today, yesterday or a weekday"
}

test_log_refuses_bad_values() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode watch
    expect_status 2
    expect_err_contains "--mode: unknown value 'watch'; accepted: perform, observe"
    run activity log SUR-WOUND-01 --mode perform --patients -1
    expect_status 2
    expect_err_contains "--patients: -1 is not a number of patients"
    run activity log SUR-WOUND-01 --mode perform --date 2026-11-31
    expect_status 2
    run activity log NO-SUCH --mode perform
    expect_status 1
    expect_err_contains "there is no activity 'NO-SUCH' in the catalogue"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
}

test_log_needs_a_journal_owner() {
    setup init
    add_wound_care
    run activity log SUR-WOUND-01 --mode perform
    expect_status 1
    expect_err_contains "this journal has no owner yet"
}

test_history_and_progress() {
    join_example_placement_as_ali
    add_wound_care
    run activity log SUR-WOUND-01 --mode observe --patients 1 --presence full --date 2026-11-02 --observer-steps before
    run activity log SUR-WOUND-01 --mode perform --patients 2 --presence partial --date 2026-11-05
    run activity log SUR-WOUND-01 --mode together --patients 4 --presence none --date 2026-11-12
    run activity history --from 2026-11-03
    expect_out_contains "2026-11-05"
    expect_out_lacks "2026-11-02"
    run --json activity history --mode observe
    expect_equal "$(wc -l <"$WORK/stdout")" 1
    expect_valid_lines output/log-entry.schema.json
    expect_json_lines '.observer_steps[0]' before
    run activity progress
    expect_out_contains "2026-11-12   4 ████"
    run --json activity progress
    expect_json '.[1].presence.partial' 1
    expect_json '.[2].patients' 4
}

test_progress_json_follows_its_schema() {
    join_example_placement_as_ali
    add_wound_care
    run --json activity progress
    expect_status 0
    expect_valid output/progress.schema.json
    expect_json length 0
    setup activity log SUR-WOUND-01 --mode perform --patients 3 --presence full --date 2026-11-05
    setup activity log SUR-WOUND-01 --mode observe --patients 1 --presence partial --date 2026-11-05 \
        --observer-steps before
    setup activity log SUR-WOUND-01 --mode perform --date 2026-11-03
    setup activity log SUR-WOUND-01 --mode together --patients 0 --presence none --date 2026-11-06
    run --json activity progress
    expect_status 0
    expect_valid output/progress.schema.json
    expect_json 'map(.date) | join(",")' "2026-11-03,2026-11-05,2026-11-06"
    expect_json 'map(.entries) | join(",")' "1,2,1"
    expect_json 'map(.patients) | join(",")' "0,3,0"
    expect_json '.[0].presence | "\(.full) \(.partial) \(.none)"' "0 0 0"
    expect_json '.[1].presence | "\(.full) \(.partial) \(.none)"' "1 1 0"
    expect_json '.[2].presence | "\(.full) \(.partial) \(.none)"' "0 0 1"
}

test_the_observer_checklist_on_a_terminal() {
    join_example_placement_as_ali
    add_wound_care
    # Answers: yes before, no during, yes after, typed at the terminal script(1) provides.
    printf 'y\nn\nj\n' | script -qec "$PEER activity log SUR-WOUND-01 --mode observe --date 2026-11-04" \
        /dev/null >"$WORK/tty" 2>&1
    grep -q "Before: did you think the patient meeting through together?" "$WORK/tty" \
        || fail "no checklist: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT group_concat(step) FROM (SELECT step FROM log_observer_step ORDER BY step)")" \
        "after,before"
}

# An answer that is neither yes nor no ("kanske", nothing) is asked again, not taken for no.
test_the_observer_checklist_asks_again_when_the_answer_is_unclear() {
    join_example_placement_as_ali
    add_wound_care
    printf 'kanske\n\nja\nn\nYES\n' | script -qec "$PEER --lang sv activity log SUR-WOUND-01 --mode observe --date 2026-11-04" \
        /dev/null >"$WORK/tty" 2>&1
    expect_equal "$(grep -o "Svara ja eller nej" "$WORK/tty" | wc -l)" 2
    expect_equal "$(rows "SELECT group_concat(step) FROM (SELECT step FROM log_observer_step ORDER BY step)")" \
        "after,before"
}

test_ctrl_c_in_the_observer_checklist_logs_nothing() {
    join_example_placement_as_ali
    add_wound_care
    at_terminal "$PEER activity log SUR-WOUND-01 --mode observe --date 2026-11-04" \
        "Before: did you think" $'y\n' "During: were you" $'\003'
    expect_equal "$status" 130
    grep -qF "interrupted: nothing was logged" "$WORK/tty" || fail "no message: $(cat "$WORK/tty")"
    grep -qF -- "--observer-steps before,during,after" "$WORK/tty" \
        || fail "no way to log it without the questions: $(cat "$WORK/tty")"
    run --json activity history
    expect_status 0
    expect_equal "$(out)" ""
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    # In Swedish too, and the first question is enough to interrupt.
    at_terminal "$PEER --lang sv activity log SUR-WOUND-01 --mode observe" "Före:" $'\003'
    expect_equal "$status" 130
    grep -qF "avbrutet: inget loggades" "$WORK/tty" || fail "no Swedish message: $(cat "$WORK/tty")"
    grep -qF -- "--observer-steps före,under,efter" "$WORK/tty" || fail "no Swedish way to log it"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
}

# In a pair of three an entry names the partners it was done with (all the others when none is
# given), and the balance counts the entry for each of them.
test_a_pair_of_three_logs_with_both_partners_and_the_balance_counts_each() {
    join_example_placement_as cem # with Dana and Emil
    setup activity add SUR-WOUND-01 --title "Wound care after surgery"
    run --json activity log SUR-WOUND-01 --mode together --date 2026-11-03
    expect_status 0
    expect_json '.partners | join(",")' "dana,emil"
    expect_valid output/log-entry.schema.json
    run activity log SUR-WOUND-01 --mode observe --partner emil --date 2026-11-04
    expect_status 0
    expect_out_contains "with emil"
    run activity log SUR-WOUND-01 --mode perform --partner dana --partner emil --date 2026-11-05
    expect_status 0
    expect_out_contains "with dana+emil"
    run activity log SUR-WOUND-01 --mode together --partner dana,frida --date 2026-11-05
    expect_status 1
    expect_err_contains "cem and frida are not students of the same pair"
    run activity log SUR-WOUND-01 --mode together --partner dana --partner dana --date 2026-11-05
    expect_status 1
    expect_err_contains "dana is named twice as partner"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 3
    run activity history --partner emil
    expect_status 0
    expect_equal "$(grep -c SUR-WOUND-01 "$WORK/stdout")" 3
    expect_out_contains "dana+emil"
    run --json activity balance
    expect_status 0
    expect_valid output/balance.schema.json
    expect_json '[.[] | "\(.partner):\(.entries):\(.modes.together):\(.modes.observe):\(.modes.perform)"] | join(" ")' \
        "dana:2:1:0:1 emil:3:1:1:1"
    run --lang sv activity balance
    expect_out_contains "kamrat"
    expect_out_contains "tillsammans"
    run activity edit-entry 2 --partner dana
    expect_status 0
    run --json activity balance --from 2026-11-04
    expect_json '[.[] | "\(.partner):\(.entries)"] | join(" ")' "dana:2 emil:1"
    printf 'date;code;mode;partner\n2026-11-06;SUR-WOUND-01;together;"emil, dana"\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 0
    run activity import --log "$WORK/log.csv"
    expect_out_contains "1 log entries: 0 added, 1 already in the journal"
    printf 'date;code;mode;partner\n2026-11-06;SUR-WOUND-01;together;"dana, emil"\n' >"$WORK/same.csv"
    run activity import --log "$WORK/same.csv"
    expect_out_contains "0 added, 1 already in the journal"
    # Entries 1, 3 and 4 name a second partner.
    expect_equal "$(rows "SELECT count(*) FROM log_entry_partner")" 3
    run activity delete-entry 4 --yes
    expect_status 0
    expect_equal "$(rows "SELECT group_concat(log_entry_id) FROM log_entry_partner")" "1,3"
}

run_tests
