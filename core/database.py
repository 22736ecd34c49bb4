"""Open, back up, restore and check Training Desk files, with messages for the admin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import AppError
from core.messages import Message, msg
from core.settings import AppSettings, load_settings
from core.storage_location import location_warning
from db import backup as backups
from db.engine import make_engine
from db.errors import (
    BackupVerificationError,
    DatabaseLockedError,
    NotATrainingDeskFileError,
    SchemaTooNewError,
)
from db.lock import WriterLock
from db.migrate import SchemaState, ensure_schema, schema_state
from db.session import Database

Clock = Callable[[], dt.datetime]
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class OpenedDatabase:
    db: Database
    state: SchemaState
    notices: list[Message] = field(default_factory=list)


def _refuse_non_sqlite(path: Path) -> None:
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise AppError(msg("db.not_sqlite", path=str(path)))


def _translate(error: Exception) -> AppError:
    if isinstance(error, DatabaseLockedError):
        return AppError(
            msg(
                "db.locked", path=str(error.path), host=error.host, pid=error.pid, since=error.since
            )
        )
    if isinstance(error, SchemaTooNewError):
        return AppError(msg("db.too_new", path=str(error.path), revision=error.revision))
    if isinstance(error, NotATrainingDeskFileError):
        return AppError(msg("db.not_ours", path=str(error.path), reason=error.reason))
    if isinstance(error, BackupVerificationError):
        return AppError(msg("backup.failed_check", path=str(error.path), detail=error.detail))
    raise error


def open_database(
    path: Path, *, write: bool = True, must_exist: bool = False, now: Clock = dt.datetime.now
) -> OpenedDatabase:
    """Open ``path`` for the program: lock, migrate (after a backup), daily backup, warnings."""
    path = path.expanduser().absolute()
    if must_exist and not path.exists():
        raise AppError(msg("db.missing", path=str(path)))
    _refuse_non_sqlite(path)
    existed = path.exists() and path.stat().st_size > 0
    lock = WriterLock(path) if write else None
    engine = None
    try:
        if lock is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        engine = make_engine(path)
        if write:
            state = ensure_schema(
                engine, path, lambda reason: backups.take_backup(path, reason, now())
            )
        else:
            state = schema_state(engine, path)
            if state is not SchemaState.CURRENT:
                # A reader cannot query a file an older program wrote (or an empty one):
                # bring it up to date the way the window would — backup, then upgrade.
                engine.dispose()
                open_database(path, write=True, now=now).db.close()
                return open_database(path, write=False, now=now)
        opened = OpenedDatabase(Database(path, engine, lock), state)
        if write and existed:
            _daily_backup(opened.db, now)
    except (
        DatabaseLockedError,
        SchemaTooNewError,
        NotATrainingDeskFileError,
        BackupVerificationError,
    ) as error:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise _translate(error) from error
    warning = location_warning(path)
    if warning:
        opened.notices.append(warning)
    return opened


def settings_of(db: Database) -> AppSettings:
    with db.reading() as session:
        return load_settings(session)


def _daily_backup(db: Database, now: Clock) -> None:
    policy = settings_of(db).backup_policy()
    folder = backups.backups_dir_for(db.path)
    moment = now()
    if policy.on_open and not backups.has_backup_on(folder, moment.date()):
        backups.take_backup(db.path, "daily", moment)
        backups.rotate(folder, policy, moment)


def backup_now(db: Database, dest: Path | None = None, now: Clock = dt.datetime.now) -> Path:
    """A verified backup into ``dest``, or into the rotation folder (then rotated)."""
    moment = now()
    try:
        if dest is not None:
            backups.copy_database(db.path, dest)
            return dest
        info = backups.take_backup(db.path, "manual", moment)
    except BackupVerificationError as error:
        raise _translate(error) from error
    backups.rotate(backups.backups_dir_for(db.path), settings_of(db).backup_policy(), moment)
    return info.path


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None


def restore_backup(db_path: Path, backup_file: Path, now: Clock = dt.datetime.now) -> RestoreResult:
    """Replace ``db_path``'s content with ``backup_file``; the current content is backed up first.

    The caller must not hold the file open; this takes the writer lock itself.
    """
    db_path = db_path.expanduser().absolute()
    _refuse_non_sqlite(backup_file)
    if not backup_file.is_file():
        raise AppError(msg("backup.none_found", path=str(backup_file)))
    probe = make_engine(backup_file)
    try:
        schema_state(probe, backup_file)  # refuses a newer or foreign file before touching ours
    except (SchemaTooNewError, NotATrainingDeskFileError) as error:
        raise _translate(error) from error
    finally:
        probe.dispose()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(db_path)
    try:
        lock.acquire()
        safety = None
        if db_path.exists() and db_path.stat().st_size > 0:
            safety = backups.take_backup(db_path, "pre-restore", now()).path
        backups.restore_into(backup_file, db_path)
        engine = make_engine(db_path)
        try:
            ensure_schema(engine, db_path, lambda r: backups.take_backup(db_path, r, now()))
        finally:
            engine.dispose()
    except (DatabaseLockedError, BackupVerificationError) as error:
        raise _translate(error) from error
    finally:
        lock.release()
    return RestoreResult(backup_file, safety)


@dataclass(frozen=True)
class CheckReport:
    path: Path
    problems: list[str]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    path = path.expanduser().absolute()
    if not path.exists():
        raise AppError(msg("db.missing", path=str(path)))
    _refuse_non_sqlite(path)
    problems = backups.integrity_problems(path)
    return CheckReport(path, problems, backups.record_counts(path))
