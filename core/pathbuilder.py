"""The learning-path builder: the courses that close a person's skill gaps, in order, on dates.

This module reads the database (the person, the target, the catalog, what they completed)
and assigns a finished plan; the choice of courses is :mod:`core.path_cover` (a greedy
weighted set cover, documented there) and the schedule and edits are :mod:`core.path_plan`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.assignments import AssignRequest, AssignResult, assign
from core.errors import InputRefused
from core.messages import msg
from core.path_cover import PlanInputs, compose_plan
from core.path_plan import CourseFacts, Gap, Plan, remove, reorder, swap
from core.settings import AppSettings, load_settings
from db.models import (
    Assignment,
    Completion,
    Course,
    CourseSkill,
    Employee,
    EmployeeSkill,
    Prerequisite,
    Role,
    RoleSkill,
    Skill,
)

# One import for callers (CLI, GUI): build here, edit with the functions from core.path_plan.
__all__ = [
    "DEFAULT_HOURS_PER_WEEK",
    "PathRequest",
    "Plan",
    "assign_plan",
    "build_plan",
    "load_course_facts",
    "parse_skill_levels",
    "person_name",
    "remove",
    "reorder",
    "swap",
]

DEFAULT_HOURS_PER_WEEK = 4.0
_LEVEL = re.compile(r"[1-5]")


@dataclass(frozen=True)
class PathRequest:
    employee_id: str  # employee ID or email
    role: str | None = None  # a role's name or code ...
    skills: Mapping[str, int] | None = None  # ... or skill name → target level
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK
    budget: float | None = None  # in the base currency; None: no limit
    start: dt.date | None = None  # None: today


def parse_skill_levels(text: str) -> dict[str, int]:
    """``"SQL=3, Excel=2"`` → ``{"SQL": 3, "Excel": 2}``; refused unless every pair reads."""
    found: dict[str, int] = {}
    for part in text.split(","):
        name, sep, level = part.partition("=")
        name = " ".join(name.split())
        if not sep or not name or _LEVEL.fullmatch(level.strip()) is None:
            raise InputRefused(msg("pathplan.bad_skills", field="skills", value=text))
        found[name] = int(level)
    return found


def _person(session: Session, who: str) -> tuple[int, str]:
    value = who.strip()
    row = session.execute(
        select(Employee.id, Employee.employee_id).where(
            or_(Employee.employee_id == value, func.lower(Employee.email) == value.lower())
        )
    ).first()
    if row is None:
        raise InputRefused(msg("pathplan.unknown_person", field="learner", person=value))
    return row[0], row[1]


def person_name(session: Session, employee_id: str) -> str:
    return session.scalar(select(Employee.name).where(Employee.employee_id == employee_id)) or ""


def _role_targets(session: Session, role: str) -> tuple[str, dict[str, int]]:
    value = role.strip()
    found = session.execute(
        select(Role.id, Role.name).where(or_(Role.name == value, Role.code == value))
    ).first()
    if found is None:
        raise InputRefused(msg("pathplan.unknown_role", field="role", role=value))
    rows = session.execute(
        select(Skill.name, RoleSkill.level)
        .join(RoleSkill, RoleSkill.skill_id == Skill.id)
        .where(RoleSkill.role_id == found[0])
    )
    return found[1], {name: level for name, level in rows}


def _skill_targets(session: Session, wanted: Mapping[str, int]) -> dict[str, int]:
    """Typed names matched to the stored skills ignoring case; unknown names refused."""
    by_fold = {name.casefold(): name for name in session.scalars(select(Skill.name))}
    targets: dict[str, int] = {}
    for name, level in wanted.items():
        stored = by_fold.get(name.casefold())
        if stored is None:
            raise InputRefused(msg("pathplan.unknown_skill", field="skills", skill=name))
        targets[stored] = level
    return targets


def _current_levels(session: Session, person_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Skill.name, EmployeeSkill.level)
        .join(EmployeeSkill, EmployeeSkill.skill_id == Skill.id)
        .where(EmployeeSkill.employee_id == person_id)
    )
    return {name: level for name, level in rows}


def _completed_codes(session: Session, person_id: int) -> frozenset[str]:
    completions = select(Course.code).join(Completion, Completion.course_id == Course.id)
    finished = select(Course.code).join(Assignment, Assignment.course_id == Course.id)
    codes = set(session.scalars(completions.where(Completion.employee_id == person_id)))
    codes |= set(
        session.scalars(
            finished.where(Assignment.employee_id == person_id, Assignment.status == "completed")
        )
    )
    return frozenset(codes)


def load_course_facts(session: Session) -> dict[str, CourseFacts]:
    """Every course as :class:`CourseFacts`, prices converted to the base currency."""
    settings = load_settings(session)
    codes = {cid: code for cid, code in session.execute(select(Course.id, Course.code))}
    teaches: dict[int, dict[str, int]] = {}
    for course_id, name, level in session.execute(
        select(CourseSkill.course_id, Skill.name, CourseSkill.level).join(
            Skill, Skill.id == CourseSkill.skill_id
        )
    ):
        teaches.setdefault(course_id, {})[name] = level
    requires: dict[int, list[str]] = {}
    for course_id, required_id in session.execute(
        select(Prerequisite.course_id, Prerequisite.required_course_id)
    ):
        requires.setdefault(course_id, []).append(codes[required_id])
    facts: dict[str, CourseFacts] = {}
    query = select(Course.id, Course.code, Course.title, Course.hours, Course.price)
    for cid, code, title, hours, price, currency, status in session.execute(
        query.add_columns(Course.currency, Course.status).order_by(Course.code)
    ):
        cost, unpriced = _base_cost(settings, price, currency)
        facts[code] = CourseFacts(
            code,
            title,
            float(hours or 0.0),
            cost,
            teaches.get(cid, {}),
            tuple(sorted(requires.get(cid, []))),
            status == "active",
            unpriced,
        )
    return facts


def _base_cost(
    settings: AppSettings, price: float | None, currency: str | None
) -> tuple[float, str | None]:
    """(cost in the base currency, None) or, with no rate for ``currency``, (0.0, currency).

    One course priced in a currency Settings lack must not stop every plan: the planner
    leaves it out with a note naming the currency (:mod:`core.path_cover`).
    """
    if not price:
        return 0.0, None
    if currency and currency != settings.base_currency and currency not in settings.exchange_rates:
        return 0.0, currency
    return round(settings.to_base(price, currency), 2), None


def build_plan(session: Session, request: PathRequest, today: dt.date) -> Plan:
    """The plan closing the person's gaps towards the role or skills; writes nothing."""
    if not request.hours_per_week > 0:
        raise InputRefused(
            msg("pathplan.bad_hours", field="hours_per_week", value=request.hours_per_week)
        )
    if request.budget is not None and request.budget < 0:
        raise InputRefused(msg("pathplan.bad_budget", field="budget", value=request.budget))
    person_id, employee_id = _person(session, request.employee_id)
    if request.role:
        target, wanted = _role_targets(session, request.role)
    elif request.skills:
        wanted = _skill_targets(session, request.skills)
        target = ", ".join(f"{name} {level}" for name, level in wanted.items())
    else:
        raise InputRefused(msg("pathplan.no_target", field="role"))
    current = _current_levels(session, person_id)
    gaps = tuple(
        Gap(skill, level, current.get(skill, 0))
        for skill, level in sorted(wanted.items())
        if level > current.get(skill, 0)
    )
    return compose_plan(
        PlanInputs(
            employee_id=employee_id,
            target=target,
            gaps=gaps,
            courses=load_course_facts(session),
            done=_completed_codes(session, person_id),
            start=request.start or today,
            hours_per_week=request.hours_per_week,
            budget=request.budget,
        )
    )


def assign_plan(session: Session, plan: Plan, today: dt.date) -> AssignResult:
    """Assign every step to the person (source "path", optional), due on the step's end date.

    Run inside ``perform(db, action, ...)``. Steps the person has open or completed are
    reported back by :func:`core.assignments.assign`, not duplicated.
    """
    created = 0
    skipped_done: list[tuple[str, str]] = []
    skipped_assigned: list[tuple[str, str]] = []
    for step in plan.steps:
        request = AssignRequest(
            "person",
            plan.employee_id,
            (step.code,),
            start=min(today, step.start),
            due=step.end,
            mandatory=False,
            source="path",
        )
        result = assign(session, request, today)
        created += result.created
        skipped_done += result.skipped_done
        skipped_assigned += result.skipped_assigned
    return AssignResult(created, skipped_done, skipped_assigned)
