"""core.listing: rows for the Catalog and People tables, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from core.database import open_database
from core.listing import (
    backup_rows,
    course_detail,
    course_rows,
    holds_no_data,
    people_rows,
    person_detail,
)
from db.backup import take_backup
from db.session import Database

pytest_plugins = ["gui_plugin"]
T = TypeVar("T")


def _count_queries(db: Database, fn: Callable[[Session], T]) -> tuple[T, int]:
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("q")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.reading() as session:
            result = fn(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return result, len(statements)


def test_people_rows_join_names_in_one_query(sample_db: Path) -> None:
    opened = open_database(sample_db)
    try:
        rows, queries = _count_queries(opened.db, people_rows)
    finally:
        opened.db.close()
    assert queries == 1
    by_id = {r.employee_id: r for r in rows}
    assert len(rows) == 7
    wang = by_id["E001"]
    assert (wang.name, wang.department, wang.role, wang.manager) == (
        "王芳",
        "工程部",
        "数据分析师",
        "李娜",
    )
    assert wang.hire_date == dt.date(2019, 3, 1)
    assert "王芳" in wang.search_text and "e001@example.com" in wang.search_text
    assert by_id["E006"].active is False


def test_course_rows_aggregate_skills_in_one_query(sample_db: Path) -> None:
    opened = open_database(sample_db)
    try:
        rows, queries = _count_queries(opened.db, course_rows)
    finally:
        opened.db.close()
    assert queries == 1
    by_code = {r.code: r for r in rows}
    assert [r.code for r in rows] == sorted(by_code)
    assert by_code["C-SQL1"].skills == "SQL"
    assert by_code["C-LEAD"].provider == "" and by_code["C-LEAD"].price is None
    assert "sql" in by_code["C-SQL2"].search_text  # found by the skill it teaches


def test_details(sample_db: Path) -> None:
    opened = open_database(sample_db)
    try:
        with opened.db.reading() as session:
            rows = {r.code: r for r in course_rows(session)}
            sql2 = course_detail(session, rows["C-SQL2"].id)
            sql1 = course_detail(session, rows["C-SQL1"].id)
            people = {r.employee_id: r for r in people_rows(session)}
            wang = person_detail(session, people["E001"].id)
            assert course_detail(session, 999_999) is None
            assert not holds_no_data(session)
    finally:
        opened.db.close()
    assert sql2 is not None and sql1 is not None and wang is not None
    assert [p.code for p in sql2.prerequisites] == ["C-SQL1"]
    assert [(m.position, m.title) for m in sql1.modules] == [(1, "SELECT 基础"), (2, "JOIN")]
    assert [(s.skill, s.level) for s in sql2.skills] == [("SQL", 4)]
    gaps = {g.skill: (g.required, g.current, g.gap) for g in wang.skills}
    assert gaps == {"SQL": (3, 1, 2), "Excel": (2, None, 2)}
    assert wang.manager == "李娜"


def test_empty_file_and_backup_rows(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "new.db")
    try:
        with opened.db.reading() as session:
            assert holds_no_data(session)
        take_backup(opened.db.path, "manual", dt.datetime(2026, 1, 2, 3, 4, 5))
        rows = backup_rows(opened.db.path)
    finally:
        opened.db.close()
    assert len(rows) == 1
    assert rows[0].reason == "manual" and rows[0].counts["employees"] == 0
