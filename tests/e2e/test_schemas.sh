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

test_the_rule_set_schema_knows_every_rule_id() {
    run rules --json
    expect_status 0
    local from_peer from_schema
    from_peer=$(jq -r '.rules[].id' "$WORK/stdout" | sort)
    from_schema=$(jq -r '.properties.severity.propertyNames.enum[]' \
        "$PEER_SOURCE_DIR/schemas/ruleset.schema.json" | sort)
    expect_equal "$from_schema" "$from_peer"
    from_schema=$(jq -r '.properties.severity.properties | keys[]' \
        "$PEER_SOURCE_DIR/schemas/ruleset.schema.json" | sort)
    expect_equal "$from_schema" "$from_peer"
}

# The defaults an editor shows are the values of the built-in rule set.
test_the_rule_set_schema_defaults_are_the_built_in_values() {
    /usr/bin/python3 "$TOOLS/toml_to_json.py" "$PEER_SOURCE_DIR/schemas/rules/default.toml" \
        >"$WORK/default.json" || fail "schemas/rules/default.toml is not TOML"
    /usr/bin/python3 - "$PEER_SOURCE_DIR/schemas/ruleset.schema.json" "$WORK/default.json" \
        >"$WORK/differences" 2>&1 <<'PYTHON' || fail "$(cat "$WORK/differences")"
import json, sys
schema, values = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
differences = 0

def compare(node, value, name):
    global differences
    if isinstance(value, dict):
        for key, item in value.items():
            compare(node["properties"][key], item, f"{name}.{key}" if name else key)
    elif node.get("default") != value:
        print(f"{name}: the schema's default is {node.get('default')!r}, the built-in {value!r}")
        differences += 1

compare(schema, values, "")
sys.exit(1 if differences else 0)
PYTHON
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
        *)
            [ "$peer_ok" = rejects ] || fail "$(basename "$file") should be rejected"
            # Every broken fixture has its one problem on line 2, with a format check's id.
            grep -q "^$file:2:[0-9]*: error\[FMT-[A-Z]*\]: " "$WORK/stderr" \
                || fail "$(basename "$file"): no positioned FMT- error; stderr: $(err)"
            ;;
        esac
    done
}

test_the_placement_examples_follow_the_schema_as_peer_judges_them() {
    schema_accepts placement.schema.json "$EXAMPLES/placement.toml" \
        || fail "examples/placement.toml does not follow schemas/placement.schema.json"
    schema_accepts placement.schema.json "$EXAMPLES/placement-broken.toml" \
        && fail "the schema accepts examples/placement-broken.toml"
    run term check "$EXAMPLES/placement.toml"
    expect_status 0
}

test_assessment_forms_are_judged_alike_by_the_schema_and_by_peer() {
    local file
    for file in "$EXAMPLES/assessment-form.toml" "$FIXTURES"/assessment/*.toml; do
        run assess form "$file"
        if schema_accepts assessment-form.schema.json "$file"; then
            expect_status 0
        else
            expect_status 1
        fi
    done
    schema_accepts assessment-form.schema.json "$FIXTURES/assessment/broken.toml" \
        && fail "the schema accepts tests/fixtures/assessment/broken.toml"
    return 0
}

test_placement_fixtures_are_judged_alike_by_the_schema_and_by_peer() {
    local file peer_ok schema_ok
    for file in "$FIXTURES"/placement/*.toml; do
        run term check "$file"
        peer_ok=$([ "$status" -eq 0 ] && echo accepts || echo rejects)
        schema_ok=$(schema_accepts placement.schema.json "$file" && echo accepts || echo rejects)
        [ "$peer_ok" = "$schema_ok" ] \
            || fail "$(basename "$file"): peer $peer_ok it, the schema $schema_ok it: $(err)"
        case "$(basename "$file")" in
        valid-*) [ "$peer_ok" = accepts ] || fail "$(basename "$file") should be accepted: $(err)" ;;
        *) [ "$peer_ok" = rejects ] || fail "$(basename "$file") should be rejected" ;;
        esac
    done
}

run_tests
