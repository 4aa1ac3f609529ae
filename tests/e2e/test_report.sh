#!/usr/bin/env bash
# peer report: the student's summary of the placement, in its four formats.
source "$(dirname "$0")/lib.sh"

# Ali's journal with the example catalogue and log, a reflection with an action plan and
# feedback given.
alis_placement() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity import --log "$EXAMPLES/log.csv"
    setup reflect --activity SUR-WOUND-01 --date 2026-12-10 --from "$EXAMPLES/reflection.sv.md"
    setup feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-05 \
        --strength "Clear SBAR" --situation "Morning round" --improve "Vitals last" \
        --how "Chart first"
}

entries_in_log() { tail -n +2 "$EXAMPLES/log.csv" | grep -c .; }

test_the_text_report_shows_each_part_in_aligned_columns() {
    alis_placement
    run report
    expect_status 0
    expect_out_contains "Report for ali · 2026-11-02 – "
    expect_out_contains "Activities by mode ($(entries_in_log))"
    expect_out_contains "Patients and supervisor presence per day"
    expect_out_contains "Learning outcomes"
    expect_out_contains "Feedback: 1 given, 0 received"
    expect_out_contains "Balance in the pair"
    # Every row of a table has its numbers end in the same column.
    local ends
    ends=$(sed -n '/^Patients and supervisor/,/^$/p' "$WORK/stdout" | sed '1d;$d' \
        | awk '{ print length($0) }' | sort -u | wc -l)
    expect_equal "$ends" 1
}

test_the_report_fits_a_narrow_terminal_and_cuts_with_an_ellipsis() {
    alis_placement
    COLUMNS=60 run report
    expect_status 0
    expect_out_contains "…"
    local widest
    widest=$(sed -n '/^Activities by code/,/^$/p' "$WORK/stdout" \
        | while IFS= read -r line; do printf '%s\n' "$line" | wc -m; done | sort -n | tail -1)
    [ "$widest" -le 61 ] || fail "a row of the table is $widest characters wide at 60 columns"
}

test_the_report_is_in_swedish_with_å_ä_ö_aligned() {
    alis_placement
    run --lang sv report
    expect_status 0
    expect_out_contains "Rapport för ali"
    expect_out_contains "Aktiviteter per arbetssätt"
    expect_out_contains "Återkoppling: 1 given, 0 mottagen"
    local ends
    ends=$(sed -n '/^Aktiviteter per arbetssätt/,/^$/p' "$WORK/stdout" | sed '1d;$d' \
        | while IFS= read -r line; do printf '%s' "$line" | wc -m; done | sort -u | wc -l)
    expect_equal "$ends" 1
}

test_the_json_report_follows_its_schema_and_counts_the_log() {
    alis_placement
    run --json report
    expect_status 0
    expect_valid output/report.schema.json
    expect_json .student ali
    expect_json .entries "$(entries_in_log)"
    expect_json '[.by_mode[]] | add' "$(entries_in_log)"
    expect_json .reflections.saved 1
    expect_json .feedback.given 1
    expect_json '.days | length' "$(tail -n +2 "$EXAMPLES/log.csv" | cut -d';' -f1 | sort -u | grep -c .)"
    run report --format json
    expect_valid output/report.schema.json
}

test_the_markdown_report_is_tables_to_paste() {
    alis_placement
    run report --format md
    expect_status 0
    expect_out_contains "# Report for ali"
    expect_out_contains "## Activities by code"
    expect_out_contains "| Code | Activity | Entries | Performed |"
    expect_out_contains "|---|---:|---:|---:|"
}

