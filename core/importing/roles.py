"""Importing role requirements: rows of (role, skill, level 1–5), upserted on role + skill.

Roles and skills are created by name when missing.
"""

from __future__ import annotations

from typing import Any

from core.importing.handler import (
    ADDED,
    UNCHANGED,
    UPDATED,
    KindHandler,
    ensure_named,
    fold,
    raw_connection,
)
from core.importing.rows import ParsedRow, RowView
from core.importing.values import parse_level
from core.tasks import TaskState


def role_key(role: str, skill: str) -> str:
    return f"{fold(role)} / {fold(skill)}"


class RoleHandler(KindHandler):
    kind = "roles"
    key_field = "skill"

    def prepare(self, views: list[RowView]) -> None:
        connection = raw_connection(self.session)
        self.existing: dict[str, int] = {}
        for role, skill, level in connection.execute(
            "SELECT r.name, s.name, rs.level FROM role_skills rs "
            "JOIN roles r ON r.id = rs.role_id JOIN skills s ON s.id = rs.skill_id"
        ):
            self.existing[role_key(role, skill)] = level

    def parse(self, view: RowView) -> None:
        role = view.required("role", 200)
        skill = view.required("skill", 200)
        level = view.parse("level", parse_level)
        if not view.text("level"):
            view.required("level")
        view.parsed.key = role_key(role, skill)
        view.parsed.record = {"role": role, "skill": skill, "level": level}

    def status(self, row: ParsedRow) -> str:
        old = self.existing.get(row.key)
        if old is None:
            return ADDED
        return UNCHANGED if old == row.record["level"] else UPDATED

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        connection = raw_connection(self.session)
        records: list[dict[str, Any]] = [row.record for row, _ in rows]
        roles = ensure_named(connection, "roles", {r["role"] for r in records})
        skills = ensure_named(connection, "skills", {r["skill"] for r in records})
        state.check()
        connection.executemany(
            "INSERT INTO role_skills (role_id, skill_id, level) VALUES (?, ?, ?) "
            "ON CONFLICT (role_id, skill_id) DO UPDATE SET level = excluded.level",
            [(roles[fold(r["role"])], skills[fold(r["skill"])], r["level"]) for r in records],
        )
        return {"role_skills": len(records)}
