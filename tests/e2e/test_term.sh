#!/usr/bin/env bash
# peer term check | apply | list | show | handout | join: placement files end to end.
source "$(dirname "$0")/lib.sh"

PLACEMENT="$EXAMPLES/placement.toml"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

# A copy of the example with one edit made by sed.
edited() {
    sed "$1" "$PLACEMENT" >"$WORK/edited.toml"
}

# An error near the novice Ida's team (her team partner Helena's key, a student id in their pair,
# a student's unknown key) is reported where it is; Ida's SUP-EXPERIENCE is not judged, never
# failed at Ida's line.
test_a_format_error_near_a_team_does_not_blame_the_novice() {
    local edit
    for edit in '/^id = "helena"/,/^in_profession_since/s/^supervisor_training/supervisor_traning/' \
        's/students = \["jonna", "klara"\]/students = ["jonna", "klaara"]/' \
        '/^id = "klara"/a nickname = "K"'; do
        edited "$edit"
        run term check "$WORK/edited.toml"
        expect_status 1
        expect_err_lacks "error[SUP-EXPERIENCE]"
        expect_err_contains "edited.toml:152:23: warning[SUP-EXPERIENCE]: ida: not judged: new in the profession, ida needs a team, and the team of the pair"
    done
    expect_err_contains "error[FMT-KEY]: unknown key \`student.nickname\`"
    # Helena is experienced enough alone: her verdict stands, and is not doubted.
    expect_err_lacks "helena: not judged"
    # A novice on the staff who supervises no pair is no error.
    edited 's/supervisors = \["helena", "ida"\]/supervisors = ["helena"]/'
    run term check "$WORK/edited.toml"
    expect_status 0
    expect_err_lacks "SUP-EXPERIENCE"
    run --json term check "$WORK/edited.toml"
    expect_json '[.files[0].diagnostics[] | select(.id == "SUP-EXPERIENCE")] | length' 0
}

test_the_example_checks_clean() {
    run term check "$PLACEMENT"
    expect_status 0
    expect_out_contains "placement.toml: 0 error(s), 1 warning(s) (10 staff, 13 students, 6 pairs)"
    expect_err_contains "warning[PAIR-SIZE]: cem+dana+emil: 3 students, for a stated reason"
}

test_the_broken_example_reports_exactly_what_its_expected_file_says() {
    (cd "$EXAMPLES" && "$PEER" term check placement-broken.toml >"$WORK/got" 2>&1)
    status=$?
    expect_status 1
    diff "$EXAMPLES/placement-broken.expected" "$WORK/got" >"$WORK/diff" \
        || fail "the output differs from placement-broken.expected: $(cat "$WORK/diff")"
    for id in FMT-KEY FMT-VALUE FMT-REFERENCE FMT-DUPLICATE SUP-TRAINING SUP-EXPERIENCE \
        PAIR-SUPERVISED PAIR-SIZE CT-NO-EXAM; do
        grep -q "error\[$id\]" "$WORK/got" || fail "no $id in the broken example's output"
    done
}

test_check_json() {
    run --json term check "$PLACEMENT" "$EXAMPLES/placement-broken.toml"
    expect_status 1
    expect_valid output/term-check.schema.json
    expect_json '.files[0].errors' 0
    expect_json '.files[1].errors' 12
    expect_json '.files[1].diagnostics[0].line' 35
    expect_json '.files[1].diagnostics[0].id' CT-NO-EXAM
}

test_check_needs_no_journal_and_writes_nothing() {
    run term check "$PLACEMENT"
    [ ! -e "$PEER_JOURNAL" ] || fail "term check created a journal"
}

test_check_in_swedish() {
    run --lang sv term check "$EXAMPLES/placement-broken.toml"
    expect_err_contains "fel[SUP-TRAINING]: sofia: handledarutbildningen är ingen"
    expect_out_contains "12 fel, 0 varning(ar)"
}

