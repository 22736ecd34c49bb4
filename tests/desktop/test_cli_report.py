"""``training-desk report``: every kind writes its PDF; exit codes for bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from report_fixture import CHINESE_NAME, build_report_company, pdf_text

from core.database import open_database
from core.messages import set_language
from desktop.app import main


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_report") / "report.db"
    opened = open_database(path)
    build_report_company(opened.db)
    opened.db.close()
    return path


def _report(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "report", *args])


def test_plan_for_one_person(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    assert _report(db_path, "plan", "P1", "-o", str(out), "--as-of", "2026-01-05") == 0
    assert f"Wrote {out} (1 pages)." in capsys.readouterr().out
    assert "355.00 USD" in "\n".join(pdf_text(out))


def test_plan_for_a_role_as_zip_in_json(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plans.zip"
    assert _report(db_path, "plan", "--role", "AN", "-o", str(out), "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["file"] == str(out) and printed["items"] == 3
    with zipfile.ZipFile(out) as archive:
        assert len(archive.namelist()) == 3


def test_chinese_interface_prints_chinese_labels(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    code = main(
        ["--db", str(db_path), "--lang", "zh_CN", "report", "transcript", "P3", "-o", str(out)]
    )
    try:
        assert code == 0
        text = "\n".join(pdf_text(out))
        assert "培训记录" in text and CHINESE_NAME in text and "第 1 页，共 1 页" in text
    finally:
        set_language("en")  # --lang set it for the whole process


def test_compliance_writes_a_pdf(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    assert _report(db_path, "compliance", "-o", str(out)) == 0
    assert "No one has mandatory training assigned." in "\n".join(pdf_text(out))


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["plan", "NOBODY", "-o", "{dir}/x.pdf"], 3),
        (["plan", "--department", "Nowhere", "-o", "{dir}/x.pdf"], 3),
        (["transcript", "NOBODY", "-o", "{dir}/x.pdf"], 3),
        (["plan", "P1", "-o", "{dir}/x.txt"], 2),
        (["transcript", "P1", "-o", "{dir}/x.zip"], 2),
    ],
)
def test_refused_input_writes_nothing(
    db_path: Path, tmp_path: Path, args: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _report(db_path, *(a.format(dir=tmp_path) for a in args)) == code
    assert list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err.startswith("training-desk: ")


def test_usage_errors_exit_2(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        _report(db_path, "plan", "P1", "--role", "AN", "-o", str(tmp_path / "x.pdf"))
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        _report(db_path, "department", "-o", str(tmp_path / "x.pdf"))
    assert exited.value.code == 2
