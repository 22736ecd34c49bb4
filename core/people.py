"""Editing people one at a time: add, edit, deactivate; departments and roles too.

Run each function inside ``perform(db, action, lambda s: ...)`` so the edit is one audited
transaction. Departments and roles live in :mod:`core.organisation` and are re-exported
here, so the People dialogs import from one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import AppError, InputRefused
from core.messages import Message, msg
from core.organisation import (
    DepartmentInput,
    DepartmentRow,
    RoleInput,
    RoleRow,
    create_department,
    create_role,
    delete_department,
    delete_role,
    department_rows,
    role_rows,
    update_department,
    update_role,
)
from core.skills import clean_name, skill_ids, skill_level_problems
from db.models import Department, Employee, EmployeeSkill, Role, Skill

__all__ = [
    "DepartmentInput",
    "DepartmentRow",
    "EmployeeInput",
    "RoleInput",
    "RoleRow",
    "create_department",
    "create_employee",
    "create_role",
    "deactivate_employee",
    "delete_department",
    "delete_role",
    "department_rows",
    "employee_input",
    "reactivate_employee",
    "role_rows",
    "update_department",
    "update_employee",
    "update_role",
]


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


@dataclass(frozen=True)
class EmployeeInput:
    """Everything the person dialog edits; department, role and manager by name / ID."""

    employee_id: str
    name: str
    email: str | None = None
    department: str | None = None  # department name
    role: str | None = None  # role name
    manager: str | None = None  # the manager's employee_id
    hire_date: dt.date | None = None
    active: bool = True
    skills: tuple[tuple[str, int], ...] = ()  # current levels 0-5, set by hand

    def problems(self) -> list[Message]:
        """What is wrong with the fields themselves, without looking at the database."""
        found: list[Message] = []
        person = self.employee_id.strip()
        if not person:
            found.append(msg("person.id_blank", field="employee_id"))
        if not self.name.strip():
            found.append(msg("person.name_blank", field="name"))
        email = _blank_to_none(self.email)
        if email is not None and not _looks_like_email(email):
            found.append(msg("person.bad_email", field="email", value=email))
        if person and _blank_to_none(self.manager) == person:
            found.append(msg("person.own_manager", field="manager", person=person))
        found += skill_level_problems(self.skills, 0, 5)
        return found


def _looks_like_email(text: str) -> bool:
    # Deliberately loose: one @, something either side, a dot in the domain, no spaces.
    local, at, domain = text.partition("@")
    return bool(at and local and "." in domain.strip(".") and not any(c.isspace() for c in text))


def _employee(session: Session, employee_db_id: int) -> Employee:
    person = session.get(Employee, employee_db_id)
    if person is None:
        raise AppError.of("person.not_found", id=employee_db_id)
    return person


def employee_input(session: Session, employee_db_id: int) -> EmployeeInput:
    """The saved person as the dialog edits it."""
    person = _employee(session, employee_db_id)
    skills = session.execute(
        select(Skill.name, EmployeeSkill.level)
        .join(Skill, Skill.id == EmployeeSkill.skill_id)
        .where(EmployeeSkill.employee_id == employee_db_id)
        .order_by(Skill.name)
    )
    return EmployeeInput(
        employee_id=person.employee_id,
        name=person.name,
        email=person.email,
        department=person.department.name if person.department else None,
        role=person.role.name if person.role else None,
        manager=person.manager.employee_id if person.manager else None,
        hire_date=person.hire_date,
        active=person.active,
        skills=tuple((name, level) for name, level in skills),
    )


def _resolve(session: Session, person_id: int | None, data: EmployeeInput) -> dict[str, object]:
    """Refuse what cannot be saved; returns the employee row's column values."""
    problems = data.problems()
    if problems:
        raise InputRefused(problems[0])
    hr_id, email = data.employee_id.strip(), _blank_to_none(data.email)
    clash = session.scalar(select(Employee.id).where(Employee.employee_id == hr_id))
    if clash is not None and clash != person_id:
        raise InputRefused(msg("person.duplicate_id", field="employee_id", person=hr_id))
    if email is not None:
        clash = session.scalar(
            select(Employee.id).where(func.lower(Employee.email) == email.lower())
        )
        if clash is not None and clash != person_id:
            raise InputRefused(msg("person.duplicate_email", field="email", email=email))
    return {
        "employee_id": hr_id,
        "name": data.name.strip(),
        "email": email,
        "hire_date": data.hire_date,
        "active": data.active,
        "department_id": _named_id(session, Department, data.department, "department"),
        "role_id": _named_id(session, Role, data.role, "role"),
        "manager_id": _manager_id(session, person_id, hr_id, _blank_to_none(data.manager)),
    }


