#!/usr/bin/env bash
# peer cohort: the teacher's view of students' exports, with the flags the data calls for and
# no others.
source "$(dirname "$0")/lib.sh"

# The teacher's journal with the example placement, once per test.
teacher() {
    PEER_JOURNAL="$WORK/teacher.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term apply "$EXAMPLES/placement.toml"
}

# as STUDENT COMMAND...: runs peer in STUDENT's journal, which joins the placement the first time.
as() {
    local student=$1
    shift
    if [ ! -e "$WORK/$student.db" ]; then
        PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student "$student" \
            -o "$WORK/$student.toml"
        PEER_JOURNAL="$WORK/$student.db" setup init
        PEER_JOURNAL="$WORK/$student.db" setup term join "$WORK/$student.toml"
        PEER_JOURNAL="$WORK/$student.db" setup activity import "$EXAMPLES/activities.csv"
    fi
    PEER_JOURNAL="$WORK/$student.db" setup "$@"
}

# export_at STUDENT TIME: STUDENT's export for the examiner, as if made at TIME, in exports/.
export_at() {
    local file="$WORK/exports/$1/$(echo "$2" | tr -d ':').jsonl"
    mkdir -p "$(dirname "$file")"
    as "$1" export --for lena -o "$file.tmp"
    { head -1 "$file.tmp" | jq -c --arg at "$2" '.exported_at = $at'; tail -n +2 "$file.tmp"; } \
        >"$file"
    rm "$file.tmp"
}

log() { as "$1" activity log "$2" --date "$3" --mode "$4" --partner "$5" --patients "$6" --presence "$7"; }
reflect() { as "$1" reflect --activity "$2" --date "$3" --from "$EXAMPLES/reflection.sv.md"; }
feedback() {
    as "$1" feedback give --to "$2" --activity "$3" --date "$4" --strength "Calm" \
        --situation "Round" --improve "Pace" --how "Plan first"
}

# The example pairs two weeks in:
# - ali logs the example log (patients 1 to 5, supervisor stepping back), reflects every few
#   days and gives Bea feedback: no flags;
# - bea performs and reflects but her load stays at two patients with the supervisor always
#   beside her: patients and presence;
# - frida performs everything and gives feedback, gustav gives none and last exported on
#   11-04: one-way feedback and one partner performing (the pair), an old export (gustav);
# - hanna logs but never reflects: no reflection for a week.
example_cohort() {
    teacher
    as ali activity import --log "$EXAMPLES/log.csv"
    reflect ali SUR-POSTOP-01 2026-11-03
    reflect ali SUR-CATH-01 2026-11-09
    reflect ali SUR-MOB-02 2026-11-13
    feedback ali bea SUR-SBAR-01 2026-11-05
    log bea SUR-MED-01 2026-11-02 perform ali 2 full
    log bea SUR-MED-01 2026-11-05 perform ali 2 full
    log bea SUR-DOC-01 2026-11-09 perform ali 2 full
    log bea SUR-NEWS-01 2026-11-12 observe ali 2 full
    reflect bea SUR-MED-01 2026-11-05
    reflect bea SUR-DOC-01 2026-11-10
    feedback bea ali SUR-WOUND-01 2026-11-05
    local day patients=0
    for day in 02 03 04 06 09 10; do
        patients=$((patients + 1))
        log frida SUR-NEWS-01 "2026-11-$day" perform gustav "$patients" \
            "$([ "$patients" -le 2 ] && echo full || echo none)"
    done
    reflect frida SUR-NEWS-01 2026-11-04
    reflect frida SUR-NEWS-01 2026-11-10
    feedback frida gustav SUR-NEWS-01 2026-11-06
    log gustav SUR-NEWS-01 2026-11-03 observe frida 1 full
    log hanna SUR-HYG-01 2026-11-02 perform isak 1 full
    for student in ali bea frida hanna; do export_at "$student" 2026-11-13T16:00:00Z; done
    export_at gustav 2026-11-04T16:00:00Z
}

# flags_of ROW_ID: the flags of that row of the JSON view on stdout, space-separated.
flags_of() {
    jq -r --arg id "$1" '.placements[0] | (.students[] | select(.student == $id)),
        (.pairs[] | select(.pair == $id)) | .flags | join(" ")' "$WORK/stdout"
}

test_the_example_pairs_show_the_flags_they_should_and_no_others() {
    example_cohort
    run cohort "$WORK/exports" --today 2026-11-14 --format json
    expect_status 0
    expect_valid output/cohort.schema.json
    expect_json .students 5
    expect_json .files 5
    expect_json '[.placements[0].students[].student] | join(" ")' "ali bea frida gustav hanna"
    expect_equal "$(flags_of ali)" ""
    expect_equal "$(flags_of bea)" "presence_not_decreasing patients_not_growing"
    expect_equal "$(flags_of frida)" ""
    expect_equal "$(flags_of gustav)" "no_recent_export"
    expect_equal "$(flags_of hanna)" "no_reflection_for_a_week"
    expect_equal "$(flags_of ali+bea)" ""
    expect_equal "$(flags_of frida+gustav)" "feedback_one_way one_partner_performs"
    expect_equal "$(flags_of hanna+isak)" ""
    # The balance counts what each performed by both logs: Bea observed Ali once, Ali observed
    # Bea eight times in the example log.
    expect_json '.placements[0].pairs[] | select(.pair == "ali+bea") | .performed | "\(.ali) \(.bea)"' \
        "$(($(grep -c ';perform;' "$EXAMPLES/log.csv") + 1)) $(($(grep -c ';observe;' "$EXAMPLES/log.csv") + 3))"
    expect_json '.placements[0].students[] | select(.student == "ali") | .feedback.received' 1
    expect_json '.placements[0].rule_errors | length' 0
}

