#!/usr/bin/env bash
# peer activity import: catalogues and logs from CSV, TOML and JSON Lines, all or nothing.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

test_the_example_catalogue_imports_and_again_changes_nothing() {
    setup init
    run activity import "$EXAMPLES/activities.csv" "$EXAMPLES/activities.toml"
    expect_status 0
    expect_out_contains "Imported 45 activities: 45 added, 0 updated, 0 unchanged."
    expect_equal "$(rows "SELECT count(*) FROM activity")" 45
    run activity import "$EXAMPLES/activities.csv" "$EXAMPLES/activities.toml"
    expect_out_contains "Imported 45 activities: 0 added, 0 updated, 45 unchanged."
}

test_the_example_log_imports() {
    join_example_placement_as_ali
    run activity import "$EXAMPLES/activities.csv" "$EXAMPLES/activities.toml"
    run activity import --log "$EXAMPLES/log.csv" "$EXAMPLES/log.jsonl"
    expect_status 0
    expect_out_contains "Imported 36 log entries: 36 added, 0 already in the journal."
    [ "$(rows "SELECT count(*) FROM log_entry")" -gt 20 ] || fail "too few entries imported"
    # The same files again change nothing.
    run activity import --log "$EXAMPLES/log.csv" "$EXAMPLES/log.jsonl"
    expect_status 0
    expect_out_contains "Imported 36 log entries: 0 added, 36 already in the journal."
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 36
    expect_equal "$(rows "SELECT count(DISTINCT partner_id) FROM log_entry")" 1
    run activity progress
    expect_out_contains "2026-11-13"
}

test_csv_as_spreadsheets_write_it() {
    setup init
    printf '\xef\xbb\xbfTitle;CODE;Outcomes;tags;what\r\n"Wound care; dressing";W-1;"LO1, LO2";wound;"Say ""hello""\r\nthen dress"\r\n' >"$WORK/sv.csv"
    run activity import "$WORK/sv.csv"
    expect_status 0
    run --json activity show W-1
    expect_json .title "Wound care; dressing"
    expect_json '.outcomes | join("|")' "LO1|LO2"
    expect_json .what 'Say "hello"
then dress'
}

# A unit's lists with Swedish headers, as a Swedish Excel saves them (semicolons).
test_swedish_column_names_are_taken_as_the_english_ones() {
    join_example_placement_as_ali
    printf 'Kod;TITEL;Vad;Hur;Varför;Lärandemål;Enhet;Taggar\nSUR-A;Sårvård;Lägga om;Sterilt;Infektion;LO1, LO2;Avd 12;sår\n' >"$WORK/katalog.csv"
    run activity import "$WORK/katalog.csv"
    expect_status 0
    run --json activity show SUR-A
    expect_json .why Infektion
    expect_json '.outcomes | join("|")' "LO1|LO2"
    printf 'Datum;Kod;Läge;Studiekamrat;Patienter;Närvaro;Anteckning\n2026-11-05;SUR-A;utföra;bea;2;delvis;Gick bra\n' >"$WORK/logg.csv"
    run activity import --log "$WORK/logg.csv"
    expect_status 0
    expect_equal "$(rows "SELECT date || ':' || mode || ':' || patients || ':' || presence || ':' || note FROM log_entry")" \
        "2026-11-05:perform:2:partial:Gick bra"
    printf 'Datum;Kod;Lage\n' >"$WORK/fel.csv"
    run activity import --log "$WORK/fel.csv"
    expect_status 1
    expect_err_contains "unknown column \`Lage\`"
}

