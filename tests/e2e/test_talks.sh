#!/usr/bin/env bash
# The assessment talks between a student's journal and a supervisor's, by files only: the
# self-assessment, what the student brings, the supervisor's assessment, the action plan and its
# review, the rules of the talks, across placements, and the cohort.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

# as_karin COMMAND...: a harness command (run, setup) against Karin's journal.
as_karin() { PEER_JOURNAL="$WORK/karin.db" "$@"; }

# Ali's journal with a log entry and his introduction; Karin's journal, joined as staff.
talk_setup() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-WOUND-01 --mode observe --patients 2 --presence full --date 2026-11-05
    setup intro --from "$EXAMPLES/introduction.md" --date 2026-11-02
    as_karin setup init
    as_karin setup term join "$EXAMPLES/placement.toml" --as karin
}

write_karin_midway() {
    cat >"$WORK/karin-midway.md" <<'MD'
## com-patient
level: met
Calm and clear with patients.

## care-assess
level: not-met
Gathers observations only after acting.

## Overall
level: partly-met
MD
}

# Ali assesses himself and sends it; Karin records her midway assessment and sends it back.
midway_by_files() {
    setup assess self --midway --from "$EXAMPLES/self-assessment.md" --date 2026-11-19
    setup assess prepare --midway --format json --for karin -o "$WORK/ali-midway.jsonl"
    as_karin setup import "$WORK/ali-midway.jsonl"
    write_karin_midway
    as_karin setup assess record ali --midway --from "$WORK/karin-midway.md" --date 2026-11-20
    as_karin setup export --for ali -o "$WORK/karin-for-ali.jsonl"
    setup import "$WORK/karin-for-ali.jsonl"
}

# The whole placement, by files only: introduction, midway talk, an action plan opened and
# reviewed, final talk; each journal ends holding both sides.
test_a_placement_from_the_introduction_to_the_final_talk_between_two_journals() {
    talk_setup
    midway_by_files
    as_karin setup plan add --student ali --criterion care-assess \
        --lacking "Gathers observations only after acting" \
        --actions "Lead the assessment of two patients a day" --review 2026-11-27 --date 2026-11-23
    # Made days before its review, as it would be (times have seconds: the review must be later).
    sqlite3 "$WORK/karin.db" "UPDATE individual_plan SET created_at = '2026-11-23T10:00:00Z',
                                                         updated_at = '2026-11-23T10:00:00Z'"
    as_karin setup export --for ali -o "$WORK/plan.jsonl"
    setup import "$WORK/plan.jsonl"
    as_karin setup plan review 1 --outcome met --comment "Leads them on her own" --date 2026-11-27
    as_karin setup export --for ali -o "$WORK/review.jsonl"
    setup import "$WORK/review.jsonl"
    expect_equal "$(rows "SELECT outcome || ' ' || reviewed_on FROM individual_plan")" "met 2026-11-27"
    printf '## care-assess\nlevel: met\nevidence: entry 1\nI gather observations first now.\n' >"$WORK/final-self.md"
    setup assess self --final --from "$WORK/final-self.md" --date 2026-12-09
    setup assess prepare --final --format json --for karin -o "$WORK/ali-final.jsonl"
    as_karin setup import "$WORK/ali-final.jsonl"
    {
        for c in com-patient com-team com-documentation com-peer care-assess care-plan \
            care-procedures care-medication safe-risks safe-priorities safe-limits safe-load \
            know-evidence know-reflect know-goals know-teaching pro-ethics pro-responsibility \
            pro-cooperation pro-leadership; do
            printf '## %s\nlevel: met\n\n' "$c"
        done
        printf '## Overall\nlevel: met\nReady for the next placement.\n'
    } >"$WORK/karin-final.md"
    as_karin setup assess record ali --final --from "$WORK/karin-final.md" --date 2026-12-11
    as_karin setup export --for ali -o "$WORK/final.jsonl"
    setup import "$WORK/final.jsonl"
    for journal in "$PEER_JOURNAL" "$WORK/karin.db"; do
        expect_equal "$(sqlite3 "$journal" "SELECT group_concat(x.kind || ':' || p.handle, ' ') FROM (SELECT a.kind, a.assessor_id FROM assessment a ORDER BY a.kind DESC, a.assessor_id != a.student_id) x JOIN person p ON p.id = x.assessor_id")" \
            "midway:ali midway:karin final:ali final:karin"
    done
    # Every rule of the talks judged, and every one passed.
    run --json assess show --today 2026-12-11
    expect_json '[.placements[0].findings[] | select(.verdict == "passed") | .rule] | join(",")' \
        "TALK-MIDWAY-TIMING,TALK-MIDWAY-GAP,TALK-PLAN,TALK-FINAL-MIDWAY,TALK-FINAL-ALL"
    run report --all --today 2026-12-11
    expect_out_contains "care-assess: ht26-kir-avd12 midway not-met* → ht26-kir-avd12 final met"
}

