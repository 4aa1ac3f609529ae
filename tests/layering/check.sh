#!/usr/bin/env bash
# The layers of lib/ are what the build allows: each allowed probe compiles, and each forbidden
# probe fails because the header it includes is not visible to its library.
# Usage: check.sh BUILD_DIR
set -uo pipefail
build=$1
here=$(cd "$(dirname "$0")" && pwd)
failures=0
for source in "$here"/allowed_*.cpp "$here"/forbidden_*.cpp; do
    name=$(basename "$source" .cpp)
    header=$(sed -n 's/^#include [<"]\(.*\)[>"]$/\1/p' "$source" | head -1)
    output=$(cmake --build "$build" --target "layering_$name" 2>&1)
    status=$?
    case $name in
    allowed_*)
        if [ $status -ne 0 ]; then
            echo "FAIL $name: an allowed include does not compile:"
            echo "$output" | grep -m5 -E "error|Error"
            failures=$((failures + 1))
        else
            echo "ok   $name"
        fi
        ;;
    forbidden_*)
        if [ $status -eq 0 ]; then
            echo "FAIL $name: a forbidden include ($header) compiled"
            failures=$((failures + 1))
        # GCC says "HEADER: No such file", Clang "'HEADER' file not found".
        elif ! grep -qF -e "$header: No such file" -e "'$header' file not found" <<<"$output"; then
            echo "FAIL $name: failed, but not because $header is out of reach:"
            echo "$output" | grep -m5 -E "error|Error"
            failures=$((failures + 1))
        else
            echo "ok   $name (refused: $header)"
        fi
        ;;
    esac
done
exit $((failures > 0))
