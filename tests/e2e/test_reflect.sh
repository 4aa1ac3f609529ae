#!/usr/bin/env bash
# peer reflect: Gibbs reflections at the terminal, in an editor, from a file; drafts.
source "$(dirname "$0")/lib.sh"

rows() { sqlite3 "$PEER_JOURNAL" "$1"; }

# Ali's journal with the example catalogue.
setup_ali() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
}

write_swedish_reflection() {
    cat >"$WORK/reflektion.md" <<'MD'
# Reflektion efter såromläggning
<!-- En kommentar som inte sparas -->
## Beskrivning
Jag lade om ett operationssår med Bea som observatör.

## Känslor
Nervös i början, lugnare efter hand.
## Värdering
Bra: aseptiken. Mindre bra: jag glömde informera först.
## Analys
Information före momentet gör patienten tryggare.
## Slutsats
Jag kunde ha berättat vad jag skulle göra innan jag började.
## Handlingsplan
Berätta alltid vad jag ska göra innan jag börjar.
MD
}

test_a_reflection_from_a_markdown_file_with_swedish_headings() {
    setup_ali
    write_swedish_reflection
    run --json reflect --activity SUR-WOUND-01 --phase efter --with kamrat --date 2026-11-05 \
        --from "$WORK/reflektion.md"
    expect_status 0
    expect_err_empty
    expect_valid output/reflection.schema.json
    expect_json .status saved
    expect_json .phase after
    expect_json .with peer
    expect_json .code SUR-WOUND-01
    expect_json .author ali
    expect_json .action_plan "Berätta alltid vad jag ska göra innan jag börjar."
    expect_equal "$(rows "SELECT feelings FROM reflection")" "Nervös i början, lugnare efter hand."
    expect_equal "$(rows "SELECT count(*) FROM reflection WHERE description LIKE '%kommentar%'")" 0
}

test_a_reflection_with_empty_stages_is_saved_with_a_ref_gibbs_warning() {
    setup_ali
    run_with_input $'## Description\nA short one.\n## Action plan\nAsk sooner.\n' \
        reflect --activity SUR-PAIN-01 --from -
    expect_status 0
    expect_out_contains "Saved reflection 1"
    expect_err_contains "REF-GIBBS"
    expect_err_contains "feelings"
    run_with_input $'## Description\nA draft.\n' reflect --from - --draft
    expect_status 0
    expect_out_contains "Kept reflection 2 as a draft"
    expect_err_empty
}

test_a_reflection_typed_at_the_terminal() {
    setup_ali
    at_terminal "$PEER reflect --activity SUR-WOUND-01" \
        "1/6" $'Dressing change with Bea\nover two lines\n\n' \
        "2/6" $'Nervous\n\n' \
        "3/6" $'\n' \
        "4/6" $'Calm hands\n\n' \
        "5/6" $'Explain first\n\n' \
        "6/6" $'Say it before\n\n' \
        "Keep it as a draft" $'n\n'
    expect_equal "$status" 0
    grep -qF "1/6 Description: What happened?" "$WORK/tty" || fail "no first question: $(cat "$WORK/tty")"
    grep -qF "6/6 Action plan" "$WORK/tty" || fail "no sixth question"
    expect_equal "$(rows "SELECT description FROM reflection")" $'Dressing change with Bea\nover two lines'
    expect_equal "$(rows "SELECT evaluation FROM reflection")" ""
    expect_equal "$(rows "SELECT action_plan FROM reflection")" "Say it before"
    # One stage was skipped, and the answer to "keep it as a draft?" was no.
    expect_equal "$(rows "SELECT status FROM reflection")" saved
}

test_ctrl_c_keeps_a_draft_that_continue_finishes() {
    setup_ali
    at_terminal "$PEER reflect --activity SUR-WOUND-01" \
        "1/6" $'What happened, typed\n\n' \
        "2/6" $'How it felt\n\n' \
        "3/6" $'\003'
    expect_equal "$status" 130
    grep -qF "peer reflect --continue 1" "$WORK/tty" || fail "no way back shown: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT status FROM reflection")" draft
    expect_equal "$(rows "SELECT description FROM reflection")" "What happened, typed"
    expect_equal "$(rows "SELECT feelings FROM reflection")" "How it felt"
    # Going on asks only for the stages still empty: evaluation to action plan.
    at_terminal "$PEER reflect --continue 1" \
        "3/6" $'Good\n\n' "4/6" $'Learned\n\n' "5/6" $'Other way\n\n' "6/6" $'Plan\n\n'
    expect_equal "$status" 0
    ! grep -qF "1/6" "$WORK/tty" || fail "asked again for a written stage"
    expect_equal "$(rows "SELECT status || ':' || evaluation || ':' || action_plan FROM reflection")" \
        "saved:Good:Plan"
    run reflect --continue 1 --from /dev/null
    expect_status 1
    expect_err_contains "reflection 1 is not a draft; change it with \`peer reflect edit 1\`"
}

