#!/usr/bin/env bash
# peer export --format xapi|xapi-lines: the same records as xAPI statements for a Learning Record
# Store (docs/xapi.md), each checked against the rules of xAPI 1.0.3 by tests/tools/check_xapi.py.
source "$(dirname "$0")/lib.sh"

# Ali's journal of the example placement with the catalogue: an SBAR handover he performed with
# Bea, one he observed (deleted afterwards, so a tombstone), feedback to Bea and a reflection.
ali_logs_reflects_and_gives_feedback() {
    join_example_placement_as ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-SBAR-01 --mode perform --patients 2 --presence partial --date 2026-11-05 \
        --note "Bea observed my handover"
    setup activity log SUR-SBAR-01 --mode observe --date 2026-11-06
    setup feedback give --to bea --entry 1 --date 2026-11-05 --strength "Calm voice at the bedside" \
        --situation "The morning round" --improve "Vital signs came last" \
        --how "Read them from the chart first"
    printf '## Description\nA handover at the morning round.\n## Feelings\nNervous at first.\n' \
        >"$WORK/reflection.md"
    setup reflect --entry 1 --from "$WORK/reflection.md"
}

# check_xapi FILE [--lines]: every statement of FILE follows the rules of xAPI and peer's own.
check_xapi() {
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/check_xapi.py" "${@:2}" "$1" \
        >"$WORK/checked" 2>"$WORK/check_errors" \
        || fail "$1 breaks the rules of xAPI: $(cat "$WORK/check_errors")"
}

ids_of() { jq -r '.[].id' "$1"; }

test_both_formats_follow_the_rules_of_xapi() {
    ali_logs_reflects_and_gives_feedback
    setup activity delete-entry 2 --yes
    run export --format xapi -o "$WORK/ali.json"
    expect_status 0
    expect_out_contains "Wrote 4 xAPI statements to $WORK/ali.json."
    expect_equal "$(mode_of "$WORK/ali.json")" 600
    check_xapi "$WORK/ali.json"
    expect_equal "$(cat "$WORK/checked")" "4 statements"
    run export --format xapi-lines
    expect_status 0
    out >"$WORK/ali.jsonl"
    check_xapi "$WORK/ali.jsonl" --lines
    # The same statements, one per line.
    expect_equal "$(jq -c . "$WORK/ali.jsonl")" "$(jq -c '.[]' "$WORK/ali.json")"
    expect_equal "$(jq -r '[.[].verb.id | sub(".*/"; "")] | join(",")' "$WORK/ali.json")" \
        "completed,commented,commented,voided"
}

test_a_log_entry_carries_mode_patients_and_presence_as_extensions() {
    ali_logs_reflects_and_gives_feedback
    run export --format xapi
    expect_status 0
    local ext='https://peer.invalid/xapi/extensions'
    expect_json ".[0].context.extensions[\"$ext/mode\"]" perform
    expect_json ".[0].context.extensions[\"$ext/patients\"]" 2
    expect_json ".[0].context.extensions[\"$ext/supervisor-presence\"]" partial
    expect_json ".[0].context.extensions[\"$ext/placement\"]" ht26-kir-avd12
    expect_json '.[0].object.id' https://peer.invalid/xapi/activities/SUR-SBAR-01
    expect_json '.[0].timestamp' 2026-11-05T12:00:00Z
    expect_json '.[1].verb.id' http://adlnet.gov/expapi/verbs/experienced
    expect_json '.[0].actor.account.name' ali
    expect_json '.[0].actor.account.homePage' https://peer.invalid/
    expect_json '[.[] | has("stored") or has("authority")] | any' false
}

test_statement_ids_are_stable_across_exports() {
    ali_logs_reflects_and_gives_feedback
    setup export --format xapi -o "$WORK/first.json"
    setup activity log SUR-SBAR-01 --mode together --date 2026-11-07
    setup export --format xapi -o "$WORK/second.json"
    # The statements of the first export again, with the same ids, and one more.
    expect_equal "$(comm -23 <(ids_of "$WORK/first.json" | sort) <(ids_of "$WORK/second.json" | sort))" ""
    expect_equal "$(jq length "$WORK/first.json") $(jq length "$WORK/second.json")" "4 5"
    # Derived from the records' uuids: uuid5(the namespace of docs/xapi.md, the uuid).
    local uuid expected
    uuid=$(sqlite3 "$PEER_JOURNAL" "SELECT uuid FROM log_entry WHERE id = 1")
    expected=$(/usr/bin/python3 -c "import uuid, sys; print(uuid.uuid5(uuid.UUID('466d3601-7dab-5180-ad95-838ae48df209'), sys.argv[1]))" "$uuid")
    expect_equal "$(jq -r '.[0].id' "$WORK/first.json")" "$expected"
    # The same bytes for the same records: nothing of the moment of the export.
    setup export --format xapi-lines -o "$WORK/a.jsonl"
    setup export --format xapi-lines -o "$WORK/b.jsonl"
    expect_equal "$(checksum "$WORK/a.jsonl")" "$(checksum "$WORK/b.jsonl")"
}

