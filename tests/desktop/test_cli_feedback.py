"""`training-desk feedback` and `import feedback` / `export feedback` as a user meets them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.app import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_feedback") / "demo.db"
    assert main(["--db", str(path), "demo", "--learners", "120", "--courses", "80",
                 "--seed", "1", "--as-of", "2026-06-30"]) == 0  # fmt: skip
    return path


def test_feedback_json_is_one_object_with_courses_and_weak_courses(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, _ = _run(capsys, "--db", str(demo_db), "feedback", "--json")
    assert code == 0
    (line,) = out.strip().splitlines()
    data: dict[str, Any] = json.loads(line)
    assert set(data) == {"catalog_mean", "prior_weight", "method", "courses", "weak_courses"}
    course = data["courses"][0]
    assert set(course) >= {"code", "title", "rating_count", "rating_mean", "bayesian",
                           "distribution", "comment_count", "positive", "neutral", "negative",
                           "negative_share", "themes"}  # fmt: skip
    assert len(course["distribution"]) == 5
    weak = data["weak_courses"]
    assert set(weak) == {"thresholds", "medians", "courses"} and weak["courses"]
    first = weak["courses"][0]
    assert first["evidence"][0]["text"] and first["fix"]["code"].startswith("weak.fix.")


def test_feedback_for_one_course_and_readable_text(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, _ = _run(capsys, "--db", str(demo_db), "feedback", "--json")
    best = json.loads(out)["courses"][0]["code"]
    code, out, _ = _run(capsys, "--db", str(demo_db), "feedback", "--course", best, "--json")
    data = json.loads(out)
    assert code == 0 and "weak_courses" not in data
    assert [c["code"] for c in data["courses"]] == [best]
    code, out, _ = _run(capsys, "--db", str(demo_db), "feedback")
    assert code == 0 and best in out and "Weak courses" in out and "fix:" in out
    code, out, _ = _run(capsys, "--db", str(demo_db), "feedback", "--course", "NOPE", "--json")
    assert code == 3 and json.loads(out)["error"]["code"] == "feedback.unknown_course"


def test_import_with_likert_option_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "f.db"
    assert main(["--db", str(db), "demo", "--learners", "20", "--courses", "10",
                 "--as-of", "2026-06-30"]) == 0  # fmt: skip
    export = tmp_path / "courses.csv"
    assert main(["--db", str(db), "export", "courses", str(export)]) == 0
    code_of = export.read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    survey = tmp_path / "survey.csv"
    survey.write_text(
        "Q1 - Pace?,Please share your comments,Q2 - Useful?,Please share your comments\n"
        "Too fast,Hard to follow,Very useful,\nAbout right,,Useful,Good examples\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    args = ["--db", str(db), "import", "feedback", str(survey), "--course", code_of]
    code, _, err = _run(capsys, *args, "--map", "rating=1", "--map", "comment=2",
                        "--map", "rating=3", "--map", "comment=4")  # fmt: skip
    assert code == 3 and "Too fast" in err and "--likert" in err
    likert = ["--likert", "Too fast=2", "--likert", "About right=5"]
    code, out, _ = _run(capsys, *args, "--map", "rating=1", "--map", "comment=2",
                        "--map", "rating=3", "--map", "comment=4", *likert, "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["added"] == 2
    code, _, _ = _run(capsys, *args, "--likert", "nonsense")
    assert code == 2
    out_file = tmp_path / "feedback.xlsx"
    code, out, _ = _run(capsys, "--db", str(db), "export", "feedback", str(out_file), "--json")
    assert code == 0 and json.loads(out)["rows"] >= 4