test_bad_files_give_positioned_errors() {
    printf '' >"$WORK/empty.toml"
    run term check "$WORK/empty.toml"
    expect_status 1
    expect_err_contains "error[FMT-REQUIRED]: \`placement\` is missing"

    printf '[placement\nid = "x"\n' >"$WORK/syntax.toml"
    run term check "$WORK/syntax.toml"
    expect_status 1
    expect_err_contains "syntax.toml:1:"
    expect_err_contains "error[FMT-SYNTAX]"

    edited 's/^title = .*/title = "Kirurgisk vård, G\xe4vle"/'
    run term check "$WORK/edited.toml"
    expect_status 1
    expect_err_contains "error[FMT-ENCODING]: the file is not UTF-8 (byte 0xE4)"

    edited 's/^programme_term = 4/programme_term = 7/'
    run term check "$WORK/edited.toml"
    expect_err_contains "\`placement.programme_term\` is 1 to 6, not 7"

    edited 's/^end = .*/end = 2026-10-01/'
    run term check "$WORK/edited.toml"
    expect_err_contains "the placement ends (2026-10-01) before it starts (2026-11-02)"

    edited 's/^examiner = .*/examiner = "nobody"/'
    run term check "$WORK/edited.toml"
    expect_err_contains "error[FMT-REFERENCE]: the examiner \"nobody\" is not among the staff"

    run term check "$WORK/no-such-file.toml"
    expect_status 1
    expect_err_contains "cannot read $WORK/no-such-file.toml"
}

test_a_rule_set_named_by_the_file_is_used() {
    printf '[supervisor]\nmin_years_in_profession = 30\n' >"$WORK/strict.toml"
    sed 's/^\[placement\]/[placement]\nrules = "strict.toml"/' "$PLACEMENT" >"$WORK/ruled.toml"
    run term check "$WORK/ruled.toml"
    expect_status 1
    expect_err_contains "error[SUP-EXPERIENCE]"
    printf '[supervisor]\nmin_year = 30\n' >"$WORK/strict.toml"
    run term check "$WORK/ruled.toml"
    expect_status 1
    expect_err_contains "strict.toml:2:1: error[FMT-KEY]"
}

test_apply_writes_the_placement() {
    setup init
    run term apply "$PLACEMENT"
    expect_status 0
    expect_out_contains "added placement ht26-kir-avd12"
    expect_out_contains "added pair ali+bea"
    expect_equal "$(rows "SELECT count(*) FROM placement_student")" 13
    expect_equal "$(rows "SELECT count(*) FROM placement_staff")" 10
    expect_equal "$(rows "SELECT count(*) FROM pair")" 6
    expect_equal "$(rows "SELECT p.handle FROM placement pl JOIN person p ON p.id = pl.examiner_id")" lena
}

test_apply_again_changes_nothing() {
    setup init
    setup term apply "$PLACEMENT"
    local before
    before=$(rows "SELECT group_concat(uuid) FROM pair")
    run term apply "$PLACEMENT"
    expect_status 0
    expect_out_contains "ht26-kir-avd12: the journal already holds this placement; nothing changed."
    expect_equal "$(rows "SELECT group_concat(uuid) FROM pair")" "$before"
}

test_apply_an_edited_file_reports_what_changed() {
    setup init
    setup term apply "$PLACEMENT"
    # One supervisor takes advanced supervisor training.
    sed -e '0,/^supervisor_training = "basic"/s//supervisor_training = "advanced"/' "$PLACEMENT" >"$WORK/edited.toml"
    run term apply "$WORK/edited.toml"
    expect_status 0
    expect_out_contains "changed staff"
    expect_out_contains "applied 1 change(s)"
}

