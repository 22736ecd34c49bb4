"""OULAD loads through the documented ``training-desk import`` sequence with the right counts."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import sqlite3
import time
from pathlib import Path
from types import ModuleType

import pytest

from desktop.app import main

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "load_oulad.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_oulad", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _one(db: Path, sql: str) -> object:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchone()


def test_presentation_start_days() -> None:
    script = _script()
    assert script.presentation_start("2013J") == dt.date(2013, 10, 1)
    assert script.presentation_start("2014B") == dt.date(2014, 2, 1)


def test_oulad_loads_with_the_documented_counts(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    db = tmp_path / "oulad.db"
    began = time.perf_counter()
    script.load(db, shared_data / "oulad", tmp_path / "work")
    seconds = time.perf_counter() - began
    out = capsys.readouterr().out
    assert out.count("training-desk --db") == 4
    assert _one(db, "SELECT count(*) FROM employees") == (28785,)
    assert _one(db, "SELECT name FROM employees WHERE employee_id = '11391'") == ("Student 11391",)
    assert _one(db, "SELECT count(*) FROM courses") == (22,)
    assert _one(db, "SELECT count(*) FROM assignments") == (32593,)
    assert _one(db, "SELECT count(*) FROM progress_events") == (173912,)
    assert _one(db, "SELECT count(*) FROM progress_events WHERE score IS NULL") == (173,)
    # Status follows the final result; withdrawals are withdrawn (10,156 in the data).
    with sqlite3.connect(db) as connection:
        statuses = dict(connection.execute("SELECT status, count(*) FROM assignments GROUP BY 1"))
    with (shared_data / "oulad" / "studentInfo.csv").open(encoding="utf-8") as handle:
        results = [r["final_result"] for r in csv.DictReader(handle)]
    assert statuses == {
        "completed": results.count("Pass") + results.count("Distinction"),
        "failed": results.count("Fail"),
        "withdrawn": results.count("Withdrawn"),
    }
    assert statuses["withdrawn"] == 10156
    # Student 11391 passed AAA 2013J (268 days from 1 Oct 2013) and submitted the first
    # assessment on day 18 with 78.
    assert _one(
        db,
        "SELECT a.status, a.completed_on, a.due_date FROM assignments a "
        "JOIN employees e ON e.id = a.employee_id JOIN courses c ON c.id = a.course_id "
        "WHERE e.employee_id = '11391' AND c.code = 'AAA-2013J'",
    ) == ("completed", "2014-06-26", "2014-06-26")
    assert _one(
        db, "SELECT occurred_at, score FROM progress_events WHERE statement_id = 'oulad-1752-11391'"
    ) == ("2013-10-19 00:00:00.000000", 78.0)
    assert seconds < 60, f"OULAD took {seconds:.1f} s"
    # The event import recognises its events: a second run adds nothing.
    assert (
        main(["--db", str(db), "import", "progress", str(tmp_path / "work" / "assessments.csv")])
        == 0
    )
    assert "173912 unchanged" in capsys.readouterr().out
    assert _one(db, "SELECT count(*) FROM progress_events") == (173912,)
