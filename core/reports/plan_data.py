"""What a training plan report prints, read for many people at once.

A batch of 500 plans reads the catalog, the roles and everyone's skills once (five
queries), then composes each plan with :func:`core.path_cover.compose_plan` — the same
planner ``path`` and the GUI's path builder use — towards the person's own role.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from core.errors import InputRefused
from core.messages import msg
from core.path_cover import PlanInputs, compose_plan
from core.path_plan import Gap, Plan
from core.pathbuilder import DEFAULT_HOURS_PER_WEEK, load_course_facts
from core.settings import load_settings
from core.tasks import TaskState
from db.models import (
    Assignment,
    Completion,
    Course,
    Department,
    Employee,
    EmployeeSkill,
    Role,
    RoleSkill,
    Skill,
)


@dataclass(frozen=True)
class PersonHeader:
    db_id: int
    employee_id: str
    name: str
    department: str | None
    role: str | None
    manager: str | None


@dataclass(frozen=True)
class PlanDocument:
    person: PersonHeader
    required: dict[str, int]  # the role's skills → level (empty without a role)
    current: dict[str, int]  # the person's skills → level
    plan: Plan | None  # None: the person has no role to plan towards
    currency: str
    mandatory: frozenset[str] = frozenset()  # codes the person has open mandatory assignments for


def find_person(session: Session, who: str) -> int:
    """The database id of the person with this employee id or email; refused otherwise."""
    value = who.strip()
    found = session.scalar(
        select(Employee.id).where(
            or_(Employee.employee_id == value, func.lower(Employee.email) == value.lower())
        )
    )
    if found is None:
        raise InputRefused(msg("report.unknown_person", field="learner", person=value))
    return found


def people_of(
    session: Session, department: str | None = None, role: str | None = None
) -> list[int]:
    """Active people of a department or role (by name or code), by name; refused if unknown."""
    query = select(Employee.id).where(Employee.active.is_(True))
    if department is not None:
        value = department.strip()
        dept_id = session.scalar(
            select(Department.id).where(or_(Department.name == value, Department.code == value))
        )
        if dept_id is None:
            raise InputRefused(msg("report.unknown_department", field="department", name=value))
        query = query.where(Employee.department_id == dept_id)
    if role is not None:
        value = role.strip()
        role_id = session.scalar(select(Role.id).where(or_(Role.name == value, Role.code == value)))
        if role_id is None:
            raise InputRefused(msg("report.unknown_role", field="role", name=value))
        query = query.where(Employee.role_id == role_id)
    return list(session.scalars(query.order_by(Employee.name, Employee.employee_id)))


def person_headers(session: Session, ids: Sequence[int]) -> dict[int, PersonHeader]:
    manager = aliased(Employee)
    query = (
        select(
            Employee.id,
            Employee.employee_id,
            Employee.name,
            Department.name,
            Role.name,
            manager.name,
        )
        .outerjoin(Department, Department.id == Employee.department_id)
        .outerjoin(Role, Role.id == Employee.role_id)
        .outerjoin(manager, manager.id == Employee.manager_id)
    )
    wanted = set(ids)
    return {row[0]: PersonHeader(*row) for row in session.execute(query) if row[0] in wanted}


def _role_skills(session: Session) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for role, skill, level in session.execute(
        select(Role.name, Skill.name, RoleSkill.level)
        .join(RoleSkill, RoleSkill.role_id == Role.id)
        .join(Skill, Skill.id == RoleSkill.skill_id)
    ):
        found.setdefault(role, {})[skill] = level
    return found


def _levels(session: Session, wanted: set[int]) -> dict[int, dict[str, int]]:
    found: dict[int, dict[str, int]] = {}
    query = select(EmployeeSkill.employee_id, Skill.name, EmployeeSkill.level).join(
        Skill, Skill.id == EmployeeSkill.skill_id
    )
    for person, skill, level in session.execute(query):
        if person in wanted:
            found.setdefault(person, {})[skill] = level
    return found


def _completed(session: Session, wanted: set[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    history = select(Completion.employee_id, Course.code).join(Course)
    finished = (
        select(Assignment.employee_id, Course.code)
        .join(Course)
        .where(Assignment.status == "completed")
    )
    for query in (history, finished):
        for person, code in session.execute(query):
            if person in wanted:
                found.setdefault(person, set()).add(code)
    return found


def _mandatory(session: Session, wanted: set[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    query = (
        select(Assignment.employee_id, Course.code)
        .join(Course)
        .where(Assignment.mandatory.is_(True), Assignment.status.not_in(("completed", "withdrawn")))
    )
    for person, code in session.execute(query):
        if person in wanted:
            found.setdefault(person, set()).add(code)
    return found


def load_plan_documents(
    session: Session, ids: Sequence[int], today: dt.date, state: TaskState | None = None
) -> list[PlanDocument]:
    """A plan towards each person's own role, in the order of ``ids``; writes nothing."""
    wanted = set(ids)
    headers = person_headers(session, ids)
    roles = _role_skills(session)
    levels = _levels(session, wanted)
    completed = _completed(session, wanted)
    mandatory = _mandatory(session, wanted)
    courses = load_course_facts(session)
    currency = load_settings(session).base_currency
    documents = []
    for number, person_id in enumerate(ids):
        if state is not None:
            state.check()
            state.set_progress(0.3 * number / max(1, len(ids)))
        person = headers[person_id]
        current = levels.get(person_id, {})
        required = roles.get(person.role, {}) if person.role else {}
        plan = None
        if person.role is not None:
            gaps = tuple(
                Gap(skill, level, current.get(skill, 0))
                for skill, level in sorted(required.items())
                if level > current.get(skill, 0)
            )
            inputs = PlanInputs(
                employee_id=person.employee_id,
                target=person.role,
                gaps=gaps,
                courses=courses,
                done=frozenset(completed.get(person_id, set())),
                start=today,
                hours_per_week=DEFAULT_HOURS_PER_WEEK,
                budget=None,
            )
            plan = compose_plan(inputs)
        must = frozenset(mandatory.get(person_id, set()))
        documents.append(PlanDocument(person, required, current, plan, currency, must))
    return documents
