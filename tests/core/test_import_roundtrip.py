"""Round trip, property-based: import(export(db)) reproduces the database's content.

Generated catalogs, people and roles carry <, &, quotes, newlines, Chinese, and text that
starts with = or + (which exports neutralise and imports restore).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st
from import_support import import_file, write_csv
from sqlalchemy import text

from core.database import open_database
from core.importing import FIELDS, export_table
from db.session import Database

TRICKY = [*list("abcXYZ019 <>&\"',;:=+-@\n中文数据管理课程"), "é"]
SAFE = list("abcdefXYZ 数据管理")
KINDS = ("courses", "learners", "roles")


def _text(alphabet: list[str], min_size: int = 1) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=12).filter(
        lambda t: bool(t.strip())
    )


def _names(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(
        _text(SAFE).map(lambda t: " ".join(t.split())),
        min_size=count,
        max_size=count,
        unique_by=str.casefold,
    )


@st.composite
def catalogs(draw: st.DrawFn) -> dict[str, list[list[str]]]:
    skills = draw(_names(3))
    count = draw(st.integers(1, 6))
    codes = [draw(st.sampled_from(["C", "=C", "+C", "0"])) + f"{i:02d}" for i in range(count)]
    courses = [list(FIELDS["courses"])]
    for i, code in enumerate(codes):
        optional = st.one_of(st.just(""), _text(TRICKY))
        price = draw(st.one_of(st.just(""), st.integers(0, 99999).map(lambda c: str(c / 100))))
        taught = draw(st.lists(st.sampled_from(skills), unique=True, max_size=2))
        prereqs = draw(st.lists(st.sampled_from(codes[:i]), unique=True)) if i else []
        courses.append([
            code, draw(_text(TRICKY)), draw(optional), draw(optional),
            ", ".join(draw(st.lists(_text(SAFE).map(str.strip), max_size=2, unique=True))),
            "; ".join(f"{s}:{draw(st.integers(1, 5))}" for s in taught),
            draw(optional), price, draw(st.sampled_from(["", "CNY", "USD", "EUR"])),
            draw(st.sampled_from(["", "49", "12.5"])),
            draw(st.sampled_from(["", "1.5", "2", "0.25"])),
            draw(st.sampled_from(["", "online", "classroom", "blended", "video"])),
            draw(st.sampled_from(["", "en", "zh", "es"])),
            draw(st.sampled_from(["", "beginner", "intermediate", "advanced"])),
            draw(st.sampled_from(["", "6", "24"])),
            draw(st.sampled_from(["active", "retired"])),
            "; ".join(prereqs),
        ])  # fmt: skip
    return {"courses": courses, "learners": draw(people()), "roles": draw(roles(skills))}


@st.composite
def people(draw: st.DrawFn) -> list[list[str]]:
    count = draw(st.integers(1, 6))
    ids = draw(st.lists(st.from_regex(r"0[0-9]{2,4}", fullmatch=True), min_size=count,
                        max_size=count, unique=True))  # fmt: skip
    departments = [*draw(_names(2)), "=Finance"]
    rows = [list(FIELDS["learners"])]
    for i, employee_id in enumerate(ids):
        day = draw(st.integers(0, 9000))
        rows.append([
            employee_id, draw(_text(TRICKY)), draw(st.sampled_from(["", f"p{i}@example.com"])),
            draw(st.sampled_from(["", *departments])), draw(st.sampled_from(["", "Analyst", "+1"])),
            draw(st.sampled_from(["", *ids[:i]])),
            draw(st.sampled_from(["", (dt.date(2000, 1, 1) + dt.timedelta(days=day)).isoformat()])),
            draw(st.sampled_from(["yes", "no"])),
        ])  # fmt: skip
    return rows


@st.composite
def roles(draw: st.DrawFn, skills: list[str]) -> list[list[str]]:
    names = draw(_names(2))
    pairs = draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(skills)), unique=True))
    return [list(FIELDS["roles"])] + [[r, s, str(draw(st.integers(1, 5)))] for r, s in pairs]


@contextmanager
def _database(folder: Path, name: str) -> Iterator[Database]:
    opened = open_database(folder / name)
    try:
        yield opened.db
    finally:
        opened.db.close()


CONTENT = {
    "courses": "SELECT code, title, description, category, tags, provider, price, currency, "
    "certificate_price, hours, format, language, difficulty, validity_months, status "
    "FROM courses",
    "course_skills": "SELECT c.code, s.name, cs.level FROM course_skills cs "
    "JOIN courses c ON c.id = cs.course_id JOIN skills s ON s.id = cs.skill_id",
    "prerequisites": "SELECT c.code, r.code FROM prerequisites p "
    "JOIN courses c ON c.id = p.course_id JOIN courses r ON r.id = p.required_course_id",
    "employees": "SELECT e.employee_id, e.name, e.email, d.name, r.name, m.employee_id, "
    "e.hire_date, e.active FROM employees e LEFT JOIN departments d ON d.id = e.department_id "
    "LEFT JOIN roles r ON r.id = e.role_id LEFT JOIN employees m ON m.id = e.manager_id",
    "role_skills": "SELECT r.name, s.name, rs.level FROM role_skills rs "
    "JOIN roles r ON r.id = rs.role_id JOIN skills s ON s.id = rs.skill_id",
    "names": "SELECT 'skill', name FROM skills UNION ALL SELECT 'role', name FROM roles "
    "UNION ALL SELECT 'department', name FROM departments",
}


def _content(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The database by natural keys: ids may differ, nothing else may."""
    with db.reading() as session:
        return {
            name: sorted((tuple(r) for r in session.execute(text(sql))), key=repr)
            for name, sql in CONTENT.items()
        }


def _import_all(db: Database, files: dict[str, Path]) -> None:
    for kind in KINDS:
        summary = import_file(db, kind, files[kind])
        assert summary.written and not summary.problems, summary.problems


def _export_all(db: Database, folder: Path, suffix: str) -> dict[str, Path]:
    files = {kind: folder / f"{kind}{suffix}" for kind in KINDS}
    with db.reading() as session:
        for kind, path in files.items():
            export_table(session, kind, path)
    return files


def _cells(path: Path) -> list[list[tuple[str, Any]]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    return [[(type(c.value).__name__, c.value) for c in row] for row in sheet.iter_rows()]


@settings(max_examples=25)
@given(catalogs())
def test_import_of_an_export_reproduces_the_database(generated: dict[str, list[list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sources = {
            kind: write_csv(folder / f"in-{kind}.csv", rows) for kind, rows in generated.items()
        }
        with _database(folder, "first.db") as first:
            _import_all(first, sources)
            expected = _content(first)
            csv_files = _export_all(first, folder / "", ".csv")
            (folder / "x").mkdir()
            xlsx_files = _export_all(first, folder / "x", ".xlsx")
        for label, files in (("csv", csv_files), ("xlsx", xlsx_files)):
            with _database(folder, f"{label}.db") as again:
                _import_all(again, files)
                assert _content(again) == expected
                (folder / f"again-{label}").mkdir()
                exported = _export_all(again, folder / f"again-{label}", f".{label}")
            for kind in KINDS:
                if label == "csv":
                    assert exported[kind].read_bytes() == files[kind].read_bytes()
                else:
                    assert _cells(exported[kind]) == _cells(files[kind])
