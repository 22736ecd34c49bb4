"""Engines with the pragmas every connection needs. No engine is made at import time."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

# Seconds a reader waits for a writer's commit before giving up; writers are single anyway.
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit survives power loss, not just a crash of the program.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` (created on first connect)."""
    engine = create_engine(
        f"sqlite:///{path}",
        # The GUI's one worker thread and the GUI thread take turns through the pool.
        connect_args={"check_same_thread": False},
        poolclass=NullPool if str(path) == ":memory:" else None,
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def raw_connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain DB-API connection with the same pragmas (backups, checks, bulk loads)."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn
    conn = sqlite3.connect(path)
    _set_pragmas(conn, None)
    return conn
