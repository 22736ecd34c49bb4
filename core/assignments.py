"""Assigning courses and learning paths to people, departments and roles; bulk actions.

Run the writing functions inside ``perform(db, action, lambda s: ...)``. A department or a
role means everyone active in it *now*; people who join later are assigned separately.
Nobody gets a second open assignment for a course, and nobody is assigned a course they
completed with a certificate that is still valid beyond the expiry windows — both are
reported back instead, so the admin sees what was left out and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from core.assignment_targets import (
    PlannedCourse,
    planned_courses,
    target_people,
)
from core.compliance import DUE_WINDOWS, due_state, expiry_state
from core.errors import InputRefused
from core.messages import msg
from db.models import Assignment, Completion

OPEN_STATUSES = ("not_started", "in_progress", "failed")
TARGET_KINDS = ("person", "department", "role")


@dataclass(frozen=True)
class AssignRequest:
    target_kind: str  # "person" | "department" | "role"
    target: str  # employee_id (or email) / department name or code / role name or code
    course_codes: tuple[str, ...] = ()
    path: str | None = None  # a path template's name: its steps are assigned in order
    start: dt.date = field(kw_only=True)  # required; becomes assigned_on
    # Single courses: their due date. A path: the last step's; earlier steps are spread
    # evenly between start and due unless the template gives them day offsets.
    due: dt.date | None = None
    mandatory: bool = False
    source: str = "manual"  # manual / path / recommendation


@dataclass(frozen=True)
class AssignResult:
    created: int
    # (employee_id, course code): completed and still valid → flagged, not duplicated
    skipped_done: list[tuple[str, str]] = field(default_factory=list)
    # (employee_id, course code): an open assignment exists already → not duplicated
    skipped_assigned: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Plan:
    result: AssignResult
    new_rows: list[dict[str, object]]


def _open_pairs(
    session: Session, person_ids: list[int], course_ids: list[int]
) -> set[tuple[int, int]]:
    query = select(Assignment.employee_id, Assignment.course_id).where(
        Assignment.course_id.in_(course_ids), Assignment.status.in_(OPEN_STATUSES)
    )
    wanted = set(person_ids)
    return {(p, c) for p, c in session.execute(query) if p in wanted}


def _valid_pairs(
    session: Session, person_ids: list[int], course_ids: list[int], today: dt.date
) -> set[tuple[int, int]]:
    """Pairs with a completion whose certificate stays valid past the expiry windows.

    A certificate that expires within the windows may be renewed: assigning the
    recertification is the point of the "expiring" warning.
    """
    horizon = today + dt.timedelta(days=DUE_WINDOWS[-1])
    query = select(Completion.employee_id, Completion.course_id, Completion.expires_on).where(
        Completion.course_id.in_(course_ids)
    )
    wanted = set(person_ids)
    return {
        (p, c)
        for p, c, expires in session.execute(query)
        if p in wanted and expiry_state(expires, horizon) != "expired"
    }


def _plan(session: Session, request: AssignRequest, today: dt.date) -> _Plan:
    if request.target_kind not in TARGET_KINDS:
        raise InputRefused(
            msg("assign.bad_target_kind", field="target_kind", value=request.target_kind)
        )
    if request.due is not None and request.due < request.start:
        raise InputRefused(
            msg(
                "assign.due_before_start",
                field="due",
                due=request.due.isoformat(),
                start=request.start.isoformat(),
            )
        )
    people = target_people(session, request.target_kind, request.target)
    courses = planned_courses(session, request)
    person_ids = [p[0] for p in people]
    course_ids = [c.course_id for c in courses]
    open_pairs = _open_pairs(session, person_ids, course_ids)
    valid_pairs = _valid_pairs(session, person_ids, course_ids, today)
    done: list[tuple[str, str]] = []
    assigned: list[tuple[str, str]] = []
    rows: list[dict[str, object]] = []
    for person_id, employee_id in people:
        for course in courses:
            key = (person_id, course.course_id)
            if key in open_pairs:
                assigned.append((employee_id, course.code))
            elif key in valid_pairs:
                done.append((employee_id, course.code))
            else:
                rows.append(_new_row(request, person_id, course))
    return _Plan(AssignResult(len(rows), done, assigned), rows)


def _new_row(request: AssignRequest, person_id: int, course: PlannedCourse) -> dict[str, object]:
    return {
        "employee_id": person_id,
        "course_id": course.course_id,
        "path_template_id": course.path_id,
        "assigned_on": request.start,
        "due_date": course.due,
        "mandatory": request.mandatory,
        "status": "not_started",
        "percent": 0.0,
        "hours": 0.0,
        "source": "path" if course.path_id is not None else request.source,
    }


def plan_assignment(session: Session, request: AssignRequest, today: dt.date) -> AssignResult:
    """What :func:`assign` would do, for a confirmation; writes nothing."""
    return _plan(session, request, today).result


def assign(session: Session, request: AssignRequest, today: dt.date) -> AssignResult:
    """Create the assignments :func:`plan_assignment` describes (ORM rows, so each is audited)."""
    plan = _plan(session, request, today)
    session.add_all(Assignment(**row) for row in plan.new_rows)
    session.flush()
    return plan.result


def _assignments(session: Session, assignment_ids: Sequence[int]) -> list[Assignment]:
    return list(session.scalars(select(Assignment).where(Assignment.id.in_(list(assignment_ids)))))


def extend_due_dates(
    session: Session,
    assignment_ids: Sequence[int],
    *,
    days: int | None = None,
    new_due: dt.date | None = None,
) -> int:
    """Push open assignments' due dates by ``days`` or set them to ``new_due``; how many changed.

    Completed and withdrawn assignments keep their dates; with ``days`` an assignment
    without a due date stays without one.
    """
    if (days is None) == (new_due is None):
        raise InputRefused(msg("assign.extend_how", field="days"))
    changed = 0
    for assignment in _assignments(session, assignment_ids):
        if assignment.status not in OPEN_STATUSES:
            continue
        if new_due is not None:
            target = new_due
        elif assignment.due_date is not None and days is not None:
            target = assignment.due_date + dt.timedelta(days=days)
        else:
            continue
        if target != assignment.due_date:
            assignment.due_date = target
            changed += 1
    return changed


def withdraw(session: Session, assignment_ids: Sequence[int]) -> int:
    """Withdraw open assignments (completed ones stay history); how many were withdrawn."""
    changed = 0
    for assignment in _assignments(session, assignment_ids):
        if assignment.status in OPEN_STATUSES:
            assignment.status = "withdrawn"
            changed += 1
    return changed


def reassign(session: Session, assignment_ids: Sequence[int], employee_id: str) -> int:
    """Move open assignments to another person, starting afresh; how many moved.

    An assignment is left where it is when the new person already has that course open.
    """
    people = target_people(session, "person", employee_id)
    new_person = people[0][0]
    moving = [a for a in _assignments(session, assignment_ids) if a.status in OPEN_STATUSES]
    taken = _open_pairs(session, [new_person], [a.course_id for a in moving])
    moved = 0
    for assignment in moving:
        if assignment.employee_id == new_person or (new_person, assignment.course_id) in taken:
            continue
        taken.add((new_person, assignment.course_id))
        assignment.employee_id = new_person
        assignment.status = "not_started"
        assignment.percent = 0.0
        assignment.score = None
        assignment.hours = 0.0
        assignment.started_on = None
        moved += 1
    return moved


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    id: int
    employee_db_id: int
    employee_id: str
    name: str
    department: str
    course_id: int
    course_code: str
    course_title: str
    assigned_on: dt.date | None
    due_date: dt.date | None
    mandatory: bool
    status: str
    percent: float
    score: float | None
    hours: float
    started_on: dt.date | None
    completed_on: dt.date | None
    certificate_expiry: dt.date | None
    source: str
    due_state: str | None
    expiry_state: str | None
    search_text: str


_ROWS_SQL = """
SELECT a.id, e.id, e.employee_id, e.name, coalesce(d.name, ''), c.id, c.code, c.title,
       a.assigned_on, a.due_date, a.mandatory, a.status, a.percent, a.score, a.hours,
       a.started_on, a.completed_on, a.certificate_expiry, a.source,
       e.employee_id || char(10) || e.name || char(10) || coalesce(d.name, '') || char(10)
       || c.code || char(10) || c.title || char(10) || a.status