test_a_self_assessment_from_the_example_file_judges_its_criteria_and_cites_the_log() {
    talk_setup
    run assess self --midway --from "$EXAMPLES/self-assessment.md" --date 2026-11-19
    expect_status 0
    expect_out_contains "Saved midway assessment 1: 4 of 20 criteria judged, ali."
    expect_equal "$(rows "SELECT criterion || '=' || level FROM assessment_judgement ORDER BY position" | tr '\n' ' ')" \
        "com-patient=met com-team=partly-met care-assess=partly-met know-reflect=met "
    expect_equal "$(rows "SELECT e.kind || ':' || (e.record_uuid = l.uuid) FROM assessment_evidence e, log_entry l")" "log_entry:1"
    expect_equal "$(rows "SELECT overall_level FROM assessment")" "met"
    # The same file again changes nothing.
    run assess self --midway --from "$EXAMPLES/self-assessment.md" --date 2026-11-19
    expect_status 0
    expect_out_contains "Assessment 1: nothing changed."
    run --json assess show
    expect_valid output/assessments.schema.json
    expect_json '.placements[0].assessments[0].judgements[0].evidence[0].number' 1
}

test_a_wrong_level_or_evidence_is_refused_at_its_heading_and_nothing_is_saved() {
    talk_setup
    cat >"$WORK/bad.md" <<'MD'
# Midway

## com-patient
level: excellent
Fine.

## care-assess
level: met
evidence: entry 9, reflektion 1, page 3
MD
    run assess self --midway --from "$WORK/bad.md"
    expect_status 1
    expect_err_contains "$WORK/bad.md:3:1: error[FMT-VALUE]: com-patient: the form has no level \"excellent\": use one of not-met"
    expect_err_contains "$WORK/bad.md:7:1: error[FMT-VALUE]: care-assess: there is no log entry 9"
    expect_err_contains "care-assess: \"page 3\" is not evidence"
    expect_err_contains "nothing was saved"
    expect_equal "$(rows "SELECT count(*) FROM assessment")" 0
    # A level missing from an answer with text says how to give it, in Swedish too.
    printf '## com-team\nSome text without a level.\n' >"$WORK/nolevel.md"
    run --lang sv assess self --midway --from "$WORK/nolevel.md"
    expect_status 1
    expect_err_contains "com-team: ingen nivå: börja svaret med \`nivå: ID\`"
}

test_a_self_assessment_in_toml_is_read_as_the_markdown_is_with_each_problem_at_its_line() {
    talk_setup
    cat >"$WORK/self.toml" <<'TOML'
[[criterion]]
id = "com-patient"
level = "met"
evidence = ["entry 1"]
comment = "I explain before I act."

[[criterion]]
id = "care-assess"
level = "bogus"

[[criterion]]
id = "no-such"
level = "met"

[overall]
level = "met"
TOML
    run assess self --midway --from "$WORK/self.toml"
    expect_status 1
    expect_err_contains "$WORK/self.toml:8:1: error[FMT-VALUE]: care-assess: the form has no level \"bogus\""
    expect_err_contains "$WORK/self.toml:11:1: error[FMT-REFERENCE]: the form peer-example-nursing has no criterion no-such"
    expect_equal "$(rows "SELECT count(*) FROM assessment")" 0
    sed -i 's/"bogus"/"partly-met"/; s/"no-such"/"com-team"/' "$WORK/self.toml"
    run assess self --midway --from "$WORK/self.toml"
    expect_status 0
    expect_out_contains "Saved midway assessment 1: 3 of 20 criteria judged, ali."
    expect_equal "$(rows "SELECT count(*) FROM assessment_evidence")" 1
    printf '[[criterion]]\nid = "com-team"\nlevel = "met"\ncolour = "red"\n' >"$WORK/key.toml"
    run assess self --midway --from "$WORK/key.toml"
    expect_status 1
    expect_err_contains "$WORK/key.toml:4:1: error[FMT-KEY]: unknown key \`criterion[1].colour\`"
}

