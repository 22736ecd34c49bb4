"""A course's parts — skills taught, prerequisites, modules — brought in line with the dialog.

Rows are added, changed and deleted one by one (not by replacing collections), so each
change is one audit entry the History tab shows and Undo reverses, and unchanged rows
keep their keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.skills import clean_name, skill_ids
from db.models import CourseModule, CourseSkill, Prerequisite

if TYPE_CHECKING:
    from core.catalog import CourseInput


def save_course_parts(
    session: Session, course_id: int, data: CourseInput, required_ids: dict[str, int]
) -> None:
    levels = {clean_name(name): level for name, level in data.skills}
    ids = skill_ids(session, levels)
    _sync_skills(session, course_id, {ids[name]: level for name, level in levels.items()})
    _sync_prerequisites(session, course_id, set(required_ids.values()))
    _sync_modules(session, course_id, list(data.modules))
    session.flush()


def _sync_skills(session: Session, course_id: int, wanted: dict[int, int]) -> None:
    missing = dict(wanted)
    current = session.scalars(select(CourseSkill).where(CourseSkill.course_id == course_id))
    for row in current:
        level = missing.pop(row.skill_id, None)
        if level is None:
            session.delete(row)
        elif row.level != level:
            row.level = level
    for skill_id, level in missing.items():
        session.add(CourseSkill(course_id=course_id, skill_id=skill_id, level=level))


def _sync_prerequisites(session: Session, course_id: int, wanted: set[int]) -> None:
    current = session.scalars(select(Prerequisite).where(Prerequisite.course_id == course_id))
    kept: set[int] = set()
    for row in current:
        if row.required_course_id in wanted:
            kept.add(row.required_course_id)
        else:
            session.delete(row)
    for required_id in sorted(wanted - kept):
        session.add(Prerequisite(course_id=course_id, required_course_id=required_id))


def _sync_modules(session: Session, course_id: int, wanted: list[tuple[str, float | None]]) -> None:
    # Matched by position, so a module keeps its id (progress events point at it).
    current = {
        m.position: m
        for m in session.scalars(select(CourseModule).where(CourseModule.course_id == course_id))
    }
    for position, (title, hours) in enumerate(wanted, start=1):
        module = current.pop(position, None)
        if module is None:
            session.add(
                CourseModule(
                    course_id=course_id, position=position, title=title.strip(), hours=hours
                )
            )
            continue
        if module.title != title.strip():
            module.title = title.strip()
        if module.hours != hours:
            module.hours = hours
    for module in current.values():
        session.delete(module)
