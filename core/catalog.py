"""Editing the course catalog one course at a time: add, edit, retire, delete.

Each function takes an ORM session and is meant to run inside
``perform(db, action, lambda s: create_course(s, data))``, so every edit is one audited
transaction. Child rows (modules, skills, prerequisites) are added, changed and deleted
explicitly rather than through ORM cascades: each then gets its own audit entry, which
the History tab shows and Undo reverses.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.course_parts import save_course_parts
from core.errors import AppError, InputRefused
from core.messages import Message, msg
from core.prerequisites import find_prerequisite_cycle, loop_text
from core.skills import skill_level_problems
from db.models import (
    COURSE_FORMATS,
    COURSE_STATUSES,
    DIFFICULTIES,
    Assignment,
    Completion,
    Course,
    CourseModule,
    CourseSkill,
    Feedback,
    PathItem,
    Prerequisite,
    ProgressEvent,
    Skill,
)

__all__ = [
    "CourseInput",
    "category_names",
    "course_choices",
    "course_history_counts",
    "course_input",
    "create_course",
    "delete_course",
    "find_prerequisite_cycle",
    "reactivate_course",
    "retire_course",
    "skill_names",
    "tag_names",
    "update_course",
]

# The plain columns a CourseInput sets one to one.
_SCALAR_FIELDS = (
    "description",
    "category",
    "provider",
    "price",
    "currency",
    "certificate_price",
    "hours",
    "format",
    "language",
    "difficulty",
    "validity_months",
    "status",
)


# Optional text a dialog may hand over as "": stored as NULL, never as an empty string.
_OPTIONAL_TEXT = ("category", "provider", "format", "language", "difficulty")


def _blank_to_none(value: str | None) -> str | None:
    return (value.strip() or None) if value is not None else None


def _choice_problem(
    code: str, field: str, value: str | None, allowed: tuple[str, ...]
) -> list[Message]:
    if _blank_to_none(value) is None or value in allowed:
        return []
    return [msg(code, field=field, value=value, allowed=", ".join(allowed))]


@dataclass(frozen=True)
class CourseInput:
    """Everything the course dialog edits; names, not ids, so it reads like the form."""

    code: str
    title: str
    description: str = ""
    category: str | None = None
    tags: tuple[str, ...] = ()
    provider: str | None = None
    price: float | None = None
    currency: str | None = None
    certificate_price: float | None = None
    hours: float | None = None
    format: str | None = None
    language: str | None = None
    difficulty: str | None = None
    validity_months: int | None = None
    status: str = "active"
    skills: tuple[tuple[str, int], ...] = ()  # (skill name, level 1-5); new names are created
    prerequisites: tuple[str, ...] = ()  # codes of the courses this one requires
    modules: tuple[tuple[str, float | None], ...] = ()  # (title, hours), in order

    def problems(self) -> list[Message]:
        """What is wrong with the fields themselves, without looking at the database."""
        found: list[Message] = []
        if not self.code.strip():
            found.append(msg("course.code_blank", field="code"))
        if not self.title.strip():
            found.append(msg("course.title_blank", field="title"))
        for name in ("price", "certificate_price", "hours"):
            value = getattr(self, name)
            if value is not None and value < 0:
                found.append(msg(f"course.{name}_negative", field=name, value=value))
        currency = _blank_to_none(self.currency)
        if currency is not None and not (
            len(currency) == 3 and currency.isascii() and currency.isalpha()
        ):
            found.append(msg("course.bad_currency", field="currency", value=self.currency))
        if self.validity_months is not None and self.validity_months <= 0:
            found.append(
                msg("course.bad_validity", field="validity_months", value=self.validity_months)
            )
        found += _choice_problem("course.bad_format", "format", self.format, COURSE_FORMATS)
        found += _choice_problem(
            "course.bad_difficulty", "difficulty", self.difficulty, DIFFICULTIES
        )
        found += _choice_problem("course.bad_status", "status", self.status, COURSE_STATUSES)
        found += skill_level_problems(self.skills, 1, 5)
        found += self._prerequisite_problems()
        found += self._module_problems()
        return found

    def _prerequisite_problems(self) -> list[Message]:
        found: list[Message] = []
        seen: set[str] = set()
        for code in (p.strip() for p in self.prerequisites):
            if code == self.code.strip() and code:
                found.append(msg("course.requires_itself", field="prerequisites", course=code))
            elif code in seen:
                found.append(
                    msg("course.duplicate_prerequisite", field="prerequisites", course=code)
                )
            seen.add(code)
        return found

    def _module_problems(self) -> list[Message]:
        found: list[Message] = []
        for position, (title, hours) in enumerate(self.modules, start=1):
            if not title.strip():
                found.append(msg("course.module_title_blank", field="modules", position=position))
            if hours is not None and hours < 0:
                found.append(
                    msg(
                        "course.module_hours_negative",
                        field="modules",
                        position=position,
                        value=hours,
                    )
                )
        return found

    def column_values(self) -> dict[str, object]:
        """The values stored on the course row itself, tidied the way they are kept."""
        values: dict[str, object] = {name: getattr(self, name) for name in _SCALAR_FIELDS}
        values["code"] = self.code.strip()
        values["title"] = self.title.strip()
        for name in _OPTIONAL_TEXT:
            values[name] = _blank_to_none(getattr(self, name))
        values["currency"] = _blank_to_none(self.currency.upper() if self.currency else None)
        values["tags"] = ",".join(t.strip() for t in self.tags if t.strip())
        return values


def _course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise AppError.of("course.not_found", id=course_id)
    return course


def course_input(session: Session, course_id: int) -> CourseInput:
    """The saved course as the dialog edits it."""
    course = _course(session, course_id)
    skills = session.execute(
        select(Skill.name, CourseSkill.level)
        .join(Skill, Skill.id == CourseSkill.skill_id)
        .where(CourseSkill.course_id == course_id)
        .order_by(Skill.name)
    )
    required = session.scalars(
        select(Course.code)
        .join(Prerequisite, Prerequisite.required_course_id == Course.id)
        .where(Prerequisite.course_id == course_id)
        .order_by(Course.code)
    )
    modules = session.execute(
        select(CourseModule.title, CourseModule.hours)
        .where(CourseModule.course_id == course_id)
        .order_by(CourseModule.position)
    )
    return CourseInput(
        code=course.code,
        title=course.title,
        tags=tuple(t for t in (course.tags or "").split(",") if t),
        skills=tuple((name, level) for name, level in skills),
        prerequisites=tuple(required),
        modules=tuple((title, hours) for title, hours in modules),
        **{name: getattr(course, name) for name in _SCALAR_FIELDS},
    )


def _check(session: Session, course_id: int | None, data: CourseInput) -> dict[str, int]:
    """Refuse what cannot be saved; returns the prerequisites' ids by code."""
    problems = data.problems()
    if problems:
        raise InputRefused(problems[0])
    code = data.code.strip()
    clash = session.scalar(select(Course.id).where(Course.code == code))
    if clash is not None and clash != course_id:
        raise InputRefused(msg("course.duplicate_code", field="code", course=code))
    wanted = [p.strip() for p in data.prerequisites]
    found = session.execute(select(Course.code, Course.id).where(Course.code.in_(wanted)))
    ids = {required: course_id for required, course_id in found}
    for required in wanted:
        if required not in ids:
            raise InputRefused(
                msg("course.unknown_prerequisite", field="prerequisites", course=required)
            )
    loop = find_prerequisite_cycle(session, course_id, code, wanted)
    if loop is not None:
        raise InputRefused(
            msg("course.prerequisite_cycle", field="prerequisites", loop=loop_text(loop))
        )
    return ids