test_the_guard_refuses_an_identity_number_in_a_judgement_and_the_text_is_kept() {
    talk_setup
    printf '## com-patient\nlevel: met\nThe patient 19121212-1212 was calm.\n' >"$WORK/id.md"
    run assess self --midway --from "$WORK/id.md"
    expect_status 1
    expect_err_contains "$WORK/id.md:3:"
    expect_equal "$(rows "SELECT count(*) FROM assessment")" 0
    run plan add --criterion care-assess --lacking "Call 070-174 06 05 first" --actions x --review 2026-11-27
    expect_status 1
    expect_equal "$(rows "SELECT count(*) FROM individual_plan")" 0
}

test_at_the_prompt_each_criterion_is_asked_and_ctrl_c_keeps_the_text() {
    talk_setup
    at_terminal "$PEER assess self --midway" \
        "1/21" $'level: met\nevidence: entry 1\nI explain before I act.\n\n' \
        "2/21" $'\003'
    expect_equal "$status" 130
    expect_equal "$(rows "SELECT count(*) FROM assessment")" 0
    grep -qF "Give a structured handover" "$WORK/tty" \
        || fail "the goals of the introduction were not shown: $(cat "$WORK/tty")"
    local kept
    kept=$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f)
    [ -n "$kept" ] || fail "the interrupted self-assessment was not kept: $(cat "$WORK/tty")"
    run assess self --midway --from "$kept"
    expect_status 0
    expect_equal "$(rows "SELECT criterion || '=' || level || ':' || comment FROM assessment_judgement")" \
        "com-patient=met:I explain before I act."
}

test_what_the_student_brings_holds_the_goals_the_evidence_and_the_outcomes() {
    talk_setup
    setup assess self --midway --from "$EXAMPLES/self-assessment.md" --date 2026-11-19
    run assess prepare --midway
    expect_status 0
    expect_out_contains "Midway talk · ali · ht26-kir-avd12"
    expect_out_contains "My goals, from the introduction (2026-11-02)"
    expect_out_contains "Give a structured handover with SBAR"
    expect_out_contains "entry 1 · 2026-11-05 · SUR-WOUND-01 · observe · 2 patient(s)"
    run assess prepare --midway --format md
    expect_out_contains "## Self-assessment"
    expect_out_contains "- **care-assess**"
    run --lang sv assess prepare --midway --format html -o "$WORK/midway.html"
    expect_status 0
    grep -qF '<html lang="sv">' "$WORK/midway.html" || fail "the page is not Swedish"
    grep -qF "Mina mål, från introduktionen" "$WORK/midway.html" || fail "the page lacks the goals"
    # The JSON is an export for the supervisor: the self-assessment, the entry it cites and
    # the introduction, nothing else the student wrote.
    run assess prepare --midway --format json
    expect_status 2
    expect_err_contains "name them with --for"
    run assess prepare --midway --format json --for karin
    expect_status 0
    expect_valid_lines export.schema.json
    expect_equal "$(jq -r 'select(.kind? and .author == "ali") | .kind' "$WORK/stdout" | sort | tr '\n' ' ')" \
        "assessment introduction log_entry "
    run assess prepare --final
    expect_status 1
    expect_err_contains "\`peer assess self --final\` first"
}

