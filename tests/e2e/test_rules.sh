#!/usr/bin/env bash
# peer rules, and docs/rules.md agreeing with it.
source "$(dirname "$0")/lib.sh"

test_rules_lists_every_rule_of_the_domain() {
    run rules --json
    expect_status 0
    expect_valid output/rules.schema.json
    for id in SUP-DEGREE SUP-TRAINING SUP-EMPLOYER SUP-ADVANCED SUP-EXPERIENCE MAIN-PROFESSION \
        MAIN-TRAINING CT-DEGREE CT-DEADLINE CT-NO-EXAM CL-DEGREE CL-EXAM-LEVEL SL-DEGREE \
        PAIR-SIZE PAIR-PLACEMENT PAIR-SUPERVISED LOG-ROLES LOG-DELEGATION LOG-DATE FB-CONSTRUCTIVE REF-GIBBS; do
        expect_json ".rules | map(.id) | index(\"$id\") != null" true
    done
    expect_json '.rules[] | select(.id == "MAIN-TRAINING") | .severity' warning
    expect_json '.rules[] | select(.id == "SUP-DEGREE") | .severity' error
}

test_rules_ids_match_docs_rules_md_both_ways() {
    run rules --json
    jq -r '.rules[].id' "$WORK/stdout" | sort >"$WORK/code"
    sed -n 's/^### \([A-Z-]*\)$/\1/p' "$PEER_SOURCE_DIR/docs/rules.md" | sort >"$WORK/docs"
    diff "$WORK/code" "$WORK/docs" >"$WORK/diff" || fail "peer rules and docs/rules.md differ: $(cat "$WORK/diff")"
}

test_rules_needs_no_journal() {
    run rules
    expect_status 0
    expect_out_contains "SUP-EXPERIENCE"
    [ ! -e "$PEER_JOURNAL" ] || fail "peer rules created a journal"
}

test_rules_in_swedish() {
    run --lang sv rules
    expect_out_contains "Regeluppsättning:"
    expect_out_contains "har minst kandidatexamen inom den profession som handleds"
}

test_rules_with_a_rule_set_that_changes_a_severity() {
    printf 'name = "Region Example"\n[severity]\nMAIN-TRAINING = "error"\n' >"$WORK/example.toml"
    run rules --rules "$WORK/example.toml" --json
    expect_status 0
    expect_json '.rules[] | select(.id == "MAIN-TRAINING") | .severity' error
    expect_json .rule_set.name "Region Example"
}

test_rules_with_a_malformed_rule_set() {
    printf '[severity]\nMAIN-TRAINNG = "error"\n' >"$WORK/bad.toml"
    run rules --rules "$WORK/bad.toml"
    expect_status 1
    expect_err_contains "bad.toml:2:1: error[FMT-KEY]"
    expect_err_contains "MAIN-TRAINING"
}

test_the_built_in_rule_set_is_named_in_swedish_too() {
    run --lang sv rules
    expect_status 0
    expect_out_contains "(inbyggd)"
    expect_out_lacks "(built-in)"
}

run_tests
