#!/usr/bin/env bash
# Benchmarks of peer against the sqlite3 shell, in one run, as ratios (docs/performance.md).
#
#   bash bench/run.sh [PEER] [ROWS]      (or: cmake --build build --target bench)
#
# 1. `peer activity import --log` of ROWS (default 1,000,000) generated CSV rows into a fresh
#    journal, against the sqlite3 shell's `.import` of the same file into an equivalent table
#    (the log's columns, CHECK constraints and indexes, a full-text index of the notes, WAL and
#    synchronous=FULL as peer uses); with peer's peak resident memory.
# 2. A 1,000-row catalogue upsert: first import, and re-import of the same file (best of 5).
# 3. Single commands on a journal that holds 100,000 log entries: `peer activity log` against
#    the shell inserting one equivalent row; `peer activity history --json` of 10,000 entries
#    against the shell printing the same rows as JSON.
# Targets: import at most 1.5 times sqlite3's time, peak memory under 64 MiB; the catalogue
# upsert and single commands at most 2 times.
set -euo pipefail
peer=$(realpath "${1:-build/cli/peer}")
rows=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PEER_JOURNAL="$work/journal.db" NO_COLOR=1

# shellcheck source=bench/timing.sh
source "$here/timing.sh"

machine "$peer"
echo
printf '%-58s %11s  %11s  %6s\n' "what" "peer" "sqlite3" "ratio"

# A student's journal on the example placement, with a 1,000-activity catalogue.
"$peer" init --quiet
PEER_JOURNAL="$work/teacher.db" "$peer" init --quiet
PEER_JOURNAL="$work/teacher.db" "$peer" term apply --quiet "$here/../examples/placement.toml" 2>/dev/null
PEER_JOURNAL="$work/teacher.db" "$peer" term handout --quiet ht26-kir-avd12 --student ali -o "$work/ali.toml"
"$peer" term join --quiet "$work/ali.toml" 2>/dev/null
/usr/bin/python3 "$here/generate.py" catalogue 1000 >"$work/catalogue.csv"
/usr/bin/python3 "$here/generate.py" log "$rows" >"$work/log.csv"

# 2. The catalogue, first and again, each the best of 5: every first import starts from the
#    journal as it was before, every reference from an empty table.
cp "$PEER_JOURNAL" "$work/before-catalogue.db"
first="" again="" reference=""
for _ in $(seq 5); do
    cp "$work/before-catalogue.db" "$PEER_JOURNAL"
    rm -f "$PEER_JOURNAL-wal" "$PEER_JOURNAL-shm" "$work"/catalogue-ref.db*
    first=$(lower "$first" "$(seconds "$peer" activity import --quiet "$work/catalogue.csv")")
    again=$(lower "$again" "$(seconds "$peer" activity import --quiet "$work/catalogue.csv")")
    sqlite3 "$work/catalogue-ref.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
        CREATE TABLE activity (code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, what TEXT,
            how TEXT, why TEXT, outcomes TEXT, unit TEXT, tags TEXT);" >/dev/null
    reference=$(lower "$reference" "$(seconds sqlite3 "$work/catalogue-ref.db" ".import --csv --skip 1 $work/catalogue.csv activity")")
done
report "catalogue import, 1,000 rows (first)" "$first" "$reference"
report "catalogue import, 1,000 rows (again, nothing changes)" "$again" "$reference"

# 1. The log import, with peak memory.
cp "$PEER_JOURNAL" "$work/ready.db"
/usr/bin/time -f '%M' -o "$work/rss" "$peer" activity import --quiet --log "$work/log.csv" >/dev/null
cp "$work/ready.db" "$PEER_JOURNAL"
rm -f "$PEER_JOURNAL-wal" "$PEER_JOURNAL-shm"
import=$(seconds "$peer" activity import --quiet --log "$work/log.csv")
# The reference keeps what the journal keeps: the log's columns, constraints and indexes, and a
# full-text index of the notes (SQLite FTS5, the tokenizer peer uses), filled after the import in
# one statement as peer fills its own.
sqlite3 "$work/log-ref.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
    CREATE TABLE log_entry (
        date TEXT NOT NULL,
        code TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('perform', 'observe', 'together', 'retell', 'compare', 'delegate')),
        partner TEXT,
        patients INTEGER CHECK (patients IS NULL OR patients >= 0),
        presence TEXT CHECK (presence IS NULL OR presence IN ('full', 'partial', 'none')),
        note TEXT NOT NULL DEFAULT '');
    CREATE INDEX log_entry_by_date ON log_entry (date);
    CREATE INDEX log_entry_by_activity ON log_entry (code);
    CREATE VIRTUAL TABLE note_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');" >/dev/null
index_notes="INSERT INTO note_search (rowid, body) SELECT rowid, note FROM log_entry WHERE note <> '';"
reference=$(seconds sqlite3 "$work/log-ref.db" ".import --csv --skip 1 $work/log.csv log_entry" "$index_notes")
report "log import, $rows rows" "$import" "$reference"
echo "peak resident memory of the log import: $(($(cat "$work/rss") / 1024)) MiB (target: under 64 MiB)"

# 3. Single commands on a journal of 100,000 entries.
cp "$work/ready.db" "$PEER_JOURNAL"
rm -f "$PEER_JOURNAL-wal" "$PEER_JOURNAL-shm"
head -100001 "$work/log.csv" >"$work/log-100k.csv"
"$peer" activity import --quiet --log "$work/log-100k.csv"
sqlite3 "$work/log-ref-100k.db" ".read /dev/stdin" <<<"$(sqlite3 "$work/log-ref.db" .schema)" >/dev/null
sqlite3 "$work/log-ref-100k.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;" \
    ".import --csv --skip 1 $work/log-100k.csv log_entry" "$index_notes" >/dev/null
code=$(sed -n 2p "$work/log.csv" | cut -d, -f2)
log=$(best_of 5 "$peer" activity log "$code" --mode together --patients 3 --presence partial --date 2026-12-01 --note "bench")
reference=$(best_of 5 sqlite3 "$work/log-ref-100k.db" "PRAGMA synchronous=FULL; BEGIN;
    INSERT INTO log_entry VALUES ('2026-12-01', '$code', 'together', 'bea', 3, 'partial', 'bench');
    INSERT INTO note_search (rowid, body) VALUES (last_insert_rowid(), 'bench'); COMMIT;")
report "activity log, one entry, on 100,000 entries" "$log" "$reference"
# About 10,000 of the 100,000 entries: the first days of the generated year.
to=$(/usr/bin/python3 -c "import datetime; print(datetime.date(2026, 1, 1) + datetime.timedelta(days=max(0, 10000 // max(1, $rows // 365) - 1)))")
history=$(best_of 5 "$peer" activity history --json --from 2026-01-01 --to "$to")
count=$("$peer" activity history --json --from 2026-01-01 --to "$to" | wc -l)
reference=$(best_of 5 sqlite3 -json "$work/log-ref-100k.db" "SELECT rowid AS number, * FROM log_entry WHERE date BETWEEN '2026-01-01' AND '$to' ORDER BY date, rowid;")
report "activity history --json, $count entries" "$history" "$reference"
