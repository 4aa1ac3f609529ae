#!/usr/bin/python3
"""Generates benchmark input as CSV on stdout: `catalogue N` activities, or `log N [FIRST LAST]`
log entries that use the catalogue's first 50 codes, spread over the days from FIRST to LAST
(default: the days of 2026), with partner bea."""
import csv
import datetime
import random
import sys

MODES = ["perform", "observe", "together", "retell", "compare"]
PRESENCE = ["full", "partial", "none"]


def catalogue(count, out):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "title", "what", "how", "why", "outcomes", "unit", "tags"])
    for i in range(count):
        writer.writerow([f"BENCH-{i:04d}", f"Activity {i}", "What one should be able to do.",
                         "How it is done on the ward, step by step.", "Why it matters.",
                         "LO1, LO3", "Ward 12, Surgery", "bench, generated"])


def log(count, out, first="2026-01-01", last="2026-12-31"):
    rng = random.Random(7)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "code", "mode", "partner", "patients", "presence", "note"])
    start = datetime.date.fromisoformat(first)
    days = (datetime.date.fromisoformat(last) - start).days + 1
    per_day = max(1, count // days)
    for i in range(count):
        day = start + datetime.timedelta(days=min(i // per_day, days - 1))
        writer.writerow([day.isoformat(), f"BENCH-{rng.randrange(50):04d}", rng.choice(MODES), "bea",
                         rng.randrange(1, 6), rng.choice(PRESENCE),
                         "We prepared together; one performed, the other observed, then we talked it through."])


if __name__ == "__main__":
    kind, count = sys.argv[1], int(sys.argv[2])
    {"catalogue": catalogue, "log": log}[kind](count, sys.stdout, *sys.argv[3:])
