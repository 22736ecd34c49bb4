"""The admin's say over recommendations: hide a course from everyone, or mark one person
"not interested" in one course.

Each function runs inside ``core.changes.perform(db, action, ...)``, so it is audited and
Edit → Undo reverses it like any other edit. Hiding touches only recommendations: a hidden
course stays in the catalog, in learning paths and in assignments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import InputRefused
from core.messages import msg
from db.models import Course, Employee, RecommendationDismissal


@dataclass(frozen=True)
class DismissedCourse:
    """A course one person was marked "not interested" in, for their page's list."""

    code: str
    title: str
    dismissed_on: dt.date | None


def _course(session: Session, code: str) -> Course:
    course = session.scalar(select(Course).where(Course.code == code.strip()))
    if course is None:
        raise InputRefused(msg("recommend.unknown_course", field="course", course=code.strip()))
    return course


def _person_id(session: Session, employee_id: str) -> int:
    found = session.scalar(select(Employee.id).where(Employee.employee_id == employee_id.strip()))
    if found is None:
        raise InputRefused(
            msg("recommend.unknown_learner", field="learner", learner=employee_id.strip())
        )
    return found


def set_course_hidden(session: Session, code: str, hidden: bool) -> bool:
    """Hide ``code`` from (or show it again in) everyone's recommendations.

    Returns whether anything changed: setting the value it already has writes nothing.
    """
    course = _course(session, code)
    if course.hidden_from_recommendations == hidden:
        return False
    course.hidden_from_recommendations = hidden
    return True


def is_course_hidden(session: Session, code: str) -> bool:
    return _course(session, code).hidden_from_recommendations


def mark_not_interested(session: Session, employee_id: str, code: str, today: dt.date) -> bool:
    """Never recommend ``code`` to this person again (until restored); False if already so."""
    person = _person_id(session, employee_id)
    course = _course(session, code)
    if _dismissal(session, person, course.id) is not None:
        return False
    session.add(
        RecommendationDismissal(employee_id=person, course_id=course.id, dismissed_on=today)
    )
    return True


def restore_interest(session: Session, employee_id: str, code: str) -> bool:
    """Undo "not interested": the course may be recommended to them again."""
    found = _dismissal(session, _person_id(session, employee_id), _course(session, code).id)
    if found is None:
        return False
    session.delete(found)
    return True


def dismissed_courses(session: Session, employee_id: str) -> list[DismissedCourse]:
    """The courses this person is "not interested" in, most recently marked first.

    An unknown employee id has none (a list read for a page, not an edit to refuse).
    """
    rows = session.execute(
        select(Course.code, Course.title, RecommendationDismissal.dismissed_on)
        .join(Course, Course.id == RecommendationDismissal.course_id)
        .join(Employee, Employee.id == RecommendationDismissal.employee_id)
        .where(Employee.employee_id == employee_id.strip())
        .order_by(RecommendationDismissal.id.desc())
    )
    return [DismissedCourse(code, title, on) for code, title, on in rows]


def _dismissal(session: Session, person_id: int, course_id: int) -> RecommendationDismissal | None:
    return session.scalar(
        select(RecommendationDismissal).where(
            RecommendationDismissal.employee_id == person_id,
            RecommendationDismissal.course_id == course_id,
        )
    )
