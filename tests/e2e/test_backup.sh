#!/usr/bin/env bash
# peer backup FILE: a sound copy of the journal of one moment, even while another peer writes.
source "$(dirname "$0")/lib.sh"

entries_in() { sqlite3 "$1" "SELECT count(*) FROM log_entry"; }

test_a_backup_is_a_private_sound_journal_and_never_overwrites() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    setup activity log SUR-WOUND-01 --mode observe --date 2026-11-05
    run backup "$WORK/copy.db"
    expect_status 0
    expect_out_contains "Copied the journal to $WORK/copy.db"
    expect_equal "$(mode_of "$WORK/copy.db")" 600
    expect_equal "$(sqlite3 "$WORK/copy.db" "PRAGMA integrity_check")" ok
    expect_equal "$(entries_in "$WORK/copy.db")" 1
    PEER_JOURNAL="$WORK/copy.db" run activity history
    expect_out_contains "SUR-WOUND-01"
    local before
    before=$(checksum "$WORK/copy.db")
    run backup "$WORK/copy.db"
    expect_status 1
    expect_err_contains "$WORK/copy.db exists already: name a new file for the backup"
    expect_equal "$(checksum "$WORK/copy.db")" "$before"
    run --json backup "$WORK/no-such-folder/copy.db"
    expect_status 1
    expect_err_contains "cannot write the backup"
    [ -z "$(find "$WORK" -name '*.peer-backup-*')" ] || fail "a temporary copy was left behind"
}

test_backups_made_while_another_peer_writes_are_each_whole() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    (
        for day in $(seq 10 29); do
            "$PEER" activity log SUR-WOUND-01 --mode observe --date "2026-11-$day" \
                --note "Entry of the 2026-11-$day" >/dev/null 2>&1 || exit 1
        done
    ) &
    local writer=$! n count last=0
    for n in 1 2 3 4 5 6; do
        run backup "$WORK/copy-$n.db"
        expect_status 0
        expect_equal "$(sqlite3 "$WORK/copy-$n.db" "PRAGMA integrity_check")" ok
        # The full-text index of the notes is whole in each copy too.
        sqlite3 "$WORK/copy-$n.db" \
            "INSERT INTO writing_search(writing_search) VALUES ('integrity-check')" \
            || fail "copy $n: its search index is not consistent"
        count=$(entries_in "$WORK/copy-$n.db")
        [ "$count" -ge "$last" ] || fail "copy $n holds $count entries, fewer than the one before"
        last=$count
    done
    wait "$writer" || fail "the writer failed while backups were made"
    run backup "$WORK/final.db"
    expect_equal "$(entries_in "$WORK/final.db")" 20
}

run_tests
