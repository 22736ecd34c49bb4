"""Importing the catalog: courses upserted on their code, with skills and prerequisites."""

from __future__ import annotations

from typing import Any

from core.importing.course_cells import (
    parse_skills,
    read_choices,
    read_code,
    read_hours,
    read_money,
    split_list,
)
from core.importing.handler import (
    ADDED,
    UNCHANGED,
    UPDATED,
    KindHandler,
    ensure_named,
    fold,
    raw_connection,
    update_rows,
)
from core.importing.prerequisites import find_cycle
from core.importing.rows import ParsedRow, RowView
from core.messages import msg
from core.settings import load_settings
from core.tasks import TaskState

COURSE_COLUMNS = (
    "code", "title", "description", "category", "tags", "provider", "price", "currency",
    "certificate_price", "hours", "format", "language", "difficulty", "validity_months",
    "status",
)  # fmt: skip
_DEFAULTS: dict[str, Any] = {"description": "", "tags": "", "status": "active"}


class CourseHandler(KindHandler):
    kind = "courses"
    key_field = "code"

    def prepare(self, views: list[RowView]) -> None:
        self.base_currency = load_settings(self.session).base_currency
        connection = raw_connection(self.session)
        columns = ", ".join(("id", *COURSE_COLUMNS))
        self.existing: dict[str, dict[str, Any]] = {}
        for row in connection.execute(f"SELECT {columns} FROM courses"):
            self.existing[row[1]] = dict(zip(("id", *COURSE_COLUMNS), row, strict=True))
        self.skills: dict[int, set[tuple[str, int]]] = {}
        for course_id, name, level in connection.execute(
            "SELECT cs.course_id, s.name, cs.level FROM course_skills cs "
            "JOIN skills s ON s.id = cs.skill_id"
        ):
            self.skills.setdefault(course_id, set()).add((fold(name), level))
        self.prerequisites: dict[str, set[str]] = {}
        for code, required in connection.execute(
            "SELECT c.code, r.code FROM prerequisites p JOIN courses c ON c.id = p.course_id "
            "JOIN courses r ON r.id = p.required_course_id"
        ):
            self.prerequisites.setdefault(code, set()).add(required)

    def parse(self, view: RowView) -> None:
        title = view.required("title", 300)
        provider = view.optional("provider") or None
        code = read_code(view, title, provider)
        record: dict[str, Any] = {"code": code, "title": title}
        for name in ("description", "tags"):
            if view.mapped(name):
                text = view.optional(name) or ""
                record[name] = ", ".join(split_list(text)) if name == "tags" else text
        for name in ("category", "provider"):
            if view.mapped(name):
                record[name] = view.optional(name) or None
        record.update(read_money(view, self.base_currency))
        if view.mapped("hours"):
            record["hours"] = read_hours(view)
        record.update(read_choices(view))
        if view.mapped("skills"):
            record["skills"] = view.parse("skills", parse_skills) or ()
        if view.mapped("prerequisites"):
            record["prerequisites"] = tuple(
                sorted(split_list(view.optional("prerequisites") or ""))
            )
        view.parsed.key = code
        view.parsed.record = record

    def cross_check(self, rows: list[ParsedRow]) -> None:
        in_file = {row.key for row in rows}
        known = in_file | set(self.existing)
        graph = {code: set(required) for code, required in self.prerequisites.items()}
        by_code = {row.key: row for row in rows}
        for row in rows:
            required = row.record.get("prerequisites")
            if required is None:
                continue
            for code in required:
                if code == row.key:
                    self.flag(row, "prerequisites", msg("import.self_prerequisite", value=code))
                elif code not in known:
                    self.flag(row, "prerequisites", msg("import.unknown_prerequisite", value=code))
            graph[row.key] = set(required)
        cycle = find_cycle(graph)
        if cycle:
            loop = " → ".join(cycle)
            for code in cycle:
                if code in by_code and "prerequisites" in by_code[code].record:
                    self.flag(
                        by_code[code], "prerequisites", msg("import.prerequisite_cycle", loop=loop)
                    )

    def status(self, row: ParsedRow) -> str:
        old = self.existing.get(row.key)
        if old is None:
            return ADDED
        for name, value in row.record.items():
            if name == "skills":
                wanted = {(fold(n), level) for n, level in value}
                if wanted != self.skills.get(old["id"], set()):
                    return UPDATED
            elif name == "prerequisites":
                if set(value) != self.prerequisites.get(row.key, set()):
                    return UPDATED
            elif old[name] != value:
                return UPDATED
        return UNCHANGED

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        connection = raw_connection(self.session)
        added = [row for row, status in rows if status == ADDED]
        updated = [row for row, status in rows if status == UPDATED]
        connection.executemany(
            f"INSERT INTO courses ({', '.join(COURSE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(COURSE_COLUMNS))})",
            [tuple(_value(row.record, c) for c in COURSE_COLUMNS) for row in added],
        )
        state.check()
        update_rows(
            connection,
            "courses",
            [(self.existing[row.key]["id"], _columns_of(row.record)) for row in updated],
        )
        ids = dict(connection.execute("SELECT code, id FROM courses").fetchall())
        changed = [row for row, _ in rows]
        counts = {"courses": len(added) + len(updated)}
        counts.update(self._write_skills(changed, ids))
        counts.update(self._write_prerequisites(changed, ids))
        return counts

    def _write_skills(self, rows: list[ParsedRow], ids: dict[str, int]) -> dict[str, int]:
        rows = [row for row in rows if "skills" in row.record]
        if not rows:
            return {}
        connection = raw_connection(self.session)
        names = {name for row in rows for name, _ in row.record["skills"]}
        skill_ids = ensure_named(connection, "skills", names)
        connection.executemany(
            "DELETE FROM course_skills WHERE course_id = ?", [(ids[row.key],) for row in rows]
        )
        links = [
            (ids[row.key], skill_ids[fold(name)], level)
            for row in rows
            for name, level in row.record["skills"]
        ]
        connection.executemany(
            "INSERT INTO course_skills (course_id, skill_id, level) VALUES (?, ?, ?)", links
        )
        return {"course_skills": len(links)}

    def _write_prerequisites(self, rows: list[ParsedRow], ids: dict[str, int]) -> dict[str, int]:
        rows = [row for row in rows if "prerequisites" in row.record]
        if not rows:
            return {}
        connection = raw_connection(self.session)
        connection.executemany(
            "DELETE FROM prerequisites WHERE course_id = ?", [(ids[row.key],) for row in rows]
        )
        links = [(ids[row.key], ids[code]) for row in rows for code in row.record["prerequisites"]]
        connection.executemany(
            "INSERT INTO prerequisites (course_id, required_course_id) VALUES (?, ?)", links
        )
        return {"prerequisites": len(links)}


def _value(record: dict[str, Any], column: str) -> Any:
    value = record.get(column)
    return _DEFAULTS.get(column) if value is None and column in _DEFAULTS else value


def _columns_of(record: dict[str, Any]) -> dict[str, Any]:
    return {c: _value(record, c) for c in COURSE_COLUMNS if c in record}
