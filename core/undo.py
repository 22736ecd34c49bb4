"""Undo and redo of one audited operation, replayed from the audit log.

``perform(db, f"Undo: {action}", lambda s: undo_operation(s, op))`` reverses operation
``op`` entry by entry, newest first, through the ORM, so the undo is itself audited;
redo is the undo of that undo's operation. Nothing is overwritten blindly: a record that
changed since the operation (or that other records now point at) refuses the undo with
a message naming it, and bulk writes (imports, the demo) refuse — a backup restores those.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NoReturn

from sqlalchemy import Date, DateTime, Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from core.changes import NATURAL_KEYS, plain_value
from core.errors import AppError
from db.models import AuditEntry, Base


def _mappers_by_table() -> dict[str, Mapper[Any]]:
    return {
        m.local_table.name: m for m in Base.registry.mappers if isinstance(m.local_table, Table)
    }


def operation_action(session: Session, operation: int) -> str | None:
    """The action name an operation was recorded under ("Edit course"), or None."""
    return session.scalar(
        select(AuditEntry.action).where(AuditEntry.operation == operation).limit(1)
    )


def undo_operation(session: Session, operation: int) -> None:
    """Reverse every entry of ``operation``, newest first; refuse if any cannot be."""
    entries = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.operation == operation).order_by(AuditEntry.id)
        )
    )
    if not entries:
        raise AppError.of("undo.nothing", operation=operation)
    action = entries[0].action
    if any(e.kind == "bulk" for e in entries):
        raise AppError.of("undo.bulk", action=action)
    mappers = _mappers_by_table()
    for entry in reversed(entries):
        _Reversal(session, mappers[entry.table_name], entry).run()


class _Reversal:
    """Puts one audited record back the way it was before its entry."""

    def __init__(self, session: Session, mapper: Mapper[Any], entry: AuditEntry) -> None:
        self.session, self.mapper, self.entry = session, mapper, entry
        # Plain copies for the refusal message: a failed flush expires every ORM object.
        self.naming = {
            "action": entry.action,
            "table": entry.table_name,
            "record": entry.record_key,
        }
        self.changes: dict[str, list[Any]] = json.loads(entry.changes)
        self.key = self._primary_key()

    def run(self) -> None:
        current = self.session.get(self.mapper.class_, self.key)
        if self.entry.kind == "delete":
            if current is not None:
                self._conflict()
            values = {k: self._typed(k, old) for k, (old, _new) in self.changes.items()}
            self.session.add(self.mapper.class_(**values))
        else:
            if current is None or not self._unchanged_since(current):
                self._conflict()
            if self.entry.kind == "insert":
                self._refuse_if_referenced()
                self.session.delete(current)
            else:
                for name, (old, _new) in self.changes.items():
                    setattr(current, name, self._typed(name, old))
        try:
            # One flush per entry keeps the log's order: parents back before children.
            self.session.flush()
        except IntegrityError:
            self._conflict()

    def _unchanged_since(self, current: Any) -> bool:
        expected = {k: new for k, (_old, new) in self.changes.items()}
        if self.entry.kind == "insert":
            # Inserts leave out empty columns; one filled in since is a change too.
            for attr in self.mapper.column_attrs:
                expected.setdefault(attr.key, None)
        return all(plain_value(getattr(current, k)) == v for k, v in expected.items())

    def _refuse_if_referenced(self) -> None:
        # The database would cascade-delete rows added since (a course's later
        # assignments, another course using a skill created here): refuse instead.
        table = self.mapper.local_table
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if fk.column.table is not table:
                    continue
                value = self.key.get(self.mapper.get_property_by_column(fk.column).key)
                count = self.session.scalar(
                    select(func.count()).select_from(other).where(fk.parent == value)
                )
                if count:
                    self._conflict("undo.in_use")

    def _typed(self, name: str, value: Any) -> Any:
        """Back from the log's JSON to the column's Python type (dates were ISO text)."""
        column_type = self.mapper.columns[name].type
        if value is None:
            return None
        if isinstance(column_type, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(column_type, Date):
            return dt.date.fromisoformat(value)
        return value

    def _primary_key(self) -> dict[str, Any]:
        names = [self.mapper.get_property_by_column(c).key for c in self.mapper.primary_key]
        if self.entry.record_pk:
            stored: dict[str, Any] = json.loads(self.entry.record_pk)
            return {n: self._typed(n, stored[n]) for n in names}
        return self._primary_key_of_older_entry(names)

    def _primary_key_of_older_entry(self, names: list[str]) -> dict[str, Any]:
        # Entries written before record_pk existed: inserts and deletes carry every
        # column; updates name the record by "id=3" or by its natural key.
        if self.entry.kind != "update":
            return {n: next(v for v in self.changes[n] if v is not None) for n in names}
        parts = dict(p.split("=", 1) for p in self.entry.record_key.split(",") if "=" in p)
        if set(parts) == set(names):
            return {n: int(parts[n]) for n in names}
        model = self.mapper.class_
        for natural in NATURAL_KEYS:
            if natural in self.mapper.columns:
                found = self.session.execute(
                    select(*(getattr(model, n) for n in names)).where(
                        getattr(model, natural) == self.entry.record_key
                    )
                ).first()
                if found is not None:
                    return dict(zip(names, found, strict=True))
        self._conflict()

    def _conflict(self, code: str = "undo.conflict") -> NoReturn:
        raise AppError.of(code, **self.naming)
