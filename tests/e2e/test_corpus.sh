#!/usr/bin/env bash
# The guard's corpus (tests/corpus) through every path into the journal, once each: every
# identifier is refused, at least once, and nothing is written; every line of prose is saved.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

CORPUS="$PEER_SOURCE_DIR/tests/corpus"

# corpus_inputs identifiers|prose: the corpus as files in $WORK/KIND.
corpus_inputs() {
    python3 "$CORPUS/as_inputs.py" "$1" "$WORK/$1"
}

# expect_each_identifier_refused: stderr has one PRIVACY error for each identifier of the
# corpus, of its kind.
expect_each_identifier_refused() {
    local id count
    while read -r id count; do
        expect_equal "$(grep -c "error\[$id\]" "$WORK/stderr")" "$count"
    done <"$WORK/identifiers/counts.txt"
}

# expect_outcome identifiers|prose: refused, each identifier once, or saved.
expect_outcome() {
    if [ "$1" = prose ]; then
        expect_status 0
    else
        expect_status 1
        expect_each_identifier_refused
    fi
}

# The student ali of the example placement, with the example catalogue.
setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

test_a_placement_file() {
    setup init
    corpus_inputs identifiers
    corpus_inputs prose
    run term apply "$WORK/identifiers/placement.toml"
    expect_status 1
    expect_each_identifier_refused
    expect_equal "$(rows "SELECT count(*) FROM person")" 0
    run term apply "$WORK/prose/placement.toml"
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM staff_specialist")" "$(wc -l <"$WORK/prose/lines.txt")"
}

test_each_import_format() {
    setup_ali
    corpus_inputs identifiers
    corpus_inputs prose
    local before format
    before=$(rows "SELECT count(*) FROM activity")
    for format in csv toml jsonl; do
        run activity import "$WORK/identifiers/catalogue.$format"
        expect_status 1
        expect_each_identifier_refused
        expect_equal "$(rows "SELECT count(*) FROM activity")" "$before"
    done
    run activity import --log "$WORK/identifiers/log.csv"
    expect_status 1
    expect_each_identifier_refused
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    for format in csv toml jsonl; do
        run activity import "$WORK/prose/catalogue.$format"
        expect_status 0
    done
    expect_equal "$(rows "SELECT count(*) FROM activity WHERE code LIKE 'C-%'")" \
        "$(wc -l <"$WORK/prose/lines.txt")"
    run activity import --log "$WORK/prose/log.csv"
    expect_status 0
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" "$(wc -l <"$WORK/prose/lines.txt")"
}

test_each_writing_command() {
    setup_ali
    corpus_inputs identifiers
    corpus_inputs prose
    local kind
    for kind in identifiers prose; do
        run reflect --activity SUR-PAIN-01 --from "$WORK/$kind/reflection.md"
        expect_outcome "$kind"
        run feedback give --to bea --activity SUR-PAIN-01 --from "$WORK/$kind/feedback.md"
        expect_outcome "$kind"
        run brief before --activity SUR-PAIN-01 --from "$WORK/$kind/briefing.md"
        expect_outcome "$kind"
        run activity log SUR-PAIN-01 --mode perform --note "$(cat "$WORK/$kind/lines.txt")"
        expect_outcome "$kind"
        run activity add "X-$kind" --title "Corpus" --what "$(cat "$WORK/$kind/lines.txt")"
        expect_outcome "$kind"
        # A name is one line: the lines joined with " ; ", which ends any number.
        run person add "p-$kind" --student --name "$(sed 's/$/ ;/' "$WORK/$kind/lines.txt" | tr '\n' ' ')"
        expect_outcome "$kind"
        if [ "$kind" = identifiers ]; then
            expect_equal "$(rows "SELECT (SELECT count(*) FROM reflection) + (SELECT count(*) FROM feedback)
                + (SELECT count(*) FROM briefing) + (SELECT count(*) FROM log_entry)")" 0
        fi
    done
    expect_equal "$(rows "SELECT (SELECT count(*) FROM reflection) || (SELECT count(*) FROM feedback)
        || (SELECT count(*) FROM briefing) || (SELECT count(*) FROM log_entry)")" 1111
}

run_tests "$@"
