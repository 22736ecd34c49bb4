"""The one door for changes: every edit runs here, in one transaction, and is audited.

``perform(db, "Edit course", lambda s: ...)`` runs the function in a session, records an
audit entry per changed record (old → new for edits), commits, and returns the function's
result with a :class:`Changes` naming the tables that changed so views can refresh.
The GUI calls it on its single worker thread; the CLI calls it directly.

Each entry also names the person and the course it concerns (``employee_ref`` /
``course_ref``, for History tabs) and the row's primary key (``record_pk``, for Undo);
``Changes.operation`` is the operation id that :mod:`core.undo` reverses.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from db.models import AuditEntry, Base, Course, Employee
from db.session import Database

T = TypeVar("T")
NATURAL_KEYS = ("code", "employee_id", "name", "key")
_BULK_KEY = "audit_bulk"


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = frozenset()
    # The audit operation id of the perform() that wrote these changes (None: nothing
    # written), which the GUI keeps on its undo stack.
    operation: int | None = None

    def __or__(self, other: Changes) -> Changes:
        """Both sets of tables; the operation of ``other`` (the later one) when it has one."""
        latest = self.operation if other.operation is None else other.operation
        return Changes(self.tables | other.tables, latest)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


def plain_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def primary_key_of(obj: Any) -> dict[str, Any]:
    """The row's primary key by attribute name; read from the object, so new rows work too."""
    mapper = inspect(obj).mapper
    return {
        mapper.get_property_by_column(c).key: getattr(obj, mapper.get_property_by_column(c).key)
        for c in mapper.primary_key
    }


def _record_key(obj: Any) -> str:
    for name in NATURAL_KEYS:
        value = getattr(obj, name, None)
        if isinstance(value, str):
            return value
    return ",".join(f"{n}={v}" for n, v in primary_key_of(obj).items())


def _subjects(obj: Any) -> dict[str, int | None]:
    """The person and the course an audited row concerns, for their History tabs."""
    refs: dict[str, int | None] = {"employee_ref": None, "course_ref": None}
    if isinstance(obj, Employee):
        refs["employee_ref"] = obj.id
    elif isinstance(obj, Course):
        refs["course_ref"] = obj.id
    else:
        # Child rows name their person and course by these attributes (a prerequisite
        # belongs to the course that requires it).
        for attribute, ref in (("employee_id", "employee_ref"), ("course_id", "course_ref")):
            value = getattr(obj, attribute, None)
            if isinstance(value, int):
                refs[ref] = value
    return refs


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: plain_value(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _edited_values(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    edits: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                edits[attr.key] = [plain_value(old), plain_value(new)]
    return edits


def _table_order(obj: Any) -> int:
    """Position of the row's table in dependency order: referenced tables come first."""
    return _table_positions().get(inspect(obj).mapper.local_table.name, 0)


def _row_identity(obj: Any) -> tuple[str, str]:
    return inspect(obj).mapper.local_table.name, repr(primary_key_of(obj))


@cache
def _table_positions() -> dict[str, int]:
    return {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


@dataclass
class AuditRecorder:
    """Collects what each flush changed; written as audit rows just before commit."""

    action: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    _deletes_seen: set[tuple[str, str]] = field(default_factory=set)

    def before_flush(self, session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
        # Old values are only reliable before the flush writes them.
        for obj in session.dirty:
            if isinstance(obj, AuditEntry) or not session.is_modified(obj):
                continue
            edits = _edited_values(obj)
            if edits:
                self._add("update", obj, edits)
        # Children before parents (a course's modules before the course, as an ORM
        # cascade deletes them), so Undo, replaying in reverse, restores parents first.
        for obj in sorted(session.deleted, key=_table_order, reverse=True):
            if not isinstance(obj, AuditEntry):
                self._add_delete(obj)

    def deleted_in_flush(self, _session: Session, obj: Any) -> None:
        """Catches deletes the flush decided itself (orphans taken out of a collection)."""
        if not isinstance(obj, AuditEntry) and _row_identity(obj) not in self._deletes_seen:
            self._add_delete(obj)

    def _add_delete(self, obj: Any) -> None:
        self._deletes_seen.add(_row_identity(obj))
        values = _column_values(obj)
        self._add("delete", obj, {k: [v, None] for k, v in values.items()})

    def after_flush(self, session: Session, _ctx: UOWTransaction) -> None:
        # New rows only have their primary keys after the flush. Parents first.
        for obj in sorted(session.new, key=_table_order):
            if not isinstance(obj, AuditEntry):
                values = _column_values(obj)
                self._add("insert", obj, {k: [None, v] for k, v in values.items() if v is not None})

    def _add(self, kind: str, obj: Any, changes: dict[str, list[Any]]) -> None:
        table = inspect(obj).mapper.local_table.name
        self.tables.add(table)
        self.rows.append(
            {
                "kind": kind,
                "table_name": table,
                "record_key": _record_key(obj),
                "record_pk": json.dumps(
                    {k: plain_value(v) for k, v in primary_key_of(obj).items()}, sort_keys=True
                ),
                "changes": changes,
                **_subjects(obj),
            }
        )

    def write(self, session: Session, now: dt.datetime) -> int | None:
        """Write the collected rows under a new operation id; None when nothing changed."""
        for bulk in session.info.pop(_BULK_KEY, []):
            self.tables.add(bulk["table_name"])
            self.rows.append(bulk)
        if not self.rows:
            return None
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
        return operation


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
        event.listen(session, "persistent_to_deleted", recorder.deleted_in_flush)
        try:
            result = change(session)
            session.flush()
            operation = recorder.write(session, now())
            session.commit()
        except BaseException:
            session.rollback()
            raise
    return result, Changes(frozenset(recorder.tables), operation)
