"""Bulk writes of progress shared by the progress and xAPI imports (raw DB-API, one transaction).

A state (status, percent, score, hours, dates) lands on the person's latest assignment for
the course, or on a new one when there is none. Every completion is added to the history
once per person, course and day, with its certificate expiry, and raises the person's
skills to what the course teaches (never lowering them). Events are appended.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from core.compliance import certificate_expiry

Pair = tuple[int, int]  # (employee db id, course id)
STATE_COLUMNS = ("status", "percent", "score", "hours", "started_on", "completed_on", "due_date")
_DATE_COLUMNS = ("started_on", "completed_on", "due_date")


@dataclass
class StateChange:
    """New values for one pair's assignment; None leaves a stored value as it is."""

    person: int
    course: int
    values: dict[str, Any]


@dataclass(frozen=True)
class EventRecord:
    person: int
    course: int
    kind: str
    occurred_at: dt.datetime
    duration_minutes: float | None = None
    score: float | None = None
    statement_id: str | None = None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def latest_assignments(connection: sqlite3.Connection) -> dict[Pair, dict[str, Any]]:
    """Each pair's latest assignment: its id and state (dates as dates)."""
    found: dict[Pair, dict[str, Any]] = {}
    query = f"SELECT id, employee_id, course_id, {', '.join(STATE_COLUMNS)} FROM assignments"
    for row_id, person, course, *state in connection.execute(query + " ORDER BY id"):
        values = dict(zip(STATE_COLUMNS, state, strict=True))
        for name in _DATE_COLUMNS:
            values[name] = _date(values[name])
        found[(person, course)] = {"id": row_id, **values}
    return found


def known_statement_ids(connection: sqlite3.Connection) -> set[str]:
    query = "SELECT statement_id FROM progress_events WHERE statement_id IS NOT NULL"
    return {row[0] for row in connection.execute(query)}


def differs(stored: dict[str, Any] | None, values: dict[str, Any]) -> bool:
    return stored is None or any(stored.get(k) != v for k, v in values.items() if v is not None)


def _sql(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def write_states(
    connection: sqlite3.Connection, changes: list[StateChange], today: dt.date
) -> dict[str, int]:
    """Update or create the assignments; record completions; rows written per table."""
    stored = latest_assignments(connection)
    inserts: list[tuple[Any, ...]] = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    completions: list[tuple[int, int, int | None, dt.date, float | None]] = []
    for change in changes:
        values = {k: v for k, v in change.values.items() if v is not None}
        old = stored.get((change.person, change.course))
        if values.get("status") == "completed" and old and old["status"] == "completed":
            values.setdefault("completed_on", old["completed_on"])
        if values.get("status") == "completed":
            values.setdefault("completed_on", today)
            values.setdefault("percent", 100.0)
        if old is None:
            inserts.append(_new_assignment(change.person, change.course, values, today))
        elif differs(old, values):
            columns = tuple(sorted(values))
            updates.setdefault(columns, []).append((*(_sql(values[c]) for c in columns), old["id"]))
        if values.get("status") == "completed":
            row_id = old["id"] if old else None
            completions.append(
                (change.person, change.course, row_id, values["completed_on"], values.get("score"))
            )
    connection.executemany(
        "INSERT INTO assignments (employee_id, course_id, assigned_on, due_date, mandatory, "
        "status, percent, score, hours, started_on, completed_on, source) "
        "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 'manual')",
        inserts,
    )
    for columns, params in updates.items():
        assignments = ", ".join(f"{c} = ?" for c in columns)
        connection.executemany(f"UPDATE assignments SET {assignments} WHERE id = ?", params)
    written = record_completions(connection, completions)
    return {
        "assignments": len(inserts) + sum(len(p) for p in updates.values()),
        "completions": written,
    }


def _new_assignment(
    person: int, course: int, values: dict[str, Any], today: dt.date
) -> tuple[Any, ...]:
    assigned = values.get("started_on") or values.get("completed_on") or today
    return (
        person,
        course,
        assigned.isoformat(),
        _sql(values.get("due_date")),
        values.get("status", "not_started"),
        values.get("percent", 0.0),
        values.get("score"),
        values.get("hours", 0.0),
        _sql(values.get("started_on")),
        _sql(values.get("completed_on")),
    )


def record_completions(
    connection: sqlite3.Connection,
    completions: list[tuple[int, int, int | None, dt.date, float | None]],
) -> int:
    """Add new completions (once per person, course and day), expiries, skills; how many."""
    if not completions:
        return 0
    validity = dict(connection.execute("SELECT id, validity_months FROM courses"))
    seen = {
        (p, c, day)
        for p, c, day in connection.execute(
            "SELECT employee_id, course_id, completed_on FROM completions"
        )
    }
    rows = []
    for person, course, assignment_id, day, score in completions:
        if (person, course, day.isoformat()) in seen:
            continue
        seen.add((person, course, day.isoformat()))
        expires = certificate_expiry(day, validity.get(course))
        rows.append((person, course, assignment_id, day.isoformat(), score, _sql(expires)))
    connection.executemany(
        "INSERT INTO completions (employee_id, course_id, assignment_id, completed_on, score, "
        "expires_on) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    # The assignment carries the expiry of its own latest completion.
    connection.executemany(
        "UPDATE assignments SET certificate_expiry = ? WHERE id = ? AND completed_on = ?",
        [(r[5], r[2], r[3]) for r in rows if r[2] is not None],
    )
    connection.execute(
        "UPDATE assignments SET certificate_expiry = (SELECT c.expires_on FROM completions c "
        "WHERE c.employee_id = assignments.employee_id AND c.course_id = assignments.course_id "
        "AND c.completed_on = assignments.completed_on ORDER BY c.id DESC LIMIT 1) "
        "WHERE status = 'completed' AND certificate_expiry IS NULL AND completed_on IS NOT NULL "
        "AND course_id IN (SELECT id FROM courses WHERE validity_months IS NOT NULL)"
    )
    raise_skills(connection, [(r[0], r[1], r[3]) for r in rows])
    return len(rows)


def raise_skills(connection: sqlite3.Connection, completed: list[tuple[int, int, str]]) -> None:
    """Skills up to the levels the completed courses teach; never lowered."""
    taught: dict[int, list[tuple[int, int]]] = {}
    for course, skill, level in connection.execute(
        "SELECT course_id, skill_id, level FROM course_skills"
    ):
        taught.setdefault(course, []).append((skill, level))
    best: dict[tuple[int, int], tuple[int, str]] = {}
    for person, course, day in completed:
        for skill, level in taught.get(course, []):
            current = best.get((person, skill))
            if current is None or (level, day) > current:
                best[(person, skill)] = (level, day)
    connection.executemany(
        "INSERT INTO employee_skills (employee_id, skill_id, level, source, updated_on) "
        "VALUES (?, ?, ?, 'course', ?) ON CONFLICT (employee_id, skill_id) DO UPDATE SET "
        "level = excluded.level, source = 'course', updated_on = excluded.updated_on "
        "WHERE excluded.level > employee_skills.level",
        [(p, s, level, day) for (p, s), (level, day) in best.items()],
    )


def write_events(connection: sqlite3.Connection, events: list[EventRecord]) -> int:
    connection.executemany(
        "INSERT INTO progress_events (employee_id, course_id, kind, occurred_at, "
        "duration_minutes, score, statement_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.person,
                e.course,
                e.kind,
                e.occurred_at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                e.duration_minutes,
                e.score,
                e.statement_id,
            )
            for e in events
        ],
    )
    return len(events)