# "CSV (semikolonavgränsad)" from Excel on a Swedish Windows is Windows-1252: refused as UTF-8
# with a hint that names the option, taken with it, headers and all, in every import format.
test_a_windows_1252_list_from_excel_imports_with_encoding() {
    join_example_placement_as_ali
    iconv -f UTF-8 -t WINDOWS-1252 >"$WORK/katalog.csv" <<'CSV'
Kod;Titel;Varför;Lärandemål
SUR-A;Sårvård på avdelning 12;Förebygga infektion – €0;LO1
CSV
    run activity import "$WORK/katalog.csv"
    expect_status 1
    expect_err_contains "katalog.csv:1:15: error[FMT-ENCODING]: the file is not UTF-8 (byte 0xF6), but it reads as Windows-1252, where that byte is 'ö'"
    expect_err_contains "import it with \`--encoding windows-1252\`"
    run --lang sv activity import "$WORK/katalog.csv"
    expect_err_contains "importera den med \`--encoding windows-1252\`"
    expect_equal "$(rows "SELECT count(*) FROM activity WHERE code = 'SUR-A'")" 0
    run activity import --encoding windows-1252 "$WORK/katalog.csv"
    expect_status 0
    expect_equal "$(rows "SELECT title || '|' || why FROM activity WHERE code = 'SUR-A'")" \
        "Sårvård på avdelning 12|Förebygga infektion – €0"
    run activity import --encoding WINDOWS-1252 "$WORK/katalog.csv"
    expect_out_contains "0 added, 0 updated, 1 unchanged"
    printf 'Datum;Kod;Läge;Anteckning\n2026-11-05;SUR-A;utföra;Gick bra, såret läkt\n' \
        | iconv -f UTF-8 -t LATIN1 >"$WORK/logg.csv"
    run activity import --log --encoding latin-1 "$WORK/logg.csv"
    expect_status 0
    expect_equal "$(rows "SELECT note FROM log_entry")" "Gick bra, såret läkt"
    printf '{"code": "SUR-B", "title": "Smärtskattning"}\n' | iconv -f UTF-8 -t WINDOWS-1252 >"$WORK/b.jsonl"
    printf '[[activity]]\ncode = "SUR-C"\ntitle = "Läkemedel"\n' | iconv -f UTF-8 -t WINDOWS-1252 >"$WORK/c.toml"
    run activity import --encoding cp1252 "$WORK/b.jsonl" "$WORK/c.toml"
    expect_status 0
    expect_equal "$(rows "SELECT group_concat(title, '|') FROM (SELECT title FROM activity WHERE code IN ('SUR-B', 'SUR-C') ORDER BY code)")" \
        "Smärtskattning|Läkemedel"
}

test_a_byte_that_is_no_character_of_the_encoding_is_placed_and_writes_nothing() {
    setup init
    printf 'code;title\nW-1;Wound\nW-2;Bad \x81 byte\n' >"$WORK/odd.csv"
    run activity import --encoding windows-1252 "$WORK/odd.csv"
    expect_status 1
    expect_err_contains "odd.csv:3:9: error[FMT-ENCODING]: byte 0x81 is no character of windows-1252"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
    run activity import --encoding ebcdic "$WORK/odd.csv"
    expect_status 2
    expect_err_contains "unknown value 'ebcdic'; accepted: utf-8, windows-1252, latin-1"
    run activity import "$WORK/odd.csv"
    expect_status 1
    expect_err_contains "this is not UTF-8 (byte 0x81); save the file as UTF-8"
    expect_err_lacks "windows-1252"
}

test_an_updated_catalogue_reports_its_changes() {
    setup init
    printf 'code,title\nA-1,First\nA-2,Second\n' >"$WORK/a.csv"
    run activity import "$WORK/a.csv"
    printf 'code,title\nA-1,First\nA-2,Second, revised\nA-3,Third\n' >"$WORK/b.csv"
    sed -i 's/Second, revised/"Second, revised"/' "$WORK/b.csv"
    run activity import "$WORK/b.csv"
    expect_out_contains "3 activities: 1 added, 1 updated, 1 unchanged."
}

test_every_bad_row_is_reported_and_nothing_written() {
    join_example_placement_as_ali
    printf 'code,title\nW-1,Wound care\n' >"$WORK/cat.csv"
    run activity import "$WORK/cat.csv"
    printf 'date;code;mode;patients;presence\n2026-11-02;W-1;perform;2;full\n2026-11-31;W-1;perform;2;full\n2026-11-03;NOPE;perform;2;full\n2026-11-04;W-1;watch;-1;sometimes\n2026-11-05;W-1;delegate;1;full\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "log.csv:3: error[FMT-VALUE]: column \`date\`: '2026-11-31' is not a date"
    expect_err_contains "log.csv:4: error[FMT-REFERENCE]: column \`code\`: there is no activity 'NOPE'"
    expect_err_contains "log.csv:5: error[FMT-VALUE]: column \`mode\`: 'watch' is not allowed"
    expect_err_contains "log.csv:5: error[FMT-VALUE]: column \`patients\`: '-1' is not a number of patients"
    expect_err_contains "log.csv:5: error[FMT-VALUE]: column \`presence\`: 'sometimes' is not allowed"
    expect_err_contains "log.csv:6: error[LOG-DELEGATION]"
    expect_err_contains "nothing was written"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
}

