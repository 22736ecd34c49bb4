"""The History tab of a person or a course: the audit entries that concern them, readable.

Entries are found by the audit log's ``employee_ref`` / ``course_ref`` (indexed), which
also catches their child rows: a person's skills and assignments, a course's modules,
skills and prerequisites. Ids inside entries are shown as the names they stand for.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import AuditEntry, Course, Department, Employee, Role, Skill

SUMMARY_LIMIT = 160
VALUE_LIMIT = 40
# Columns that hold another record's id, and how to name that record.
_NAMED_BY: dict[str, tuple[InstrumentedAttribute[int], InstrumentedAttribute[Any]]] = {
    "skill_id": (Skill.id, Skill.name),
    "course_id": (Course.id, Course.code),
    "required_course_id": (Course.id, Course.code),
    "employee_id": (Employee.id, Employee.employee_id),
    "manager_id": (Employee.id, Employee.employee_id),
    "department_id": (Department.id, Department.name),
    "role_id": (Role.id, Role.name),
}
# Not worth a line in a summary: the row's own id and the subject the tab is about.
_QUIET = {"id", "course_id", "employee_id"}


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    action: str
    kind: str  # insert / update / delete
    table: str
    record: str
    summary: str  # "title: 'SQL basics' → 'SQL 基础'"


def person_history(session: Session, employee_db_id: int) -> list[HistoryRow]:
    """Every audited change to the person and their rows, newest first."""
    return _history(session, AuditEntry.employee_ref == employee_db_id, "employee_id")


def course_history(session: Session, course_id: int) -> list[HistoryRow]:
    """Every audited change to the course and its rows, newest first."""
    return _history(session, AuditEntry.course_ref == course_id, "course_id")


def _history(session: Session, condition: Any, subject: str) -> list[HistoryRow]:
    entries = list(
        session.scalars(select(AuditEntry).where(condition).order_by(AuditEntry.id.desc()))
    )
    parsed = [json.loads(e.changes) for e in entries]
    keys = [_key_with_subjects(e) for e in entries]
    names = _Names(session, parsed, keys)
    return [
        HistoryRow(
            at=entry.at,
            action=entry.action,
            kind=entry.kind,
            table=entry.table_name,
            record=names.record(entry, key, subject),
            summary=_summary(entry.kind, changes, names),
        )
        for entry, changes, key in zip(entries, parsed, keys, strict=True)
    ]


def _key_with_subjects(entry: AuditEntry) -> dict[str, Any]:
    """The row's key plus the person and course it concerns (an assignment's key is an id)."""
    key: dict[str, Any] = json.loads(entry.record_pk or "{}")
    if entry.employee_ref is not None:
        key.setdefault("employee_id", entry.employee_ref)
    if entry.course_ref is not None:
        key.setdefault("course_id", entry.course_ref)
    return key


class _Names:
    """Names for the ids the entries mention, loaded with one query per kind of id."""

    def __init__(
        self, session: Session, changes: list[dict[str, list[Any]]], keys: list[dict[str, Any]]
    ) -> None:
        wanted: dict[str, set[int]] = {}
        for values in [*changes, *({k: [v] for k, v in key.items()} for key in keys)]:
            for column, pair in values.items():
                if column in _NAMED_BY:
                    wanted.setdefault(column, set()).update(v for v in pair if isinstance(v, int))
        self.by_column = {
            column: self._load(session, column, ids) for column, ids in wanted.items()
        }

    @staticmethod
    def _load(session: Session, column: str, ids: Iterable[int]) -> dict[int, str]:
        id_column, name_column = _NAMED_BY[column]
        rows = session.execute(select(id_column, name_column).where(id_column.in_(list(ids))))
        return {row_id: str(name) for row_id, name in rows}

    def value(self, column: str, value: Any) -> str:
        if value is None:
            return "—"
        name = self.by_column.get(column, {}).get(value) if isinstance(value, int) else None
        text = name if name is not None else str(value)
        if isinstance(value, str) or name is not None:
            text = f"'{_shorten(text, VALUE_LIMIT)}'"
        return text

    def record(self, entry: AuditEntry, key: dict[str, Any], subject: str) -> str:
        """The record in words: its natural key, or the other records it links the subject to.

        In a course's tab a course skill reads "SQL"; in a person's tab an assignment
        reads as the course's code, in the course's tab as the person's employee ID.
        """
        if "=" not in entry.record_key:
            return entry.record_key
        named = [
            self.by_column.get(column, {}).get(value, f"{column}={value}")
            for column, value in key.items()
            if column in _NAMED_BY and column != subject
        ]
        return " / ".join(named) if named else entry.record_key


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(column: str, *values: Any) -> str:
    """A skill_id naming a skill reads "skill"; an HR employee_id (text) keeps its name."""
    refers = column in _NAMED_BY and any(isinstance(v, int) for v in values)
    return column.removesuffix("_id") if refers else column


def _summary(kind: str, changes: dict[str, list[Any]], names: _Names) -> str:
    if kind == "bulk":
        return _shorten(json.dumps(changes, ensure_ascii=False), SUMMARY_LIMIT)
    parts = []
    for column, (old, new) in sorted(changes.items()):
        if kind == "update":
            shown = f"{names.value(column, old)} → {names.value(column, new)}"
            parts.append(f"{_label(column, old, new)}: {shown}")
        elif column not in _QUIET:
            value = new if kind == "insert" else old
            if value not in (None, ""):
                parts.append(f"{_label(column, value)}: {names.value(column, value)}")
    return _shorten("; ".join(parts), SUMMARY_LIMIT)
