#!/usr/bin/env python3
"""Writes the guard's corpus as the input of every path into the journal (test_corpus.sh).

    python3 tests/corpus/as_inputs.py identifiers|prose DIR

DIR receives, each holding every line of the corpus once: a placement file (the lines as a
staff member's specialist fields), a catalogue in CSV, TOML and JSON Lines (the lines as
titles), a log in CSV (the lines as notes), Markdown for a reflection, feedback and a briefing
(the lines as paragraphs of one section), and `lines.txt`, the lines alone. `counts.txt` says
how many identifiers of each kind there are ("PRIVACY-PIN 220"), for identifiers."""

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
IDS = {"personal_number": "PRIVACY-PIN", "coordination_number": "PRIVACY-COORDINATION",
       "reserve_number": "PRIVACY-RESERVE", "phone_number": "PRIVACY-PHONE",
       "email_address": "PRIVACY-EMAIL"}


def lines_of(kind):
    if kind == "prose":
        return [line for line in (HERE / "prose.txt").read_text(encoding="utf-8").splitlines()
                if line], {}
    lines, counts = [], {}
    for row in (HERE / "identifiers.tsv").read_text(encoding="utf-8").splitlines():
        found, _, sentence = row.split("\t", 2)
        lines.append(sentence)
        counts[IDS[found]] = counts.get(IDS[found], 0) + 1
    return lines, counts


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def main():
    kind, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    lines, counts = lines_of(kind)
    write = lambda name, text: (out / name).write_text(text, encoding="utf-8")
    write("lines.txt", "".join(line + "\n" for line in lines))
    write("counts.txt", "".join(f"{k} {v}\n" for k, v in sorted(counts.items())))

    minimal = (HERE.parent / "fixtures/placement/valid-minimal.toml").read_text(encoding="utf-8")
    fields = ",\n".join("    " + toml_string(line) for line in lines)
    write("placement.toml", minimal.replace(
        'in_profession_since = 2015-06-01\n',
        f'in_profession_since = 2015-06-01\nspecialist = [\n{fields},\n]\n', 1))

    codes = [f"C-{i:04d}" for i in range(1, len(lines) + 1)]
    with open(out / "catalogue.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "title"])
        writer.writerows(zip(codes, lines))
    write("catalogue.toml", "".join(
        f"[[activity]]\ncode = {toml_string(c)}\ntitle = {toml_string(t)}\n\n"
        for c, t in zip(codes, lines)))
    write("catalogue.jsonl", "".join(
        json.dumps({"code": c, "title": t}, ensure_ascii=False) + "\n"
        for c, t in zip(codes, lines)))
    with open(out / "log.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "code", "mode", "note"])
        writer.writerows(("2026-11-05", "SUR-PAIN-01", "perform", line) for line in lines)

    paragraphs = "\n\n".join(lines)
    write("reflection.md", f"## Description\n{paragraphs}\n")
    write("feedback.md", f"## Strength\n{paragraphs}\n## Situation\nThe round\n"
          "## Improve\nPace\n## How\nPause\n")
    write("briefing.md", f"## Who does what\n{paragraphs}\n## Observations\nRedness\n"
          "## Consequences\nStop\n")


if __name__ == "__main__":
    main()