test_an_identifier_in_any_column_of_a_catalogue_is_refused_masked_and_nothing_written() {
    setup init
    printf 'code,title,unit,tags,outcomes\nW-1,Wound care,Avd 5 tel 070-123 45 67,wound,LO1\nW-2,Drains,Avd 5,"drain,19121212-1212",LO2\nW-3,Lines,Avd 5,line,"LO3,anna@example.se"\n' >"$WORK/cat.csv"
    run activity import "$WORK/cat.csv"
    expect_status 1
    expect_err_contains "cat.csv:2: error[PRIVACY-PHONE]: column \`unit\`: a phone number '070-123 ** **'"
    expect_err_contains "cat.csv:3: error[PRIVACY-PIN]: column \`tags\`: a personal identity number '19121212-****'"
    expect_err_contains "cat.csv:4: error[PRIVACY-EMAIL]: column \`outcomes\`"
    expect_err_contains "pass --allow-identifier with it as it is written"
    expect_err_lacks "45 67"
    expect_err_lacks "1212-1212"
    expect_err_lacks "anna@"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
}

test_an_allowed_identifier_imports_is_recorded_once_and_again_changes_nothing() {
    setup init
    printf 'code,title,unit\nW-1,Wound care,Avd 5 tel 070-123 45 67\n' >"$WORK/cat.csv"
    run activity import --allow-identifier "070-123 45 67" --allow-identifier "08-12 34 56" "$WORK/cat.csv"
    expect_status 0
    expect_err_contains "--allow-identifier '08-12 34 56': the text has no such identifier; it is not recorded"
    expect_equal "$(rows "SELECT unit FROM activity")" "Avd 5 tel 070-123 45 67"
    run activity import --allow-identifier "070-123 45 67" "$WORK/cat.csv"
    expect_status 0
    expect_out_contains "0 added, 0 updated, 1 unchanged"
    expect_equal "$(rows "SELECT record_kind || ' ' || text FROM allowed_identifier")" "activity 070-123 45 67"
}

test_a_log_note_holding_an_identifier_is_refused_unless_allowed() {
    join_example_placement_as_ali
    printf 'code,title\nW-1,Wound care\n' >"$WORK/cat.csv"
    run activity import "$WORK/cat.csv"
    printf 'date,code,mode,note\n2026-11-02,W-1,perform,Ringde 070-123 45 67 om provsvar\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "log.csv:2: error[PRIVACY-PHONE]: column \`note\`: a phone number '070-123 ** **'"
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 0
    run activity import --log --allow-identifier "070-123 45 67" "$WORK/log.csv"
    expect_status 0
    run activity import --log --allow-identifier "070-123 45 67" "$WORK/log.csv"
    expect_out_contains "0 added, 1 already in the journal"
    expect_equal "$(rows "SELECT count(*) FROM allowed_identifier WHERE record_kind = 'note'")" 1
}

test_a_value_that_cannot_be_read_is_not_repeated_when_it_holds_an_identifier() {
    join_example_placement_as_ali
    printf 'code,title\nW-1,Wound care\n' >"$WORK/cat.csv"
    run activity import "$WORK/cat.csv"
    printf 'date,code,mode\n19121212-1212,W-1,perform\n2026-11-02,070-1234567,perform\n' >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 1
    expect_err_contains "log.csv:2: error[PRIVACY-PIN]: column \`date\`: a personal identity number '19121212-****'"
    expect_err_contains "log.csv:3: error[PRIVACY-PHONE]: column \`code\`"
    expect_err_lacks "1212-1212"
    expect_err_lacks "1234567"
}

