#!/usr/bin/env bash
# peer export and peer import: what passes between journals, and only that.
source "$(dirname "$0")/lib.sh"


# Ali's and Bea's journals ($ALI is $PEER_JOURNAL, Bea's $BEA), each joined from its handout,
# with the catalogue; the teacher's is $WORK/teacher.db. Ali logs an SBAR handover done with Bea,
# gives her feedback on it, reflects on it and writes a briefing.
ali_and_bea() {
    ALI=$PEER_JOURNAL
    BEA="$WORK/bea.db"
    join_example_placement_as ali
    setup activity import "$EXAMPLES/activities.csv"
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student bea -o "$WORK/bea.toml"
    PEER_JOURNAL=$BEA setup init
    PEER_JOURNAL=$BEA setup term join "$WORK/bea.toml"
    PEER_JOURNAL=$BEA setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-SBAR-01 --mode perform --patients 2 --presence full --date 2026-11-05 \
        --note "Bea observed my handover"
    setup feedback give --to bea --entry 1 --date 2026-11-05 --strength "Calm voice at the bedside" \
        --situation "The morning round" --improve "Vital signs came last" \
        --how "Read them from the chart first"
    printf '## Description\nA handover at the morning round.\n## Feelings\nNervous at first.\n' \
        >"$WORK/reflection.md"
    setup reflect --entry 1 --from "$WORK/reflection.md"
    printf '## Who does what\nAli leads, Bea watches the SBAR order.\n' >"$WORK/briefing.md"
    setup brief before --entry 1 --from "$WORK/briefing.md"
}

as_bea() { PEER_JOURNAL=$BEA "$@"; }

# The records of an export, without its header, each with sorted keys, sorted: what two exports
# are compared by.
records_of() { tail -n +2 "$1" | jq -cS . | sort; }

test_the_whole_export_follows_its_schema_and_names_its_owner() {
    ali_and_bea
    run export
    expect_status 0
    expect_valid_lines export.schema.json
    expect_json_lines .format peer-export
    expect_json_lines .version 1
    expect_json_lines .owner ali
    expect_json_lines .for null
    expect_json_lines '.placements | join(",")' ht26-kir-avd12
    local kinds
    kinds=$(tail -n +2 "$WORK/stdout" | jq -r .kind | uniq | paste -sd,)
    expect_equal "$kinds" "person,placement,pair,activity,log_entry,reflection,feedback,briefing"
    grep -q "A handover at the morning round." "$WORK/stdout" || fail "the whole export lacks the reflection"
}

test_an_export_to_a_file_is_private_and_says_what_it_wrote() {
    ali_and_bea
    run export -o "$WORK/ali.jsonl"
    expect_status 0
    expect_out_contains "records to $WORK/ali.jsonl."
    expect_equal "$(mode_of "$WORK/ali.jsonl")" 600
    run --json export --for karin -o "$WORK/karin.jsonl"
    expect_valid output/export.schema.json
    expect_json .withheld 3
    run --lang sv export --for karin -o "$WORK/karin.jsonl"
    expect_out_contains "Skrev"
    expect_out_contains "--include"
}

test_feedback_exported_for_the_partner_is_received_and_searchable_there() {
    ali_and_bea
    setup export --for bea -o "$WORK/for-bea.jsonl"
    as_bea run import "$WORK/for-bea.jsonl"
    expect_status 0
    expect_out_contains "Imported"
    as_bea run feedback list --received
    expect_out_contains "ali"
    expect_out_contains "Calm voice at the bedside"
    as_bea run search chart
    expect_status 0
    expect_out_contains "feedback 1"
    as_bea run brief list
    expect_out_contains "Ali leads"
    expect_equal "$(sqlite3 "$BEA" "SELECT count(*) FROM log_entry")" 1
}

test_no_reflection_text_goes_to_the_partner_or_to_staff_unless_included() {
    ali_and_bea
    setup export --for bea -o "$WORK/for-bea.jsonl"
    setup export --for karin -o "$WORK/for-karin.jsonl"
    for file in for-bea for-karin; do
        ! grep -q "A handover at the morning round\|Nervous at first" "$WORK/$file.jsonl" \
            || fail "$file holds a reflection's text"
    done
    ! grep -q '"kind":"reflection"' "$WORK/for-bea.jsonl" || fail "the partner got the reflection"
    # Staff see that there is a reflection, when, and which stages are written: not the words.
    expect_equal "$(grep '"kind":"reflection"' "$WORK/for-karin.jsonl" | jq -c '[.text, .answered]')" \
        '[null,["description","feelings"]]'
    ! grep -q "Calm voice\|Ali leads" "$WORK/for-karin.jsonl" || fail "staff got feedback or briefing texts"
    grep -q "Bea observed my handover" "$WORK/for-karin.jsonl" || fail "staff did not get the log"
    setup export --for karin --include reflections -o "$WORK/with.jsonl"
    grep -q "A handover at the morning round." "$WORK/with.jsonl" || fail "--include reflections left it out"
    ! grep -q "Calm voice" "$WORK/with.jsonl" || fail "--include reflections sent feedback too"
    run export --for karin --include diaries
    expect_status 2
    expect_err_contains "diaries"
    run export --include reflections
    expect_status 2
}

