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
