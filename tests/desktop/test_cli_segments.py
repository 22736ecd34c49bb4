"""`training-desk segments`: readable blocks, one JSON object, usage errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.database import open_database
from core.demo import DemoParams, generate_demo
from desktop.cli import build_parser, run_command


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-segments") / "demo.db"
    opened = open_database(path)
    generate_demo(
        opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=dt.date(2026, 6, 30))
    )
    opened.db.close()
    return path


def run(db_path: Path, *words: str) -> int:
    args = build_parser("test").parse_args(["--db", str(db_path), *words])
    return run_command(args)


def test_json_is_one_object_with_segments_and_people(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "segments", "--k", "4", "--seed", "1", "--json") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert (result["k"], result["chosen_by"]) == (4, "fixed")
    assert -1 <= result["silhouette"] <= 1 and result["as_of"] == "2026-06-30"
    assert result["silhouettes"] == {"4": result["silhouette"]}
    assert [s["index"] for s in result["segments"]] == [0, 1, 2, 3]
    first = result["segments"][0]
    assert set(first) == {"index", "key", "name", "size", "distinctive", "action", "profile"}
    assert len(first["distinctive"]) == 3 and first["distinctive"][0]["code"].startswith(
        "segment.compare."
    )
    assert sum(s["size"] for s in result["segments"]) == len(result["people"])
    assert set(result["people"][0]) == {"employee_id", "segment", "x", "y"}
    assert {p["segment"] for p in result["people"]} == {0, 1, 2, 3}


def test_readable_output_lists_each_segment_with_its_action(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "segments", "--as-of", "2026-06-30") == 0
    out = capsys.readouterr().out
    assert "chosen by the best silhouette" in out
    assert out.count("Suggested: ") >= 2 and out.count("   · ") >= 6
    assert "people (" in out


def test_auto_is_the_default_and_the_same_run_prints_the_same(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "segments", "--k", "auto", "--json") == 0
    first = capsys.readouterr().out
    assert run(db_path, "segments", "--json") == 0
    assert capsys.readouterr().out == first
    assert json.loads(first)["chosen_by"] == "silhouette"


@pytest.mark.parametrize("k", ["1", "9", "three"])
def test_a_k_outside_2_to_8_is_a_usage_error(db_path: Path, k: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser("test").parse_args(["--db", str(db_path), "segments", "--k", k])
    assert stopped.value.code == 2


def test_a_missing_file_is_refused_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "none.db", "segments") == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
