"""Reading xAPI statements (a JSON array, one object, ``{"statements": [...]}`` or JSON-lines)
and turning one statement into the plain facts the importer needs, or the reason it cannot."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import InputRefused
from core.messages import Message, msg

VERB_KINDS = {
    "completed": "completed",
    "passed": "passed",
    "failed": "failed",
    "attempted": "attempted",
    "progressed": "progressed",
}
_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


@dataclass(frozen=True)
class Statement:
    """One statement as read: its position (1-based) and its JSON object."""

    number: int
    data: Any


def _refuse(path: Path, detail: str) -> InputRefused:
    return InputRefused(msg("xapi.unreadable", file=str(path), detail=detail))


def read_statements(path: Path) -> list[Statement]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise _refuse(path, error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise _refuse(path, "not UTF-8 text") from None
    if not text.strip():
        raise _refuse(path, "the file is empty")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        return _json_lines(path, text)
    if isinstance(whole, dict) and isinstance(whole.get("statements"), list):
        whole = whole["statements"]
    items = whole if isinstance(whole, list) else [whole]
    return [Statement(i, item) for i, item in enumerate(items, start=1)]


def _json_lines(path: Path, text: str) -> list[Statement]:
    statements = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            statements.append(Statement(number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise _refuse(path, f"line {number}: {error.msg}") from None
    return statements


class Refusal(Exception):
    def __init__(self, field: str, code: str, **values: Any) -> None:
        super().__init__(code)
        self.field = field
        self.message: Message = msg(code, **values)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def actor_keys(statement: dict[str, Any]) -> tuple[str | None, str | None]:
    """(email from mbox, employee id from account.name); a group actor is refused."""
    actor = _dict(statement.get("actor"))
    if actor.get("objectType") == "Group" or "member" in actor:
        raise Refusal("actor", "xapi.group_actor", name=actor.get("name") or "?")
    mbox = actor.get("mbox")
    email = mbox[len("mailto:") :] if isinstance(mbox, str) and mbox.startswith("mailto:") else None
    account = _dict(actor.get("account")).get("name")
    if not email and not account:
        raise Refusal("actor", "xapi.no_person")
    return email, str(account) if account is not None else None


def object_code(statement: dict[str, Any]) -> tuple[str, str]:
    """(the object id, the IRI's last path segment) of an Activity object."""
    target = _dict(statement.get("object"))
    kind = target.get("objectType", "Activity")
    if kind == "SubStatement":
        raise Refusal("object", "xapi.sub_statement")
    if kind == "StatementRef":
        raise Refusal("object", "xapi.statement_ref", target=target.get("id") or "?")
    if kind != "Activity" or not isinstance(target.get("id"), str):
        raise Refusal("object", "xapi.not_an_activity", kind=kind)
    iri = target["id"]
    last = iri.rstrip("/").rsplit("/", 1)[-1]
    return iri, last


def verb_name(statement: dict[str, Any]) -> str:
    verb = _dict(statement.get("verb")).get("id")
    if not isinstance(verb, str):
        raise Refusal("verb", "xapi.no_verb")
    return verb.rstrip("/").rsplit("/", 1)[-1]


def timestamp(statement: dict[str, Any]) -> dt.datetime:
    value = statement.get("timestamp") or statement.get("stored")
    if not isinstance(value, str):
        raise Refusal("timestamp", "xapi.no_timestamp")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Refusal("timestamp", "xapi.bad_timestamp", value=value) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def score(statement: dict[str, Any]) -> float | None:
    """0–100 from scaled, raw/max or a raw 0–100 score."""
    given = _dict(_dict(statement.get("result")).get("score"))
    scaled, raw, top = given.get("scaled"), given.get("raw"), given.get("max")
    if isinstance(scaled, int | float):
        return round(max(0.0, min(1.0, float(scaled))) * 100, 2)
    if isinstance(raw, int | float) and isinstance(top, int | float) and top > 0:
        return round(float(raw) / float(top) * 100, 2)
    if isinstance(raw, int | float) and 0 <= raw <= 100:
        return float(raw)
    return None


def duration_minutes(statement: dict[str, Any]) -> float | None:
    value = _dict(statement.get("result")).get("duration")
    if not isinstance(value, str):
        return None
    found = _DURATION.match(value)
    if found is None:
        return None
    parts = {k: float(v) if v else 0.0 for k, v in found.groupdict().items()}
    return round(parts["d"] * 1440 + parts["h"] * 60 + parts["m"] + parts["s"] / 60, 2)
