#!/usr/bin/env bash
# peer person add|edit|list|show|check.
source "$(dirname "$0")/lib.sh"

add_karin() {
    setup person add karin --name "Karin Nilsson" --role supervisor --profession nurse \
        --employer healthcare --degree bachelor --degree-field nursing \
        --specialist "surgical care" --supervisor-training basic --in-profession-since 2018-06-15
}

add_nils() {
    setup person add nils --name "Nils Berg" --role handledare --profession nurse \
        --employer vård --degree kandidat --supervisor-training grund \
        --in-profession-since 2026-03-01
}

count_people() { sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM person"; }

test_add_a_supervisor_and_show_them() {
    setup init
    add_karin
    expect_status 0
    expect_out_contains "Added karin (supervisor)."
    run person show karin --json
    expect_status 0
    expect_json .role supervisor
    expect_json .degree bachelor
    expect_json '.specialist[0]' "surgical care"
    expect_json .in_profession_since 2018-06-15
    expect_valid output/person.schema.json
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT role, degree FROM staff")" "supervisor|bachelor"
}

test_swedish_words_are_stored_as_keywords() {
    setup init
    add_nils
    expect_status 0
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT role, employer, degree, supervisor_training FROM staff")" \
        "supervisor|healthcare|bachelor|basic"
    run --lang sv person show nils
    expect_out_contains "handledare"
    expect_out_contains "kandidat"
}

test_add_a_student() {
    setup init
    run person add ali --name "Ali Haddad" --student
    expect_status 0
    run person list --json
    expect_json '.[0].kind' student
    expect_json 'length' 1
}

test_a_taken_id_is_refused_and_nothing_changes() {
    setup init
    add_karin
    run person add karin --name "Karin Berg" --student
    expect_status 1
    expect_err_contains "the id 'karin' is taken by Karin Nilsson"
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT name FROM person")" "Karin Nilsson"
}

test_unknown_values_are_usage_errors_naming_the_accepted_ones() {
    setup init
    run person add karin --name K --role superviser --profession nurse --employer healthcare \
        --degree bachelor --supervisor-training basic
    expect_status 2
    expect_err_contains "--role: unknown value 'superviser'; accepted: supervisor, main-supervisor"
    expect_err_contains "handledare"
    expect_err_contains "Run \`peer person add --help\`"
    run person add karin --name K --role supervisor --profession nurse --employer healthcare \
        --degree bachelors --supervisor-training basic
    expect_status 2
    expect_err_contains "--degree: unknown value 'bachelors'"
    expect_equal "$(count_people)" 0
}

test_a_date_that_does_not_exist_is_a_usage_error() {
    setup init
    run person add karin --name K --role supervisor --profession nurse --employer healthcare \
        --degree bachelor --supervisor-training basic --in-profession-since 2026-02-30
    expect_status 2
    expect_err_contains "--in-profession-since: '2026-02-30' is not a date"
    expect_equal "$(count_people)" 0
}

test_staff_need_their_facts() {
    setup init
    run person add karin --name K --role supervisor
    expect_status 2
    expect_err_contains "--profession: error: a member of staff needs this too"
    expect_err_contains "--supervisor-training: error: a member of staff needs this too"
    expect_err_lacks "--role:"
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM person")" 0
    run person add karin --name K
    expect_status 2
    expect_err_contains "--role"
}

test_edit_changes_only_what_is_given() {
    setup init
    add_karin
    run person edit karin --supervisor-training advanced
    expect_status 0
    expect_out_contains "Updated karin."
    run person show karin --json
    expect_json .supervisor_training advanced
    expect_json .degree bachelor
    run person edit karin --supervisor-training advanced
    expect_out_contains "karin: nothing changed."
    run person edit nobody --name X
    expect_status 1
    expect_err_contains "there is no person 'nobody'"
}

test_list_in_text() {
    setup init
    add_karin
    run person add ali --name "Ali Haddad" --student
    run person list
    expect_out_contains "ali"
    expect_out_contains "karin            Karin Nilsson                supervisor"
    run person list --students
    expect_out_lacks "karin"
}

# --placement takes level, field, profession, start, team and examining from the placement.
test_check_takes_what_a_placement_says_of_the_person() {
    setup init
    setup term apply "$EXAMPLES/placement.toml"
    run person check ida --placement ht26-kir-avd12
    expect_status 0
    expect_out_contains "ida (supervisor), basic level, placement start 2026-11-02"
    expect_out_contains "supervises in a team with helena, who has the experience"
    run --json person check lena --placement ht26-kir-avd12
    expect_valid output/person-check.schema.json
    expect_json .context.examiner true
    run --json person check ida --placement ht26-kir-avd12
    expect_json '.context.team | join(",")' helena
    run person check ida --placement ht26-kir-avd12 --team anders
    expect_status 2
    expect_err_contains "--team and --placement cannot be given together"
    run person check ida --placement no-such
    expect_status 1
    expect_err_contains "there is no placement 'no-such' in the journal; see \`peer term list\`"
}

test_check_a_qualified_supervisor() {
    setup init
    add_karin
    run person check karin --start 2026-11-02 --profession nurse
    expect_status 0
    expect_out_contains "passed    SUP-DEGREE"
    expect_out_contains "passed    SUP-EXPERIENCE"
    expect_out_contains "in_profession_since=2018-06-15, placement.start=2026-11-02"
    expect_out_contains "0 error(s), 0 warning(s), 4 passed"
}

test_check_a_novice_alone_fails_and_in_a_team_passes() {
    setup init
    add_karin
    add_nils
    run person check nils --start 2026-11-02
    expect_status 1
    expect_out_contains "error     SUP-EXPERIENCE"
    expect_out_contains "2027-03-01"
    run person check nils --start 2026-11-02 --team karin
    expect_status 0
    expect_out_contains "supervises in a team with karin"
}

test_check_json_lists_each_finding_with_its_facts() {
    setup init
    add_karin
    run person check karin --level advanced --field "surgical care" --start 2026-11-02 --json
    expect_status 0
    expect_json '.findings | map(select(.rule == "SUP-ADVANCED")) | .[0].verdict' passed
    expect_json '.findings | map(select(.rule == "SUP-ADVANCED")) | .[0].facts.specialist' "surgical care"
    expect_json .summary.errors 0
    expect_json .context.level advanced
    expect_valid output/person-check.schema.json
}

test_check_in_swedish() {
    setup init
    add_nils
    run --lang sv person check nils --start 2026-11-02
    expect_status 1
    expect_out_contains "fel       SUP-EXPERIENCE"
    expect_out_contains "får bara handleda i team med en erfaren handledare"
}

test_check_a_clinical_teacher_deadline() {
    setup init
    run person add sara --name "Sara Ek" --role clinical-teacher --profession nurse \
        --employer healthcare --degree bachelor --supervisor-training advanced \
        --appointed 2024-08-15 --teaching-ability-assessed yes
    run person check sara --as-of 2026-08-15
    expect_status 0
    expect_out_contains "warning   CT-DEADLINE"
    run person check sara --as-of 2026-08-16
    expect_status 1
    expect_out_contains "error     CT-DEADLINE"
    run person check sara --examiner
    expect_out_contains "error     CT-NO-EXAM"
}

test_check_a_clinical_lecturer_examining_advanced_level() {
    setup init
    run person add lena --name "Lena Holm" --role klinisk-adjunkt --profession nurse \
        --employer lärosäte --degree magister --supervisor-training advanced
    run person check lena --examiner --level basic
    expect_status 0
    run person check lena --examiner --level advanced
    expect_status 1
    expect_out_contains "error     CL-EXAM-LEVEL"
}

test_check_with_a_rule_set_that_changes_a_threshold() {
    setup init
    add_karin
    run person add olle --name "Olle Ek" --role supervisor --profession nurse \
        --employer healthcare --degree bachelor --supervisor-training basic \
        --in-profession-since 2025-06-01
    run person check olle --start 2026-11-02
    expect_status 0
    printf '[supervisor]\nmin_years_in_profession = 2\n' >"$WORK/strict.toml"
    run person check olle --start 2026-11-02 --rules "$WORK/strict.toml"
    expect_status 1
    expect_out_contains "less than 2 year(s)"
}

test_check_with_a_malformed_rule_set_fails_with_its_position() {
    setup init
    add_karin
    printf '[supervisor]\nmin_year_in_profession = 2\n' >"$WORK/typo.toml"
    run person check karin --rules "$WORK/typo.toml"
    expect_status 1
    expect_err_contains "$WORK/typo.toml:2:1: error[FMT-KEY]"
    expect_err_contains "min_years_in_profession"
    expect_out_lacks "SUP-"
}

test_check_an_unknown_person() {
    setup init
    run person check nobody
    expect_status 1
    expect_err_contains "there is no person 'nobody'"
}

run_tests
