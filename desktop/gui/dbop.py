"""The one door from the window to the database (Anki's ``CollectionOp``).

Every read and write runs on ONE background worker thread and calls back on the GUI thread::

    DbOp(self, db, lambda s: catalog.edit(s, ...), action="Edit course").success(cb).run()
    DbRead(self, db, listing.people_rows).success(model.set_rows).run()
    DbTask(self, db, lambda db, state: generate_demo(db, p, state), label="Demo").run()

Worker code gets a session (or the database and a task state) and returns plain data; it
never touches widgets. A write runs through :func:`core.changes.perform` and its
:class:`~core.changes.Changes` are broadcast by the window's :class:`WindowServices`, so
each view refreshes only when its tables changed. Failures reach the window: an
:class:`~core.errors.AppError` becomes a readable dialog, anything else the crash dialog.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from core.changes import Changes, perform
from core.errors import AppError
from core.tasks import Cancelled, TaskState
from db.models import Base
from db.session import Database
from desktop.gui.crash import report_crash
from desktop.gui.dialogs import Dialogs

T = TypeVar("T")
log = logging.getLogger(__name__)
ALL_TABLES = Changes(frozenset(Base.metadata.tables))
PROGRESS_INTERVAL_S = 0.05


class WindowServices(QObject):
    """What background operations need from the window they belong to."""

    changed = Signal(object, str)  # Changes, action
    status = Signal(str)

    def __init__(self, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs

    def broadcast(self, changes: Changes, action: str) -> None:
        """Tell every view what changed; the window also shows ``action`` as the last one."""
        self.changed.emit(changes, action)

    def report(self, error: BaseException, title: str) -> None:
        if isinstance(error, Cancelled):
            self.status.emit(QCoreApplication.translate("DbOp", "Cancelled: {0}").format(title))
        elif isinstance(error, AppError):
            log.info("%s: %s", title, error.message.code)
            self.dialogs.show_error(title, str(error))
        else:
            report_crash(error, self.dialogs)


def services_for(obj: QObject | None) -> WindowServices | None:
    """The services of the window ``obj`` belongs to (found through its parents)."""
    while obj is not None and shiboken6.isValid(obj):
        services = getattr(obj, "services", None)
        if isinstance(services, WindowServices):
            return services
        obj = obj.parent()
    return None


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted on the worker arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)

    def __init__(self, op: BackgroundOp[Any]) -> None:
        super().__init__()
        self.op: BackgroundOp[Any] | None = op
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self.op is not None:
            self.op._finish(result, None)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self.op is not None and isinstance(error, BaseException):
            self.op._finish(None, error)

    @Slot(float, str)
    def _on_progressed(self, fraction: float, text: str) -> None:
        if self.op is not None:
            self.op._progressed(fraction, text)


class ReportingState(TaskState):
    """A task state that forwards progress to the GUI thread, at most every 50 ms."""

    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay
        self._last = 0.0

    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or self.progress >= 1.0:
            self._last = now
            self._relay.progressed.emit(self.progress, self.status)


class _Job(QRunnable):
    def __init__(self, op: BackgroundOp[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op

    def run(self) -> None:  # on the worker thread: no widgets here
        relay = self._op._relay
        try:
            result = self._op._execute()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread's failure path
            relay.failed.emit(error)
        else:
            relay.succeeded.emit(result)


class Worker(QObject):
    """The single background thread every database operation runs on, in order."""

    op_started = Signal(object)
    op_progressed = Signal(object, float, str)
    op_finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: list[BackgroundOp[Any]] = []

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def active(self) -> list[BackgroundOp[Any]]:
        return list(self._active)

    def submit(self, op: BackgroundOp[Any]) -> None:
        self._active.append(op)
        self.op_started.emit(op)
        self._pool.start(_Job(op))

    def _done(self, op: BackgroundOp[Any]) -> None:
        if op in self._active:
            self._active.remove(op)
            self.op_finished.emit(op)

    def drain(self, timeout_s: float = 60.0) -> bool:
        """Wait for every queued operation and deliver its callbacks; True when idle."""
        deadline = time.monotonic() + timeout_s
        while self._active and time.monotonic() < deadline:
            self._pool.waitForDone(20)
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        return not self._active


_worker: Worker | None = None


def worker() -> Worker:
    global _worker
    if _worker is None:
        _worker = Worker()
    return _worker


class BackgroundOp(Generic[T]):
    """``fn(state)`` on the worker; ``success``/``failure``/``progress`` on the GUI thread."""

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[TaskState], T],
        *,
        label: str = "",
        cancellable: bool = False,
    ) -> None:
        self.parent = parent
        self.label = label
        self.cancellable = cancellable
        self._fn = fn
        self._relay = _Relay(self)
        self.state = ReportingState(self._relay)
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: list[Callable[[float, str], object]] = []
        self.done = False

    def success(self, callback: Callable[[T], object]) -> Self:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Self:
        """Handle failures yourself instead of the window's error dialogs."""
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[float, str], object]) -> Self:
        self._on_progress.append(callback)
        return self

    def run(self) -> Self:
        worker().submit(self)
        return self

    def cancel(self) -> None:
        self.state.cancelled = True

    # -- worker thread -------------------------------------------------------------------
    def _execute(self) -> T:
        return self._fn(self.state)

    # -- GUI thread ----------------------------------------------------------------------
    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _progressed(self, fraction: float, text: str) -> None:
        worker().op_progressed.emit(self, fraction, text)
        if self._alive():
            for callback in self._on_progress:
                callback(fraction, text)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self._relay.op = None
        self._relay.deleteLater()
        worker()._done(self)
        if not self._alive():
            if error is not None and not isinstance(error, AppError | Cancelled):
                report_crash(error, None)
            return
        if error is None and self.cancellable and self.state.cancelled:
            error = Cancelled()
        if error is None:
            self._deliver(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            self._report(error)

    def _deliver(self, result: Any) -> None:
        for callback in self._on_success:
            callback(result)

    def _report(self, error: BaseException) -> None:
        services = services_for(self.parent)
        if services is not None:
            services.report(error, self.label)
        elif isinstance(error, AppError | Cancelled):
            log.warning("%s: %s", self.label, error)
        else:
            report_crash(error, None)


class DbOp(BackgroundOp[T]):
    """A write: ``fn(session)`` inside :func:`core.changes.perform`, audited as ``action``."""

    def __init__(
        self, parent: QObject | None, db: Database, fn: Callable[[Any], T], *, action: str
    ) -> None:
        def write(_state: TaskState) -> Any:
            return perform(db, action, fn)

        super().__init__(parent, write, label=action)
        self.action = action

    def _deliver(self, result: Any) -> None:
        value, changes = result
        services = services_for(self.parent)
        if services is not None:
            services.broadcast(changes, self.action)
        for callback in self._on_success:
            callback(value)


def _read(db: Database, fn: Callable[[Any], T]) -> T:
    with db.reading() as session:
        return fn(session)


class DbRead(BackgroundOp[T]):
    """A read: ``fn(session)`` in a read-only session; it returns plain rows."""

    def __init__(
        self, parent: QObject | None, db: Database, fn: Callable[[Any], T], *, label: str = ""
    ) -> None:
        super().__init__(parent, lambda _state: _read(db, fn), label=label, cancellable=True)

    def _deliver(self, result: Any) -> None:
        super()._deliver(result)
        # The rows a view now holds (up to 200,000 frozen dataclasses) would otherwise be
        # traversed by every full collection: 100-190 ms stalls of the GUI thread. Frozen
        # objects are still freed by reference counting when the view drops them.
        gc.freeze()


class DbTask(BackgroundOp[T]):
    """Long work ``fn(db, state)`` with progress and Cancel; ``changes`` are then broadcast."""

    def __init__(
        self,
        parent: QObject | None,
        db: Database,
        fn: Callable[[Database, TaskState], T],
        *,
        label: str,
        changes: Changes = ALL_TABLES,
    ) -> None:
        super().__init__(parent, lambda state: fn(db, state), label=label, cancellable=True)
        self.changes = changes

    def _deliver(self, result: Any) -> None:
        services = services_for(self.parent)
        if services is not None:
            services.broadcast(self.changes, self.label)
        super()._deliver(result)
