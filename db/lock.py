"""One writer per database file.

A lock file beside the database holds an OS lock (``flock`` / ``msvcrt.locking``) for the
writer's lifetime and names the holder (host, PID). The OS drops the lock when the holder
dies, so a lock left by a dead process is simply taken over; a live holder makes the second
writer fail at once with its host and PID — never a wait.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from db.errors import DatabaseLockedError


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_os_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def read_holder(lock_file: Path) -> dict[str, object]:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class WriterLock:
    """Held by the one process allowed to write ``db_path``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        # "a+" neither truncates a live holder's record nor fails when the file is missing.
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for life
        if not _try_os_lock(handle):
            handle.close()
            holder = read_holder(self.path)
            raise DatabaseLockedError(
                self.db_path,
                host=str(holder.get("host", "unknown host")),
                pid=int(str(holder.get("pid", 0)) or 0),
                since=str(holder.get("since", "")),
            )
        record = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        handle.seek(0)
        handle.truncate()
        # Windows locks a byte range; write after it so the record stays readable.
        handle.write(json.dumps(record))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # The empty file stays: unlinking it could race a new writer that already opened it.
        try:
            handle.seek(0)
            handle.truncate()
        finally:
            handle.close()
