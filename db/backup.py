"""Consistent backups through SQLite's backup API, verified, with daily/weekly/monthly rotation."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db.engine import raw_connect
from db.errors import BackupVerificationError

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")
COUNTED_TABLES = ("courses", "employees", "assignments", "progress_events", "feedback")


@dataclass(frozen=True)
class BackupPolicy:
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    on_open: bool = True


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.stem


def integrity_problems(path: Path) -> list[str]:
    """``integrity_check`` and ``foreign_key_check`` findings; empty when the file is sound."""
    with closing(raw_connect(path, readonly=True)) as conn:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
    return problems


def copy_database(source: Path, dest: Path) -> None:
    """Copy a live database page by page; readers and the writer may go on meanwhile."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(raw_connect(source, readonly=True)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
        # A backup is one self-contained file: no WAL beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    problems = integrity_problems(tmp)
    if problems:
        tmp.unlink(missing_ok=True)
        raise BackupVerificationError(dest, "; ".join(problems[:5]))
    tmp.replace(dest)


def take_backup(
    db_path: Path, reason: str, now: dt.datetime, folder: Path | None = None
) -> BackupInfo:
    folder = folder or backups_dir_for(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{db_path.stem}-{stamp}-{n}-{reason}.db"
    copy_database(db_path, dest)
    return BackupInfo(dest, now, reason)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(BackupInfo(path, taken, match["reason"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backups_to_keep(backups: list[BackupInfo], policy: BackupPolicy, now: dt.datetime) -> set[Path]:
    """Grandfather-father-son: the newest backup of each recent day, ISO week and month."""
    keep: set[Path] = set()
    if not backups:
        return keep
    keep.add(backups[0].path)  # the newest, whatever its age
    buckets: list[tuple[int, object]] = []
    today = now.date()
    for days_back in range(policy.keep_daily):
        buckets.append((0, today - dt.timedelta(days=days_back)))
    for weeks_back in range(policy.keep_weekly):
        buckets.append((1, (today - dt.timedelta(weeks=weeks_back)).isocalendar()[:2]))
    year, month = today.year, today.month
    for _ in range(policy.keep_monthly):
        buckets.append((2, (year, month)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    for kind, bucket in buckets:
        for backup in backups:  # newest first, so the first match is the newest in the bucket
            day = backup.taken_at.date()
            key: object = (day, day.isocalendar()[:2], (day.year, day.month))[kind]
            if key == bucket:
                keep.add(backup.path)
                break
    return keep


def rotate(folder: Path, policy: BackupPolicy, now: dt.datetime) -> list[Path]:
    """Delete the backups the policy no longer keeps; return what was removed."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, policy, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def has_backup_on(folder: Path, day: dt.date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(folder))


def record_counts(path: Path) -> dict[str, int]:
    """How many courses, people, … a file holds — shown beside each backup."""
    counts: dict[str, int] = {}
    with closing(raw_connect(path, readonly=True)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in COUNTED_TABLES:
            if table in names:
                counts[table] = int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    return counts


def restore_into(backup: Path, db_path: Path) -> None:
    """Overwrite the live database with a backup's content, in place and atomically.

    The caller holds the writer lock and has backed up the current file first.
    """
    problems = integrity_problems(backup)
    if problems:
        raise BackupVerificationError(backup, "; ".join(problems[:5]))
    with closing(raw_connect(backup, readonly=True)) as src, closing(raw_connect(db_path)) as dst:
        src.backup(dst)
