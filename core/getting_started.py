"""How far a new file is set up: the "Start empty" checklist on the Dashboard reads this."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Assignment, Course, Employee, RoleSkill


@dataclass(frozen=True)
class SetupProgress:
    people: int
    courses: int
    roles_with_skills: int
    assignments: int

    @property
    def complete(self) -> bool:
        """People, courses and roles are in: the checklist has done its job."""
        return bool(self.people and self.courses and self.roles_with_skills)


def setup_progress(session: Session) -> SetupProgress:
    return SetupProgress(
        people=session.scalar(select(func.count()).select_from(Employee)) or 0,
        courses=session.scalar(select(func.count()).select_from(Course)) or 0,
        roles_with_skills=session.scalar(select(func.count(func.distinct(RoleSkill.role_id)))) or 0,
        assignments=session.scalar(select(func.count()).select_from(Assignment)) or 0,
    )
