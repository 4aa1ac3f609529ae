#!/usr/bin/env bash
# How a clinical teacher collects the students' exports and looks at the cohort. Students send
# `peer export --for TEACHER -o FILE` (by the university's file drop, a shared folder, a USB
# stick); this files every export found in INBOX under EXPORTS/STUDENT/, named by the time it
# was made, so that each export is kept once however often it is sent, then writes the cohort
# view as a page and a spreadsheet and shows it. Run it from anywhere:
#
#   bash examples/collect-exports.sh INBOX [EXPORTS-FOLDER] [TODAY]
#
# Exit status: 0, or 1 when a file in INBOX is not a sound export (it is named, left where it
# is, and the view is made from the others).
set -euo pipefail
peer=${PEER:-peer}
inbox=${1:?give the folder the exports arrive in}
exports=${2:-exports}
today=${3:-$(date +%F)}
status=0

# Exports hold the students' logs: readable by the teacher alone.
umask 077
mkdir -p "$exports"

# 1. File each export by its owner and time, as its first line states them.
while IFS= read -r -d '' file; do
    owner=$(head -n 1 "$file" | jq -r 'select(.format == "peer-export") | .owner // empty' 2>/dev/null || true)
    made=$(head -n 1 "$file" | jq -r 'select(.format == "peer-export") | .exported_at // empty' 2>/dev/null || true)
    if [ -z "$owner" ] || [ -z "$made" ]; then
        echo "$file: not an export of a student's journal; left in $inbox" >&2
        status=1
        continue
    fi
    mkdir -p "$exports/$owner"
    cp "$file" "$exports/$owner/${made//:/}.jsonl"
done < <(find "$inbox" -type f -name '*.jsonl' -print0 | sort -z)

# 2. The cohort view: a page for the screen and for print, a spreadsheet, and the text here.
#    peer cohort checks every file again and names any it leaves out.
"$peer" cohort "$exports" --today "$today" --format html -o cohort.html || status=1
"$peer" cohort "$exports" --today "$today" --format csv -o cohort.csv 2>/dev/null || true
"$peer" cohort "$exports" --today "$today" 2>/dev/null || true
exit "$status"
