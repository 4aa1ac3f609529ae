#!/usr/bin/env bash
# How a clinical teacher sets up a term with peer: check the placement file, apply it to the
# teacher's journal, and write each student's handout. Run it from anywhere:
#
#   bash examples/setup-term.sh [PLACEMENT-FILE] [HANDOUT-FOLDER]
#
# It stops at the first step that fails, so nothing is handed out from a placement with errors.
set -euo pipefail
peer=${PEER:-peer}
here=$(cd "$(dirname "$0")" && pwd)
placement_file=${1:-$here/placement.toml}
handouts=${2:-handouts}

# 1. Check the file: every problem is printed with its line; exit status 1 on any error.
"$peer" term check "$placement_file"

# 2. Apply it: one transaction; applying it again changes nothing.
"$peer" init --quiet
"$peer" term apply "$placement_file"

# 3. One handout per student, for them to join with `peer term join FILE`.
id=$("$peer" --json term list | jq -r 'last.id')
mkdir -p "$handouts"
for student in $("$peer" --json term show "$id" | jq -r '.students[].id'); do
    "$peer" term handout "$id" --student "$student" -o "$handouts/$student-$id.toml"
done
echo "Handouts for $id are in $handouts/."
