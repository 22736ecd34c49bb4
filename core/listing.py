"""Read-only rows for the Catalog and People tables and the selected item's detail panel.

Each reader runs one or two SQL queries whatever the row count (no query per row) and
returns plain frozen dataclasses, so a background worker can hand them to the window.
Every table row carries ``search_text``: its searchable fields joined and lower-cased once,
so filtering 20,000 rows while the admin types is a substring test per row.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db import backup as backups
from db.migrate import current_revision, head_revision
from db.models import (
    Course,
    CourseModule,
    CourseSkill,
    Department,
    Employee,
    EmployeeSkill,
    Prerequisite,
    Role,
    RoleSkill,
    Skill,
)

SEPARATOR = ", "


def _haystack(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, "")).casefold()


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    category: str
    provider: str
    format: str
    language: str
    difficulty: str
    hours: float | None
    price: float | None
    currency: str
    status: str
    skills: str
    search_text: str


@dataclass(frozen=True)
class PersonFacts:
    """Who a person is: shared by the People table's rows and the person page."""

    id: int
    employee_id: str
    name: str
    email: str
    department: str
    role: str
    manager: str
    hire_date: dt.date | None
    active: bool


@dataclass(frozen=True)
class PersonRow(PersonFacts):
    search_text: str


def course_rows(session: Session) -> list[CourseRow]:
    """Every course, ordered by code: one query (skills aggregated in a subquery)."""
    taught = (
        select(
            CourseSkill.course_id.label("course_id"),
            func.group_concat(Skill.name, SEPARATOR).label("skills"),
        )
        .join(Skill, Skill.id == CourseSkill.skill_id)
        .group_by(CourseSkill.course_id)
        .subquery()
    )
    query = (
        select(
            Course.id,
            Course.code,
            Course.title,
            Course.category,
            Course.provider,
            Course.format,
            Course.language,
            Course.difficulty,
            Course.hours,
            Course.price,
            Course.currency,
            Course.status,
            taught.c.skills,
            Course.tags,
            Course.description,
        )
        .outerjoin(taught, taught.c.course_id == Course.id)
        .order_by(Course.code)
    )
    rows = []
    for (
        cid,
        code,
        title,
        category,
        provider,
        fmt,
        lang,
        diff,
        hours,
        price,
        cur,
        status,
        taught_skills,
        tags,
        description,
    ) in session.execute(query).all():
        skills = taught_skills or ""
        rows.append(
            CourseRow(
                id=cid,
                code=code,
                title=title,
                category=category or "",
                provider=provider or "",
                format=fmt or "",
                language=lang or "",
                difficulty=diff or "",
                hours=hours,
                price=price,
                currency=cur or "",
                status=status,
                skills=skills,
                search_text=_haystack(code, title, category, provider, skills, tags, description),
            )
        )
    return rows


def people_rows(session: Session) -> list[PersonRow]:
    """Every person with department, role and manager names: one query with joins."""
    manager = aliased(Employee)
    query = (
        select(
            Employee.id,
            Employee.employee_id,
            Employee.name,
            Employee.email,
            Department.name,
            Role.name,
            manager.name,
            Employee.hire_date,
            Employee.active,
        )
        .outerjoin(Department, Department.id == Employee.department_id)
        .outerjoin(Role, Role.id == Employee.role_id)
        .outerjoin(manager, manager.id == Employee.manager_id)
        .order_by(Employee.name, Employee.employee_id)
    )
    return [
        PersonRow(
            id=pid,
            employee_id=emp_id,
            name=name,
            email=email or "",
            department=department or "",
            role=role or "",
            manager=manager_name or "",
            hire_date=hired,
            active=bool(active),
            search_text=_haystack(emp_id, name, email, department, role, manager_name),
        )
        for (pid, emp_id, name, email, department, role, manager_name, hired, active) in (
            session.execute(query).all()
        )
    ]


@dataclass(frozen=True)
class SkillLevel:
    skill: str
    level: int


@dataclass(frozen=True)
class CourseRef:
    code: str
    title: str


@dataclass(frozen=True)
class ModuleLine:
    position: int
    title: str
    hours: float | None


@dataclass(frozen=True)
class CourseDetail:
    id: int
    code: str
    title: str
    description: str
    category: str
    tags: str
    provider: str
    price: float | None
    currency: str
    certificate_price: float | None
    hours: float | None
    format: str
    language: str
    difficulty: str
    validity_months: int | None
    status: str
    skills: tuple[SkillLevel, ...]
    prerequisites: tuple[CourseRef, ...]
    modules: tuple[ModuleLine, ...]


