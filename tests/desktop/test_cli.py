"""The command line as a user meets it: help, version, exit codes, check, backup, restore."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import __version__
from desktop.app import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_help_and_version_exit_zero() -> None:
    helped = _run("--help")
    assert helped.returncode == 0
    for command in ("demo", "check", "backup", "restore"):
        assert command in helped.stdout
    version = _run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"Training Desk {__version__}")


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["--db", "x.db", "no-such-command"])
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as bad_date:
        main(["--db", "x.db", "demo", "--as-of", "31/02/2026"])
    assert bad_date.value.code == 2
    assert "31/02/2026" in capsys.readouterr().err


def test_check_reports_counts_and_exits_zero_on_a_sound_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.db"
    assert main(["--db", str(path), "backup", "-o", str(tmp_path / "first.db")]) == 1  # no file
    from core.database import open_database

    open_database(path).db.close()
    assert main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity ok" in out and "courses: 0" in out
    assert main(["--db", str(path), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["counts"]["employees"] == 0


def test_check_exits_one_on_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.database import open_database

    path = tmp_path / "broken.db"
    open_database(path).db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO course_modules (course_id, position, title) VALUES (42, 1, 'x')")
    assert main(["--db", str(path), "check"]) == 1
    assert "course_modules row 1 points to a missing courses record" in capsys.readouterr().out


def test_backup_and_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.changes import perform
    from core.database import open_database
    from db.models import Course

    path = tmp_path / "b.db"
    opened = open_database(path)
    perform(opened.db, "Add", lambda s: s.add(Course(code="KEEP", title="Keep me")))
    opened.db.close()
    saved = tmp_path / "saved.db"
    assert main(["--db", str(path), "backup", "-o", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(saved)

    restored = tmp_path / "elsewhere" / "restored.db"
    assert main(["--db", str(restored), "restore", str(saved)]) == 0
    with sqlite3.connect(restored) as conn:
        assert conn.execute("SELECT code FROM courses").fetchall() == [("KEEP",)]


def test_restore_of_a_file_that_is_not_a_backup_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    assert main(["--db", str(tmp_path / "t.db"), "restore", str(junk)]) == 1
    assert "is not a database file" in capsys.readouterr().err
