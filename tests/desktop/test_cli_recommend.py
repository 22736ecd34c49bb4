"""`similar` and `recommend` on the command line: many codes, JSON lines in the order asked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "core"))
from recommend_support import build_company

from core.database import open_database
from desktop.cli import build_parser, run_command


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    opened = open_database(path)
    build_company(opened.db)
    opened.db.close()
    return path


def run(db_path: Path, *words: str) -> int:
    args = build_parser("test").parse_args(["--db", str(db_path), *words])
    return run_command(args)


def test_similar_many_codes_one_json_line_each_in_order(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "similar", "SQL1", "XL1", "--top", "2", "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["course"] for line in lines] == [
        {"code": "SQL1", "title": "SQL for Beginners"},
        {"code": "XL1", "title": "Excel for Analysts"},
    ]
    first = lines[0]["results"][0]
    assert set(first) == {"code", "title", "score", "reasons"}
    assert first["code"] == "SQL2" and len(lines[1]["results"]) == 2
    assert all(set(reason) == {"code", "text"} for reason in first["reasons"])


def test_recommend_many_learners_and_an_unknown_one_exits_3(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "recommend", "F1", "nobody", "new@example.com", "--top", "3", "--json") == 3
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["learner"]["employee_id"] for line in lines] == ["F1", "nobody", "NEW"]
    assert lines[0]["learner"]["name"] == "Person F1" and len(lines[0]["results"]) == 3
    assert lines[1]["results"] == [] and lines[1]["error"]["code"] == "recommend.unknown_learner"
    assert lines[2]["results"][0]["reasons"][0]["code"] == "reason.cold_start_role"
    assert "nobody" in captured.err


def test_plain_text_output_lists_results_with_reasons(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "similar", "XL1", "NOPE", "--top", "1") == 3
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "XL1 — Excel for Analysts"
    assert "teaches the same skills: Excel" in captured.out
    assert "NOPE" in captured.err


def test_cli_start_up_does_not_load_the_recommender_libraries() -> None:
    probe = (
        "import sys, desktop.cli; print(sorted({'numpy', 'sklearn', 'scipy'} & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
