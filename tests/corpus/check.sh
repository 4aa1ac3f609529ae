#!/usr/bin/env bash
# The committed corpus is what generate.py writes: it writes it again into a temporary folder
# and compares, so that the script and the files cannot drift apart.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 "$here/generate.py" "$scratch"
status=0
for file in identifiers.tsv prose.txt; do
    if ! cmp -s "$here/$file" "$scratch/$file"; then
        echo "tests/corpus/$file is not what generate.py writes; run python3 tests/corpus/generate.py" >&2
        diff -u "$here/$file" "$scratch/$file" | head -20 >&2 || true
        status=1
    fi
done
exit "$status"