test_the_text_view_fits_the_terminal_and_says_each_flag_in_words() {
    example_cohort
    run cohort "$WORK/exports" --today 2026-11-14
    expect_status 0
    expect_out_contains "Cohort on 2026-11-14 · 5 students from 5 files"
    expect_out_contains "ht26-kir-avd12 · Surgical nursing, clinical placement"
    expect_out_contains "  gustav: no export for more than a week"
    expect_out_contains "  frida+gustav: feedback goes one way only; one partner performs most"
    expect_out_lacks "  ali:"
    local widest
    widest=$(while IFS= read -r line; do printf '%s' "$line" | wc -m; done <"$WORK/stdout" | sort -n | tail -1)
    [ "$widest" -le 80 ] || fail "a line of the view is $widest characters wide"
    run --lang sv cohort "$WORK/exports" --today 2026-11-14
    expect_out_contains "Kullen 2026-11-14 · 5 studenter ur 5 filer"
    expect_out_contains "  hanna: sju dagar eller fler i rad utan reflektion"
}

test_exports_of_a_student_are_merged_and_the_newest_wins() {
    teacher
    log ali SUR-MED-01 2026-11-02 perform bea 1 full
    reflect ali SUR-MED-01 2026-11-02
    export_at ali 2026-11-02T16:00:00Z
    # Later the same day: the entry corrected to two patients, the reflection deleted, one more
    # entry; the newer export carries the correction and the reflection's tombstone.
    as ali activity edit-entry 1 --patients 2
    as ali reflect delete 1 --yes
    log ali SUR-DOC-01 2026-11-03 perform bea 3 full
    export_at ali 2026-11-03T16:00:00Z
    run --json cohort "$WORK/exports" --today 2026-11-04
    expect_status 0
    expect_json .files 2
    expect_json .students 1
    local ali='.placements[0].students[0]'
    expect_json "$ali.exports" 2
    expect_json "$ali.exported_at" 2026-11-03T16:00:00Z
    expect_json "$ali.entries" 2
    expect_json "$ali.patients_per_day" 2.5
    expect_json "$ali.reflections" 0
}

test_a_broken_file_is_named_at_its_line_and_left_out_with_exit_1() {
    example_cohort
    head -c 300 "$WORK/exports/bea/2026-11-13T160000Z.jsonl" >"$WORK/exports/bea/broken.jsonl"
    printf 'not an export\n' >"$WORK/exports/notes.jsonl"
    run cohort "$WORK/exports" --today 2026-11-14 --format csv -o "$WORK/cohort.csv"
    expect_status 1
    expect_err_contains "$WORK/exports/bea/broken.jsonl:"
    expect_err_contains "$WORK/exports/notes.jsonl:1:"
    expect_err_contains "left out of the view"
    # The others are still in the view.
    expect_equal "$(grep -c '^ht26-kir-avd12,student,' "$WORK/cohort.csv")" 5
}

test_files_and_directories_are_read_alike_and_each_file_once() {
    example_cohort
    run --json cohort "$WORK/exports/ali" "$WORK/exports/ali/2026-11-13T160000Z.jsonl" \
        "$WORK/exports/bea/2026-11-13T160000Z.jsonl" --today 2026-11-14
    expect_status 0
    expect_json .files 2
    expect_json '[.placements[0].students[].student] | join(" ")' "ali bea"
    run cohort "$WORK/no-such-dir"
    expect_status 2
    expect_err_contains "no-such-dir"
    mkdir "$WORK/empty"
    run cohort "$WORK/empty"
    expect_status 1
    expect_err_contains "no export of a student's journal was found"
}

test_an_error_in_the_pairs_setup_is_flagged_as_a_rule_error() {
    example_cohort
    # Karin's exported record says she has no supervisor training: the rules fail her pair.
    local file
    for file in "$WORK"/exports/*/*.jsonl; do
        sed -i '/"id":"karin"/s/"supervisor_training":"basic"/"supervisor_training":"none"/' "$file"
    done
    run --json cohort "$WORK/exports" --today 2026-11-14
    expect_status 0
    expect_equal "$(flags_of ali+bea)" "open_rule_errors"
    expect_equal "$(flags_of frida+gustav)" "feedback_one_way one_partner_performs"
    expect_json '.placements[0].rule_errors[0].subject' karin
}

test_the_csv_and_html_views_hold_the_same_rows() {
    example_cohort
    run cohort "$WORK/exports" --today 2026-11-14 --format csv
    expect_status 0
    expect_equal "$(head -1 "$WORK/stdout" | tr -d '\r')" \
        "placement,row,id,name,pair,entries,performed,patients_per_day,patients_trend,presence_trend,reflections_per_week,feedback_given,feedback_received,midway,final,at_risk,open_plans,overdue_reviews,exported_at,flags"
    expect_equal "$(grep -c $'\r$' "$WORK/stdout")" "$(grep -c . "$WORK/stdout")"
    expect_out_contains "ht26-kir-avd12,student,gustav,Gustav"
    expect_out_contains ",no_recent_export"
    run cohort "$WORK/exports" --today 2026-11-14 --format html -o "$WORK/cohort.html"
    expect_status 0
    expect_out_contains "Wrote the cohort view to $WORK/cohort.html."
    grep -q '<svg[^>]*id="entries-1"' "$WORK/cohort.html" || fail "the page has no entries chart"
    grep -q '<svg[^>]*id="flags-1"' "$WORK/cohort.html" || fail "the page has no flags chart"
    ! grep -qE '<script|https?://[^"]*\.(js|css|png|woff)' "$WORK/cohort.html" \
        || fail "the page loads something from outside"
}

run_tests