def course_detail(session: Session, course_id: int) -> CourseDetail | None:
    course = session.get(Course, course_id)
    if course is None:
        return None
    skills = session.execute(
        select(Skill.name, CourseSkill.level)
        .join(Skill, Skill.id == CourseSkill.skill_id)
        .where(CourseSkill.course_id == course_id)
        .order_by(Skill.name)
    ).all()
    required = session.execute(
        select(Course.code, Course.title)
        .join(Prerequisite, Prerequisite.required_course_id == Course.id)
        .where(Prerequisite.course_id == course_id)
        .order_by(Course.code)
    ).all()
    modules = session.execute(
        select(CourseModule.position, CourseModule.title, CourseModule.hours)
        .where(CourseModule.course_id == course_id)
        .order_by(CourseModule.position)
    ).all()
    return CourseDetail(
        id=course.id,
        code=course.code,
        title=course.title,
        description=course.description or "",
        category=course.category or "",
        tags=course.tags or "",
        provider=course.provider or "",
        price=course.price,
        currency=course.currency or "",
        certificate_price=course.certificate_price,
        hours=course.hours,
        format=course.format or "",
        language=course.language or "",
        difficulty=course.difficulty or "",
        validity_months=course.validity_months,
        status=course.status,
        skills=tuple(SkillLevel(name, level) for name, level in skills),
        prerequisites=tuple(CourseRef(code, title) for code, title in required),
        modules=tuple(ModuleLine(pos, title, hours) for pos, title, hours in modules),
    )


@dataclass(frozen=True)
class SkillGap:
    """A skill the person's role requires or the person holds; ``gap`` > 0 is missing levels."""

    skill: str
    required: int | None
    current: int | None

    @property
    def gap(self) -> int:
        return max(0, (self.required or 0) - (self.current or 0))


@dataclass(frozen=True)
class PersonDetail(PersonFacts):
    skills: tuple[SkillGap, ...]


def person_detail(session: Session, person_id: int) -> PersonDetail | None:
    person = session.get(Employee, person_id)
    if person is None:
        return None
    required: dict[str, int] = dict(
        session.execute(
            select(Skill.name, RoleSkill.level)
            .join(Skill, Skill.id == RoleSkill.skill_id)
            .where(RoleSkill.role_id == person.role_id)
        ).all()
    )
    held: dict[str, int] = dict(
        session.execute(
            select(Skill.name, EmployeeSkill.level)
            .join(Skill, Skill.id == EmployeeSkill.skill_id)
            .where(EmployeeSkill.employee_id == person_id)
        ).all()
    )
    # Role skills first (largest gap first), then skills held beyond the role.
    gaps = sorted(
        (SkillGap(name, required.get(name), held.get(name)) for name in required.keys() | held),
        key=lambda g: (g.required is None, -g.gap, g.skill.casefold()),
    )
    return PersonDetail(
        id=person.id,
        employee_id=person.employee_id,
        name=person.name,
        email=person.email or "",
        department=person.department.name if person.department else "",
        role=person.role.name if person.role else "",
        manager=person.manager.name if person.manager else "",
        hire_date=person.hire_date,
        active=person.active,
        skills=tuple(gaps),
    )


def holds_no_data(session: Session) -> bool:
    """True when the file has neither courses nor people (a first start)."""
    has_course = session.scalar(select(Course.id).limit(1)) is not None
    return not has_course and session.scalar(select(Employee.id).limit(1)) is None


@dataclass(frozen=True)
class FileFacts:
    path: Path
    schema_revision: str | None
    program_revision: str


def file_facts(session: Session, path: Path) -> FileFacts:
    """What Help → About shows about the open file."""
    return FileFacts(path, current_revision(session.connection()), head_revision())


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken_at: dt.datetime
    reason: str
    counts: dict[str, int]


def backup_rows(db_path: Path) -> list[BackupRow]:
    """The backups of ``db_path``, newest first, with what each one holds."""
    rows = []
    for info in backups.list_backups(backups.backups_dir_for(db_path)):
        try:
            counts = backups.record_counts(info.path)
        except sqlite3.Error:
            counts = {}  # a damaged backup is still listed; restoring it will say why not
        rows.append(BackupRow(info.path, info.taken_at, info.reason, counts))
    return rows
