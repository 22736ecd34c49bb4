"""Learning-path templates: ordered courses, each optionally due some days after the start.

Run the writing functions inside ``perform(db, action, lambda s: ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import AppError, InputRefused
from core.messages import Message, msg
from db.models import Assignment, Course, PathItem, PathTemplate

PathStep = tuple[str, int | None]  # (course code, due offset in days from the start or None)


@dataclass(frozen=True)
class PathInput:
    name: str
    description: str = ""
    items: tuple[PathStep, ...] = ()

    def problems(self) -> list[Message]:
        """What is wrong with the fields themselves, without looking at the database."""
        found: list[Message] = []
        if not self.name.strip():
            found.append(msg("path.name_blank", field="name"))
        seen: set[str] = set()
        for code, offset in self.items:
            if code.strip().casefold() in seen:
                found.append(msg("path.duplicate_course", field="items", course=code))
            seen.add(code.strip().casefold())
            if offset is not None and offset < 0:
                found.append(msg("path.bad_offset", field="items", course=code, value=offset))
        return found


@dataclass(frozen=True)
class PathRow:
    id: int
    name: str
    description: str
    items: tuple[tuple[str, str, int | None], ...]  # (code, title, due offset days)
    assigned_people: int


def _template(session: Session, path_id: int) -> PathTemplate:
    template = session.get(PathTemplate, path_id)
    if template is None:
        raise AppError.of("path.not_found", id=path_id)
    return template


def path_rows(session: Session) -> list[PathRow]:
    """Every path template by name with its steps and how many people it was assigned to."""
    steps: dict[int, list[tuple[str, str, int | None]]] = {}
    query = (
        select(PathItem.template_id, Course.code, Course.title, PathItem.due_offset_days)
        .join(Course, Course.id == PathItem.course_id)
        .order_by(PathItem.template_id, PathItem.position)
    )
    for template_id, code, title, offset in session.execute(query):
        steps.setdefault(template_id, []).append((code, title, offset))
    people = dict(
        session.execute(
            select(Assignment.path_template_id, func.count(func.distinct(Assignment.employee_id)))
            .where(Assignment.path_template_id.is_not(None))
            .group_by(Assignment.path_template_id)
        ).all()
    )
    templates = session.execute(
        select(PathTemplate.id, PathTemplate.name, PathTemplate.description).order_by(
            PathTemplate.name
        )
    )
    return [
        PathRow(pid, name, description or "", tuple(steps.get(pid, [])), people.get(pid, 0))
        for pid, name, description in templates
    ]


def path_input(session: Session, path_id: int) -> PathInput:
    template = _template(session, path_id)
    codes = dict(session.execute(select(Course.id, Course.code)).all())
    items = tuple((codes[item.course_id], item.due_offset_days) for item in template.items)
    return PathInput(template.name, template.description or "", items)


def _course_ids(session: Session, data: PathInput) -> list[int]:
    by_code = dict(session.execute(select(Course.code, Course.id)).all())
    by_fold = {code.casefold(): cid for code, cid in by_code.items()}
    ids = []
    for code, _offset in data.items:
        cid = by_code.get(code.strip()) or by_fold.get(code.strip().casefold())
        if cid is None:
            raise InputRefused(msg("path.unknown_course", field="items", course=code))
        ids.append(cid)
    return ids


def _check(session: Session, path_id: int | None, data: PathInput) -> list[int]:
    problems = data.problems()
    if problems:
        raise InputRefused(problems[0])
    name = data.name.strip()
    clash = session.scalar(select(PathTemplate.id).where(PathTemplate.name == name))
    if clash is not None and clash != path_id:
        raise InputRefused(msg("path.duplicate_name", field="name", path=name))
    return _course_ids(session, data)


def _set_items(template: PathTemplate, data: PathInput, course_ids: list[int]) -> None:
    template.items = [
        PathItem(position=position, course_id=cid, due_offset_days=offset)
        for position, (cid, (_code, offset)) in enumerate(zip(course_ids, data.items, strict=True))
    ]


def create_path(session: Session, data: PathInput) -> int:
    course_ids = _check(session, None, data)
    template = PathTemplate(name=data.name.strip(), description=data.description.strip())
    _set_items(template, data, course_ids)
    session.add(template)
    session.flush()
    return template.id


def update_path(session: Session, path_id: int, data: PathInput) -> None:
    template = _template(session, path_id)
    course_ids = _check(session, path_id, data)
    template.name = data.name.strip()
    template.description = data.description.strip()
    # Positions are unique per template: clear the old steps before the new ones insert.
    template.items = []
    session.flush()
    _set_items(template, data, course_ids)


def delete_path(session: Session, path_id: int) -> None:
    """Remove the template; assignments made from it stay (their link is cleared)."""
    session.delete(_template(session, path_id))