FROM assignments a
JOIN employees e ON e.id = a.employee_id
JOIN courses c ON c.id = a.course_id
LEFT JOIN departments d ON d.id = e.department_id
"""


@lru_cache(maxsize=8192)
def _day(text: str | None) -> dt.date | None:
    """Stored ISO text to a date; cached, as 200,000 rows share a few thousand days."""
    return dt.date.fromisoformat(text) if text else None


def assignment_rows(
    session: Session, today: dt.date, *, employee_db_id: int | None = None
) -> list[AssignmentRow]:
    """Every assignment (or one person's), newest first, with its states as of ``today``.

    One plain SQL query read as text: at 200,000 assignments the ORM's per-value type
    processing and per-row Python joins cost more than the query itself.
    """
    where = "WHERE a.employee_id = :person " if employee_db_id is not None else ""
    query = text(_ROWS_SQL + where + "ORDER BY a.id DESC")
    result = session.execute(query, {"person": employee_db_id})
    rows = []
    for row in result:
        (aid, pid, eid, name, dept, cid, code, title, assigned, due_text, mandatory, status,
         percent, score, hours, started, completed, expiry_text, source, hay) = row  # fmt: skip
        due, expiry = _day(due_text), _day(expiry_text)
        rows.append(
            AssignmentRow(
                aid,
                pid,
                eid,
                name,
                dept,
                cid,
                code,
                title,
                _day(assigned),
                due,
                bool(mandatory),
                status,
                percent,
                score,
                hours,
                _day(started),
                _day(completed),
                expiry,
                source,
                due_state(due, status, today),
                expiry_state(expiry, today),
                hay.casefold(),
            )
        )
    return rows