test_apply_removes_a_student_who_has_nothing() {
    setup init
    setup term apply "$PLACEMENT"
    # Drop the last pair and its students from the file.
    /usr/bin/python3 - "$PLACEMENT" "$WORK/smaller.toml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
pairs = text.split("[[pair]]")
last = pairs[-1]
students = re.search(r'students = \[(.*?)\]', last).group(1)
ids = [s.strip().strip('"') for s in students.split(",")]
text = "[[pair]]".join(pairs[:-1])
for sid in ids:
    text = re.sub(r'\[\[student\]\]\nid = "%s"\nname = "[^"]*"\n' % sid, "", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
    run term check "$WORK/smaller.toml"
    expect_status 0
    run term apply "$WORK/smaller.toml"
    expect_status 0
    expect_out_contains "removed student"
    expect_out_contains "removed pair"
    expect_equal "$(rows "SELECT count(*) FROM placement_student")" 11
}

test_apply_refuses_to_lose_log_entries_and_archive_keeps_them() {
    setup init
    setup term apply "$PLACEMENT"
    sqlite3 "$PEER_JOURNAL" "INSERT INTO activity (uuid, code, title) VALUES ('a1', 'WOUND-1', 'Wound care');
        INSERT INTO log_entry (uuid, date, activity_id, mode, author_id)
        SELECT 'l1', '2026-11-03', 1, 'perform', id FROM person WHERE handle = 'ali';"
    sed -e 's/^students = \["ali", "bea"\]/students = ["bea", "ali"]/' "$PLACEMENT" >"$WORK/same.toml"
    run term apply "$WORK/same.toml"
    expect_status 0
    expect_out_contains "nothing changed"
    # Now Noah takes Ali's place.
    /usr/bin/python3 - "$PLACEMENT" "$WORK/without-ali.toml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace('students = ["ali", "bea"]', 'students = ["bea", "noah"]')
text = text.replace('id = "ali"\nname = "Ali Haddad"', 'id = "noah"\nname = "Noah Berg"')
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
    run term check "$WORK/without-ali.toml"
    expect_status 0
    run term apply "$WORK/without-ali.toml"
    expect_status 1
    expect_err_contains "removing student ali would lose 1 log entries, 0 reflections and 0 feedback"
    expect_err_contains "nothing was written"
    expect_equal "$(rows "SELECT count(*) FROM placement_student WHERE archived_at IS NULL")" 13
    run term apply --archive "$WORK/without-ali.toml"
    expect_status 0
    expect_out_contains "archived student ali"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
    expect_equal "$(rows "SELECT count(*) FROM placement_student WHERE archived_at IS NOT NULL")" 1
}

# Ali's pair has a log entry, and a copy of the example in which Noah takes Ali's place.
log_for_ali_and_replace_him() {
    sqlite3 "$PEER_JOURNAL" "INSERT INTO activity (uuid, code, title) VALUES ('a1', 'WOUND-1', 'Wound care');
        INSERT INTO log_entry (uuid, date, activity_id, mode, author_id)
        SELECT 'l1', '2026-11-03', 1, 'perform', id FROM person WHERE handle = 'ali';" \
        || { fail "could not log an entry for ali"; exit 1; }
    sed -e 's/students = \["ali", "bea"\]/students = ["bea", "noah"]/' \
        -e 's/^id = "ali"$/id = "noah"/' -e 's/^name = "Ali Haddad"$/name = "Noah Berg"/' \
        "$PLACEMENT" >"$WORK/without-ali.toml"
    setup term check "$WORK/without-ali.toml"
}

test_apply_json_follows_its_schema_when_it_adds_changes_nothing_is_refused_and_archives() {
    setup init
    run --json term apply "$PLACEMENT"
    expect_status 0
    expect_valid output/term-apply.schema.json
    expect_json .placement ht26-kir-avd12
    expect_json .applied true
    expect_json '.changes | map(select(.what == "placement")) | map("\(.change) \(.id)") | join(",")' \
        "added ht26-kir-avd12"
    expect_json '.changes | map(select(.what == "staff" and .change == "added")) | length' 10
    expect_json '.changes | map(select(.what == "student" and .change == "added")) | length' 13
    expect_json '.changes | map(select(.what == "pair" and .change == "added")) | length' 6
    expect_json '.changes | map(select(.what == "pair" and .id == "ali+bea")) | length' 1

    run --json term apply "$PLACEMENT"
    expect_status 0
    expect_valid output/term-apply.schema.json
    expect_json .applied true
    expect_json '.changes | length' 0

    log_for_ali_and_replace_him
    run --json term apply "$WORK/without-ali.toml"
    expect_status 1
    expect_valid output/term-apply.schema.json
    expect_json .applied false
    expect_json '.changes | length' 0
    expect_err_contains "removing student ali would lose 1 log entries"

    run --json term apply --archive "$WORK/without-ali.toml"
    expect_status 0
    expect_valid output/term-apply.schema.json
    expect_json .applied true
    expect_json '.changes | map("\(.change) \(.what) \(.id)") | sort | join(",")' \
        "added pair bea+noah,added student noah,archived student ali,removed pair ali+bea"
}

test_join_json_follows_the_apply_schema() {
    setup init
    setup term apply "$PLACEMENT"
    setup term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    export PEER_JOURNAL="$WORK/ali.db"
    setup init
    run --json term join "$WORK/ali.toml"
    expect_status 0
    expect_valid output/term-apply.schema.json
    expect_json .placement ht26-kir-avd12
    expect_json .applied true
    expect_json '.changes | map(select(.what == "student")) | map(.id) | sort | join(",")' "ali,bea"
    run --json term join "$WORK/ali.toml"
    expect_valid output/term-apply.schema.json
    expect_json '.changes | length' 0
}

test_apply_with_errors_writes_nothing() {
    setup init
    run term apply "$EXAMPLES/placement-broken.toml"
    expect_status 1
    expect_err_contains "has errors; nothing was written"
    expect_equal "$(rows "SELECT count(*) FROM person")" 0
}

test_list_and_show() {
    setup init
    setup term apply "$PLACEMENT"
    run term list
    expect_out_contains "ht26-kir-avd12       2026-11-02 – 2026-12-11"
    run term show ht26-kir-avd12
    expect_out_contains "examiner: lena"
    expect_out_contains "ali + bea"
    run --json term show ht26-kir-avd12
    expect_valid output/term-show.schema.json
    expect_json '.pairs | length' 6
    expect_json '.placement.level' basic
    run term show nothing-here
    expect_status 1
    expect_err_contains "there is no placement 'nothing-here'"
}

test_handout_holds_only_what_the_student_needs() {
    setup init
    setup term apply "$PLACEMENT"
    run term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    expect_status 0
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/toml_to_json.py" "$WORK/ali.toml" >"$WORK/ali.json"
    expect_equal "$(jq -r .handout.student "$WORK/ali.json")" ali
    expect_equal "$(jq -r '[.staff[].id] | sort | join(",")' "$WORK/ali.json")" "karin,lena"
    jq -r '[.student[].id] | sort | join(",")' "$WORK/ali.json" >"$WORK/students"
    expect_equal "$(cat "$WORK/students")" "ali,bea"
    # No other student's id or name anywhere in the file.
    for other in $(jq -r '.student[].id' <(/usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/toml_to_json.py" "$PLACEMENT")); do
        case "$other" in ali | bea) continue ;; esac
        grep -qw "$other" "$WORK/ali.toml" && fail "the handout names another student: $other"
    done
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/validate_json.py" \
        "$PEER_SOURCE_DIR/schemas/placement.schema.json" "$WORK/ali.json" \
        || fail "the handout does not follow the placement schema"
}

# A handout is written whole or not at all: a place it cannot be written leaves the old file as
# it was and nothing half-written beside it.
test_a_handout_that_cannot_be_written_leaves_the_old_one_whole() {
    setup init
    setup term apply "$PLACEMENT"
    run term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    expect_status 0
    local before
    before=$(checksum "$WORK/ali.toml")
    run term handout ht26-kir-avd12 --student ali -o "$WORK/missing/ali.toml"
    expect_status 1
    expect_err_contains "cannot write $WORK/missing/ali.toml: No such file or directory; check that its folder exists"
    chmod 0500 "$WORK"
    run term handout ht26-kir-avd12 --student bea -o "$WORK/ali.toml"
    chmod 0700 "$WORK"
    # root may write anywhere; for anyone else the write is refused and the old file stays.
    if [ "$(id -u)" -ne 0 ]; then
        expect_status 1
        expect_equal "$(checksum "$WORK/ali.toml")" "$before"
    fi
    expect_equal "$(find "$WORK" -maxdepth 1 -name '.ali.toml.*' | wc -l)" 0
    # A handout names people: it is private to whoever wrote it, whatever the umask.
    expect_equal "$(mode_of "$WORK/ali.toml")" 600
    (umask 000 && "$PEER" term handout ht26-kir-avd12 --student ali -o "$WORK/open.toml") \
        || fail "the handout was not written under umask 000"
    expect_equal "$(mode_of "$WORK/open.toml")" 600
}

test_join_a_handout_in_a_second_journal() {
    setup init
    setup term apply "$PLACEMENT"
    run term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    export PEER_JOURNAL="$WORK/ali.db"
    setup init
    run term join "$WORK/ali.toml"
    expect_status 0
    expect_out_contains "added student ali"
    expect_equal "$(rows "SELECT value FROM journal_meta WHERE key = 'owner'")" ali
    expect_equal "$(rows "SELECT group_concat(handle) FROM (SELECT handle FROM person WHERE kind = 'student' ORDER BY handle)")" "ali,bea"
    expect_equal "$(rows "SELECT count(*) FROM pair")" 1
    run term join "$WORK/ali.toml"
    expect_out_contains "nothing changed"
    # Bea's handout does not belong in Ali's journal.
    PEER_JOURNAL="$WORK/journal.db" run term handout ht26-kir-avd12 --student bea -o "$WORK/bea.toml"
    run term join "$WORK/bea.toml"
    expect_status 1
    expect_err_contains "this journal is ali's, and bea joins; join in bea's own journal"
}

# Re-paired during the placement: Ali's re-issued handout archives his old pair, which has his
# log, when he says so, as the refusal suggests.
test_join_a_reissued_handout_with_archive() {
    setup init
    setup term apply "$PLACEMENT"
    setup term handout ht26-kir-avd12 --student ali -o "$WORK/ali.toml"
    export PEER_JOURNAL="$WORK/ali.db"
    setup init
    setup term join "$WORK/ali.toml"
    setup activity add WOUND-1 --title "Wound care"
    setup activity log WOUND-1 --mode perform --date 2026-11-03
    sed -e 's/^students = \["ali", "bea"\]/students = ["ali", "frida"]/' \
        -e 's/^students = \["frida", "gustav"\]/students = ["bea", "gustav"]/' \
        "$PLACEMENT" >"$WORK/repaired.toml"
    PEER_JOURNAL="$WORK/journal.db" setup term apply "$WORK/repaired.toml"
    PEER_JOURNAL="$WORK/journal.db" setup term handout ht26-kir-avd12 --student ali -o "$WORK/ali2.toml"
    run term join "$WORK/ali2.toml"
    expect_status 1
    expect_err_contains "pass --archive"
    run term join --archive "$WORK/ali2.toml"
    expect_status 0
    expect_out_contains "archived pair ali+bea"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 1
}

# Every option a message of peer suggests is one that some command accepts.
test_every_option_a_message_suggests_exists() {
    local accepted
    accepted=$({ "$PEER" --help; for command in $("$PEER" --help | awk '/^Subcommands/{on=1; next} on && /^  [a-z]/{print $1}'); do
        "$PEER" "$command" --help
        for sub in $("$PEER" "$command" --help | awk '/^Subcommands/{on=1; next} on && /^  [a-z]/{print $1}'); do
            "$PEER" "$command" "$sub" --help
        done
    done; } 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u)
    local suggested option
    suggested=$(grep -rhoE -- '(pass|with|ange|give|use|leave out|utelämna) `?--[a-z][a-z-]+' \
        "$PEER_SOURCE_DIR/lib" "$PEER_SOURCE_DIR/cli" | grep -oE -- '--[a-z][a-z-]+' | sort -u)
    [ -n "$suggested" ] || fail "no suggested option found in the sources"
    for option in $suggested; do
        grep -qxF -- "$option" <<<"$accepted" || fail "a message suggests $option, which no command accepts"
    done
}

test_join_refuses_a_whole_placement_file() {
    setup init
    run term join "$PLACEMENT"
    expect_status 1
    expect_err_contains "is a whole placement file, not a student's handout"
}

run_tests
