"""Edit → Undo / Redo over this window's own audited edits.

Every DbOp write broadcasts its :class:`~core.changes.Changes`, which carry the audit
``operation`` id of that write. The stack keeps those ids (with the action's name) so Undo
can hand one to :func:`core.undo.undo_operation` — through the same door, so the audit log
records the undo as an operation of its own, which Redo undoes in turn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from core.changes import Changes
from db.session import Database
from desktop.gui.dbop import DbOp, services_for


@dataclass(frozen=True)
class UndoEntry:
    """One audited operation and the name of the edit it made ("Edit course")."""

    operation: int
    action: str


@dataclass(frozen=True)
class _Running:
    kind: str  # "undo" or "redo"
    entry: UndoEntry
    action: str  # the name the running write is audited under


class UndoStack(QObject):
    """Two stacks of operations; ``changed`` fires whenever what can be undone changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo: list[UndoEntry] = []
        self._redo: list[UndoEntry] = []
        self._running: _Running | None = None

    # -- what the Edit menu shows ------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo) and self._running is None

    def can_redo(self) -> bool:
        return bool(self._redo) and self._running is None

    def undo_action(self) -> str | None:
        return self._undo[-1].action if self._undo else None

    def redo_action(self) -> str | None:
        return self._redo[-1].action if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._running = None
        self.changed.emit()

    # -- recording ---------------------------------------------------------------------------
    def record(self, changes: Changes, action: str) -> None:
        """Called for every broadcast write; remembers the ones that can be undone."""
        operation = getattr(changes, "operation", None)
        running = self._running
        if running is not None and action == running.action:
            self._running = None
            if operation is not None:
                target = self._redo if running.kind == "undo" else self._undo
                target.append(UndoEntry(operation, running.entry.action))
            self.changed.emit()
            return
        if operation is None:
            return  # bulk work (demo data, imports) is not this stack's to undo
        self._undo.append(UndoEntry(operation, action))
        self._redo.clear()
        self.changed.emit()

    # -- running -----------------------------------------------------------------------------
    def undo(self, parent: QObject, db: Database) -> None:
        if self.can_undo():
            self._run("undo", self._undo.pop(), parent, db)

    def redo(self, parent: QObject, db: Database) -> None:
        if self.can_redo():
            self._run("redo", self._redo.pop(), parent, db)

    def _run(self, kind: str, entry: UndoEntry, parent: QObject, db: Database) -> None:
        from core.undo import undo_operation

        prefix = self.tr("Undo: {0}") if kind == "undo" else self.tr("Redo: {0}")
        action = prefix.format(entry.action)
        self._running = _Running(kind, entry, action)
        self.changed.emit()
        operation = entry.operation

        def failed(error: BaseException) -> None:
            # The entry stays off the stack: the core refused it (a later edit of the same
            # record, or bulk work) and would refuse it again.
            self._running = None
            self.changed.emit()
            services = services_for(parent)
            if services is not None:
                services.report(error, action)

        DbOp(parent, db, lambda s: undo_operation(s, operation), action=action).failure(
            failed
        ).run()