test_the_html_report_is_one_page_with_its_charts_and_nothing_from_elsewhere() {
    alis_placement
    run report --format html -o "$WORK/report.html"
    expect_status 0
    expect_out_contains "Wrote the report to"
    local page=$WORK/report.html
    grep -q '<svg class="chart" id="patients"' "$page" || fail "no patients chart"
    grep -q '<svg class="chart" id="presence"' "$page" || fail "no presence chart"
    grep -q '<svg class="chart" id="modes"' "$page" || fail "no modes chart"
    grep -q '<svg class="chart" id="outcomes"' "$page" || fail "no outcomes chart"
    grep -q '@page { size: A4' "$page" || fail "no print stylesheet"
    ! grep -qi '<script\|<link\|src=\|url(' "$page" || fail "the page loads something"
    local days
    days=$(tail -n +2 "$EXAMPLES/log.csv" | cut -d';' -f1 | sort -u | grep -c .)
    expect_equal "$(grep 'id="patients"' "$page" | grep -o '<rect class="mark' | wc -l)" "$days"
}

test_a_week_and_a_range_narrow_the_report() {
    alis_placement
    run --json report --week 1
    expect_status 0
    expect_json .from 2026-11-02
    expect_json .to 2026-11-08
    expect_json .entries "$(tail -n +2 "$EXAMPLES/log.csv" | awk -F';' '$1 <= "2026-11-08"' | grep -c .)"
    run --json report --from 2026-11-09 --to 2026-11-09
    expect_json .from 2026-11-09
    expect_json '.days | length' 1
    run report --week 40
    expect_status 1
    expect_err_contains "there is no week 40 in the placement"
    run report --week 2 --from 2026-11-02
    expect_status 2
    run report --format pdf
    expect_status 2
    expect_err_contains "pdf"
}

test_the_report_lists_the_rules_that_still_fail_and_only_those_for_the_student() {
    alis_placement
    # Ali's pair and supervisors pass every rule, and so does his log; on 2026-12-03, past the
    # placement's halfway day, his midway talk is missing (TALK-MIDWAY-TIMING).
    run --json report --today 2026-12-03
    expect_status 0
    expect_valid output/report.schema.json
    expect_json '.open_rules | length' 1
    expect_json '.open_rules[0].rule' TALK-MIDWAY-TIMING
    run report --today 2026-12-03
    expect_out_contains "Rules still open (1)"
    expect_out_contains "warning TALK-MIDWAY-TIMING ali · ht26-kir-avd12: no midway talk yet: it was"
    # An entry dated before the placement: LOG-DATE warns, in the report of the whole placement
    # but not in a week's.
    setup activity log SUR-WOUND-01 --mode observe --date 2026-10-20
    run --json report --today 2026-12-03
    expect_valid output/report.schema.json
    expect_json '.open_rules | length' 2
    expect_json '.open_rules[0].rule' LOG-DATE
    expect_json '.open_rules[0].severity' warning
    expect_json '.open_rules[0].entry' "$(($(entries_in_log) + 1))"
    run --lang sv report --today 2026-12-03
    expect_out_contains "varning LOG-DATE post $(($(entries_in_log) + 1)): daterad 2026-10-20, utanför placeringen"
    run --json report --week 1 --today 2026-12-03
    expect_json '[.open_rules[].rule] | join(",")' TALK-MIDWAY-TIMING
}

test_the_report_of_a_student_in_a_pair_of_three_warns_of_its_size() {
    join_example_placement_as cem
    run report --format md --today 2026-11-20
    expect_status 0
    expect_out_contains "## Rules still open (1)"
    expect_out_contains "- warning PAIR-SIZE cem+dana+emil: 3 students, for a stated reason"
    run report --format html --today 2026-11-20
    expect_out_contains "<li>warning PAIR-SIZE cem+dana+emil: 3 students, for a stated reason</li>"
    # An entry with both partners counts for each of them.
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-WOUND-01 --mode perform --partner dana --partner emil --date 2026-11-05
    run --json report --today 2026-12-03
    expect_json '[.balance[] | .partner] | join(",")' dana,emil
    expect_json '[.balance[] | .by_mode.perform] | add' 2
}

test_a_report_needs_an_owner() {
    setup init
    run report
    expect_status 1
    expect_err_contains "no owner"
}

run_tests