test_every_export_follows_the_schema() {
    ali_and_bea
    for who in bea karin; do
        run export --for "$who"
        expect_valid_lines export.schema.json
    done
    run export --for karin --include reflections,feedback,briefings --since 2026-01-01
    expect_valid_lines export.schema.json
}

test_a_second_import_of_the_same_file_changes_nothing_and_says_so() {
    ali_and_bea
    setup export --for bea -o "$WORK/for-bea.jsonl"
    as_bea setup import "$WORK/for-bea.jsonl"
    local before
    before=$(sqlite3 "$BEA" "SELECT count(*) FROM feedback; SELECT count(*) FROM briefing; SELECT count(*) FROM log_entry; SELECT count(*) FROM person")
    as_bea run import "$WORK/for-bea.jsonl"
    expect_status 0
    expect_out_contains "Nothing changed"
    expect_equal "$(sqlite3 "$BEA" "SELECT count(*) FROM feedback; SELECT count(*) FROM briefing; SELECT count(*) FROM log_entry; SELECT count(*) FROM person")" "$before"
    as_bea run --json import "$WORK/for-bea.jsonl"
    expect_valid output/import-exports.schema.json
    expect_json .added 0
    expect_json .written false
}

test_a_deletion_travels() {
    ali_and_bea
    setup export --for bea -o "$WORK/first.jsonl"
    as_bea setup import "$WORK/first.jsonl"
    setup feedback delete 1 --yes
    setup export --for bea -o "$WORK/second.jsonl"
    grep -q '"kind":"tombstone"' "$WORK/second.jsonl" || fail "the export lacks the tombstone"
    as_bea run import "$WORK/second.jsonl"
    expect_status 0
    expect_out_contains "1 deleted"
    expect_equal "$(sqlite3 "$BEA" "SELECT count(*) FROM feedback")" 0
    expect_equal "$(sqlite3 "$BEA" "SELECT kind FROM tombstone")" feedback
    as_bea run search chart
    expect_out_lacks "feedback"
    # The older file again: what was deleted stays deleted.
    as_bea run import "$WORK/first.jsonl"
    expect_status 0
    expect_equal "$(sqlite3 "$BEA" "SELECT count(*) FROM feedback")" 0
}

test_the_round_trip_through_an_empty_journal_loses_nothing() {
    ali_and_bea
    setup feedback delete 1 --yes
    setup export -o "$WORK/first.jsonl"
    PEER_JOURNAL="$WORK/restored.db" setup init
    PEER_JOURNAL="$WORK/restored.db" setup import "$WORK/first.jsonl"
    PEER_JOURNAL="$WORK/restored.db" setup export -o "$WORK/second.jsonl"
    expect_equal "$(records_of "$WORK/second.jsonl")" "$(records_of "$WORK/first.jsonl")"
    expect_equal "$(head -1 "$WORK/second.jsonl" | jq -r .owner)" ali
    # The restored journal is Ali's and works as his.
    PEER_JOURNAL="$WORK/restored.db" run activity history
    expect_out_contains "SUR-SBAR-01"
    PEER_JOURNAL="$WORK/restored.db" run search "morning round"
    expect_out_contains "reflection 1"
}

