"""Skill lookup shared by courses, roles and people: names in, ids out, new names created."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.messages import Message, msg
from db.models import Skill


def clean_name(name: str) -> str:
    return " ".join(name.split())


def skill_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Map each name to its skill id, creating the skills nobody has used yet.

    A name matches an existing skill exactly, or else ignoring case, so "sql" typed in a
    dialog does not create a second "SQL".
    """
    wanted = [clean_name(n) for n in names]
    existing = {s.name: s.id for s in session.scalars(select(Skill))}
    by_fold = {name.casefold(): skill_id for name, skill_id in existing.items()}
    found: dict[str, int] = {}
    for name in wanted:
        skill_id = existing.get(name) or by_fold.get(name.casefold())
        if skill_id is None:
            skill = Skill(name=name)
            session.add(skill)
            session.flush()
            skill_id = skill.id
            existing[name] = by_fold[name.casefold()] = skill_id
        found[name] = skill_id
    return found


def skill_level_problems(
    skills: Iterable[tuple[str, int]], lowest: int, highest: int
) -> list[Message]:
    """Blank names, levels out of range and the same skill twice (ignoring case)."""
    problems: list[Message] = []
    seen: set[str] = set()
    for name, level in skills:
        name = clean_name(name)
        if not name:
            problems.append(msg("skill.blank", field="skills"))
            continue
        if not lowest <= level <= highest:
            problems.append(
                msg(
                    "skill.bad_level",
                    field="skills",
                    skill=name,
                    level=level,
                    lowest=lowest,
                    highest=highest,
                )
            )
        if name.casefold() in seen:
            problems.append(msg("skill.duplicate", field="skills", skill=name))
        seen.add(name.casefold())
    return problems
