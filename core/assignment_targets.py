"""Who and what an assignment request names: the people in its target, its courses and dues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.errors import InputRefused
from core.messages import msg
from db.models import Course, Department, Employee, PathItem, PathTemplate, Role

if TYPE_CHECKING:
    from core.assignments import AssignRequest


@dataclass(frozen=True)
class PlannedCourse:
    course_id: int
    code: str
    due: dt.date | None
    path_id: int | None = None


def _person_ids(session: Session, target: str) -> list[tuple[int, str]]:
    value = target.strip()
    query = select(Employee.id, Employee.employee_id).where(
        or_(Employee.employee_id == value, func.lower(Employee.email) == value.lower())
    )
    found = [(pid, eid) for pid, eid in session.execute(query)]
    if not found:
        raise InputRefused(msg("assign.unknown_person", field="target", person=value))
    return found[:1]


def target_people(session: Session, kind: str, target: str) -> list[tuple[int, str]]:
    """(employee db id, employee id) of the person, or everyone active in the department/role."""
    if kind == "person":
        return _person_ids(session, target)
    model: type[Department] | type[Role] = Department if kind == "department" else Role
    value = target.strip()
    group_id = session.scalar(select(model.id).where(or_(model.name == value, model.code == value)))
    if group_id is None:
        raise InputRefused(msg(f"assign.unknown_{kind}", field="target", value=value))
    column = Employee.department_id if kind == "department" else Employee.role_id
    query = (
        select(Employee.id, Employee.employee_id)
        .where(column == group_id, Employee.active.is_(True))
        .order_by(Employee.employee_id)
    )
    people = [(pid, eid) for pid, eid in session.execute(query)]
    if not people:
        raise InputRefused(msg("assign.nobody", field="target", value=value))
    return people


def _course(session: Session, code: str) -> tuple[int, str]:
    value = code.strip()
    row = session.execute(
        select(Course.id, Course.code).where(func.lower(Course.code) == value.lower())
    ).first()
    if row is None:
        raise InputRefused(msg("assign.unknown_course", field="course_codes", course=value))
    return row[0], row[1]


def spread_due(start: dt.date, due: dt.date | None, step: int, steps: int) -> dt.date | None:
    """Step ``step`` (0-based) of ``steps``, evenly between start and due; the last on due."""
    if due is None:
        return None
    span = (due - start).days
    return start + dt.timedelta(days=round(span * (step + 1) / steps))


def _path_courses(session: Session, request: AssignRequest, name: str) -> list[PlannedCourse]:
    template = session.scalar(select(PathTemplate).where(PathTemplate.name == name.strip()))
    if template is None:
        raise InputRefused(msg("assign.unknown_path", field="path", path=name))
    items: list[PathItem] = list(template.items)
    codes = dict(
        session.execute(
            select(Course.id, Course.code).where(Course.id.in_([i.course_id for i in items]))
        ).all()
    )
    planned = []
    for step, item in enumerate(items):
        due: dt.date | None
        if item.due_offset_days is not None:
            due = request.start + dt.timedelta(days=item.due_offset_days)
        else:
            due = spread_due(request.start, request.due, step, len(items))
        planned.append(PlannedCourse(item.course_id, codes[item.course_id], due, template.id))
    return planned


def planned_courses(session: Session, request: AssignRequest) -> list[PlannedCourse]:
    """The courses to assign, in order, each with its due date."""
    planned = [
        PlannedCourse(cid, code, request.due)
        for cid, code in (_course(session, c) for c in request.course_codes)
    ]
    if request.path:
        planned.extend(_path_courses(session, request, request.path))
    if not planned:
        raise InputRefused(msg("assign.nothing", field="course_codes"))
    seen: set[int] = set()
    unique = []
    for course in planned:
        if course.course_id not in seen:
            seen.add(course.course_id)
            unique.append(course)
    return unique
