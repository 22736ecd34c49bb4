"""`training-desk sentiment`: JSON lines in input order, files in any import encoding,
no database needed, unreadable input refused with exit 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import build_parser, run_command


def run(db_path: Path, *words: str) -> int:
    args = build_parser("test").parse_args(["--db", str(db_path), *words])
    return run_command(args)


def json_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_texts_give_one_json_line_each_in_order_without_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absent.db"
    assert run(db, "sentiment", "Waste of time", "讲师很专业，很实用", "ok", "--json") == 0
    lines = json_lines(capsys.readouterr().out)
    assert [line["text"] for line in lines] == ["Waste of time", "讲师很专业，很实用", "ok"]
    assert [line["label"] for line in lines] == ["negative", "positive", "neutral"]
    assert all(set(line) == {"text", "label", "score"} for line in lines)
    assert all(-1 <= float(str(line["score"])) <= 1 for line in lines)
    assert not db.exists()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_file_one_object_per_line_empty_lines_neutral(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "comments.txt"
    path.write_bytes("非常好的课程\n\n太长了，很无聊\r\nGreat trainer\n".encode(encoding))
    assert run(tmp_path / "absent.db", "sentiment", "--file", str(path), "--json") == 0
    lines = json_lines(capsys.readouterr().out)
    assert [line["text"] for line in lines] == [
        "非常好的课程",
        "",
        "太长了，很无聊",
        "Great trainer",
    ]
    assert lines[1] == {"text": "", "label": "neutral", "score": 0.0}
    assert [line["label"] for line in lines] == ["positive", "neutral", "negative", "positive"]


def test_readable_output_names_the_method_and_each_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "absent.db", "sentiment", "Boring and outdated.") == 0
    out = capsys.readouterr().out.splitlines()
    assert "word lists" in out[0]
    assert out[1].startswith("negative") and out[1].endswith("Boring and outdated.")


def test_unreadable_or_undecodable_file_is_refused_with_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert run(tmp_path / "absent.db", "sentiment", "--file", str(missing)) == 3
    assert str(missing) in capsys.readouterr().err
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Très bien, formateur génial\n".encode("latin-1"))
    assert run(tmp_path / "absent.db", "sentiment", "--file", str(latin1), "--json") == 3
    captured = capsys.readouterr()
    assert str(latin1) in captured.err
    assert json.loads(captured.out)["error"]["code"].startswith("import.")


def test_no_input_or_both_inputs_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.txt"
    path.write_text("ok\n", encoding="utf-8")
    assert run(tmp_path / "absent.db", "sentiment") == 2
    assert run(tmp_path / "absent.db", "sentiment", "good", "--file", str(path)) == 2
    assert "--file" in capsys.readouterr().err


def test_an_existing_database_with_rated_comments_adds_the_company_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    db = tmp_path / "demo.db"
    opened = open_database(db)
    generate_demo(
        opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=dt.date(2026, 6, 30))
    )
    opened.db.close()
    assert run(db, "sentiment", "Decent content, average delivery.") == 0
    out = capsys.readouterr().out
    assert "rated comments" in out and str(db) in out
