"""Which part of the catalog a knowledge map shows: a role, a person's path, a course.

:func:`choose_nodes` resolves what the admin typed (a role's name or code, an employee ID,
email or name, a course code or title) against the database and hands the pure selection
in :mod:`core.knowledge_select` the candidates, nearest first, with each node's state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.errors import InputRefused
from core.knowledge_select import (
    Candidate,
    CatalogGraph,
    course_key,
    for_plan,
    for_role,
    neighbourhood,
    skill_key,
    whole_catalog,
)
from core.messages import Message, msg
from db.models import Assignment, Completion, Course, Employee, Role, RoleSkill, Skill

FILTER_KINDS = ("all", "role", "person", "course")
DEFAULT_LIMIT = 300
MAX_HOPS = 6
OPEN_STATUSES = ("not_started", "in_progress", "failed")


@dataclass(frozen=True)
class MapFilter:
    kind: str = "all"  # one of FILTER_KINDS
    value: str = ""  # a role's name or code, an employee ID or email, or a course code
    hops: int = 2  # "course": how far from the course
    limit: int = DEFAULT_LIMIT  # at most this many nodes are drawn


@dataclass(frozen=True)
class MapChoices:
    """What the window offers to type: role names, (employee ID, name), (code, title)."""

    roles: tuple[str, ...]
    people: tuple[tuple[str, str], ...]
    courses: tuple[tuple[str, str], ...]


def map_choices(session: Session) -> MapChoices:
    roles = tuple(session.scalars(select(Role.name).order_by(Role.name)))
    people = session.execute(
        select(Employee.employee_id, Employee.name)
        .where(Employee.active.is_(True))
        .order_by(Employee.name, Employee.employee_id)
    )
    courses = session.execute(select(Course.code, Course.title).order_by(Course.code))
    return MapChoices(roles, tuple((i, n) for i, n in people), tuple((c, t) for c, t in courses))


@dataclass
class Chosen:
    """What a filter picked, before the cap and the layout."""

    heading: Message
    candidates: list[Candidate]
    states: dict[str, str]
    needed: dict[str, int]
    notes: list[Message]


def _role(session: Session, value: str) -> tuple[int, str]:
    row = session.execute(
        select(Role.id, Role.name).where(or_(Role.name == value, Role.code == value))
    ).first()
    if row is None:
        raise InputRefused(msg("kmap.unknown_role", field="role", role=value))
    return row[0], row[1]


def _choose_role(session: Session, graph: CatalogGraph, value: str) -> Chosen:
    role_id, name = _role(session, value)
    rows = session.execute(
        select(Skill.name, RoleSkill.level)
        .join(RoleSkill, RoleSkill.skill_id == Skill.id)
        .where(RoleSkill.role_id == role_id)
        .order_by(Skill.name)
    )
    needed = {skill: level for skill, level in rows}
    notes = [] if needed else [msg("kmap.role_no_skills", role=name)]
    states = {skill_key(s): "needed" for s in needed}
    heading = msg("kmap.heading_role", role=name)
    return Chosen(heading, for_role(graph, needed), states, needed, notes)


def _person(session: Session, value: str) -> tuple[int, str, str, str | None]:
    """By employee ID or email, else by a name only one person has."""
    query = select(Employee.id, Employee.employee_id, Employee.name, Role.name).outerjoin(
        Role, Role.id == Employee.role_id
    )
    rows = session.execute(
        query.where(or_(Employee.employee_id == value, func.lower(Employee.email) == value.lower()))
    ).all()
    if not rows:
        rows = session.execute(query.where(Employee.name == value).limit(2)).all()
    if len(rows) != 1:
        raise InputRefused(msg("kmap.unknown_person", field="person", person=value))
    return rows[0][0], rows[0][1], rows[0][2], rows[0][3]


def _completed(session: Session, person_id: int) -> set[str]:
    done = set(
        session.scalars(
            select(Course.code)
            .join(Completion, Completion.course_id == Course.id)
            .where(Completion.employee_id == person_id)
        )
    )
    done.update(
        session.scalars(
            select(Course.code)
            .join(Assignment, Assignment.course_id == Course.id)
            .where(Assignment.employee_id == person_id, Assignment.status == "completed")
        )
    )
    return done


def _choose_person(session: Session, graph: CatalogGraph, value: str, today: dt.date) -> Chosen:
    person_id, employee_id, name, role = _person(session, value)
    open_codes = list(
        session.scalars(
            select(Course.code)
            .join(Assignment, Assignment.course_id == Course.id)
            .where(Assignment.employee_id == person_id, Assignment.status.in_(OPEN_STATUSES))
            .order_by(Assignment.due_date.is_(None), Assignment.due_date, Course.code)
        )
    )
    codes, state = list(dict.fromkeys(open_codes)), "open"
    heading = msg("kmap.heading_person", person=name)
    notes: list[Message] = []
    if not codes and role:
        from core.pathbuilder import PathRequest, build_plan

        plan = build_plan(session, PathRequest(employee_id, role=role), today)
        codes, state = [step.code for step in plan.steps], "planned"
        heading = msg("kmap.heading_person_plan", person=name, role=role)
        notes.append(
            msg("kmap.plan_fallback", person=name, role=role)
            if codes
            else msg("kmap.no_gaps", person=name, role=role)
        )
    elif not codes:
        notes.append(msg("kmap.no_plan", person=name))
    done = _completed(session, person_id)
    states = {course_key(code): "done" for code in done}
    for code in codes:  # prerequisites still to take, that the plan does not hold
        for required in graph.prerequisites_of(code):
            if required not in done:
                states[course_key(required)] = "missing"
    states.update({course_key(code): state for code in codes})
    return Chosen(heading, for_plan(graph, codes), states, {}, notes)


def _choose_course(graph: CatalogGraph, value: str, hops: int) -> Chosen:
    code = value if value in graph.courses else None
    if code is None:  # then ignoring case, then by title, when only one course matches
        folded = [c for c in graph.courses if c.casefold() == value.casefold()]
        folded = folded or [c for c, fact in graph.courses.items() if fact.title == value]
        code = folded[0] if len(folded) == 1 else None
    if code is None:
        raise InputRefused(msg("kmap.unknown_course", field="course", course=value))
    if not 1 <= hops <= MAX_HOPS:
        raise InputRefused(msg("kmap.bad_hops", field="hops", value=hops, limit=MAX_HOPS))
    title = graph.courses[code].title
    heading = msg("kmap.heading_course", course=f"{code} · {title}", hops=hops)
    return Chosen(heading, neighbourhood(graph, code, hops), {course_key(code): "focus"}, {}, [])


def choose_nodes(
    session: Session, graph: CatalogGraph, map_filter: MapFilter, today: dt.date
) -> Chosen:
    value = map_filter.value.strip()
    if map_filter.kind == "role":
        return _choose_role(session, graph, value)
    if map_filter.kind == "person":
        return _choose_person(session, graph, value, today)
    if map_filter.kind == "course":
        return _choose_course(graph, value, map_filter.hops)
    if map_filter.kind != "all":
        raise ValueError(f"unknown knowledge map filter {map_filter.kind!r}")
    notes = [] if graph.courses else [msg("kmap.empty_catalog")]
    return Chosen(msg("kmap.heading_all"), whole_catalog(graph), {}, {}, notes)
