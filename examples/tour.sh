#!/usr/bin/env bash
# A tour of peer on the example placement, in temporary journals that are removed afterwards:
# what a clinical teacher does and sees, then what a student does and sees.
# Run it with `bash scripts/dev demo`, or with PEER set to a built peer binary.
set -euo pipefail
peer=${PEER:-peer}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
[ -n "${NO_COLOR:-}" ] && step() { printf '\n$ %s\n' "$*"; }

echo "== The clinical teacher's journal =="
export PEER_JOURNAL="$work/teacher.db"
step peer init
"$peer" init

step peer term check examples/placement.toml
"$peer" term check "$here/placement.toml" 2>&1

step peer term check examples/placement-broken.toml
(cd "$here" && "$peer" term check placement-broken.toml 2>&1) || true

step peer term apply examples/placement.toml
"$peer" term apply "$here/placement.toml" 2>/dev/null

step peer term show ht26-kir-avd12
"$peer" term show ht26-kir-avd12

# Ida is new to the profession: she supervises in a team with Helena.
step peer person check ida --start 2026-11-02 --team helena
"$peer" person check ida --start 2026-11-02 --team helena --profession nurse

step peer term handout ht26-kir-avd12 --student ali -o ali.toml
"$peer" term handout ht26-kir-avd12 --student ali -o "$work/ali.toml"

echo
echo "== Ali's own journal =="
export PEER_JOURNAL="$work/ali.db"
step peer init
"$peer" init
step peer term join ali.toml
"$peer" term join "$work/ali.toml"
step peer term show ht26-kir-avd12
"$peer" term show ht26-kir-avd12

# The unit's list of learning activities, and Ali's first two weeks, as his spreadsheet has them.
step peer activity import examples/activities.csv examples/activities.toml
"$peer" activity import "$here/activities.csv" "$here/activities.toml"
step peer activity import --log examples/log.csv
"$peer" activity import --log "$here/log.csv"
step peer activity log SUR-WOUND-01 --mode observe --patients 5 --presence none ...
"$peer" activity log SUR-WOUND-01 --mode observe --patients 5 --presence none --date 2026-11-16 \
    --observer-steps before,during,after --note "Bea dressed the wound; I watched her aseptic technique."
step peer activity progress
"$peer" activity progress

# Ali writes down what he learned, gives Bea feedback, and finds it all again.
step peer reflect --activity SUR-WOUND-01 --phase after --with peer --from examples/reflection.sv.md
"$peer" reflect --activity SUR-WOUND-01 --phase after --with peer --date 2026-11-16 \
    --from "$here/reflection.sv.md"
step peer feedback give --to bea --activity SUR-SBAR-01 --from examples/feedback.md
"$peer" feedback give --to bea --activity SUR-SBAR-01 --date 2026-11-16 --from "$here/feedback.md"
step peer activity log SUR-WOUND-01 --mode perform --patients 5 ...
"$peer" activity log SUR-WOUND-01 --mode perform --patients 5 --presence none --date 2026-11-17
step "peer search 'inform*'"
"$peer" search 'inform*'

step peer doctor
"$peer" doctor
