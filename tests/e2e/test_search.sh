#!/usr/bin/env bash
# peer search: full-text search over everything written.
source "$(dirname "$0")/lib.sh"

setup_writing() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-PAIN-01 --mode perform --date 2026-11-04 --note "Smärtskattning med NRS"
    setup_with_input $'## Beskrivning\nJag gjorde en smärtskattning på morgonen.\n## Handlingsplan\nFråga om ÅNGEST också.\n' \
        reflect --activity SUR-PAIN-01 --date 2026-11-05 --from -
    setup feedback give --date 2026-11-06 --strength "Lugn smärtlindring" --situation Ronden \
        --improve Tempo --how Pausa
}

test_a_swedish_prefix_finds_every_kind_highlighted() {
    setup_writing
    run search 'smärt*'
    expect_status 0
    expect_out_contains "note 1  2026-11-04  SUR-PAIN-01"
    expect_out_contains "[Smärtskattning] med NRS"
    expect_out_contains "reflection 1  2026-11-05  SUR-PAIN-01"
    expect_out_contains "[smärtskattning]"
    expect_out_contains "[smärtlindring]"
    # A feedback's four parts stay apart on its line.
    expect_out_contains "Lugn [smärtlindring] · Ronden · Tempo · Pausa"
    run --lang sv search 'SMÄRT*'
    expect_out_contains "reflektion 1"
    expect_out_contains "återkoppling 1"
}

test_case_does_not_matter_for_a_ring_and_o_with_dots() {
    setup_writing
    run --json search ångest
    expect_valid output/search.schema.json
    expect_json length 1
    expect_json '.[0].matches[0]' "ÅNGEST"
    expect_json '.[0].kind' reflection
}

test_filters_by_kind_and_date() {
    setup_writing
    run --json search 'smärt*' --kind note --kind återkoppling
    expect_json '[.[].kind] | sort | join(",")' "feedback,note"
    run --json search 'smärt*' --from 2026-11-05 --to 2026-11-05
    expect_json '[.[].kind] | join(",")' "reflection"
    run search 'smärt*' --kind diary
    expect_status 2
    expect_err_contains "--kind: unknown value 'diary'"
}

# An import indexes its notes once, at its end; what was there before stays found.
test_imported_notes_are_found() {
    setup_writing
    run activity import "$EXAMPLES/activities.toml"
    run activity import --log "$EXAMPLES/log.csv" "$EXAMPLES/log.jsonl"
    expect_status 0
    run --json search 'stoma*' --kind note
    expect_json 'length > 0' true
    expect_json '.[0].date' 2026-11-16
    run --json search 'smärt*' --kind note
    expect_json length 1
    expect_equal "$(sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM writing_search WHERE kind = 'note'")" \
        "$(sqlite3 "$PEER_JOURNAL" "SELECT count(*) FROM log_entry WHERE note <> ''")"
}

test_no_hit_and_no_word() {
    setup_writing
    run search dropp
    expect_status 0
    expect_out_contains "Nothing found."
    run search '*'
    expect_status 2
    expect_err_contains "give at least one word to search for"
    # Characters of the query syntax are only text.
    run search 'SUR-PAIN "NRS'
    expect_status 0
}

run_tests
