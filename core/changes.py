"""The one door for changes: every edit runs here, in one transaction, and is audited.

``perform(db, "Edit course", lambda s: ...)`` runs the function in a session, records an
audit entry per changed record (old → new for edits), commits, and returns the function's
result with a :class:`Changes` naming the tables that changed so views can refresh.
The GUI calls it on its single worker thread; the CLI calls it directly.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from db.models import AuditEntry
from db.session import Database

T = TypeVar("T")
NATURAL_KEYS = ("code", "employee_id", "name", "key")
_BULK_KEY = "audit_bulk"


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _record_key(obj: Any) -> str:
    for name in NATURAL_KEYS:
        value = getattr(obj, name, None)
        if isinstance(value, str):
            return value
    identity = inspect(obj).identity or ()
    mapper = inspect(obj).mapper
    names = [c.key for c in mapper.primary_key]
    return ",".join(f"{n}={v}" for n, v in zip(names, identity, strict=False))


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _edited_values(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    edits: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                edits[attr.key] = [_plain(old), _plain(new)]
    return edits


@dataclass
class AuditRecorder:
    """Collects what each flush changed; written as audit rows just before commit."""

    action: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)

    def before_flush(self, session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
        # Old values are only reliable before the flush writes them.
        for obj in session.dirty:
            if isinstance(obj, AuditEntry) or not session.is_modified(obj):
                continue
            edits = _edited_values(obj)
            if edits:
                self._add("update", obj, edits)
        for obj in session.deleted:
            if not isinstance(obj, AuditEntry):
                values = _column_values(obj)
                self._add("delete", obj, {k: [v, None] for k, v in values.items()})

    def after_flush(self, session: Session, _ctx: UOWTransaction) -> None:
        # New rows only have their primary keys after the flush.
        for obj in session.new:
            if not isinstance(obj, AuditEntry):
                values = _column_values(obj)
                self._add("insert", obj, {k: [None, v] for k, v in values.items() if v is not None})

    def _add(self, kind: str, obj: Any, changes: dict[str, list[Any]]) -> None:
        table = inspect(obj).mapper.local_table.name
        self.tables.add(table)
        self.rows.append(
            {"kind": kind, "table_name": table, "record_key": _record_key(obj), "changes": changes}
        )

    def write(self, session: Session, now: dt.datetime) -> None:
        for bulk in session.info.pop(_BULK_KEY, []):
            self.tables.add(bulk["table_name"])
            self.rows.append(bulk)
        if not self.rows:
            return
        operation = (session.scalar(select(func.max(AuditEntry.operation))) or 0) + 1
        actor = f"{getpass.getuser()}@{socket.gethostname()}"
        session.execute(
            insert(AuditEntry),
            [
                {
                    **row,
                    "changes": json.dumps(row["changes"], ensure_ascii=False, sort_keys=True),
                    "at": now,
                    "operation": operation,
                    "action": self.action,
                    "actor": actor,
                }
                for row in self.rows
            ],
        )


def note_bulk_change(session: Session, table: str, summary: dict[str, Any]) -> None:
    """Audit a Core/DB-API bulk write, which the ORM events cannot see."""
    session.info.setdefault(_BULK_KEY, []).append(
        {"kind": "bulk", "table_name": table, "record_key": "*", "changes": summary}
    )


def perform(
    db: Database,
    action: str,
    change: Callable[[Session], T],
    *,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> tuple[T, Changes]:
    """Run ``change`` in one transaction, audit it, commit, and say which tables changed."""
    recorder = AuditRecorder(action)
    with db.session() as session:
        event.listen(session, "before_flush", recorder.before_flush)
        event.listen(session, "after_flush", recorder.after_flush)
        try:
            result = change(session)
            session.flush()
            recorder.write(session, now())
            session.commit()
        except BaseException:
            session.rollback()
            raise
    return result, Changes(frozenset(recorder.tables))
