#!/usr/bin/env bash
# peer intro: a student's introduction to a placement, written once and changed after, shown,
# sent to the partner and withheld from staff unless included.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

write_intro_file() {
    cat >"$WORK/intro.md" <<'MD'
# Introduction

## My goals
Give a structured SBAR handover on my own by week three.

## How I learn best
Watching first, then doing.

## Our roles
We take turns: one performs, one observes.
MD
}

test_an_introduction_from_a_file_is_saved_to_the_placement_and_shown() {
    join_example_placement_as_ali
    write_intro_file
    run intro --from "$WORK/intro.md"
    expect_status 0
    expect_out_contains "Saved introduction 1 to ht26-kir-avd12."
    expect_equal "$(rows "SELECT p.handle || ':' || i.goals FROM introduction i JOIN placement p ON p.id = i.placement_id")" \
        "ht26-kir-avd12:Give a structured SBAR handover on my own by week three."
    run intro show 1
    expect_out_contains "# Introduction 1 · ali · ht26-kir-avd12 · "
    expect_out_contains "## How I learn best"
    run --lang sv intro show 1
    expect_out_contains "## Hur jag lär mig bäst"
    run --json intro show 1
    expect_valid output/introduction.schema.json
    expect_json .roles "We take turns: one performs, one observes."
    expect_json .cooperation ""
    run --json intro list
    expect_valid output/introduction.schema.json
    expect_json length 1
    run search SBAR --kind introduction
    expect_out_contains "introduction 1"
}

test_the_example_introduction_is_saved_whole() {
    join_example_placement_as_ali
    run intro --from "$EXAMPLES/introduction.md"
    expect_status 0
    run --json intro show 1
    expect_json .first_activities "SUR-WOUND-01 and SUR-SBAR-01: they come up every day on the ward."
    expect_json '.goals | startswith("Give a structured handover with SBAR")' true
}

test_writing_it_again_changes_the_one_introduction() {
    join_example_placement_as_ali
    write_intro_file
    setup intro --from "$WORK/intro.md" --date 2026-11-02
    sed -i 's/by week three/by week four/' "$WORK/intro.md"
    run intro --from "$WORK/intro.md"
    expect_status 0
    expect_out_contains "Changed introduction 1 to ht26-kir-avd12."
    expect_equal "$(rows "SELECT count(*) || ':' || date || ':' || goals FROM introduction")" \
        "1:2026-11-02:Give a structured SBAR handover on my own by week four."
    # The same text again changes nothing, not even when it was last changed.
    local updated
    updated=$(rows "SELECT updated_at FROM introduction")
    sleep 1
    run intro --from "$WORK/intro.md"
    expect_status 0
    expect_out_contains "Introduction 1: nothing changed."
    expect_equal "$(rows "SELECT updated_at FROM introduction")" "$updated"
}

test_an_introduction_without_goals_is_refused_and_kept() {
    join_example_placement_as_ali
    printf '## How I learn best\nBy doing.\n' >"$WORK/nogoals.md"
    run intro --from "$WORK/nogoals.md"
    expect_status 1
    expect_err_contains "error[FMT-REQUIRED]: the introduction states no goals: write them under \"My goals\""
    expect_err_contains "nothing was saved"
    expect_equal "$(rows "SELECT count(*) FROM introduction")" 0
    run --lang sv intro --from "$WORK/nogoals.md"
    expect_err_contains "introduktionen anger inga mål"
}

test_an_identifier_in_an_introduction_is_refused_at_its_line() {
    join_example_placement_as_ali
    write_intro_file
    printf '\n## How we cooperate\nCall me on 070-174 06 05.\n' >>"$WORK/intro.md"
    run intro --from "$WORK/intro.md"
    expect_status 1
    expect_err_contains "intro.md:13:12: error[PRIVACY-PHONE]"
    expect_equal "$(rows "SELECT count(*) FROM introduction")" 0
}

