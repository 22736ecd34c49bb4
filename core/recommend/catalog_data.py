"""What the recommender reads about the catalog: each course's text, skills and prerequisites."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Course, CourseSkill, Prerequisite, Skill


@dataclass(frozen=True)
class CourseDoc:
    """One course as the content model sees it."""

    id: int
    code: str
    title: str
    description: str = ""
    tags: str = ""
    category: str = ""
    provider: str = ""
    # Skill name → level the course brings a learner to.
    skills: tuple[tuple[str, int], ...] = ()
    active: bool = True

    @property
    def skill_names(self) -> tuple[str, ...]:
        return tuple(name for name, _level in self.skills)


@dataclass(frozen=True)
class CatalogData:
    courses: tuple[CourseDoc, ...]
    # Course id → ids of the courses it requires.
    prerequisites: dict[int, frozenset[int]]
    # Course id → skill id → level taught.
    skill_levels: dict[int, dict[int, int]]
    skill_names: dict[int, str]


def load_catalog(session: Session) -> CatalogData:
    skill_names = dict(session.execute(select(Skill.id, Skill.name)).all())
    skills_of: dict[int, list[tuple[str, int]]] = defaultdict(list)
    levels: dict[int, dict[int, int]] = defaultdict(dict)
    for course_id, skill_id, level in session.execute(
        select(CourseSkill.course_id, CourseSkill.skill_id, CourseSkill.level)
    ):
        skills_of[course_id].append((skill_names[skill_id], level))
        levels[course_id][skill_id] = level
    prereq: dict[int, set[int]] = defaultdict(set)
    for course_id, required in session.execute(
        select(Prerequisite.course_id, Prerequisite.required_course_id)
    ):
        prereq[course_id].add(required)
    rows = session.execute(
        select(
            Course.id,
            Course.code,
            Course.title,
            Course.description,
            Course.tags,
            Course.category,
            Course.provider,
            Course.status,
        ).order_by(Course.id)
    )
    courses = tuple(
        CourseDoc(
            id=cid,
            code=code,
            title=title,
            description=description or "",
            tags=tags or "",
            category=category or "",
            provider=provider or "",
            skills=tuple(sorted(skills_of.get(cid, ()))),
            active=status == "active",
        )
        for cid, code, title, description, tags, category, provider, status in rows
    )
    return CatalogData(
        courses=courses,
        prerequisites={k: frozenset(v) for k, v in prereq.items()},
        skill_levels=dict(levels),
        skill_names=skill_names,
    )
