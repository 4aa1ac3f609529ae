#!/usr/bin/env bash
# The HTML report and the cohort page as a person sees them: opened in headless Chromium with
# the network off (tests/tools/browser_check.py), with no console errors and no request to the
# network, the charts' marks as many as the data implies, and the A4 print the number of pages
# it should have. The pages, their screenshots and PDFs are left as artefacts in browser/ of
# PEER_ARTEFACTS, by default of the build folder's artefacts/ (build/artefacts/browser/ for
# build/cli/peer), which git ignores.
source "$(dirname "$0")/lib.sh"

# The README's set-up installs these (scripts/dev); CI must run this test, so it fails without.
for tool in chromium pdfinfo; do
    command -v "$tool" >/dev/null || {
        echo "test_browser: $tool is missing: bash scripts/dev installs it (chromium poppler-utils python3-websocket)" >&2
        exit 1
    }
done
/usr/bin/python3 -c 'import websocket' 2>/dev/null || {
    echo "test_browser: python3-websocket is missing: bash scripts/dev installs it" >&2
    exit 1
}

ARTEFACTS=${PEER_ARTEFACTS:-$(dirname "$PEER")/../artefacts}/browser
mkdir -p "$ARTEFACTS" && ARTEFACTS=$(cd "$ARTEFACTS" && pwd)

# browser_check PAGE ARGS...: browser_check.py on PAGE, its exit status in $status, what it
# found in $WORK/browser.
browser_check() {
    /usr/bin/python3 "$PEER_SOURCE_DIR/tests/tools/browser_check.py" "$@" 2>"$WORK/browser"
    status=$?
}
browser() { cat "$WORK/browser"; }

# Ali's log: six days over two weeks, patients from one to four (none counted on 11-04), the
# supervisor stepping back from full to none, five of the six modes; its activities touch LO2,
# LO3 and LO4 of the catalogue's LO1 to LO6. The CSV of `peer activity import --log`.
alis_log() {
    cat <<'EOF'
date;code;mode;partner;patients;presence;note
2026-11-02;SUR-HYG-01;observe;bea;1;full;
2026-11-02;SUR-NEWS-01;perform;bea;1;full;
2026-11-03;SUR-POSTOP-01;observe;bea;2;full;
2026-11-03;SUR-WOUND-01;perform;bea;2;partial;
2026-11-04;SUR-SBAR-02;together;bea;;partial;
2026-11-05;SUR-VTE-01;retell;bea;3;partial;
2026-11-05;SUR-CATH-01;compare;bea;3;none;
2026-11-09;SUR-NEWS-01;perform;bea;3;none;
2026-11-10;SUR-IV-01;perform;bea;4;none;
EOF
}

# Ali's journal with the example catalogue, his log, two reflections and feedback given to Bea.
alis_journal() {
    join_example_placement_as_ali
    setup activity import "$EXAMPLES/activities.csv"
    alis_log >"$WORK/ali.csv"
    setup activity import --log "$WORK/ali.csv"
    setup reflect --activity SUR-POSTOP-01 --date 2026-11-03 --from "$EXAMPLES/reflection.sv.md"
    setup reflect --activity SUR-VTE-01 --date 2026-11-06 --from "$EXAMPLES/reflection.sv.md"
    setup feedback give --to bea --activity SUR-WOUND-01 --date 2026-11-03 --strength "Calm" \
        --situation "Round" --improve "Pace" --how "Plan first"
}

# What the log implies, counted from its CSV (date;code;mode;partner;patients;presence).
logged() { tail -n +2 "$1"; }
distinct_modes() { logged "$1" | cut -d';' -f3 | sort -u | grep -c .; }
days_with_patients() { logged "$1" | awk -F';' '$5 > 0 { print $1 }' | sort -u | grep -c .; }
days_with_presence() { logged "$1" | awk -F';' -v p="$2" '$6 == p { print $1 }' | sort -u | grep -c .; }
# outcomes [CODE...]: the catalogue's learning outcomes of those activities (of all without).
outcomes() {
    /usr/bin/python3 - "$EXAMPLES/activities.csv" "$@" <<'EOF'
import csv, sys
codes = set(sys.argv[2:])
with open(sys.argv[1], encoding="utf-8-sig") as file:
    found = {o.strip() for row in csv.DictReader(file, delimiter=";")
             if not codes or row["code"] in codes for o in row["outcomes"].split(",") if o.strip()}
print("\n".join(sorted(found)))
EOF
}

test_the_html_report_in_a_browser_has_its_marks_no_errors_and_prints_on_three_a4_pages() {
    alis_journal
    run report --format html -o "$WORK/report.html"
    expect_status 0
    local log=$WORK/ali.csv covered all
    # shellcheck disable=SC2046 # one code a word
    covered=$(outcomes $(logged "$log" | cut -d';' -f2 | sort -u) | grep -c .)
    all=$(outcomes | grep -c .)
    # The numbers for this log: 5 modes, 5 days with patients, full on 2 days, partial on 3,
    # none on 3, 3 outcomes covered and 3 open.
    expect_equal "$(distinct_modes "$log") $(days_with_patients "$log") $covered $all" "5 5 3 6"
    browser_check "$WORK/report.html" \
        --marks "svg#modes .mark=$(distinct_modes "$log")" \
        --marks "svg#patients .mark=$(days_with_patients "$log")" \
        --marks "svg#presence .mark.full=$(days_with_presence "$log" full)" \
        --marks "svg#presence .mark.partial=$(days_with_presence "$log" partial)" \
        --marks "svg#presence .mark.none=$(days_with_presence "$log" none)" \
        --marks "svg#outcomes .mark.covered=$covered" \
        --marks "svg#outcomes .mark.open=$((all - covered))" \
        --marks "svg.chart=4" \
        --pdf "$ARTEFACTS/report.pdf" --pages 3 --screenshot "$ARTEFACTS/report.png"
    [ "$status" -eq 0 ] || fail "in the browser: $(browser)"
    cp "$WORK/report.html" "$ARTEFACTS/report.html"
}