test_a_closed_terminal_keeps_a_draft() {
    setup_ali
    at_terminal "$PEER reflect" "1/6" $'Only the start\n\n' "2/6" ""
    expect_equal "$status" 130
    expect_equal "$(rows "SELECT status || ':' || description FROM reflection")" "draft:Only the start"
}

# A window closed with a shell between it and peer: the shell hangs up peer while it saves.
test_closing_the_terminal_window_keeps_what_was_typed() {
    setup_ali
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/close_terminal.py" \
        "$PEER reflect --activity SUR-WOUND-01 --phase during" \
        "1/6" $'What happened\n\n' "2/6" $'How it felt\n\n' "3/6" "" >"$WORK/tty" \
        || fail "the terminal never asked: $(cat "$WORK/tty")"
    expect_equal "$(rows "SELECT status || ':' || description || ':' || feelings || ':' || phase FROM reflection")" \
        "draft:What happened:How it felt:during"
    expect_equal "$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f 2>/dev/null | wc -l)" 0
}

# The journal locked by another process past the busy timeout: the text is kept in a draft file,
# and the message says where and how to save it.
test_a_locked_journal_keeps_the_text_in_a_draft_file() {
    setup_ali
    mkfifo "$WORK/hold"
    { echo "BEGIN IMMEDIATE;"; cat "$WORK/hold"; } | sqlite3 "$PEER_JOURNAL" &
    local holder=$!
    exec 7>"$WORK/hold" # the lock is held until this closes
    sleep 0.3
    printf '# Reflection\n\n## Description\nThe dressing came loose\n' >"$WORK/text.md"
    PEER_BUSY_TIMEOUT_MS=300 run_with_input "$(cat "$WORK/text.md")" \
        reflect --activity SUR-WOUND-01 --phase after --from -
    exec 7>&-
    wait "$holder"
    expect_status 3
    local kept
    kept=$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f)
    [ -n "$kept" ] || fail "no draft file was kept"
    grep -qF "The dressing came loose" "$kept" || fail "the draft lacks the text"
    expect_err_contains "your text is kept in $kept; save it with \`peer reflect --activity SUR-WOUND-01 --phase after --from $kept\`"
    run reflect --activity SUR-WOUND-01 --phase after --from "$kept"
    expect_status 0
    expect_equal "$(rows "SELECT phase || ':' || description FROM reflection")" "after:The dressing came loose"
    [ ! -e "$kept" ] || fail "the draft file stayed after its text was saved"
}

# The disk fills while the text is typed: the journal cannot take it, nor can the drafts folder
# beside it; the text is kept in the temporary folder, and the command shown saves it once
# there is room. The journal is on a 1 MB tmpfs of a private mount namespace (unshare -rm); peer
# reads its text from a FIFO, and the disk is filled once peer waits on it.
test_a_full_disk_keeps_the_text_in_a_draft_file() {
    setup_ali
    mkdir "$WORK/disk" # $WORK/tmp is the test's TMPDIR, made by lib.sh
    mkfifo "$WORK/in"
    WORK=$WORK PEER=$PEER unshare -rm bash -c '
        mount -t tmpfs -o size=1m tmpfs "$WORK/disk" || exit 99
        cp "$PEER_JOURNAL" "$WORK/disk/journal.db"
        export PEER_JOURNAL=$WORK/disk/journal.db TMPDIR=$WORK/tmp
        "$PEER" reflect --activity SUR-WOUND-01 --phase after --from - <"$WORK/in" \
            >"$WORK/stdout" 2>"$WORK/stderr" &
        peer=$!
        exec 7>"$WORK/in"
        for _ in $(seq 200); do grep -q pipe "/proc/$peer/wchan" 2>/dev/null && break; sleep 0.05; done
        dd if=/dev/zero of="$WORK/disk/fill" bs=4k 2>/dev/null
        printf "# Reflection\n\n## Description\nThe dressing came loose\n" >&7
        exec 7>&-
        wait "$peer"
        echo $? >"$WORK/status"
        kept=$(find "$WORK/tmp" -type f)
        echo "$kept" >"$WORK/kept" && cp "$kept" "$WORK/kept-copy"
        rm "$WORK/disk/fill"
        "$PEER" reflect --activity SUR-WOUND-01 --phase after --from "$kept" >"$WORK/saved" 2>&1
        echo $? >>"$WORK/status"
        cp "$PEER_JOURNAL" "$WORK/after.db"'
    [ $? -ne 99 ] || { fail "cannot mount a tmpfs in a private namespace (unshare -rm)"; return; }
    status=$(head -1 "$WORK/status")
    expect_status 3
    expect_err_contains "the disk it is on is full"
    local kept
    kept=$(cat "$WORK/kept")
    [ -n "$kept" ] || { fail "no draft file was kept"; return; }
    grep -qF "The dressing came loose" "$WORK/kept-copy" || fail "the draft lacks the text"
    expect_err_contains "your text is kept in $kept; save it with \`peer reflect --activity SUR-WOUND-01 --phase after --from $kept\`"
    expect_equal "$(tail -1 "$WORK/status")" 0
    [ ! -e "$kept" ] || fail "the draft file stayed after its text was saved"
    expect_equal "$(sqlite3 "$WORK/after.db" "SELECT phase || ':' || description FROM reflection")" \
        "after:The dressing came loose"
}

