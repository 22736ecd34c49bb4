"""Departments (with a yearly training budget) and roles (with the skills they require).

Imported through :mod:`core.people`. Each function runs inside ``perform(...)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import AppError, InputRefused
from core.messages import Message, msg
from core.skills import clean_name, skill_ids, skill_level_problems
from db.models import Department, Employee, Role, RoleSkill, Skill


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


@dataclass(frozen=True)
class DepartmentInput:
    name: str
    code: str | None = None
    yearly_budget: float | None = None  # in the base currency

    def problems(self) -> list[Message]:
        found: list[Message] = []
        if not self.name.strip():
            found.append(msg("department.name_blank", field="name"))
        if self.yearly_budget is not None and self.yearly_budget < 0:
            found.append(
                msg("department.budget_negative", field="yearly_budget", value=self.yearly_budget)
            )
        return found


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    code: str | None
    yearly_budget: float | None
    people: int


@dataclass(frozen=True)
class RoleInput:
    name: str
    code: str | None = None
    description: str = ""
    skills: tuple[tuple[str, int], ...] = ()  # required levels 1-5

    def problems(self) -> list[Message]:
        found: list[Message] = []
        if not self.name.strip():
            found.append(msg("role.name_blank", field="name"))
        return found + skill_level_problems(self.skills, 1, 5)


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    code: str | None
    description: str
    skills: tuple[tuple[str, int], ...]
    people: int


def _refuse_problems(problems: list[Message]) -> None:
    if problems:
        raise InputRefused(problems[0])


def _department(session: Session, department_id: int) -> Department:
    found = session.get(Department, department_id)
    if found is None:
        raise AppError.of("department.not_found", id=department_id)
    return found


def _check_department(session: Session, department_id: int | None, data: DepartmentInput) -> None:
    _refuse_problems(data.problems())
    name, code = data.name.strip(), _blank_to_none(data.code)
    clash = session.scalar(select(Department.id).where(Department.name == name))
    if clash is not None and clash != department_id:
        raise InputRefused(msg("department.duplicate_name", field="name", department=name))
    if code is not None:
        clash = session.scalar(select(Department.id).where(Department.code == code))
        if clash is not None and clash != department_id:
            raise InputRefused(msg("department.duplicate_code", field="code", value=code))


def _set_changed(row: object, values: dict[str, object]) -> None:
    # Only differing values are set, so the audit log shows just the real edits.
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def create_department(session: Session, data: DepartmentInput) -> int:
    _check_department(session, None, data)
    department = Department(
        name=data.name.strip(), code=_blank_to_none(data.code), yearly_budget=data.yearly_budget
    )
    session.add(department)
    session.flush()
    return department.id


def update_department(session: Session, department_id: int, data: DepartmentInput) -> None:
    department = _department(session, department_id)
    _check_department(session, department_id, data)
    _set_changed(
        department,
        {
            "name": data.name.strip(),
            "code": _blank_to_none(data.code),
            "yearly_budget": data.yearly_budget,
        },
    )


def delete_department(session: Session, department_id: int) -> None:
    """Delete an empty department; people are never left without one silently."""
    department = _department(session, department_id)
    count = session.scalar(select(func.count()).where(Employee.department_id == department_id))
    if count:
        raise AppError.of("department.has_people", department=department.name, count=count)
    session.delete(department)
    session.flush()


def _role(session: Session, role_id: int) -> Role:
    found = session.get(Role, role_id)
    if found is None:
        raise AppError.of("role.not_found", id=role_id)
    return found


def _check_role(session: Session, role_id: int | None, data: RoleInput) -> None:
    _refuse_problems(data.problems())
    name, code = data.name.strip(), _blank_to_none(data.code)
    clash = session.scalar(select(Role.id).where(Role.name == name))
    if clash is not None and clash != role_id:
        raise InputRefused(msg("role.duplicate_name", field="name", role=name))
    if code is not None:
        clash = session.scalar(select(Role.id).where(Role.code == code))
        if clash is not None and clash != role_id:
            raise InputRefused(msg("role.duplicate_code", field="code", value=code))


def create_role(session: Session, data: RoleInput) -> int:
    _check_role(session, None, data)
    role = Role(
        name=data.name.strip(), code=_blank_to_none(data.code), description=data.description
    )
    session.add(role)
    session.flush()
    _sync_role_skills(session, role.id, data.skills)
    return role.id


def update_role(session: Session, role_id: int, data: RoleInput) -> None:
    role = _role(session, role_id)
    _check_role(session, role_id, data)
    _set_changed(
        role,
        {
            "name": data.name.strip(),
            "code": _blank_to_none(data.code),
            "description": data.description,
        },
    )
    _sync_role_skills(session, role_id, data.skills)


def _sync_role_skills(session: Session, role_id: int, skills: tuple[tuple[str, int], ...]) -> None:
    # Rows are edited one by one (not through the relationship's delete-orphan cascade)
    # so each change is audited and Undo can reverse it.
    levels = {clean_name(name): level for name, level in skills}
    ids = skill_ids(session, levels)
    wanted = {ids[name]: level for name, level in levels.items()}
    for row in session.scalars(select(RoleSkill).where(RoleSkill.role_id == role_id)):
        level = wanted.pop(row.skill_id, None)
        if level is None:
            session.delete(row)
        elif row.level != level:
            row.level = level
    for skill_id, level in wanted.items():
        session.add(RoleSkill(role_id=role_id, skill_id=skill_id, level=level))
    session.flush()


def delete_role(session: Session, role_id: int) -> None:
    """Delete a role nobody holds, with its skill requirements."""
    role = _role(session, role_id)
    count = session.scalar(select(func.count()).where(Employee.role_id == role_id))
    if count:
        raise AppError.of("role.has_people", role=role.name, count=count)
    for row in session.scalars(select(RoleSkill).where(RoleSkill.role_id == role_id)):
        session.delete(row)
    session.flush()
    session.expire(role)
    session.delete(role)
    session.flush()


def department_rows(session: Session) -> list[DepartmentRow]:
    people = (
        select(Employee.department_id, func.count().label("people"))
        .group_by(Employee.department_id)
        .subquery()
    )
    query = (
        select(
            Department.id,
            Department.name,
            Department.code,
            Department.yearly_budget,
            people.c.people,
        )
        .outerjoin(people, people.c.department_id == Department.id)
        .order_by(Department.name)
    )
    return [
        DepartmentRow(id_, name, code, budget, count or 0)
        for id_, name, code, budget, count in session.execute(query)
    ]


def role_rows(session: Session) -> list[RoleRow]:
    skills: dict[int, list[tuple[str, int]]] = {}
    for role_id, name, level in session.execute(
        select(RoleSkill.role_id, Skill.name, RoleSkill.level)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .order_by(Skill.name)
    ):
        skills.setdefault(role_id, []).append((name, level))
    holders = session.execute(
        select(Employee.role_id, func.count())
        .where(Employee.role_id.is_not(None))
        .group_by(Employee.role_id)
    )
    people = {role_id: count for role_id, count in holders}
    return [
        RoleRow(
            role.id,
            role.name,
            role.code,
            role.description,
            tuple(skills.get(role.id, ())),
            people.get(role.id, 0),
        )
        for role in session.scalars(select(Role).order_by(Role.name))
    ]
