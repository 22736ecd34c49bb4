"""The lists behind the dashboard's figures, read only when the admin asks for one.

Each list uses the same filters as its figure in :mod:`core.dashboard`, so "Overdue 37"
opens exactly 37 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from core.compliance import due_state
from core.dashboard import (
    CertificateLine,
    MonthCount,
    SpendLine,
    active_assignments,
    certificate_line,
    cliff_end,
    completed_this_year_filter,
    completion_trend,
    counted_filter,
    department_spend,
    latest_certificates,
    overdue_filter,
)
from core.settings import load_settings
from db.models import Assignment, Course, Department, Employee

FIGURE_KEYS = ("completion", "overdue", "expiring", "hours", "spend", "trend", "cliff")


@dataclass(frozen=True)
class AssignmentLine:
    """One assignment behind a figure."""

    employee_id: str
    name: str
    department: str
    course_code: str
    course_title: str
    status: str
    due: dt.date | None
    completed: dt.date | None
    hours: float


def _assignment_lines(session: Session, where: Any) -> list[AssignmentLine]:
    query = (
        active_assignments()
        .add_columns(
            Employee.employee_id,
            Employee.name,
            func.coalesce(Department.name, ""),
            Course.code,
            Course.title,
            Assignment.status,
            Assignment.due_date,
            Assignment.completed_on,
            Assignment.hours,
        )
        .join(Course, Course.id == Assignment.course_id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(where)
        .order_by(Assignment.due_date, Employee.name)
    )
    return [
        AssignmentLine(e, n, d, c, t, s, due, done, hours or 0.0)
        for e, n, d, c, t, s, due, done, hours in session.execute(query)
    ]


def counted_assignments(session: Session, today: dt.date) -> list[AssignmentLine]:
    return _assignment_lines(session, counted_filter(today))


def overdue_assignments(session: Session, today: dt.date) -> list[AssignmentLine]:
    lines = _assignment_lines(session, overdue_filter(today))
    return [line for line in lines if due_state(line.due, line.status, today) == "overdue"]


def completed_in_year(session: Session, today: dt.date) -> list[AssignmentLine]:
    return _assignment_lines(session, completed_this_year_filter(today))


def expiring_certificates(
    session: Session, today: dt.date, days: int = 90
) -> list[CertificateLine]:
    rows = latest_certificates(session, today, today + dt.timedelta(days=days + 1))
    return [certificate_line(row, today) for row in rows]


def lapsing_certificates(session: Session, today: dt.date) -> list[CertificateLine]:
    rows = latest_certificates(session, today, cliff_end(today))
    return [certificate_line(row, today) for row in rows]


def spend_lines(session: Session, today: dt.date) -> list[SpendLine]:
    return department_spend(session, today, load_settings(session))[0]


def trend_months(session: Session, today: dt.date) -> list[MonthCount]:
    return completion_trend(session, today)


def figure_rows(session: Session, key: str, today: dt.date) -> Sequence[Any]:
    """The rows behind the figure ``key`` (one of FIGURE_KEYS)."""
    readers: dict[str, Callable[[Session, dt.date], Sequence[Any]]] = {
        "completion": counted_assignments,
        "overdue": overdue_assignments,
        "expiring": expiring_certificates,
        "hours": completed_in_year,
        "spend": spend_lines,
        "trend": trend_months,
        "cliff": lapsing_certificates,
    }
    return readers[key](session, today)