# The command a refusal suggests carries every option that was given.
test_a_refused_text_is_saved_as_meant_by_the_command_shown() {
    setup_ali
    printf '# Reflection\n\n## Description\nBed 4, 19121212-1212\n' >"$WORK/text.md"
    run_with_input "$(cat "$WORK/text.md")" \
        reflect --activity SUR-WOUND-01 --phase during --with supervisor --draft --from -
    expect_status 1
    expect_err_contains "save it with \`peer reflect --activity SUR-WOUND-01 --phase during --with supervisor --draft --from "
    local kept
    kept=$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f)
    sed -i 's/, 19121212-1212//' "$kept"
    local again
    again=$(sed -n 's/.*save it with `\(.*\)`$/\1/p' "$WORK/stderr" | head -1)
    run ${again#peer }
    expect_status 0
    expect_equal "$(rows "SELECT status || ':' || phase || ':' || with_whom FROM reflection")" "draft:during:supervisor"
    # The draft file, which held the identity number, goes once its text is saved; a file of
    # the writer's own stays.
    [ ! -e "$kept" ] || fail "the draft file stayed after its text was saved"
    printf '# Reflection\n\n## Description\nMy own file\n' >"$WORK/mine.md"
    run reflect --activity SUR-WOUND-01 --from "$WORK/mine.md"
    expect_status 0
    [ -e "$WORK/mine.md" ] || fail "the writer's own file was removed"
}

test_typing_draft_stops_and_keeps_a_draft() {
    setup_ali
    at_terminal "$PEER reflect" "1/6" $'First stage\n\n' "2/6" $':draft\n'
    expect_equal "$status" 0
    expect_equal "$(rows "SELECT status || ':' || description FROM reflection")" "draft:First stage"
}

test_the_editor_writes_the_reflection() {
    setup_ali
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
# A scripted editor: checks the template, then writes under two headings.
grep -q '^## Description$' "$1" && grep -q 'What happened?' "$1" || exit 3
sed -i -e 's/^## Description$/## Description\nWritten in the editor./' \
       -e 's/^## Action plan$/## Action plan\nTry again./' "$1"
SH
    chmod +x "$WORK/editor.sh"
    EDITOR="$WORK/editor.sh" run reflect --activity SUR-PAIN-01 --editor
    expect_status 0
    expect_out_contains "Saved reflection 1"
    expect_equal "$(rows "SELECT description || ':' || action_plan FROM reflection")" \
        "Written in the editor.:Try again."
    expect_equal "$(ls "$WORK/drafts" | wc -l)" 0
    # VISUAL comes before EDITOR.
    VISUAL="$WORK/editor.sh" EDITOR=false run reflect --editor
    expect_status 0
}

test_editing_a_reflection_and_changing_nothing_says_so() {
    setup_ali
    printf '# Reflection\n\n## Description\nA first text\n' >"$WORK/text.md"
    setup reflect --activity SUR-WOUND-01 --from "$WORK/text.md"
    local before
    before=$(rows "SELECT updated_at || description FROM reflection")
    EDITOR=true run reflect edit 1
    expect_status 0
    expect_out_contains "Reflection 1: nothing changed."
    expect_equal "$(rows "SELECT updated_at || description FROM reflection")" "$before"
    expect_equal "$(find "$(dirname "$PEER_JOURNAL")/drafts" -type f 2>/dev/null | wc -l)" 0
}

