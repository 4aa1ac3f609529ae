#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema, with Debian's python3-jsonschema.

    validate_json.py SCHEMA [FILE]      one JSON document (stdin when FILE is absent)
    validate_json.py --lines SCHEMA [FILE]   JSON Lines: every line is a document

Exit 0 when every document is valid; 1 with one message per problem otherwise.
"""
import json
import pathlib
import sys

import jsonschema


def local_store(schema_path):
    """Every schema of the schemas/ folder, by its $id, so that $ref never leaves the machine."""
    root = pathlib.Path(schema_path).resolve().parent
    while root.name != "schemas" and root != root.parent:
        root = root.parent
    store = {}
    for path in root.rglob("*.schema.json"):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        if "$id" in schema:
            store[schema["$id"]] = schema
    return store


def main(argv):
    lines = argv[1:2] == ["--lines"]
    args = argv[2:] if lines else argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    source = open(args[1], encoding="utf-8") if len(args) > 1 else sys.stdin
    text = source.read()
    try:
        documents = [json.loads(line) for line in text.splitlines() if line.strip()] if lines else [json.loads(text)]
    except json.JSONDecodeError as error:
        print(f"not JSON: {error}", file=sys.stderr)
        return 1
    resolver = jsonschema.RefResolver.from_schema(schema, store=local_store(args[0]))
    validator = jsonschema.Draft202012Validator(
        schema, resolver=resolver, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    problems = 0
    for number, document in enumerate(documents, 1):
        for error in validator.iter_errors(document):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"document {number}: {where}: {error.message}", file=sys.stderr)
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