def _named_id(
    session: Session, model: type[Department] | type[Role], name: str | None, kind: str
) -> int | None:
    name = _blank_to_none(name)
    if name is None:
        return None
    found = session.scalar(select(model.id).where(model.name == name))
    if found is None:
        raise InputRefused(msg(f"person.unknown_{kind}", field=kind, **{kind: name}))
    return found


def _manager_id(
    session: Session, person_id: int | None, hr_id: str, manager: str | None
) -> int | None:
    if manager is None:
        return None
    manager_id = session.scalar(select(Employee.id).where(Employee.employee_id == manager))
    if manager_id is None:
        raise InputRefused(msg("person.unknown_manager", field="manager", manager=manager))
    if person_id is not None:
        loop = _reporting_loop(session, person_id, hr_id, manager_id)
        if loop is not None:
            raise InputRefused(msg("person.manager_loop", field="manager", loop=" → ".join(loop)))
    return manager_id


def _reporting_loop(
    session: Session, person_id: int, hr_id: str, manager_id: int
) -> list[str] | None:
    """Walk up from the new manager; reaching the person again means a loop."""
    rows = session.execute(select(Employee.id, Employee.manager_id, Employee.employee_id))
    managers: dict[int, int | None] = {}
    hr_ids: dict[int, str] = {}
    for row_id, row_manager, row_hr_id in rows:
        managers[row_id], hr_ids[row_id] = row_manager, row_hr_id
    chain = [hr_id]
    current: int | None = manager_id
    seen = {person_id}
    while current is not None:
        chain.append(hr_ids[current])
        if current == person_id:
            chain[-1] = hr_id
            return chain
        if current in seen:
            return None  # an older loop further up, not one this edit closes
        seen.add(current)
        current = managers.get(current)
    return None


def create_employee(session: Session, data: EmployeeInput) -> int:
    """Add a person with their hand-set skill levels; returns the row id."""
    person = Employee(**_resolve(session, None, data))
    session.add(person)
    session.flush()
    _sync_skills(session, person.id, data.skills)
    return person.id


def update_employee(session: Session, employee_db_id: int, data: EmployeeInput) -> None:
    """Save the dialog's values; only what differs is written (and audited)."""
    person = _employee(session, employee_db_id)
    for name, value in _resolve(session, employee_db_id, data).items():
        if getattr(person, name) != value:
            setattr(person, name, value)
    _sync_skills(session, employee_db_id, data.skills)


def _sync_skills(session: Session, person_id: int, skills: tuple[tuple[str, int], ...]) -> None:
    levels = {clean_name(name): level for name, level in skills}
    ids = skill_ids(session, levels)
    wanted = {ids[name]: level for name, level in levels.items()}
    today = dt.date.today()
    for row in session.scalars(select(EmployeeSkill).where(EmployeeSkill.employee_id == person_id)):
        level = wanted.pop(row.skill_id, None)
        if level is None:
            session.delete(row)
        elif row.level != level:
            # A level typed in the dialog replaces what a course or import had set.
            row.level, row.source, row.updated_on = level, "manual", today
    for skill_id, level in wanted.items():
        session.add(
            EmployeeSkill(
                employee_id=person_id,
                skill_id=skill_id,
                level=level,
                source="manual",
                updated_on=today,
            )
        )
    session.flush()


def deactivate_employee(session: Session, employee_db_id: int) -> None:
    _employee(session, employee_db_id).active = False


def reactivate_employee(session: Session, employee_db_id: int) -> None:
    _employee(session, employee_db_id).active = True