test_a_midway_talk_goes_to_the_supervisor_and_back_and_shows_side_by_side() {
    talk_setup
    midway_by_files
    # Karin sees Ali's own level in each criterion's hint of her form, and her export for Ali
    # holds her assessment and the people it names, not the placement's other students.
    expect_equal "$(jq -r 'select(.kind? == "person") | .id' "$WORK/karin-for-ali.jsonl" | sort | tr '\n' ' ')" "ali karin "
    run assess show
    expect_status 0
    expect_out_contains "assessment 1 · ali (self) · 2026-11-19"
    expect_out_contains "assessment 2 · karin (supervisor) · 2026-11-20"
    expect_out_contains "care-assess         ali: partly-met (at risk)   karin: not-met (at risk)"
    expect_out_contains "karin: Gathers observations only after acting."
    run --json assess show
    expect_valid output/assessments.schema.json
    expect_json '[.placements[0].assessments[] | .assessor] | join(",")' "ali,karin"
    # Importing the same file again changes nothing.
    run import "$WORK/karin-for-ali.jsonl"
    expect_out_contains "Nothing changed"
    # A student cannot record a supervisor's assessment, nor staff a self-assessment.
    run assess record bea --midway --from "$WORK/karin-midway.md"
    expect_status 1
    expect_err_contains "yours is a student's"
    as_karin run assess self --midway --from "$EXAMPLES/self-assessment.md"
    expect_status 1
    expect_err_contains "peer assess record STUDENT"
}

test_an_action_plan_is_made_reviewed_and_carried_and_the_rules_see_it() {
    talk_setup
    midway_by_files
    # Within a week of a midway talk that found care-assess at risk, TALK-PLAN says by when.
    run assess show --today 2026-11-22
    expect_out_contains "warning[TALK-PLAN]: at risk in care-assess: an action plan is due by"
    expect_out_contains "2026-11-27 (\`peer plan add\`)"
    as_karin run plan add --student ali --criterion care-assess \
        --lacking "Gathers observations only after acting" \
        --actions "Lead the assessment of two patients a day" --review 2026-11-27 --date 2026-11-23
    expect_status 0
    expect_out_contains "Saved action plan 1 for ali: review on 2026-11-27."
    as_karin run plan review 1 --outcome partly-met --comment "Better, not yet alone" --date 2026-11-27
    expect_status 0
    as_karin setup export --for ali -o "$WORK/plan-for-ali.jsonl"
    setup import "$WORK/plan-for-ali.jsonl"
    run --json plan show 1
    expect_valid output/plan.schema.json
    expect_json '.outcome' partly-met
    expect_json '.author' karin
    run plan review 1 --outcome met
    expect_status 1
    expect_err_contains "action plan 1 is karin's"
    run report --today 2026-11-30
    expect_out_contains "action plan 1 · care-assess · review 2026-11-27 · partly-met"
    expect_out_lacks "TALK-PLAN"
    # A plan made too late: TALK-PLAN is an error once its week has passed.
    as_karin setup plan delete 1 --yes
    as_karin setup export --for ali -o "$WORK/deleted.jsonl"
    setup import "$WORK/deleted.jsonl"
    expect_equal "$(rows "SELECT count(*) FROM individual_plan")" 0
    run report --today 2026-11-30
    run --json report --today 2026-11-30
    expect_json '[.open_rules[] | select(.rule == "TALK-PLAN") | .message.en] | join(",")' \
        "at risk in care-assess at the midway talk, and no action plan by 2026-11-27"
}

test_the_final_talk_needs_every_criterion_and_the_midway_talk_weeks_before() {
    talk_setup
    printf '## com-patient\nlevel: met\n' >"$WORK/final.md"
    as_karin run assess record ali --final --from "$WORK/final.md" --date 2026-12-10
    expect_status 0
    as_karin run --json assess show --student ali --today 2026-12-10
    expect_json '[.placements[0].findings[] | select(.verdict != "passed") | .rule] | sort | join(",")' \
        "TALK-FINAL-ALL,TALK-FINAL-MIDWAY,TALK-MIDWAY-TIMING"
    write_karin_midway
    as_karin setup assess record ali --midway --from "$WORK/karin-midway.md" --date 2026-11-30
    as_karin run assess show --student ali --today 2026-12-10
    expect_out_contains "warning[TALK-MIDWAY-TIMING]: the midway talk on 2026-11-30 came after"
    expect_out_contains "warning[TALK-MIDWAY-GAP]: 1 full week(s) from the midway talk to the final"
    expect_out_contains "error[TALK-FINAL-ALL]: the final assessment leaves com-team"
    # A region that holds its talks later says so in its rule set.
    printf '[talks]\nmidway_by_percent = 80\nweeks_between = 1\n' >"$WORK/region.toml"
    as_karin run --json assess show --student ali --rules "$WORK/region.toml" --today 2026-12-10
    expect_json '[.placements[0].findings[] | select(.verdict != "passed") | .rule] | sort | join(",")' \
        "TALK-FINAL-ALL,TALK-PLAN"
    as_karin run assess show --student ali --today 2026-12-10
    expect_out_contains "error[TALK-PLAN]: at risk in care-assess at the midway talk, and no action"
}

