#!/usr/bin/python3
"""Checks xAPI statements against the rules of xAPI 1.0.3 that a Learning Record Store
enforces, and against what peer promises besides (docs/xapi.md).

    check_xapi.py FILE            FILE is one JSON array of statements
    check_xapi.py --lines FILE    FILE is JSON Lines: one statement per line

xAPI 1.0.3 (Data, section 2.4): a statement has an actor, a verb and an object, and no
property the specification does not define (extensions aside); ids are UUIDs; IRIs are
absolute; language maps are keyed by RFC 5646 tags; result and context properties have their
types; a voiding statement's object is a StatementRef; timestamps are ISO 8601.

peer besides: every statement has an id, a version-5 UUID, unique in the file; the actor is an
Agent identified by an account (homePage an http(s) IRL, and a name) and nothing else, and no
mbox or mbox_sha1sum or e-mail address appears anywhere; the object is an Activity or a
StatementRef; timestamps are UTC; `stored` and `authority`, which the LRS sets, are not set.

Every problem is printed to stderr as FILE: statement N: PATH: what is wrong; the exit status
is 1 when there is any, 0 (with the count of statements on stdout) otherwise. Standard library
only.
"""

import json
import re
import sys

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
UUID5 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
# An absolute IRI (RFC 3987): a scheme, a colon, something, and none of the characters an IRI
# never holds.
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
IRL = re.compile(r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\s]+[^\s<>\"{}|\\^`]*$")
# RFC 5646 (simplified): language, script, region, variants; and the private-use and
# grandfathered forms are not used here.
LANGUAGE_TAG = re.compile(
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
# ISO 8601 as xAPI uses it (RFC 3339 profile), and peer's: in UTC.
TIMESTAMP = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
DURATION = re.compile(r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
                      r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")
EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
VERSION = re.compile(r"^1\.0(\.\d+)?$")

STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                  "authority", "version", "attachments"}
AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
IDENTIFIERS = ("mbox", "mbox_sha1sum", "openid", "account")
ACTIVITY_KEYS = {"objectType", "id", "definition"}
DEFINITION_KEYS = {"name", "description", "type", "moreInfo", "extensions", "interactionType",
                   "correctResponsesPattern", "choices", "scale", "source", "target", "steps"}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
SCORE_KEYS = {"scaled", "raw", "min", "max"}
CONTEXT_KEYS = {"registration", "instructor", "team", "contextActivities", "revision",
                "platform", "language", "statement", "extensions"}
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
VOIDED = "http://adlnet.gov/expapi/verbs/voided"


class Checker:
    def __init__(self, source):
        self.source = source
        self.problems = []
        self.number = 0

    def fail(self, path, message):
        self.problems.append(f"{self.source}: statement {self.number}: {path}: {message}")

    def is_object(self, value, path):
        if not isinstance(value, dict):
            self.fail(path, f"must be an object, not {type(value).__name__}")
            return False
        return True

    def is_string(self, value, path):
        if not isinstance(value, str):
            self.fail(path, f"must be a string, not {type(value).__name__}")
            return False
        return True

    def only_keys(self, value, allowed, path):
        for key in sorted(set(value) - allowed):
            self.fail(f"{path}.{key}", "is not a property xAPI defines here")

    def required(self, value, keys, path):
        for key in keys:
            if key not in value:
                self.fail(path, f"lacks the required `{key}`")

    def iri(self, value, path):
        if self.is_string(value, path) and not IRI.match(value):
            self.fail(path, f"'{value}' is not an absolute IRI")

    def irl(self, value, path):
        if self.is_string(value, path) and not IRL.match(value):
            self.fail(path, f"'{value}' is not an absolute http(s) IRL")

    def uuid(self, value, path):
        if self.is_string(value, path) and not UUID.match(value):
            self.fail(path, f"'{value}' is not a UUID")

    def language_map(self, value, path):
        if not self.is_object(value, path):
            return
        if not value:
            self.fail(path, "is an empty language map")
        for tag, text in value.items():
            if not LANGUAGE_TAG.match(tag):
                self.fail(f"{path}.{tag}", "is not an RFC 5646 language tag")
            self.is_string(text, f"{path}.{tag}")

    def extensions(self, value, path):
        if self.is_object(value, path):
            for key in value:
                if not IRI.match(key):
                    self.fail(f"{path}.{key}", "an extension's key must be an absolute IRI")

    def timestamp(self, value, path):
        if not self.is_string(value, path):
            return
        if not TIMESTAMP.match(value):
            self.fail(path, f"'{value}' is not an ISO 8601 timestamp")
        elif not value.endswith("Z"):
            self.fail(path, f"'{value}' is not in UTC")

    def agent(self, value, path, account_only=True):
        if not self.is_object(value, path):
            return
        self.only_keys(value, AGENT_KEYS, path)
        if value.get("objectType", "Agent") != "Agent":
            self.fail(f"{path}.objectType", f"must be Agent, not {value.get('objectType')}")
        if account_only and "objectType" not in value:
            self.fail(path, "lacks objectType Agent")
        found = [key for key in IDENTIFIERS if key in value]
        if len(found) != 1:
            self.fail(path, f"must have exactly one inverse functional identifier, has {found}")
        if account_only and found != ["account"]:
            self.fail(path, "must be identified by an account and nothing else")
        if "name" in value:
            self.is_string(value["name"], f"{path}.name")
        if "account" in value and self.is_object(value["account"], f"{path}.account"):
            account = value["account"]
            self.only_keys(account, {"homePage", "name"}, f"{path}.account")
            self.required(account, ("homePage", "name"), f"{path}.account")
            if "homePage" in account:
                self.irl(account["homePage"], f"{path}.account.homePage")
            if "name" in account and self.is_string(account["name"], f"{path}.account.name"):
                if not account["name"]:
                    self.fail(f"{path}.account.name", "is empty")

    def activity(self, value, path):
        if not self.is_object(value, path):
            return
        self.only_keys(value, ACTIVITY_KEYS, path)
        if value.get("objectType", "Activity") != "Activity":
            self.fail(f"{path}.objectType", "must be Activity")
        self.required(value, ("id",), path)
        if "id" in value:
            self.iri(value["id"], f"{path}.id")
        definition = value.get("definition")
        if definition is None:
            return
        if not self.is_object(definition, f"{path}.definition"):
            return
        self.only_keys(definition, DEFINITION_KEYS, f"{path}.definition")
        for key in ("name", "description"):
            if key in definition:
                self.language_map(definition[key], f"{path}.definition.{key}")
        if "type" in definition:
            self.iri(definition["type"], f"{path}.definition.type")
        if "moreInfo" in definition:
            self.irl(definition["moreInfo"], f"{path}.definition.moreInfo")
        if "extensions" in definition:
            self.extensions(definition["extensions"], f"{path}.definition.extensions")

    def statement_ref(self, value, path):
        if not self.is_object(value, path):
            return
        self.only_keys(value, {"objectType", "id"}, path)
        if value.get("objectType") != "StatementRef":
            self.fail(f"{path}.objectType", "must be StatementRef")
        self.required(value, ("id",), path)
        if "id" in value:
            self.uuid(value["id"], f"{path}.id")

    def verb(self, value, path):
        if not self.is_object(value, path):
            return
        self.only_keys(value, {"id", "display"}, path)
        self.required(value, ("id", "display"), path)
        if "id" in value:
            self.iri(value["id"], f"{path}.id")
        if "display" in value:
            self.language_map(value["display"], f"{path}.display")

    def result(self, value, path):
        if not self.is_object(value, path):
            return
        self.only_keys(value, RESULT_KEYS, path)
        for key in ("success", "completion"):
            if key in value and not isinstance(value[key], bool):
                self.fail(f"{path}.{key}", "must be true or false")
        if "response" in value:
            self.is_string(value["response"], f"{path}.response")
        if "duration" in value and self.is_string(value["duration"], f"{path}.duration"):
            if not DURATION.match(value["duration"]):
                self.fail(f"{path}.duration", "is not an ISO 8601 duration")
        if "score" in value and self.is_object(value["score"], f"{path}.score"):
            score = value["score"]
            self.only_keys(score, SCORE_KEYS, f"{path}.score")
            for key, number in score.items():
                if isinstance(number, bool) or not isinstance(number, (int, float)):
                    self.fail(f"{path}.score.{key}", "must be a number")
            if "scaled" in score and isinstance(score["scaled"], (int, float)):
                if not -1 <= score["scaled"] <= 1:
                    self.fail(f"{path}.score.scaled", "must be between -1 and 1")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{path}.extensions")

    def context(self, value, path, object_is_activity):
        if not self.is_object(value, path):
            return
        self.only_keys(value, CONTEXT_KEYS, path)
        if "registration" in value:
            self.uuid(value["registration"], f"{path}.registration")
        if "instructor" in value:
            self.agent(value["instructor"], f"{path}.instructor")
        for key in ("revision", "platform"):
            if key in value:
                self.is_string(value[key], f"{path}.{key}")
                if not object_is_activity:
                    self.fail(f"{path}.{key}", "is only allowed when the object is an Activity")
        if "language" in value and self.is_string(value["language"], f"{path}.language"):
            if not LANGUAGE_TAG.match(value["language"]):
                self.fail(f"{path}.language", "is not an RFC 5646 language tag")
        if "statement" in value:
            self.statement_ref(value["statement"], f"{path}.statement")
        activities = value.get("contextActivities")
        if activities is not None and self.is_object(activities, f"{path}.contextActivities"):
            self.only_keys(activities, CONTEXT_ACTIVITY_KEYS, f"{path}.contextActivities")
            for key, listed in activities.items():
                where = f"{path}.contextActivities.{key}"
                for i, activity in enumerate(listed if isinstance(listed, list) else [listed]):
                    self.activity(activity, f"{where}[{i}]")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{path}.extensions")

    def no_email(self, value, path):
        """No mbox, mbox_sha1sum or e-mail address anywhere in the statement."""
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in ("mbox", "mbox_sha1sum"):
                    self.fail(f"{path}.{key}", "an e-mail address must not identify anyone")
                self.no_email(inner, f"{path}.{key}")
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                self.no_email(inner, f"{path}[{i}]")
        elif isinstance(value, str) and EMAIL.search(value):
            self.fail(path, "holds an e-mail address")

    def statement(self, value, seen):
        self.number += 1
        if not self.is_object(value, "$"):
            return
        self.only_keys(value, STATEMENT_KEYS, "$")
        self.required(value, ("id", "actor", "verb", "object"), "$")
        for key in ("stored", "authority"):
            if key in value:
                self.fail(f"$.{key}", "is set by the LRS, not by the statement's provider")
        if "id" in value:
            self.uuid(value["id"], "$.id")
            if isinstance(value["id"], str) and not UUID5.match(value["id"]):
                self.fail("$.id", "is not a version-5 UUID in lower case")
            if value["id"] in seen:
                self.fail("$.id", f"{value['id']} is the id of statement {seen[value['id']]} too")
            seen.setdefault(value["id"], self.number)
        if "actor" in value:
            self.agent(value["actor"], "$.actor")
        if "verb" in value:
            self.verb(value["verb"], "$.verb")
        target = value.get("object")
        object_is_activity = False
        if target is not None and self.is_object(target, "$.object"):
            kind = target.get("objectType", "Activity")
            if kind == "Activity":
                object_is_activity = True
                self.activity(target, "$.object")
            elif kind == "StatementRef":
                self.statement_ref(target, "$.object")
            else:
                self.fail("$.object.objectType", f"must be Activity or StatementRef, not {kind}")
            verb = value.get("verb")
            verb_id = verb.get("id") if isinstance(verb, dict) else None
            if verb_id == VOIDED and kind != "StatementRef":
                self.fail("$.object", "a voiding statement's object must be a StatementRef")
        if "result" in value:
            self.result(value["result"], "$.result")
        if "context" in value:
            self.context(value["context"], "$.context", object_is_activity)
        if "timestamp" in value:
            self.timestamp(value["timestamp"], "$.timestamp")
        if "version" in value and (not isinstance(value["version"], str)
                                   or not VERSION.match(value["version"])):
            self.fail("$.version", "must be 1.0.x")
        self.no_email(value, "$")


def read_statements(path, lines):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if not text.endswith("\n"):
        raise ValueError("the file does not end in a line feed")
    if not lines:
        statements = json.loads(text)
        if not isinstance(statements, list):
            raise ValueError("the file is not one JSON array")
        return statements
    statements = []
    for number, line in enumerate(text.split("\n")[:-1], start=1):
        try:
            statements.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number} is not JSON: {error}") from error
    return statements


def main(argv):
    arguments = argv[1:]
    lines = "--lines" in arguments
    files = [a for a in arguments if a != "--lines"]
    if len(files) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        statements = read_statements(files[0], lines)
    except (OSError, ValueError) as error:
        print(f"{files[0]}: {error}", file=sys.stderr)
        return 1
    checker = Checker(files[0])
    seen = {}
    for statement in statements:
        checker.statement(statement, seen)
    for problem in checker.problems:
        print(problem, file=sys.stderr)
    if checker.problems:
        return 1
    print(f"{len(statements)} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
