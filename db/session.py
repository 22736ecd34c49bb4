"""An open database: its engine, sessions and (for a writer) the writer lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.lock import WriterLock


@dataclass
class Database:
    path: Path
    engine: Engine
    lock: WriterLock | None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # expire_on_commit=False: plain values read in a worker stay readable afterwards.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def writable(self) -> bool:
        return self.lock is not None and self.lock.held

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; closed at the end so it never holds a transaction.

        Closing (not rolling back) leaves the loaded objects readable, detached.
        """
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
