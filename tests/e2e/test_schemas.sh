#!/usr/bin/env bash
# The JSON Schemas of the files peer reads agree with peer: an independent validator
# (python3-jsonschema) and peer accept and reject the same files.
source "$(dirname "$0")/lib.sh"

TOOLS="$PEER_SOURCE_DIR/tests/tools"
FIXTURES="$PEER_SOURCE_DIR/tests/fixtures"

# schema_accepts SCHEMA FILE: whether the TOML file is valid against schemas/SCHEMA.
schema_accepts() {
    /usr/bin/python3 "$TOOLS/toml_to_json.py" "$2" >"$WORK/as.json" 2>/dev/null \
        && /usr/bin/python3 "$TOOLS/validate_json.py" "$PEER_SOURCE_DIR/schemas/$1" "$WORK/as.json" 2>/dev/null
}

test_the_built_in_rule_set_follows_its_schema() {
    schema_accepts ruleset.schema.json "$PEER_SOURCE_DIR/schemas/rules/default.toml" \
        || fail "schemas/rules/default.toml does not follow schemas/ruleset.schema.json"
    run rules --rules "$PEER_SOURCE_DIR/schemas/rules/default.toml"
    expect_status 0
}

test_rule_set_fixtures_are_judged_alike_by_the_schema_and_by_peer() {
    local file peer_ok schema_ok
    for file in "$FIXTURES"/ruleset/*.toml; do
        run rules --rules "$file"
        peer_ok=$([ "$status" -eq 0 ] && echo accepts || echo rejects)
        schema_ok=$(schema_accepts ruleset.schema.json "$file" && echo accepts || echo rejects)
        [ "$peer_ok" = "$schema_ok" ] \
            || fail "$(basename "$file"): peer $peer_ok it, the schema $schema_ok it"
        case "$(basename "$file")" in
        valid-*) [ "$peer_ok" = accepts ] || fail "$(basename "$file") should be accepted: $(err)" ;;
        *) [ "$peer_ok" = rejects ] || fail "$(basename "$file") should be rejected" ;;
        esac
    done
}

run_tests
