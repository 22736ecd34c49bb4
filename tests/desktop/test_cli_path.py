"""``training-desk path``: the plan as a table or JSON, assigning it, and refused input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from path_fixture import build_path_company
from sqlalchemy import select

from core.database import open_database
from db.models import Assignment, Course
from desktop.app import main


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "cli_path.db"
    opened = open_database(path)
    build_path_company(opened.db)
    opened.db.close()
    return path


def _path(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "path", *args])


def test_json_gives_steps_total_and_open_gaps(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _path(db_path, "P1", "--role", "AN", "--budget", "60", "--start", "2026-01-05", "--json")
    assert code == 0
    plan = json.loads(capsys.readouterr().out)
    assert [s["code"] for s in plan["steps"]] == ["BASICS", "EXCEL"]
    assert plan["steps"][0] == {
        "code": "BASICS",
        "title": "SQL first steps",
        "start": "2026-01-05",
        "due": "2026-01-11",
        "hours": 4.0,
        "cost": 0.0,
        "reasons": ["raises SQL from 0 to 1 (needs 3)"],
    }
    assert plan["total"] == {"cost": 55.0, "hours": 10.0}
    assert plan["currency"] == "USD" and plan["budget"] == 60.0
    assert {g["skill"] for g in plan["open_gaps"]} == {"SQL", "Python"}
    assert "budget" in plan["open_gaps"][0]["reason"]


def test_table_output_lists_steps_and_reasons(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("p1@example.com", "--skills", "Python=3", "--hours-per-week", "10")
    code = _path(db_path, *args, "--start", "2026-01-05")
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Learning path for P1 (Pat One) towards Python 3")
    assert [line.split()[1] for line in out[2:5]] == ["BASICS", "SQL2", "PY"]
    assert "prerequisite of PY" in out[3]
    assert "2026-01-12  2026-01-25  12" in out[4]  # PY: weeks 1 and 2 at 10 hours a week
    assert out[5] == "3 courses, 26 hours, 300.00 USD; the last is due 2026-01-25."


def test_assign_creates_the_assignments_due_on_the_step_dates(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("P2", "--role", "Analyst", "--start", "2026-01-05", "--assign", "--json")
    assert _path(db_path, *args) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["assigned"]["created"] == len(plan["steps"]) == 4
    opened = open_database(db_path, write=False)
    with opened.db.reading() as session:
        rows = session.execute(
            select(Course.code, Assignment.due_date, Assignment.source).join(
                Course, Course.id == Assignment.course_id
            )
        ).all()
    opened.db.close()
    assert sorted((c, str(d), s) for c, d, s in rows) == sorted(
        (step["code"], step["due"], "path") for step in plan["steps"]
    )


def test_bad_skill_lists_are_usage_errors_and_unknown_names_are_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        _path(db_path, "P1", "--skills", "SQL=high")
    assert usage.value.code == 2
    assert "is not a list of SKILL=LEVEL pairs" in capsys.readouterr().err
    with pytest.raises(SystemExit) as both:
        _path(db_path, "P1", "--skills", "SQL=2", "--role", "AN")
    assert both.value.code == 2
    capsys.readouterr()
    assert _path(db_path, "P1", "--skills", "Knitting=2") == 3
    assert "No skill is named 'Knitting'" in capsys.readouterr().err
    assert _path(db_path, "ZZ", "--role", "AN", "--json") == 3
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "pathplan.unknown_person"
