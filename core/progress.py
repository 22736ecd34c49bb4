"""Progress by hand: status, percent, score, hours and dates of one assignment.

Completing an assignment records a :class:`Completion` (recertification adds another row,
never overwrites), sets the certificate's expiry from the course's validity, and raises the
person's skills to the levels the course teaches. Run the writers inside ``perform``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.compliance import certificate_expiry
from core.errors import AppError, InputRefused
from core.messages import Message, msg
from db.models import (
    ASSIGNMENT_STATUSES,
    Assignment,
    Completion,
    Course,
    CourseSkill,
    EmployeeSkill,
)


@dataclass(frozen=True)
class ProgressInput:
    status: str
    percent: float = 0
    score: float | None = None
    hours: float = 0
    started_on: dt.date | None = None
    completed_on: dt.date | None = None

    def problems(self) -> list[Message]:
        """What is wrong with the fields themselves, without looking at the database."""
        found: list[Message] = []
        if self.status not in ASSIGNMENT_STATUSES:
            choices = ", ".join(ASSIGNMENT_STATUSES)
            found.append(
                msg("progress.bad_status", field="status", value=self.status, choices=choices)
            )
        if not 0 <= self.percent <= 100:
            found.append(msg("progress.bad_percent", field="percent", value=self.percent))
        if self.score is not None and not 0 <= self.score <= 100:
            found.append(msg("progress.bad_score", field="score", value=self.score))
        if self.hours < 0:
            found.append(msg("progress.bad_hours", field="hours", value=self.hours))
        if self.started_on and self.completed_on and self.completed_on < self.started_on:
            found.append(
                msg(
                    "progress.completed_before_start",
                    field="completed_on",
                    completed=self.completed_on.isoformat(),
                    started=self.started_on.isoformat(),
                )
            )
        return found


def _assignment(session: Session, assignment_id: int) -> Assignment:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise AppError.of("progress.not_found", id=assignment_id)
    return assignment


def progress_input(session: Session, assignment_id: int) -> ProgressInput:
    a = _assignment(session, assignment_id)
    return ProgressInput(a.status, a.percent, a.score, a.hours, a.started_on, a.completed_on)


def raise_skills(session: Session, employee_db_id: int, course_id: int, on: dt.date) -> None:
    """Bring the person's skills up to the levels the course teaches; never lower them."""
    taught = session.execute(
        select(CourseSkill.skill_id, CourseSkill.level).where(CourseSkill.course_id == course_id)
    ).all()
    for skill_id, level in taught:
        held = session.get(EmployeeSkill, (employee_db_id, skill_id))
        if held is None:
            session.add(
                EmployeeSkill(
                    employee_id=employee_db_id,
                    skill_id=skill_id,
                    level=level,
                    source="course",
                    updated_on=on,
                )
            )
        elif held.level < level:
            held.level = level
            held.source = "course"
            held.updated_on = on


def record_completion(
    session: Session,
    employee_db_id: int,
    course_id: int,
    completed_on: dt.date,
    score: float | None = None,
    assignment_id: int | None = None,
) -> None:
    """Add a completion to the person's history (once per day and course) and raise skills.

    Shared by progress edits and imports of past completions, which set history without
    creating assignments. The same completion imported twice is recorded once.
    """
    course = session.get(Course, course_id)
    if course is None:
        raise AppError.of("progress.course_not_found", id=course_id)
    same_day = session.scalar(
        select(Completion).where(
            Completion.employee_id == employee_db_id,
            Completion.course_id == course_id,
            Completion.completed_on == completed_on,
        )
    )
    if same_day is None:
        session.add(
            Completion(
                employee_id=employee_db_id,
                course_id=course_id,
                assignment_id=assignment_id,
                completed_on=completed_on,
                score=score,
                expires_on=certificate_expiry(completed_on, course.validity_months),
            )
        )
    elif score is not None and same_day.score != score:
        same_day.score = score
    raise_skills(session, employee_db_id, course_id, completed_on)


def update_progress(
    session: Session, assignment_id: int, data: ProgressInput, today: dt.date
) -> None:
    """Save the edit; a new completion (status or date) is recorded in the history."""
    problems = data.problems()
    if problems:
        raise InputRefused(problems[0])
    assignment = _assignment(session, assignment_id)
    was = (assignment.status, assignment.completed_on)
    # ``was`` spares a query when nothing about the completion changed.
    completed_on = data.completed_on
    if data.status == "completed" and completed_on is None:
        completed_on = today
    if data.status != "completed":
        completed_on = data.completed_on if data.status == "failed" else None
    assignment.status = data.status
    assignment.percent = 100.0 if data.status == "completed" else float(data.percent)
    assignment.score = data.score
    assignment.hours = float(data.hours)
    assignment.started_on = data.started_on or (completed_on if completed_on else None)
    if data.status in ("in_progress", "failed") and assignment.started_on is None:
        assignment.started_on = today
    assignment.completed_on = completed_on
    if data.status != "completed" or completed_on is None:
        assignment.certificate_expiry = None
        return
    course = session.get(Course, assignment.course_id)
    validity = course.validity_months if course else None
    assignment.certificate_expiry = certificate_expiry(completed_on, validity)
    if was == ("completed", completed_on):
        return
    own = session.scalar(select(Completion).where(Completion.assignment_id == assignment.id))
    if own is not None:
        # One assignment, one completion: a corrected date is not a second completion.
        # Recertification is a new assignment, so it never comes through here.
        own.completed_on = completed_on
        own.expires_on = assignment.certificate_expiry
        own.score = data.score
        return
    record_completion(
        session, assignment.employee_id, assignment.course_id, completed_on, data.score,
        assignment.id,
    )  # fmt: skip