def create_course(session: Session, data: CourseInput) -> int:
    """Add a course with its skills, prerequisites and modules; returns its id."""
    required_ids = _check(session, None, data)
    course = Course(**data.column_values())
    session.add(course)
    session.flush()
    save_course_parts(session, course.id, data, required_ids)
    return course.id


def update_course(session: Session, course_id: int, data: CourseInput) -> None:
    """Save the dialog's values over the course; only what differs is written (and audited)."""
    course = _course(session, course_id)
    required_ids = _check(session, course_id, data)
    for name, value in data.column_values().items():
        if getattr(course, name) != value:
            setattr(course, name, value)
    save_course_parts(session, course_id, data, required_ids)


def retire_course(session: Session, course_id: int) -> None:
    _course(session, course_id).status = "retired"


def reactivate_course(session: Session, course_id: int) -> None:
    _course(session, course_id).status = "active"


def course_history_counts(session: Session, course_id: int) -> dict[str, int]:
    """What would be lost with the course: its assignments, completions, events, feedback."""
    counted = {
        "assignments": Assignment.course_id,
        "completions": Completion.course_id,
        "events": ProgressEvent.course_id,
        "feedback": Feedback.course_id,
    }
    return {
        name: session.scalar(select(func.count()).where(column == course_id)) or 0
        for name, column in counted.items()
    }


def delete_course(session: Session, course_id: int) -> None:
    """Delete a course that has no history; one with history must be retired instead."""
    course = _course(session, course_id)
    counts = course_history_counts(session, course_id)
    if any(counts.values()):
        raise AppError.of("course.has_history", course=course.code, **counts)
    # Children first, one audited delete each, flushed before the course goes so Undo
    # (which replays in reverse) puts the course back before its children.
    children = [
        *session.scalars(select(CourseModule).where(CourseModule.course_id == course_id)),
        *session.scalars(select(CourseSkill).where(CourseSkill.course_id == course_id)),
        *session.scalars(
            select(Prerequisite).where(
                or_(
                    Prerequisite.course_id == course_id,
                    Prerequisite.required_course_id == course_id,
                )
            )
        ),
        *session.scalars(select(PathItem).where(PathItem.course_id == course_id)),
    ]
    for child in children:
        session.delete(child)
    session.flush()
    session.expire(course)
    session.delete(course)
    session.flush()


def skill_names(session: Session) -> list[str]:
    return list(session.scalars(select(Skill.name).order_by(Skill.name)))


def category_names(session: Session) -> list[str]:
    names = session.scalars(
        select(Course.category)
        .where(Course.category.is_not(None))
        .distinct()
        .order_by(Course.category)
    )
    return [n for n in names if n]


def tag_names(session: Session) -> list[str]:
    tags: set[str] = set()
    for joined in session.scalars(select(Course.tags).where(Course.tags != "").distinct()):
        tags.update(t.strip() for t in joined.split(",") if t.strip())
    return sorted(tags, key=str.casefold)


def course_choices(session: Session) -> list[tuple[str, str]]:
    """(code, title) of every course, for prerequisite and assignment pickers."""
    rows = session.execute(select(Course.code, Course.title).order_by(Course.code))
    return [(code, title) for code, title in rows]
