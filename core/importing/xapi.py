"""``import xapi``: statements become activity events and update their people's assignments.

The actor's ``mbox`` names the person with that email, ``account.name`` the person with that
employee id; the object's id names the course whose code it is, or whose code is the IRI's
last path segment. completed / passed / failed / attempted / progressed are understood.
Statements that cannot be imported are each reported with their reason — unknown person or
course, voided, voiding, sub-statement, group actor, a statement id repeated in the file —
and never invented or counted twice; a statement imported before is counted as unchanged.
Same semantics as every import: one transaction, ``skip_invalid``, ``dry_run``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from core.changes import Changes, note_bulk_change, perform
from core.importing.handler import fold, raw_connection
from core.importing.model import ImportOptions, ImportSummary, RowProblem
from core.importing.progress_store import (
    EventRecord,
    StateChange,
    known_statement_ids,
    latest_assignments,
    record_completions,
    write_events,
    write_states,
)
from core.importing.xapi_read import (
    VERB_KINDS,
    Refusal,
    Statement,
    actor_keys,
    duration_minutes,
    object_code,
    read_statements,
    score,
    timestamp,
    verb_name,
)
from core.messages import msg
from core.tasks import TaskState
from db.session import Database

_STATUS_OF = {"completed": "completed", "passed": "completed", "failed": "failed"}


@dataclass
class XapiAnalysis:
    events: list[EventRecord] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unchanged: int = 0
    states: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    history: list[tuple[int, int, int | None, dt.date, float | None]] = field(default_factory=list)


class _Lookup:
    def __init__(self, session: Session) -> None:
        connection = raw_connection(session)
        self.by_id: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        for row_id, employee_id, email in connection.execute(
            "SELECT id, employee_id, email FROM employees"
        ):
            self.by_id[employee_id] = row_id
            if email:
                self.by_email[fold(email)] = row_id
        self.courses: dict[str, int] = {
            fold(code): row_id
            for row_id, code in connection.execute("SELECT id, code FROM courses")
        }
        self.assignments = latest_assignments(connection)
        self.known = known_statement_ids(connection)

    def person(self, data: dict[str, Any]) -> int:
        email, account = actor_keys(data)
        found = self.by_id.get(account or "") or self.by_email.get(fold(email))
        if found is None:
            raise Refusal("actor", "xapi.unknown_person", person=account or email or "?")
        return found

    def course(self, data: dict[str, Any]) -> int:
        iri, last = object_code(data)
        found = self.courses.get(fold(iri)) or self.courses.get(fold(last))
        if found is None:
            raise Refusal("object", "xapi.unknown_course", course=iri)
        return found


def _voided_ids(statements: list[Statement]) -> set[str]:
    voided = set()
    for statement in statements:
        data = statement.data
        if isinstance(data, dict) and _is_voiding(data):
            target = data.get("object", {}).get("id")
            if isinstance(target, str):
                voided.add(target)
    return voided


def _is_voiding(data: dict[str, Any]) -> bool:
    verb = data.get("verb")
    return isinstance(verb, dict) and str(verb.get("id", "")).endswith("/voided")


def _check(data: Any, number: int, first_of: dict[str, int], voided: set[str]) -> dict[str, Any]:
    """The statement when it may be imported; :class:`Refusal` with the reason otherwise."""
    if not isinstance(data, dict):
        raise Refusal("statement", "xapi.not_an_object")
    statement_id = data.get("id")
    if isinstance(statement_id, str):
        first = first_of.setdefault(statement_id, number)
        if first != number:
            raise Refusal("id", "xapi.repeated_id", id=statement_id, first_row=first)
        if statement_id in voided:
            raise Refusal("id", "xapi.voided", id=statement_id)
    if _is_voiding(data):
        target = data.get("object", {}).get("id", "?")
        raise Refusal("verb", "xapi.voiding", target=target)
    return data


def analyse_statements(session: Session, statements: list[Statement]) -> XapiAnalysis:
    lookup = _Lookup(session)
    voided = _voided_ids(statements)
    first_of: dict[str, int] = {}
    analysis = XapiAnalysis()
    accepted: list[tuple[dt.datetime, int, int, str, float | None]] = []
    for statement in statements:
        try:
            data = _check(statement.data, statement.number, first_of, voided)
            actor_keys(data)  # a group actor is refused before its person is looked up
            object_code(data)
            person, course = lookup.person(data), lookup.course(data)
            kind = VERB_KINDS.get(verb_name(data))
            if kind is None:
                raise Refusal("verb", "xapi.unsupported_verb", verb=verb_name(data))
            moment = timestamp(data)
        except Refusal as refusal:
            problem = RowProblem(statement.number, refusal.field, refusal.field, refusal.message)
            analysis.problems.append(problem)
            continue
        statement_id = data.get("id") if isinstance(data.get("id"), str) else None
        if statement_id in lookup.known:
            analysis.unchanged += 1
            continue
        points = score(data)
        analysis.events.append(
            EventRecord(person, course, kind, moment, duration_minutes(data), points, statement_id)
        )
        accepted.append((moment, person, course, kind, points))
    _fold_states(analysis, lookup.assignments, sorted(accepted))
    return analysis


def _fold_states(
    analysis: XapiAnalysis,
    stored: dict[tuple[int, int], dict[str, Any]],
    accepted: list[tuple[dt.datetime, int, int, str, float | None]],
) -> None:
    """Statements in time order move each assignment on; completed is never undone by a
    later attempt. Completions without an assignment are history only."""
    for moment, person, course, kind, points in accepted:
        day = moment.date()
        old = stored.get((person, course))
        if old is None:
            if kind in ("completed", "passed"):
                analysis.history.append((person, course, None, day, points))
            continue
        state = analysis.states.setdefault((person, course), {})
        current = state.get("status", old["status"])
        status = _STATUS_OF.get(kind)
        if status is None:
            if current in ("not_started", "failed"):
                state["status"] = "in_progress"
        elif not (current == "completed" and status == "failed"):
            state["status"] = status
            if status == "completed":
                state.update(completed_on=day, percent=100.0)
        if points is not None:
            state["score"] = points
        if old["started_on"] is None:
            state.setdefault("started_on", day)


def _summary(
    analysis: XapiAnalysis, options: ImportOptions, *, written: bool, changes: Changes
) -> ImportSummary:
    # Without skip_invalid a file with problems writes nothing, so nothing counts.
    counted = options.skip_invalid or not analysis.problems
    return ImportSummary(
        kind="xapi",
        added=len(analysis.events) if counted else 0,
        updated=len(analysis.states) if counted else 0,
        unchanged=analysis.unchanged if counted else 0,
        refused=len(analysis.problems),
        problems=analysis.problems,
        dry_run=options.dry_run,
        written=written,
        changes=changes,
    )


def _write(session: Session, analysis: XapiAnalysis, path: Path) -> None:
    connection = raw_connection(session)
    changes = [StateChange(p, c, values) for (p, c), values in analysis.states.items()]
    write_states(connection, changes, dt.date.today())
    record_completions(connection, analysis.history)
    write_events(connection, analysis.events)
    summary = {"file": path.name, "rows": len(analysis.events)}
    note_bulk_change(session, "progress_events", summary)
    if changes:
        note_bulk_change(session, "assignments", {"file": path.name, "rows": len(changes)})


def run_xapi_import(
    db: Database,
    path: Path,
    options: ImportOptions,
    state: TaskState | None = None,
    *,
    statements: list[Statement] | None = None,
) -> ImportSummary:
    """Import the statements of ``path`` (already read ones may be passed in)."""
    task = state or TaskState()
    if statements is None:
        statements = read_statements(path)
    task.set_progress(0.2, msg("import.progress.reading", done=0, total=len(statements)).text())
    if options.dry_run:
        with db.reading() as session:
            analysis = analyse_statements(session, statements)
        return _summary(analysis, options, written=False, changes=Changes())

    def change(session: Session) -> tuple[XapiAnalysis, bool]:
        analysis = analyse_statements(session, statements)
        task.check()
        if (analysis.problems and not options.skip_invalid) or not (
            analysis.events or analysis.history
        ):
            return analysis, False
        _write(session, analysis, path)
        return analysis, True

    (analysis, written), changes = perform(db, f"Import xapi from {path.name}", change)
    task.set_progress(1.0)
    return _summary(analysis, options, written=written, changes=changes)