test_at_the_prompt_each_section_is_asked_and_ctrl_c_keeps_the_text() {
    join_example_placement_as_ali
    at_terminal "$PEER intro" \
        "1/6" $'Lead a handover\n\n' \
        "2/6" $'\003'
    expect_equal "$status" 130
    expect_equal "$(rows "SELECT count(*) FROM introduction")" 0
    local kept
    kept=$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f)
    [ -n "$kept" ] || fail "the interrupted introduction was not kept: $(cat "$WORK/tty")"
    grep -qF "Lead a handover" "$kept" || fail "the draft lacks what was typed"
    run intro --from "$kept"
    expect_status 0
    expect_equal "$(rows "SELECT goals FROM introduction")" "Lead a handover"
}

test_the_partner_gets_it_and_staff_get_it_without_its_text_unless_included() {
    join_example_placement_as_ali
    write_intro_file
    setup intro --from "$WORK/intro.md"
    setup export --for bea -o "$WORK/for-bea.jsonl"
    expect_equal "$(jq -r 'select(.kind == "introduction") | .text.goals' "$WORK/for-bea.jsonl")" \
        "Give a structured SBAR handover on my own by week three."
    setup export --for karin -o "$WORK/for-karin.jsonl"
    expect_equal "$(jq -c 'select(.kind == "introduction") | [.answered, .text]' "$WORK/for-karin.jsonl")" \
        '[["goals","learning","roles"],null]'
    run export --for karin --include introductions -o -
    expect_valid_lines export.schema.json
    expect_equal "$(jq -r 'select(.kind == "introduction") | .text.roles' "$WORK/stdout")" \
        "We take turns: one performs, one observes."

    # Bea's journal: Ali's introduction arrives, is listed and is not hers to delete.
    local ali_journal=$PEER_JOURNAL
    PEER_JOURNAL="$WORK/bea.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student bea -o "$WORK/bea.toml"
    export PEER_JOURNAL="$WORK/bea.db"
    setup term join "$WORK/bea.toml"
    setup import "$WORK/for-bea.jsonl"
    run intro list
    expect_out_contains "ali"
    run intro delete 1 --yes
    expect_status 1
    expect_err_contains "introduction 1 is ali's: only its author can delete it"

    # Ali deletes his; the deletion travels.
    PEER_JOURNAL=$ali_journal setup intro delete 1 --yes
    PEER_JOURNAL=$ali_journal setup export --for bea -o "$WORK/for-bea.jsonl"
    setup import "$WORK/for-bea.jsonl"
    expect_equal "$(rows "SELECT count(*) FROM introduction")" 0
}

test_the_report_shows_both_introductions_of_the_pair() {
    join_example_placement_as_ali
    run report
    expect_out_contains "None yet: write yours with \`peer intro\`."
    write_intro_file
    setup intro --from "$WORK/intro.md" --date 2026-11-02
    # Bea's, as her export brings it.
    PEER_JOURNAL="$WORK/bea.db" setup init
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student bea -o "$WORK/bea.toml"
    PEER_JOURNAL="$WORK/bea.db" setup term join "$WORK/bea.toml"
    printf '## Mina mål\nLeda ett rapportpass.\n' >"$WORK/bea.md"
    PEER_JOURNAL="$WORK/bea.db" setup intro --from "$WORK/bea.md" --date 2026-11-03
    PEER_JOURNAL="$WORK/bea.db" setup export --for ali -o "$WORK/for-ali.jsonl"
    setup import "$WORK/for-ali.jsonl"
    COLUMNS=200 run report
    expect_out_contains "ali, 2026-11-02 · My goals: Give a structured SBAR handover on my own by week three."
    expect_out_contains "bea, 2026-11-03 · My goals: Leda ett rapportpass."
    run --lang sv report --format md
    expect_out_contains "- ali, 2026-11-02 · Hur jag lär mig bäst: Watching first, then doing."
    run report --format json
    expect_valid output/report.schema.json
    expect_json '[.introductions[].author] | join(",")' "ali,bea"
    expect_json '.introductions[1].goals' "Leda ett rapportpass."
    run report --format html
    expect_out_contains "<h2>Introductions</h2>"
}

test_a_journal_on_no_placement_is_told_to_join_one() {
    setup init
    write_intro_file
    run intro --from "$WORK/intro.md"
    expect_status 1
    expect_err_contains "peer term join"
}

run_tests