test_a_console_error_or_a_request_to_the_network_fails_the_browser_check() {
    alis_journal
    run report --format html -o "$WORK/report.html"
    expect_status 0
    sed 's|</body>|<script>console.error("x")</script></body>|' "$WORK/report.html" >"$WORK/error.html"
    browser_check "$WORK/error.html"
    expect_equal "$status" 1
    grep -qF 'console.error: x' "$WORK/browser" || fail "the console error is not named: $(browser)"
    sed 's|</body>|<img src="https://example.org/x.png"></body>|' "$WORK/report.html" >"$WORK/image.html"
    browser_check "$WORK/image.html"
    expect_equal "$status" 1
    grep -qF 'a network request was attempted: https://example.org/x.png' "$WORK/browser" \
        || fail "the request is not named: $(browser)"
    # And a wrong count of marks.
    browser_check "$WORK/report.html" --marks "svg#modes .mark=4"
    expect_equal "$status" 1
    grep -qF 'svg#modes .mark: 5 elements, expected 4' "$WORK/browser" \
        || fail "the count is not named: $(browser)"
}

# The cohort over Ali's and Bea's exports for the examiner, as if made on 2026-11-10 and looked
# at the next day. Bea performs three times with two patients, her supervisor always beside her:
# her load does not grow and the presence does not decrease (two flags); only Ali gives
# feedback: the pair's feedback goes one way (a third). Ali has no flag.
test_the_cohort_page_in_a_browser_has_its_marks_no_errors_and_prints_on_one_a4_page() {
    alis_journal
    PEER_JOURNAL="$WORK/teacher.db" setup term handout ht26-kir-avd12 --student bea -o "$WORK/bea.toml"
    local bea=$WORK/bea.db student performed entries
    PEER_JOURNAL=$bea setup init
    PEER_JOURNAL=$bea setup term join "$WORK/bea.toml"
    PEER_JOURNAL=$bea setup activity import "$EXAMPLES/activities.csv"
    cat >"$WORK/bea.csv" <<'EOF'
date;code;mode;partner;patients;presence;note
2026-11-02;SUR-MED-01;perform;ali;2;full;
2026-11-05;SUR-DOC-01;perform;ali;2;full;
2026-11-09;SUR-MED-01;perform;ali;2;full;
EOF
    PEER_JOURNAL=$bea setup activity import --log "$WORK/bea.csv"
    PEER_JOURNAL=$bea setup reflect --activity SUR-MED-01 --date 2026-11-04 --from "$EXAMPLES/reflection.sv.md"
    PEER_JOURNAL=$bea setup reflect --activity SUR-MED-01 --date 2026-11-09 --from "$EXAMPLES/reflection.sv.md"
    mkdir "$WORK/exports"
    setup export --for lena -o "$WORK/ali.jsonl"
    PEER_JOURNAL=$bea setup export --for lena -o "$WORK/bea.jsonl"
    for student in ali bea; do
        { head -1 "$WORK/$student.jsonl" | jq -c '.exported_at = "2026-11-10T16:00:00Z"'
          tail -n +2 "$WORK/$student.jsonl"; } >"$WORK/exports/$student.jsonl"
    done
    run cohort "$WORK/exports" --today 2026-11-11 --format html -o "$WORK/cohort.html"
    expect_status 0
    # One mark per student for what they performed and one for the rest, where there is any;
    # one per flag that some row has.
    local marks=0 performed_marks=0
    for student in ali bea; do
        entries=$(logged "$WORK/$student.csv" | grep -c .)
        performed=$(logged "$WORK/$student.csv" | cut -d';' -f3 | grep -cx 'perform\|delegate')
        performed_marks=$((performed_marks + (performed > 0)))
        marks=$((marks + (performed > 0) + (entries - performed > 0)))
    done
    # Ali performed and did other things, Bea only performed.
    expect_equal "$marks $performed_marks" "3 2"
    browser_check "$WORK/cohort.html" \
        --marks "svg#entries-1 .mark=$marks" \
        --marks "svg#entries-1 .mark.performed=$performed_marks" \
        --marks "svg#flags-1 .mark=3" \
        --marks "svg.chart=2" \
        --pdf "$ARTEFACTS/cohort.pdf" --pages 1 --screenshot "$ARTEFACTS/cohort.png"
    [ "$status" -eq 0 ] || fail "in the browser: $(browser)"
    cp "$WORK/cohort.html" "$ARTEFACTS/cohort.html"
}

run_tests