test_the_staff_cut_carries_no_text_unless_included() {
    ali_logs_reflects_and_gives_feedback
    run export --for karin --format xapi
    expect_status 0
    out >"$WORK/karin.json"
    check_xapi "$WORK/karin.json"
    ! grep -q "A handover at the morning round\|Nervous at first\|Calm voice" "$WORK/karin.json" \
        || fail "the staff cut holds a reflection's or feedback's text"
    # That there is a reflection, and which of its stages are written, still shows.
    expect_equal "$(jq -c '[.[] | select(.context.contextActivities.category[0].id | tostring | endswith("/reflection")) | .context.extensions["https://peer.invalid/xapi/extensions/answered"]]' "$WORK/karin.json")" \
        '[["description","feelings"]]'
    grep -q "Bea observed my handover" "$WORK/karin.json" || fail "the staff cut lacks the log"
    run export --for karin --include reflections --format xapi
    expect_status 0
    expect_out_contains "A handover at the morning round."
    expect_out_lacks "Calm voice"
    # The partner gets the feedback given to them, and no reflection.
    run export --for bea --format xapi-lines
    expect_status 0
    expect_out_contains "Calm voice at the bedside"
    expect_out_lacks "A handover at the morning round"
}

test_a_deletion_is_a_voiding_statement() {
    ali_logs_reflects_and_gives_feedback
    setup export --format xapi -o "$WORK/before.json"
    setup feedback delete 1 --yes
    setup export --format xapi -o "$WORK/after.json"
    check_xapi "$WORK/after.json"
    local voided
    voided=$(jq -r '.[] | select(.context.extensions["https://peer.invalid/xapi/extensions/recipient"]) | .id' "$WORK/before.json")
    [ -n "$voided" ] || fail "the first export has no feedback statement"
    expect_equal "$(jq -r '.[] | select(.verb.id == "http://adlnet.gov/expapi/verbs/voided") | .object.objectType + " " + .object.id' "$WORK/after.json")" \
        "StatementRef $voided"
    expect_equal "$(jq -r "[.[] | select(.id == \"$voided\")] | length" "$WORK/after.json")" 0
}

# The journal holds no e-mail address (the guard refuses them); the actor is an account.
test_no_one_is_named_by_an_e_mail_address() {
    ali_logs_reflects_and_gives_feedback
    for format in xapi xapi-lines; do
        run export --format "$format" --xapi-home https://lrs.example.org/
        expect_status 0
        expect_out_lacks "@"
        expect_out_lacks "mbox"
        expect_out_contains '"homePage":"https://lrs.example.org/","name":"ali"'
    done
}

test_a_bad_format_or_account_home_is_a_usage_error() {
    ali_logs_reflects_and_gives_feedback
    for home in "ftp://lrs.example.org/" "lrs.example.org" "https://ali@example.org/" "https://exa mple.org/"; do
        run export --format xapi --xapi-home "$home"
        expect_status 2
        expect_err_contains "--xapi-home: '$home' is not an account home for xAPI"
        expect_err_contains "absolute http or https"
        [ ! -s "$WORK/stdout" ] || fail "something was written for --xapi-home $home"
    done
    run --lang sv export --format xapi --xapi-home ftp://x
    expect_status 2
    expect_err_contains "är ingen kontohemsida för xAPI"
    run export --format tincan
    expect_status 2
    expect_err_contains "accepted: peer, xapi, xapi-lines"
    run --lang sv export --format tincan
    expect_err_contains "tillåtna: peer, xapi, xapi-lines"
    run export --xapi-home https://lrs.example.org/
    expect_status 2
}

test_what_was_written_is_said_in_both_languages_and_as_json() {
    ali_logs_reflects_and_gives_feedback
    run --lang sv export --format xapi -o "$WORK/ali.json"
    expect_status 0
    expect_out_contains "Skrev 4 xAPI-påståenden till"
    run --json export --for karin --format xapi-lines -o "$WORK/karin.jsonl"
    expect_status 0
    expect_valid output/export.schema.json
    expect_json .format xapi-lines
    expect_json .statements 4
    expect_json .withheld 2
    run --json export -o "$WORK/ali.peer.jsonl"
    expect_json .format peer
    expect_json .statements 0
    # In Swedish, the journal's texts are tagged sv-SE.
    expect_equal "$(jq -r '.[0].context.language' "$WORK/ali.json")" sv-SE
    run export --help
    expect_out_contains "--format xapi"
    expect_out_contains "--xapi-home"
}

# The checker itself refuses what an LRS refuses, so that the tests above prove something.
test_the_checker_refuses_statements_that_break_the_rules() {
    ali_logs_reflects_and_gives_feedback
    setup activity delete-entry 2 --yes
    setup export --format xapi -o "$WORK/good.json"
    local change
    for change in '.[0].stored = "2026-11-05T12:00:00Z"' '.[0].actor.mbox = "mailto:ali@example.org"' \
        '.[0].actor.account.homePage = "peer.invalid"' '.[0].verb.id = "completed"' \
        '.[0].verb.display = {"en_US": "completed"}' '.[1].id = .[0].id' \
        '.[0].result.completion = "yes"' '.[0].context.extensions = {"mode": "perform"}' \
        '.[0].timestamp = "2026-11-05"' '.[3].object = {"objectType": "Activity", "id": "x"}' \
        '.[0].object.definition.name = "SBAR"' '.[0].colour = "red"' 'del(.[0].verb)'; do
        jq "$change" "$WORK/good.json" >"$WORK/bad.json"
        ! /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/check_xapi.py" "$WORK/bad.json" 2>/dev/null >&2 \
            || fail "check_xapi.py took a statement changed by: $change"
    done
}

run_tests
