"""`training-desk import` / `export` as a user meets them: real catalogs, exit codes, JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from core.database import open_database
from core.importing import FIELDS
from desktop.app import main

COURSE_COLUMNS = "code, title, price, currency, certificate_price, hours, language, difficulty"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    last = out.strip().splitlines()[-1] if out.strip() else ""
    return code, json.loads(last) if "--json" in args else out, err


def _query(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    opened = open_database(db_path, write=False)
    try:
        with opened.db.reading() as session:
            return [tuple(row) for row in session.execute(text(sql))]
    finally:
        opened.db.close()


def _dump(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = [t for (t,) in _query(db_path, "SELECT name FROM sqlite_master WHERE type='table'")]
    return {
        t: sorted(_query(db_path, f"SELECT * FROM {t}"), key=repr)
        for t in tables
        if t not in ("audit_log", "alembic_version")
    }


def _course(db_path: Path, where: str) -> tuple[Any, ...]:
    rows = _query(db_path, f"SELECT {COURSE_COLUMNS} FROM courses WHERE {where}")
    assert len(rows) == 1, rows
    return rows[0][1:]


def test_edx_catalog_imports_every_row_and_a_second_import_changes_nothing(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, source = tmp_path / "edx.db", shared_data / "edx_courses" / "edx_courses.csv"
    code, first, _ = _run(capsys, "--db", str(db), "import", "courses", str(source), "--json")
    assert code == 0
    # 975 rows: 974 courses and one row that repeats another exactly (stored once).
    assert (first["added"], first["refused"], len(first["repeated"])) == (974, 0, 1)
    assert _course(db, "title = 'How to Learn Online'") == (
        "How to Learn Online",
        0.0,
        "USD",
        49.0,
        5.0,
        "en",
        "beginner",
    )  # 2–3 hours per week × 2 weeks
    assert _course(db, "title = 'Justice'")[4] == 4.5 * 12
    assert _course(db, "title LIKE 'Excel: Fundamentos%'")[5] == "es"
    assert _course(db, "title LIKE 'Introduction to Psychology%'")[3:6] == (139.0, 4 * 13, "zh")
    before = _dump(db)
    code, second, _ = _run(capsys, "--db", str(db), "import", "courses", str(source), "--json")
    assert code == 0
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 974)
    assert _dump(db) == before


def test_udemy_catalog_imports_valid_rows_and_lists_the_broken_ones(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, source = tmp_path / "udemy.db", shared_data / "udemy_courses" / "udemy_courses.csv"
    args = ("--db", str(db), "import", "courses", str(source))
    # Five rows swallowed the next line through an unbalanced quote: listed, nothing written.
    code, _refused, err = _run(capsys, *args)
    assert code == 3 and "row 2038, title (course_title)" in err and "Nothing was written" in err
    assert _query(db, "SELECT count(*) FROM courses") == [(0,)]
    code, first, _ = _run(capsys, *args, "--skip-invalid", "--json")
    assert code == 3
    # 3,678 rows = 3,667 stored + 5 refused with a reason + 6 exact repeats of an id.
    assert (first["added"], first["refused"], len(first["repeated"])) == (3667, 5, 6)
    assert {p["code"] for p in first["problems"]} == {"import.swallowed_rows"}
    assert _course(db, "code = '1070968'") == (
        "Ultimate Investment Banking Course",
        200.0,
        "USD",
        None,
        1.5,
        None,
        None,
    )  # "All Levels" is no one difficulty
    assert _course(db, "code = '476268'")[6] == "advanced"
    before = _dump(db)
    code, second, _ = _run(capsys, *args, "--skip-invalid", "--json")
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 3667)
    assert _dump(db) == before


def test_exit_codes_and_messages_for_refused_files_and_bad_maps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "t.db")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = _run(capsys, "--db", db, "import", "learners", str(empty))
    assert code == 3 and str(empty) in err and "empty" in err
    people = tmp_path / "p.csv"
    people.write_text("ID,Full Name,Comment,Comment\n007,Ann,a,b\n", encoding="utf-8")
    code, _, err = _run(capsys, "--db", db, "import", "learners", str(people), "--map", "x=ID")
    assert code == 2 and "x=ID" in err
    code, _, err = _run(capsys, "--db", db, "import", "learners", str(people), "--map",
                        "name=Comment")  # fmt: skip
    assert code == 2 and "columns 3, 4" in err
    code, out, _ = _run(capsys, "--db", db, "import", "learners", str(people), "--map",
                        "name=2", "--dry-run")  # fmt: skip
    assert code == 0 and "Dry run" in out and "1 added" in out
    assert _query(Path(db), "SELECT count(*) FROM employees") == [(0,)]
    code, out, _ = _run(capsys, "--db", db, "import", "learners", str(people), "--json")
    assert code == 0 and out["added"] == 1
    assert _query(Path(db), "SELECT employee_id, name FROM employees") == [("007", "Ann")]


def test_problems_are_listed_with_file_row_and_field_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "t.db")
    people = tmp_path / "p.csv"
    people.write_text("工号,姓名,入职日期\n1,A,2026-01-01\n2,B,31/02/2026\n", encoding="utf-8")
    code, _, err = _run(capsys, "--db", db, "import", "learners", str(people))
    assert code == 3
    assert f"{people} row 3, hire_date (入职日期): '31/02/2026' is not a date that exists" in err
    code, out, _ = _run(capsys, "--db", db, "import", "learners", str(people), "--json")
    assert code == 3 and out["written"] is False and out["added"] == 0
    assert out["problems"] == [
        {
            "row": 3,
            "column": "入职日期",
            "field": "hire_date",
            "code": "import.no_such_date",
            "values": {"value": "31/02/2026"},
            "text": "'31/02/2026' is not a date that exists; correct the day or month.",
        }
    ]


def test_export_writes_the_layout_import_reads_back_with_formulas_neutralised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "t.db")
    source = tmp_path / "c.csv"
    source.write_text(
        '课程名称,价格,币种,学时\n=HYPERLINK("x"),¥12,CNY,3h\n数据分析,¥5,,90 min\n',
        encoding="utf-8",
    )
    # ¥ without a currency (and a USD base currency) is yuan or yen: refused, not guessed.
    code, _, err = _run(capsys, "--db", db, "import", "courses", str(source))
    assert code == 3 and "row 3, price (价格)" in err
    assert _run(capsys, "--db", db, "import", "courses", str(source), "--skip-invalid")[0] == 3
    exported = tmp_path / "out.csv"
    code, out, _ = _run(capsys, "--db", db, "export", "courses", str(exported), "--json")
    assert code == 0 and out["rows"] == 1
    header, row = exported.read_text(encoding="utf-8").splitlines()
    assert header == ",".join(FIELDS["courses"])
    assert ',"\'=HYPERLINK(""x"")",' in row and ",12,CNY,,3," in row
    code, again, _ = _run(capsys, "--db", db, "import", "courses", str(exported), "--json")
    assert (code, again["unchanged"], again["added"]) == (0, 1, 0)
    code, _, err = _run(capsys, "--db", db, "export", "courses", str(tmp_path / "out.txt"))
    assert code != 0 and ".csv or .xlsx" in err


def test_an_xlsx_sheet_is_chosen_by_name_and_roles_import_from_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["Role requirements for 2026"])
    sheet = workbook.create_sheet("岗位技能")
    sheet.append(["岗位", "技能", "要求等级"])
    sheet.append(["数据分析师", "SQL", 3])
    sheet.append(["数据分析师", "Python", 2])
    source = tmp_path / "roles.xlsx"
    workbook.save(source)
    db = str(tmp_path / "t.db")
    code, _, err = _run(capsys, "--db", db, "import", "roles", str(source))
    assert code == 3 and "--sheet" in err and "岗位技能" in err
    code, out, _ = _run(capsys, "--db", db, "import", "roles", str(source), "--sheet", "岗位技能",
                        "--json")  # fmt: skip
    assert (code, out["added"]) == (0, 2)
    assert sorted(_query(Path(db), "SELECT s.name, rs.level FROM role_skills rs "
                                   "JOIN skills s ON s.id = rs.skill_id")) == [
        ("Python", 2), ("SQL", 3)
    ]  # fmt: skip