test_a_newer_change_updates_and_an_older_one_is_a_conflict() {
    ali_and_bea
    setup export --for bea -o "$WORK/first.jsonl"
    as_bea setup import "$WORK/first.jsonl"
    # The file, changed later by its author (a newer version of the feedback)...
    jq -c 'if .kind == "feedback" then .text.how = "Take the chart with you" | .updated = "2099-01-01T00:00:00Z" else . end' \
        "$WORK/first.jsonl" >"$WORK/newer.jsonl"
    as_bea run import "$WORK/newer.jsonl"
    expect_status 0
    expect_out_contains "1 updated"
    expect_equal "$(sqlite3 "$BEA" "SELECT how FROM feedback")" "Take the chart with you"
    # ...and a version older than the journal's, which is kept and reported.
    jq -c 'if .kind == "feedback" then .text.how = "Something older" | .updated = "2000-01-01T00:00:00Z" else . end' \
        "$WORK/first.jsonl" >"$WORK/older.jsonl"
    as_bea run import --dry-run "$WORK/older.jsonl"
    expect_status 0
    expect_err_contains "older.jsonl:"
    expect_err_contains "conflict: feedback"
    as_bea run import "$WORK/older.jsonl"
    expect_out_contains "1 conflicts"
    expect_equal "$(sqlite3 "$BEA" "SELECT how FROM feedback")" "Take the chart with you"
}

test_what_the_owner_wrote_is_never_overwritten_by_someone_elses_file() {
    ali_and_bea
    setup export -o "$WORK/ali.jsonl"
    # Bea's file claiming a newer version of Ali's reflection, and deleting his log entry.
    local uuid entry
    uuid=$(sqlite3 "$ALI" "SELECT uuid FROM reflection")
    entry=$(sqlite3 "$ALI" "SELECT uuid FROM log_entry")
    {
        head -1 "$WORK/ali.jsonl" | jq -c '.owner = "bea"'
        tail -n +2 "$WORK/ali.jsonl" | jq -c 'if .kind == "reflection" then .text.feelings = "Not mine" | .updated = "2099-01-01T00:00:00Z" else . end'
        printf '{"kind":"tombstone","uuid":"%s","author":null,"created":"2099-01-01T00:00:00Z","updated":"2099-01-01T00:00:00Z","of":"log_entry","allowed":[]}\n' "$entry"
    } >"$WORK/from-bea.jsonl"
    run import --dry-run "$WORK/from-bea.jsonl"
    expect_status 0
    expect_err_contains "you wrote it"
    expect_err_contains "it deletes what you wrote"
    run import "$WORK/from-bea.jsonl"
    expect_out_contains "2 conflicts"
    expect_equal "$(sqlite3 "$ALI" "SELECT feelings FROM reflection WHERE uuid = '$uuid'")" "Nervous at first."
    expect_equal "$(sqlite3 "$ALI" "SELECT count(*) FROM log_entry")" 1
}

test_staff_import_the_log_and_keep_no_texts() {
    ali_and_bea
    setup export --for karin -o "$WORK/for-karin.jsonl"
    PEER_JOURNAL="$WORK/teacher.db" run import "$WORK/for-karin.jsonl"
    expect_status 0
    expect_out_contains "3 without texts"
    expect_equal "$(sqlite3 "$WORK/teacher.db" "SELECT note FROM log_entry")" "Bea observed my handover"
    expect_equal "$(sqlite3 "$WORK/teacher.db" "SELECT count(*) FROM reflection") $(sqlite3 "$WORK/teacher.db" "SELECT count(*) FROM feedback")" "0 0"
}

test_since_exports_what_changed_with_what_it_needs() {
    ali_and_bea
    setup activity log SUR-SBAR-01 --mode observe --date 2026-11-06
    sqlite3 "$ALI" "UPDATE log_entry SET created_at = '2026-11-05T10:00:00Z', updated_at = NULL WHERE id = 1;
                    UPDATE reflection SET updated_at = '2026-11-05T10:00:00Z';
                    UPDATE feedback SET created_at = '2026-11-05T10:00:00Z', updated_at = NULL;
                    UPDATE briefing SET created_at = '2026-11-05T10:00:00Z', updated_at = NULL;"
    run export --since "$(date +%F)"
    expect_status 0
    expect_json_lines .since "$(date +%F)"
    expect_equal "$(tail -n +2 "$WORK/stdout" | jq -r 'select(.kind == "log_entry") | .date')" 2026-11-06
    grep -q '"kind":"activity"' "$WORK/stdout" || fail "the entry's activity is not in the export"
    ! grep -q '"kind":"reflection"' "$WORK/stdout" || fail "an older reflection is in the export"
}

test_an_export_for_someone_the_journal_cannot_serve_is_refused() {
    ali_and_bea
    run export --for nobody
    expect_status 1
    expect_err_contains "nobody"
    setup person add cem --student --name "Cem Yilmaz"
    run export --for cem
    expect_status 1
    expect_err_contains "not your partner"
    expect_err_contains "bea"
    run export --for ali
    expect_status 1
    expect_err_contains "leave out --for"
}

