"""Compliance from dates: overdue, due soon, expiring certificates, and the compliance matrix.

Nothing here is stored: every state is computed from the dates and the current day, so the
admin never types "overdue" and it is never stale. The day boundaries are the same for due
dates and certificates: a due date or an expiry date is still fine *on* that day and late
from the day after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from core.calendar import add_months
from db.models import Assignment, Course, Department, Employee

DUE_WINDOWS = (30, 60, 90)
CLOSED_STATUSES = frozenset({"completed", "withdrawn"})
# A compliance cell counts as "due soon" / "expiring" inside the first window.
SOON_DAYS = DUE_WINDOWS[-1]

PersonKey = tuple[int, str, str, str]  # (employee db id, employee id, name, department)
CourseKey = tuple[int, str, str]  # (course id, code, title)


def _window_state(days_left: int, prefix: str) -> str | None:
    for window in DUE_WINDOWS:
        if days_left <= window:
            return f"{prefix}_{window}"
    return None


def due_state(due: dt.date | None, status: str, today: dt.date) -> str | None:
    """ "overdue" from the day after ``due``; "due_30/60/90" inside those windows; else None."""
    if due is None or status in CLOSED_STATUSES:
        return None
    days_left = (due - today).days
    if days_left < 0:
        return "overdue"
    return _window_state(days_left, "due")


def expiry_state(expiry: dt.date | None, today: dt.date) -> str | None:
    """ "expired" from the day after ``expiry``; "expiring_30/60/90" inside those windows."""
    if expiry is None:
        return None
    days_left = (expiry - today).days
    if days_left < 0:
        return "expired"
    return _window_state(days_left, "expiring")


def certificate_expiry(completed_on: dt.date, validity_months: int | None) -> dt.date | None:
    """The same day ``validity_months`` later, clamped to month end; None: never expires."""
    if not validity_months:
        return None
    return add_months(completed_on, validity_months)


@dataclass(frozen=True)
class ComplianceCell:
    status: str | None
    due: dt.date | None
    expiry: dt.date | None
    state: str  # ok, due_soon, overdue, expiring, expired, missing


MISSING = ComplianceCell(None, None, None, "missing")


@dataclass(frozen=True)
class ComplianceMatrix:
    people: list[PersonKey]
    courses: list[CourseKey]
    cells: dict[tuple[int, int], ComplianceCell] = field(default_factory=dict)

    def cell(self, person_id: int, course_id: int) -> ComplianceCell:
        return self.cells.get((person_id, course_id), MISSING)


@dataclass(frozen=True)
class _Record:
    """The latest assignment and the latest completion of one person for one course."""

    status: str | None = None
    due: dt.date | None = None
    completed_on: dt.date | None = None
    expiry: dt.date | None = None


def cell_state(record: _Record, today: dt.date) -> str:
    """Valid certificate → ok/expiring; otherwise the open assignment's due state."""
    valid = record.completed_on is not None and expiry_state(record.expiry, today) != "expired"
    if valid:
        days_left = None if record.expiry is None else (record.expiry - today).days
        return "expiring" if days_left is not None and days_left <= SOON_DAYS else "ok"
    status = record.status
    if status is None or status == "withdrawn" or status == "completed":
        # Completed but expired, or never (validly) done and nothing open.
        return "expired" if record.completed_on is not None else "missing"
    state = due_state(record.due, status, today)
    if state == "overdue":
        return "overdue"
    return "due_soon" if state == "due_30" else "ok"


def _mandatory_courses(session: Session) -> list[CourseKey]:
    mandatory = select(Assignment.course_id).where(Assignment.mandatory.is_(True)).distinct()
    query = (
        select(Course.id, Course.code, Course.title)
        .where(Course.id.in_(mandatory))
        .order_by(Course.code)
    )
    return [(cid, code, title) for cid, code, title in session.execute(query)]


def _people(session: Session, department: str | None) -> list[PersonKey]:
    query = (
        select(Employee.id, Employee.employee_id, Employee.name, Department.name)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.active.is_(True))
        .order_by(Employee.name, Employee.employee_id)
    )
    if department:
        query = query.where((Department.name == department) | (Department.code == department))
    return [(pid, eid, name, dept or "") for pid, eid, name, dept in session.execute(query)]


_MANDATORY_COURSES = "SELECT DISTINCT course_id FROM assignments WHERE mandatory"
_ASSIGNMENTS_SQL = text(
    "SELECT employee_id, course_id, status, due_date FROM assignments "
    f"WHERE course_id IN ({_MANDATORY_COURSES}) ORDER BY assigned_on, id"
)
_COMPLETIONS_SQL = text(
    "SELECT employee_id, course_id, completed_on, expires_on FROM completions "
    f"WHERE course_id IN ({_MANDATORY_COURSES}) ORDER BY completed_on, id"
)


@lru_cache(maxsize=8192)
def _day(value: str | None) -> dt.date | None:
    """Stored ISO text to a date (cached: 200,000 rows share a few thousand days)."""
    return dt.date.fromisoformat(value) if value else None


def _records(session: Session, person_ids: set[int]) -> dict[tuple[int, int], _Record]:
    """Latest assignment (open ones win over withdrawn) and latest completion per pair.

    Plain SQL read as text: at 200,000 rows the ORM's per-value processing dominates.
    """
    assignments: dict[tuple[int, int], tuple[str, str | None]] = {}
    for person, course, status, due in session.execute(_ASSIGNMENTS_SQL):
        key = (person, course)
        if person in person_ids and not (status == "withdrawn" and key in assignments):
            assignments[key] = (status, due)
    completions: dict[tuple[int, int], tuple[str, str | None]] = {}
    for person, course, completed_on, expires_on in session.execute(_COMPLETIONS_SQL):
        if person in person_ids:
            completions[(person, course)] = (completed_on, expires_on)
    records: dict[tuple[int, int], _Record] = {}
    for key in assignments.keys() | completions.keys():
        status, due = assignments.get(key, (None, None))
        completed_on, expiry = completions.get(key, (None, None))
        records[key] = _Record(status, _day(due), _day(completed_on), _day(expiry))
    return records


def compliance_matrix(
    session: Session, today: dt.date, department: str | None = None
) -> ComplianceMatrix:
    """Active people × courses anyone must take, with each cell's state as of ``today``.

    Four queries whatever the size. Pairs with no assignment and no completion are absent
    from ``cells`` (read them with :meth:`ComplianceMatrix.cell`, which gives "missing"):
    at 20,000 people a dense dict would hold a million identical cells.
    """
    courses = _mandatory_courses(session)
    people = _people(session, department)
    if not courses or not people:
        return ComplianceMatrix(people, courses, {})
    records = _records(session, {p[0] for p in people})
    cells = {
        key: ComplianceCell(record.status, record.due, record.expiry, cell_state(record, today))
        for key, record in records.items()
    }
    return ComplianceMatrix(people, courses, cells)
