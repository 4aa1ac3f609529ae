#!/usr/bin/env bash
# Benchmarks of what passes between journals (docs/performance.md), as ratios in one run.
#
#   bash bench/exchange.sh [PEER] [EXPORTS] [RECORDS]    (or: cmake --build build --target bench)
#
# 1. `peer cohort` over EXPORTS (default 5,000) students' exports of about RECORDS (default
#    500) records each, against the sqlite3 shell reading the same files (fsdir, readfile),
#    splitting their JSON Lines with json_each and grouping the log entries per student; with
#    peer's peak resident memory.
# 2. `peer report` on the journal of a whole placement (600 entries, 60 reflections), against
#    the process floor, `peer --version` (best of 20 each); and on a journal of 100,000 entries.
# Targets: the cohort at most as slow as the shell (ratio ≤ 1) in under 256 MiB; the report on
# a placement's journal at most 2 times the floor.
set -euo pipefail
peer=$(realpath "${1:-build/cli/peer}")
exports=${2:-5000}
records=${3:-500}
here=$(cd "$(dirname "$0")" && pwd)
examples="$here/../examples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1

# shellcheck source=bench/timing.sh
source "$here/timing.sh"

# student_journal DB ENTRIES: a student's journal (ali, on the example placement) with a
# 50-activity catalogue and ENTRIES generated log entries in the placement's days.
student_journal() {
    PEER_JOURNAL="$work/teacher.db" "$peer" term handout --quiet ht26-kir-avd12 --student ali \
        -o "$work/ali.toml"
    PEER_JOURNAL="$1" "$peer" init --quiet
    PEER_JOURNAL="$1" "$peer" term join --quiet "$work/ali.toml" 2>/dev/null
    PEER_JOURNAL="$1" "$peer" activity import --quiet "$work/catalogue.csv"
    /usr/bin/python3 "$here/generate.py" log "$2" 2026-11-02 2026-12-11 >"$work/log.csv"
    PEER_JOURNAL="$1" "$peer" activity import --quiet --log "$work/log.csv" 2>/dev/null
}

machine "$peer"
echo
printf '%-58s %11s  %11s  %6s\n' "what" "peer" "reference" "ratio"

PEER_JOURNAL="$work/teacher.db" "$peer" init --quiet
PEER_JOURNAL="$work/teacher.db" "$peer" term apply --quiet "$examples/placement.toml" 2>/dev/null
/usr/bin/python3 "$here/generate.py" catalogue 50 >"$work/catalogue.csv"

# 1. The cohort. One student's export for the examiner, of about RECORDS records, written
#    again for each of EXPORTS students under their own id, one folder each.
student_journal "$work/template.db" "$((records - 57))"
PEER_JOURNAL="$work/template.db" "$peer" export --quiet --for lena -o "$work/template.jsonl"
/usr/bin/python3 - "$work/template.jsonl" "$work/exports" "$exports" <<'PYTHON'
import os, sys
template, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(template, encoding="utf-8").read()
for i in range(count):
    student = f"s{i:05d}"
    os.makedirs(f"{folder}/{student}", exist_ok=True)
    with open(f"{folder}/{student}/export.jsonl", "w", encoding="utf-8") as out:
        out.write(text.replace('"ali"', f'"{student}"'))
PYTHON
lines=$(($(wc -l <"$work/template.jsonl") - 1))
cohort_time=$( { /usr/bin/time -f '%e %M' "$peer" cohort "$work/exports" --today 2026-12-11 \
    --format json -o "$work/cohort.json" >/dev/null; } 2>&1 | tail -1)
shell_time=$(seconds sqlite3 :memory: "
    SELECT json_extract(j.value, '\$.author') AS student, count(*),
           sum(json_extract(j.value, '\$.patients')), max(json_extract(j.value, '\$.date'))
    FROM fsdir('$work/exports') AS f,
         json_each('[' || replace(rtrim(CAST(f.data AS TEXT), char(10)), char(10), ',') || ']') AS j
    WHERE f.name LIKE '%.jsonl' AND json_extract(j.value, '\$.kind') = 'log_entry'
    GROUP BY student;")
students=$(jq '.students' "$work/cohort.json")
[ "$students" -eq "$exports" ] || { echo "peer cohort saw $students students, not $exports" >&2; exit 1; }
report "peer cohort of $exports exports of $lines records" "${cohort_time% *}" "$shell_time"
echo "peak resident memory of the cohort: $((${cohort_time#* } / 1024)) MiB (target: under 256 MiB)"

# 2. The report on a placement's journal: 600 entries, 60 reflections; and on 100,000 entries.
#    Each on the placement's last day, as for the final assessment talk.
student_journal "$work/placement.db" 600
for day in $(seq 0 59); do
    date=$(date -d "2026-11-02 + $((day / 2)) days" +%F)
    PEER_JOURNAL="$work/placement.db" "$peer" reflect --quiet --activity BENCH-0001 --date "$date" \
        --from "$examples/reflection.sv.md" >/dev/null 2>&1 || true
done
reflections=$(PEER_JOURNAL="$work/placement.db" "$peer" --json report | jq '.reflections.saved')
floor=$(best_of 20 "$peer" --version)
placement=$(PEER_JOURNAL="$work/placement.db" best_of 20 "$peer" report --format html \
    --today 2026-12-11 -o "$work/r.html")
report "peer report (html), 600 entries, $reflections reflections" "$placement" "$floor"
student_journal "$work/large.db" 100000
large=$(PEER_JOURNAL="$work/large.db" best_of 3 "$peer" report --format json \
    --today 2026-12-11 -o "$work/r.json")
report "peer report (json), 100,000 entries" "$large" "$floor"
echo
echo "reference: the sqlite3 shell's json_each grouping (1); peer --version, the floor (2)"
