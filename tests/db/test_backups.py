"""Backups: rotation under a fake clock, consistency under a busy writer, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

from core.changes import perform
from core.database import backup_now, open_database, restore_backup
from db import backup as backups
from db.backup import BackupPolicy
from db.models import Course


def _add_course(db_path: Path, code: str) -> None:
    opened = open_database(db_path)
    perform(opened.db, "Add course", lambda s: s.add(Course(code=code, title=f"Course {code}")))
    opened.db.close()


def _codes(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT code FROM courses ORDER BY code")]


def test_rotation_keeps_newest_of_each_recent_day_week_and_month(tmp_path: Path) -> None:
    path = tmp_path / "rot.db"
    open_database(path).db.close()
    folder = backups.backups_dir_for(path)
    policy = BackupPolicy(keep_daily=7, keep_weekly=4, keep_monthly=3)
    day = dt.datetime(2026, 1, 1, 9, 0)
    last = dt.datetime(2026, 5, 20, 9, 0)
    while day <= last:  # one backup a day, rotated as the program would
        backups.take_backup(path, "daily", day)
        backups.rotate(folder, policy, day)
        day += dt.timedelta(days=1)

    kept = {b.taken_at.date() for b in backups.list_backups(folder)}
    daily = {dt.date(2026, 5, d) for d in range(14, 21)}
    weekly = {dt.date(2026, 5, 17), dt.date(2026, 5, 10), dt.date(2026, 5, 3)}  # + this week
    monthly = {dt.date(2026, 5, 20), dt.date(2026, 4, 30), dt.date(2026, 3, 31)}
    assert kept == daily | weekly | monthly


def test_rotation_always_keeps_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "one.db"
    open_database(path).db.close()
    folder = backups.backups_dir_for(path)
    backups.take_backup(path, "manual", dt.datetime(2020, 1, 1))
    assert backups.rotate(folder, BackupPolicy(0, 0, 0), dt.datetime(2026, 1, 1)) == []
    assert len(backups.list_backups(folder)) == 1


def test_backup_taken_while_a_writer_is_busy_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    opened = open_database(path)
    batch, batches = 500, 40
    stop = threading.Event()

    def write_batches() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys=ON")
        for n in range(batches):
            with conn:
                conn.executemany(
                    "INSERT INTO courses (code, title, description, tags, status) "
                    "VALUES (?, ?, '', '', 'active')",
                    [(f"B{n}-{i}", "x" * 200) for i in range(batch)],
                )
            if stop.is_set():
                break
        conn.close()

    writer = threading.Thread(target=write_batches)
    writer.start()
    taken = []
    try:
        for n in range(5):
            taken.append(backups.take_backup(path, "manual", dt.datetime(2026, 3, 1, 12, 0, n)))
    finally:
        stop.set()
        writer.join()
    opened.db.close()
    for info in taken:
        assert backups.integrity_problems(info.path) == []
        count = backups.record_counts(info.path)["courses"]
        assert count % batch == 0, "a backup must hold whole transactions only"


def test_restore_brings_back_the_backup_and_saves_the_current_file_first(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _add_course(path, "A")
    opened = open_database(path)
    saved = backup_now(opened.db, dest=tmp_path / "saved.db")
    opened.db.close()
    _add_course(path, "B")
    assert _codes(path) == ["A", "B"]

    result = restore_backup(path, saved)

    assert _codes(path) == ["A"]
    assert result.safety_backup is not None
    assert _codes(result.safety_backup) == ["A", "B"]
    assert backups.integrity_problems(path) == []


def test_restore_onto_a_missing_file_creates_it(tmp_path: Path) -> None:
    source = tmp_path / "src.db"
    _add_course(source, "X")
    target = tmp_path / "fresh" / "new.db"
    result = restore_backup(target, source)
    assert result.safety_backup is None
    assert _codes(target) == ["X"]


def test_backup_listing_shows_dates_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    _add_course(path, "A")
    info = backups.take_backup(path, "manual", dt.datetime(2026, 2, 3, 4, 5, 6))
    listed = backups.list_backups(backups.backups_dir_for(path))
    assert [b.taken_at for b in listed if b.reason == "manual"] == [info.taken_at]
    assert backups.record_counts(info.path)["courses"] == 1