test_a_placement_on_the_second_form_is_judged_on_its_own_levels() {
    sed 's/assessment_form = "assessment-form.toml"/assessment_form = "three-levels.toml"/' \
        "$EXAMPLES/placement.toml" >"$WORK/placement.toml"
    cp "$PEER_SOURCE_DIR/tests/fixtures/assessment/three-levels.toml" "$WORK/"
    PEER_JOURNAL="$WORK/teacher.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term apply "$WORK/placement.toml"
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    setup init
    setup term join "$WORK/ali.toml"
    printf '## A.1\nF\nNot yet.\n\n## B.2\nlevel: D\n' >"$WORK/self.md"
    run assess self --final --from "$WORK/self.md" --date 2026-12-09
    expect_status 0
    expect_out_contains "2 of 3 criteria judged"
    run assess show
    expect_out_contains "A.1      ali: F (at risk)"
    printf '## A.1\nlevel: met\n' >"$WORK/wrong.md"
    run assess self --final --from "$WORK/wrong.md"
    expect_status 1
    expect_err_contains "use one of F (Fail) · P (Pass) · D (Pass with distinction)"
}

test_across_placements_the_criteria_at_risk_show_how_they_went() {
    talk_setup
    midway_by_files
    printf '## care-assess\nlevel: met\nNow gathers observations first.\n' >"$WORK/final.md"
    as_karin setup assess record ali --final --from "$WORK/final.md" --date 2026-12-10
    as_karin setup export --for ali -o "$WORK/final.jsonl"
    setup import "$WORK/final.jsonl"
    run report --all --today 2026-12-11
    expect_status 0
    expect_out_contains "care-assess: ht26-kir-avd12 midway not-met* → ht26-kir-avd12 final met"
    run --json report --all --today 2026-12-11
    expect_valid output/report.schema.json
    expect_json '.progression[0].criterion' care-assess
    run assess show --all
    expect_out_contains "## Final assessment"
    expect_out_contains "care-assess: ht26-kir-avd12 midway not-met* → ht26-kir-avd12 final met"
    run --json assess show --all
    expect_valid output/assessments.schema.json
    expect_json '.progression[0].levels | length' 2
}

test_the_cohort_shows_each_students_talks_and_plans() {
    talk_setup
    midway_by_files
    as_karin setup plan add --student ali --criterion care-assess --lacking a --actions b \
        --review 2026-11-25 --date 2026-11-21
    as_karin setup export --for ali -o "$WORK/plan.jsonl"
    setup import "$WORK/plan.jsonl"
    mkdir -p "$WORK/exports"
    setup export --for lena -o "$WORK/exports/ali.jsonl"
    run cohort "$WORK/exports" --today 2026-11-30 --format json
    expect_status 0
    expect_valid output/cohort.schema.json
    expect_json '.placements[0].students[0].talks.midway' 2026-11-20
    expect_json '.placements[0].students[0].talks.at_risk | join(",")' care-assess
    expect_json '.placements[0].students[0].talks.overdue_reviews' 1
    expect_json '.placements[0].students[0].flags | index("plan_review_overdue") != null' true
    run cohort "$WORK/exports" --today 2026-11-30
    expect_out_contains "ali · midway 2026-11-20 · final – · at risk: care-assess · open plans 1"
}

test_an_assessment_deleted_by_its_assessor_is_deleted_in_the_students_journal_too() {
    talk_setup
    midway_by_files
    as_karin run assess delete 2 --yes
    expect_status 0
    as_karin setup export --for ali -o "$WORK/gone.jsonl"
    setup import "$WORK/gone.jsonl"
    expect_equal "$(rows "SELECT count(*) FROM assessment")" 1
    run assess delete 2 --yes
    expect_status 1
    run assess delete 1 --yes
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM assessment_judgement")" 0
}

run_tests