# bad_import NAME: imports $WORK/NAME.jsonl into Bea's journal and expects it refused, with
# nothing written.
bad_import() {
    local before
    before=$(sqlite3 "$BEA" "SELECT (SELECT count(*) FROM feedback) || (SELECT count(*) FROM log_entry) || (SELECT count(*) FROM briefing)")
    as_bea run import "$WORK/$1.jsonl"
    expect_status 1
    expect_err_contains "nothing was imported"
    expect_equal "$(sqlite3 "$BEA" "SELECT (SELECT count(*) FROM feedback) || (SELECT count(*) FROM log_entry) || (SELECT count(*) FROM briefing)")" "$before"
}

test_bad_exports_are_refused_at_their_line_and_nothing_is_written() {
    ali_and_bea
    setup export --for bea -o "$WORK/good.jsonl"
    local lines
    lines=$(wc -l <"$WORK/good.jsonl")
    head -c -40 "$WORK/good.jsonl" >"$WORK/truncated.jsonl"
    bad_import truncated
    expect_err_contains "truncated.jsonl:$lines:1: error[FMT-SYNTAX]: the file ends inside a record"
    { cat "$WORK/good.jsonl"; echo "not json"; } >"$WORK/garbage.jsonl"
    bad_import garbage
    expect_err_contains "garbage.jsonl:$((lines + 1)):1: error[FMT-SYNTAX]"
    sed '2s/"kind":"person"/"kind":"diary"/' "$WORK/good.jsonl" >"$WORK/unknown.jsonl"
    bad_import unknown
    expect_err_contains "unknown.jsonl:2:"
    expect_err_contains "one of person, placement"
    sed '1s/"version":1/"version":7/' "$WORK/good.jsonl" >"$WORK/newer.jsonl"
    bad_import newer
    expect_err_contains "newer.jsonl:1:1: error[FMT-VALUE]: the export is of version 7"
    expect_err_contains "update peer"
    sed '2s/"name":"[^"]*",//' "$WORK/good.jsonl" >"$WORK/missing.jsonl"
    bad_import missing
    expect_err_contains "missing.jsonl:2:1: error[FMT-REQUIRED]: the record has no \`name\`"
    sed 's/"mode":"perform"/"mode":"juggle"/' "$WORK/good.jsonl" >"$WORK/mode.jsonl"
    bad_import mode
    expect_err_contains "error[FMT-VALUE]: \`mode\` must be one of perform"
    sed 's/ht26-kir-avd12/vt27-med-avd3/g' "$WORK/good.jsonl" >"$WORK/elsewhere.jsonl"
    bad_import elsewhere
    expect_err_contains "elsewhere.jsonl:1:1: error[FMT-REFERENCE]: the export is of placement vt27-med-avd3"
    as_bea run import "$WORK/good.jsonl" "$WORK/good.jsonl"
    expect_status 1
    expect_err_contains "good.jsonl:1:1: error[FMT-DUPLICATE]: this is the same export as"
    expect_equal "$(sqlite3 "$BEA" "SELECT count(*) FROM feedback")" 0
    sed 's/Read them from the chart first/Call 070-123 45 67 first/' "$WORK/good.jsonl" >"$WORK/phone.jsonl"
    bad_import phone
    expect_err_contains "phone.jsonl:"
    expect_err_contains "\`how\`"
    expect_err_lacks "070-123 45 67"
    grep -v '"kind":"log_entry"' "$WORK/good.jsonl" >"$WORK/partial.jsonl"
    bad_import partial
    expect_err_contains "error[FMT-REFERENCE]: \`entry\` refers to"
    : >"$WORK/empty.jsonl"
    bad_import empty
    expect_err_contains "empty.jsonl:1:1: error[FMT-SYNTAX]: the file is empty"
    as_bea run import "$WORK/nowhere.jsonl"
    expect_status 1
    expect_err_contains "nowhere.jsonl"
}

test_messages_are_in_swedish_too() {
    ali_and_bea
    setup export --for bea -o "$WORK/good.jsonl"
    as_bea run --lang sv import "$WORK/good.jsonl"
    expect_out_contains "Importerade"
    as_bea run --lang sv import "$WORK/good.jsonl"
    expect_out_contains "Inget ändrades"
    head -c -40 "$WORK/good.jsonl" >"$WORK/truncated.jsonl"
    as_bea run --lang sv import "$WORK/truncated.jsonl"
    expect_err_contains "filen slutar mitt i en post"
    expect_err_contains "inget importerades"
}

run_tests
