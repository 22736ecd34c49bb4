"""One report request, whoever asks: the Reports section, the People menu, or the CLI.

A request names the report kind, its subject (a person, a department or a role) and the day
it is printed as of; :func:`write_report` hands it to the report's own module. The window
also needs to offer the subjects to choose from (:func:`report_subjects`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.tasks import TaskState
from db.models import Department, Employee, Role

if TYPE_CHECKING:
    from core.reports.base import ReportResult

REPORT_KINDS = ("plan", "department", "courses", "compliance", "transcript")
# Kinds whose subject is one person; a plan may instead cover a department or a role.
PERSON_KINDS = frozenset({"plan", "transcript"})


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    learner: str | None = None  # employee id or email
    department: str | None = None  # name or code
    role: str | None = None  # name or code
    as_of: dt.date | None = None

    def day(self) -> dt.date:
        return self.as_of or dt.date.today()


@dataclass(frozen=True)
class PersonChoice:
    employee_id: str
    name: str
    department: str | None


@dataclass(frozen=True)
class ReportSubjects:
    people: list[PersonChoice]
    departments: list[str]
    roles: list[str]


def report_subjects(session: Session) -> ReportSubjects:
    """Active people (by name), departments and roles, for the subject pickers."""
    people = session.execute(
        select(Employee.employee_id, Employee.name, Department.name)
        .outerjoin(Department, Employee.department_id == Department.id)
        .where(Employee.active.is_(True))
        .order_by(Employee.name)
    ).all()
    departments = session.scalars(select(Department.name).order_by(Department.name)).all()
    roles = session.scalars(select(Role.name).order_by(Role.name)).all()
    return ReportSubjects(
        people=[PersonChoice(e, n, d) for e, n, d in people],
        departments=list(departments),
        roles=list(roles),
    )


def write_report(
    session: Session, request: ReportRequest, path: Path, state: TaskState | None = None
) -> ReportResult:
    """Write the requested report to ``path`` (PDF; a plan batch may also be a ZIP)."""
    day = request.day()
    if request.kind == "plan":
        from core.reports.batch import write_plans

        return write_plans(
            session,
            path,
            learner=request.learner,
            department=request.department,
            role=request.role,
            today=day,
            state=state,
        )
    if request.kind == "transcript":
        from core.reports.transcript import write_transcript

        return write_transcript(session, request.learner or "", path, day)
    if request.kind == "compliance":
        from core.reports.compliance import write_compliance

        return write_compliance(session, path, request.department, day, state)
    if request.kind == "department":
        from core.reports.department import write_department

        return write_department(session, request.department or "", path, day)
    if request.kind == "courses":
        from core.reports.course_quality import write_course_quality

        return write_course_quality(session, path, day)
    raise ValueError(f"unknown report kind {request.kind!r}")
