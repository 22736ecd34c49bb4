"""What the recommender reads about people: who they are, what they took, how it went.

Read fresh for every query, so recommendations follow progress and feedback as they change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from core.reading import batched_rows
from db.models import (
    Assignment,
    Completion,
    Department,
    Employee,
    EmployeeSkill,
    Feedback,
    RecommendationDismissal,
    Role,
    RoleSkill,
)

OPEN_STATUSES = ("not_started", "in_progress")
_Ts = TypeVarTuple("_Ts")


def _batched(session: Session, statement: Select[*_Ts]) -> Iterator[Row[*_Ts]]:
    """Typed rows of ``statement``, in batches (core.reading: the window stays responsive)."""
    return batched_rows(session, statement)


@dataclass
class PersonRecord:
    id: int
    employee_id: str
    name: str
    email: str | None
    department_id: int | None
    role_id: int | None
    # Course id → (completed on, score) of the latest completion.
    completed: dict[int, tuple[dt.date, float | None]] = field(default_factory=dict)
    # Courses whose latest completion is still valid (not expired).
    valid_completed: set[int] = field(default_factory=set)
    assigned_open: set[int] = field(default_factory=set)
    in_progress: set[int] = field(default_factory=set)
    ratings: dict[int, int] = field(default_factory=dict)
    skills: dict[int, int] = field(default_factory=dict)
    # Courses the admin marked them "not interested" in: never recommended to them.
    not_interested: set[int] = field(default_factory=set)

    @property
    def has_history(self) -> bool:
        return bool(self.completed or self.in_progress or self.ratings)


@dataclass(frozen=True)
class Organisation:
    departments: dict[int, str]
    roles: dict[int, str]
    # Role id → skill id → level needed.
    role_skills: dict[int, dict[int, int]]


def load_organisation(session: Session) -> Organisation:
    role_skills: dict[int, dict[int, int]] = defaultdict(dict)
    for role_id, skill_id, level in session.execute(
        select(RoleSkill.role_id, RoleSkill.skill_id, RoleSkill.level)
    ):
        role_skills[role_id][skill_id] = level
    return Organisation(
        departments=dict(session.execute(select(Department.id, Department.name)).all()),
        roles=dict(session.execute(select(Role.id, Role.name)).all()),
        role_skills=dict(role_skills),
    )


def load_people(session: Session, today: dt.date) -> dict[int, PersonRecord]:
    """Every active person with their history, keyed by database id."""
    people = {
        row[0]: PersonRecord(*row)
        for row in session.execute(
            select(
                Employee.id,
                Employee.employee_id,
                Employee.name,
                Employee.email,
                Employee.department_id,
                Employee.role_id,
            ).where(Employee.active.is_(True))
        )
    }
    _add_completions(session, people, today)
    for emp, course, status in _batched(
        session,
        select(Assignment.employee_id, Assignment.course_id, Assignment.status).where(
            Assignment.status.in_(OPEN_STATUSES)
        ),
    ):
        if emp in people:
            people[emp].assigned_open.add(course)
            if status == "in_progress":
                people[emp].in_progress.add(course)
    for rater, rated_course, rating in _batched(
        session,
        select(Feedback.employee_id, Feedback.course_id, Feedback.rating).where(
            Feedback.rating.is_not(None), Feedback.employee_id.is_not(None)
        ),
    ):
        if rater is not None and rater in people and rating is not None:
            people[rater].ratings[rated_course] = rating
    for emp, skill, level in _batched(
        session, select(EmployeeSkill.employee_id, EmployeeSkill.skill_id, EmployeeSkill.level)
    ):
        if emp in people:
            people[emp].skills[skill] = level
    for emp, course in session.execute(
        select(RecommendationDismissal.employee_id, RecommendationDismissal.course_id)
    ):
        if emp in people:
            people[emp].not_interested.add(course)
    return people


def not_interested_ids(session: Session, person_id: int) -> set[int]:
    """One person's "not interested" courses, read fresh (a cached recommender's may be old)."""
    return set(
        session.scalars(
            select(RecommendationDismissal.course_id).where(
                RecommendationDismissal.employee_id == person_id
            )
        )
    )


def _add_completions(session: Session, people: dict[int, PersonRecord], today: dt.date) -> None:
    rows = _batched(
        session,
        select(
            Completion.employee_id,
            Completion.course_id,
            Completion.completed_on,
            Completion.score,
            Completion.expires_on,
        ).order_by(Completion.completed_on),
    )
    for emp, course, completed_on, score, expires_on in rows:
        person = people.get(emp)
        if person is None:
            continue
        # Ordered by date: the latest completion wins, and decides validity.
        person.completed[course] = (completed_on, score)
        if expires_on is None or expires_on >= today:
            person.valid_completed.add(course)
        else:
            person.valid_completed.discard(course)