test_bad_files() {
    setup init
    printf 'code,tilte,whta\nA,B,C\n' >"$WORK/cols.csv"
    run activity import "$WORK/cols.csv"
    expect_status 1
    expect_err_contains "cols.csv:1: error[FMT-KEY]: unknown column \`tilte\`; did you mean \`title\`?"
    expect_err_contains "error[FMT-REQUIRED]: the required column \`title\` is missing"
    printf '' >"$WORK/empty.csv"
    run activity import "$WORK/empty.csv"
    expect_status 1
    printf 'code title\nA B\n' >"$WORK/nodelim.csv"
    run activity import "$WORK/nodelim.csv"
    expect_status 1
    expect_err_contains "delimiter"
    printf 'code;title\nA;G\xf6ran\n' >"$WORK/latin1.csv"
    run activity import "$WORK/latin1.csv"
    expect_status 1
    expect_err_contains "latin1.csv:2:"
    expect_err_contains "FMT-ENCODING"
    /usr/bin/python3 -c "print('code,title'); print('A,' + 'x' * (11 << 20))" >"$WORK/long.csv"
    run activity import "$WORK/long.csv"
    expect_status 1
    expect_err_contains "longer than 10 MiB"
    printf '{"code": "A", "title": "T", "colour": "red"}\nnot json\n' >"$WORK/bad.jsonl"
    run activity import "$WORK/bad.jsonl"
    expect_status 1
    expect_err_contains "bad.jsonl:1: error[FMT-KEY]: unknown key \`colour\`"
    expect_err_contains "bad.jsonl:2:2: error[FMT-SYNTAX]: the line is not valid JSON here (invalid literal"
    printf '[[activity]]\ncode = "A"\ntilte = "T"\n' >"$WORK/bad.toml"
    run activity import "$WORK/bad.toml"
    expect_status 1
    expect_err_contains "bad.toml:3:1: error[FMT-KEY]: unknown key \`tilte\`; did you mean \`title\`?"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
}

test_dry_run_writes_nothing() {
    setup init
    run activity import --dry-run "$EXAMPLES/activities.csv"
    expect_status 0
    expect_out_contains "Would import 40 activities"
    expect_equal "$(rows "SELECT count(*) FROM activity")" 0
}

test_import_json() {
    setup init
    run --json activity import "$EXAMPLES/activities.toml"
    expect_valid output/import.schema.json
    expect_json .added 5
    expect_json .written true
}

# An entry the journal holds twice is added by a file until the journal holds it as many times
# as the file does.
test_a_log_import_counts_the_same_entry_with_multiplicity() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-WOUND-01 --mode perform --date 2026-11-05 --patients 1 --note "Leg"
    printf 'date,code,mode,partner,patients,presence,note\n%s\n%s\n%s\n' \
        "2026-11-05,SUR-WOUND-01,perform,bea,1,,Leg" "2026-11-05,SUR-WOUND-01,perform,bea,1,,Leg" \
        "2026-11-05,SUR-WOUND-01,perform,bea,2,,Leg" >"$WORK/log.csv"
    run activity import --log "$WORK/log.csv"
    expect_status 0
    expect_out_contains "Imported 3 log entries: 2 added, 1 already in the journal."
    run activity import --log "$WORK/log.csv"
    expect_out_contains "Imported 3 log entries: 0 added, 3 already in the journal."
    expect_equal "$(rows "SELECT count(*) FROM log_entry")" 3
}

test_a_long_import_shows_progress_on_a_terminal_only() {
    # Rows enough for an import longer than a second, with a margin. The sanitizer build
    # (PEER_TEST_SANITIZED, unoptimised and instrumented) imports about five times slower, and
    # would take a minute and a half over the 250000 the optimised build needs.
    local rows=250000
    [ "${PEER_TEST_SANITIZED:-}" = 1 ] && rows=50000
    join_example_placement_as_ali
    /usr/bin/python3 "$PEER_SOURCE_DIR/bench/generate.py" catalogue 50 >"$WORK/cat.csv"
    /usr/bin/python3 "$PEER_SOURCE_DIR/bench/generate.py" log "$rows" >"$WORK/big.csv"
    run activity import "$WORK/cat.csv"
    # On a terminal (script(1) gives the command one), past a second: a progress bar on stderr.
    script -qec "$PEER activity import --log --dry-run $WORK/big.csv" /dev/null >"$WORK/tty" 2>&1
    grep -q "rows/s" "$WORK/tty" || fail "no progress bar on a terminal: $(tail -c 300 "$WORK/tty")"
    grep -q "Would import $rows log entries: $rows added" "$WORK/tty" || fail "no summary: $(tail -c 300 "$WORK/tty")"
    # Off a terminal: none.
    run activity import --log --dry-run "$WORK/big.csv"
    expect_status 0
    if grep -q "rows/s" "$WORK/stderr"; then fail "a progress bar off a terminal"; fi
}

test_a_folder_is_refused_as_a_folder() {
    join_example_placement_as_ali
    mkdir "$WORK/lists"
    run activity import "$WORK/lists"
    expect_status 1
    expect_err_contains "cannot read $WORK/lists: it is a folder; name the files in it"
    expect_err_lacks "no such file"
}

run_tests