test_an_editor_that_fails_or_leaves_the_template_saves_nothing() {
    setup_ali
    EDITOR=true run reflect --editor
    expect_status 1
    expect_err_contains "the template was left as it was; nothing was saved"
    EDITOR=false run reflect --editor
    expect_status 1
    expect_err_contains "the editor (false) exited with status 1; nothing was saved"
    EDITOR=no-such-editor run reflect --editor
    expect_status 1
    expect_err_contains "the editor (no-such-editor) could not be started; set VISUAL or EDITOR"
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
echo "Half a thought" >>"$1"
exit 2
SH
    chmod +x "$WORK/editor.sh"
    EDITOR="$WORK/editor.sh" run reflect --editor
    expect_status 1
    expect_err_contains "your text is kept in"
    grep -rq "Half a thought" "$WORK/drafts" || fail "the text typed was lost"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
}

test_list_show_and_edit() {
    setup_ali
    write_swedish_reflection
    run reflect --activity SUR-WOUND-01 --date 2026-11-05 --from "$WORK/reflektion.md"
    run_with_input $'## Description\nDraft\n' reflect --from - --draft
    run reflect list
    expect_out_contains "SUR-WOUND-01"
    expect_out_contains "draft"
    run --json reflect list --drafts
    expect_valid output/reflection.schema.json
    expect_json 'length' 1
    expect_json '.[0].number' 2
    run --lang sv reflect show 1
    expect_out_contains "# Reflektion 1 · 2026-11-05 · SUR-WOUND-01"
    expect_out_contains "## Handlingsplan"
    run_with_input $'## Slutsats\nNy slutsats\n' reflect edit 1 --from -
    expect_status 0
    expect_equal "$(rows "SELECT conclusion || ':' || description FROM reflection WHERE id = 1")" \
        "Ny slutsats:"
    expect_err_contains "REF-GIBBS"
    run reflect show 9
    expect_status 1
    expect_err_contains "there is no reflection 9"
}

test_the_last_action_plan_is_recalled_for_the_same_activity() {
    setup_ali
    write_swedish_reflection
    run reflect --activity SUR-WOUND-01 --date 2026-11-05 --from "$WORK/reflektion.md"
    run activity log SUR-WOUND-01 --mode perform --date 2026-11-09
    expect_out_contains "your action plan for SUR-WOUND-01 was:"
    expect_out_contains "Berätta alltid vad jag ska göra innan jag börjar."
    run_with_input $'## Description\nAgain\n' reflect --entry 1 --from -
    expect_out_contains "Berätta alltid"
    expect_equal "$(rows "SELECT log_entry_id || ':' || (activity_id IS NOT NULL) FROM reflection WHERE id = 2")" "1:1"
    run activity log SUR-PAIN-01 --mode perform --date 2026-11-09
    expect_out_lacks "action plan"
    # With --editor the reminder is in the template, as a comment, not printed behind the editor.
    cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
cp "$1" "$(dirname "$1")/../shown.md"
sed -i 's/^## Description$/## Description\nThird time/' "$1"
SH
    chmod +x "$WORK/editor.sh"
    EDITOR="$WORK/editor.sh" run reflect --activity SUR-WOUND-01 --editor
    expect_status 0
    expect_out_lacks "action plan"
    grep -qF "your action plan for SUR-WOUND-01 was:" "$WORK/shown.md" || fail "no reminder in the template: $(cat "$WORK/shown.md")"
    grep -qF "  | Berätta alltid" "$WORK/shown.md" || fail "no plan in the template"
    expect_equal "$(rows "SELECT description FROM reflection WHERE id = 3")" "Third time"
}

test_without_a_terminal_the_text_must_come_from_a_file() {
    setup_ali
    run reflect
    expect_status 2
    expect_err_contains "there is no terminal to ask on: give the text with --from FILE"
    run reflect --from "$WORK/missing.md"
    expect_status 1
    expect_err_contains "cannot read $WORK/missing.md"
    run reflect --entry 99 --from /dev/null
    expect_status 1
    expect_err_contains "there is no log entry 99"
}

test_an_unknown_heading_is_reported_at_its_line() {
    setup_ali
    printf '## Description\nText\n\n## Analyss\nMore\n' >"$WORK/r.md"
    run reflect --from "$WORK/r.md"
    expect_status 1
    expect_err_contains "$WORK/r.md:4:1: error[FMT-KEY]:"
    expect_err_contains "did you mean 'Analysis'?"
    expect_equal "$(rows "SELECT count(*) FROM reflection")" 0
}

run_tests
