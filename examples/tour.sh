#!/usr/bin/env bash
# A tour of peer on the example placement, in a temporary journal that is removed afterwards.
# Run it with `bash scripts/dev demo`, or with PEER set to a built peer binary.
set -euo pipefail
peer=${PEER:-peer}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PEER_JOURNAL="$work/journal.db"

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
[ -n "${NO_COLOR:-}" ] && step() { printf '\n$ %s\n' "$*"; }

step peer init
"$peer" init

step peer doctor
"$peer" doctor

# A clinical teacher records two supervisors: Karin, experienced, and Nils, new to the profession.
step peer person add karin --name "Karin Nilsson" --role supervisor ...
"$peer" person add karin --name "Karin Nilsson" --role supervisor --profession nurse \
    --employer healthcare --degree bachelor --degree-field nursing --specialist "surgical care" \
    --supervisor-training basic --in-profession-since 2018-06-15
step peer person add nils --name "Nils Berg" --role handledare ...
"$peer" person add nils --name "Nils Berg" --role handledare --profession nurse --employer vård \
    --degree kandidat --supervisor-training grund --in-profession-since 2026-03-01

# Nils may not supervise alone yet; in a team with Karin he may.
step peer person check nils --start 2026-11-02
"$peer" person check nils --start 2026-11-02 --profession nurse || true
step peer person check nils --start 2026-11-02 --team karin
"$peer" person check nils --start 2026-11-02 --profession nurse --team karin

step peer --lang sv rules
"$peer" --lang sv rules
