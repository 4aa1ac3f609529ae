#!/usr/bin/python3
"""Prints a TOML file as JSON (dates as YYYY-MM-DD strings), for validating TOML files against
JSON Schemas the way editors do. Exit 1 when the file is not TOML."""
import datetime
import json
import sys
import tomllib


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


try:
    with open(sys.argv[1], "rb") as toml_file:
        document = tomllib.load(toml_file)
except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
    print(f"{sys.argv[1]}: {error}", file=sys.stderr)
    sys.exit(1)
json.dump(plain(document), sys.stdout, ensure_ascii=False)
