"""`training-desk risk`: the method line first, a readable table, and one JSON object."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.database import open_database
from core.demo import DemoParams, generate_demo
from desktop.cli import build_parser, run_command

AS_OF = "2026-06-30"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clirisk") / "demo.db"
    opened = open_database(path)
    as_of = dt.date.fromisoformat(AS_OF)
    generate_demo(opened.db, DemoParams(learners=60, courses=40, seed=2, as_of=as_of))
    opened.db.close()
    return path


def run(db_path: Path, *words: str) -> int:
    args = build_parser("test").parse_args(["--db", str(db_path), *words])
    return run_command(args)


def test_json_has_the_method_and_rows_highest_first(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "risk", "--as-of", AS_OF, "--json", "--top", "5") == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"method", "method_note", "trained_on", "auc", "as_of", "total", "rows"}
    assert report["method"] in ("model", "rules") and report["as_of"] == AS_OF
    assert report["method_note"]["code"] == f"risk.method.{report['method']}"
    assert len(report["rows"]) == 5 < report["total"]
    first = report["rows"][0]
    assert set(first) == {
        "assignment_id", "employee_id", "name", "department", "course_code", "course_title",
        "due_date", "mandatory", "percent", "overdue_days", "probability", "factors",
    }  # fmt: skip
    chances = [row["probability"] for row in report["rows"]]
    assert chances == sorted(chances, reverse=True)
    assert all(set(f) == {"code", "values", "text"} for f in first["factors"])


def test_readable_output_starts_with_the_method_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "risk", "--as-of", AS_OF, "--top", "3") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(("Learned from", "Transparent rules"))
    assert "highest risk first" in lines[1]
    assert len(lines) == 3 + 3
    cells = lines[3].split(" | ")
    assert len(cells) == 5 and cells[3].strip().endswith("%") and cells[4]


def test_a_missing_file_is_refused_without_creating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing.db"
    assert run(missing, "risk") != 0
    assert not missing.exists()
    assert "nothing.db" in capsys.readouterr().err
