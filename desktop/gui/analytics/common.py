"""What the Analytics tabs share: loading on the worker with progress and Cancel, opening a person.

A tab's work (a clustering, a model fit, a pass over every comment) is a plain core
function run as one :class:`~desktop.gui.dbop.BackgroundOp` with a task state: the bar
shows its progress, Cancel stops it at the next ``state.check()``, and starting it again
cancels the run under way (Orange3's pattern). The result stays until a write touches one
of the tab's ``tables``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from core.errors import AppError
from core.tasks import Cancelled, TaskState
from db.session import Database
from desktop.gui.dbop import BackgroundOp, services_for
from desktop.gui.detail_panel import plain_label

Job = Callable[[Database, TaskState], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Analytics", text)


def sentiment_name(label: str) -> str:
    """A sentiment label ("positive", "neutral", "negative") in the window's language."""
    names = {"positive": _tr("Positive"), "neutral": _tr("Neutral"), "negative": _tr("Negative")}
    return names.get(label, label)


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


class TaskBar(QWidget):
    """A progress bar with Cancel while a tab works; afterwards a line saying what happened."""

    def __init__(self, on_cancel: Callable[[], object], on_retry: Callable[[], object]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("")
        self.status.setObjectName("taskStatus")
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(260)
        layout.addWidget(self.bar)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: on_cancel())
        layout.addWidget(self.cancel_button)
        self.message = plain_label("", object_name="taskMessage")
        layout.addWidget(self.message, 1)
        self.retry_button = QPushButton(_tr("Run again"))
        self.retry_button.clicked.connect(lambda: on_retry())
        layout.addWidget(self.retry_button)
        self.finished()

    def started(self, text: str) -> None:
        self.status.setText(text + "…")
        self.bar.setValue(0)
        for widget in (self.status, self.bar, self.cancel_button):
            widget.show()
        self.message.hide()
        self.retry_button.hide()
        self.show()

    def progressed(self, fraction: float, text: str) -> None:
        self.bar.setValue(round(fraction * 100))
        if text:
            self.status.setText(text)

    def finished(self) -> None:
        self.hide()

    def stopped(self, text: str) -> None:
        """The run did not finish (cancelled or failed): say so and offer to run it again."""
        for widget in (self.status, self.bar, self.cancel_button):
            widget.hide()
        self.message.setText(text)
        self.message.show()
        self.retry_button.show()
        self.show()


class AnalyticsTab(QWidget):
    """One tab of the Analytics section: reads ``tables``, computes on the worker, shows."""

    tables: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.stale = True
        self.loaded = False  # a result is shown (tests wait for it)
        self._op: BackgroundOp[Any] | None = None
        self._generation = 0
        self.task_bar = TaskBar(self.cancel, self.load)

    # -- what each tab provides --------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def running_text(self) -> str:
        raise NotImplementedError

    def job(self) -> Job:
        """The work, with its parameters read now (on the GUI thread); it runs on the worker."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget what is shown (another file was opened)."""

    # -- loading -----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.cancel()
        self.db = db
        self._generation += 1
        self.loaded = False
        self.stale = True
        self.task_bar.finished()
        self.clear()

    def ensure_loaded(self) -> None:
        if self.stale and self.db is not None:
            self.load()

    def load(self) -> None:
        if self.db is None:
            return
        self.cancel()
        self.stale = False
        self._generation += 1
        generation = self._generation
        db, job = self.db, self.job()
        op: BackgroundOp[Any] = BackgroundOp(
            self, lambda state: job(db, state), label=self.running_text(), cancellable=True
        )
        op.progress(self.task_bar.progressed)
        op.success(lambda result: self._succeeded(generation, result))
        op.failure(lambda error: self._failed(generation, error))
        self._op = op
        self.task_bar.started(self.running_text())
        op.run()

    def cancel(self) -> None:
        if self._op is not None and not self._op.done:
            self._op.cancel()

    @property
    def running(self) -> bool:
        return self._op is not None and not self._op.done

    def _succeeded(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # superseded by a newer run or another file
        self.task_bar.finished()
        self.show_result(result)
        self.loaded = True
        # As DbRead does: the 20,000 rows now held are not traversed by every collection.
        gc.freeze()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.stale = True  # shown again, the tab tries again
        if isinstance(error, Cancelled):
            self.task_bar.stopped(_tr("Cancelled."))
            return
        if isinstance(error, AppError):
            # Written for the admin ("too few people to segment"): said in the tab, no dialog.
            self.task_bar.stopped(str(error))
            return
        self.task_bar.stopped(_tr("Could not finish: {0}").format(error))
        services = services_for(self)
        if services is not None:
            services.report(error, self.running_text())


def open_person(anchor: QWidget, employee_id: str) -> None:
    """Show this person in the People section (selected, their page open).

    If People has not read its rows yet, showing it starts that read on the one worker;
    a no-op queued behind it calls back once the rows are in, to select the person then.
    """
    window: Any = anchor.window()
    if not callable(getattr(window, "show_section", None)):
        return
    window.show_section("people")
    people = window.section("people")
    if people.loaded and people.select_where(lambda row: row.employee_id == employee_id):
        return
    op: BackgroundOp[None] = BackgroundOp(people, lambda _state: None, label=_tr("Open person"))
    op.success(lambda _none: _select_person(window, people, employee_id)).run()


def _select_person(window: Any, people: Any, employee_id: str) -> None:
    def matches(row: Any) -> bool:
        return bool(row.employee_id == employee_id)

    if people.select_where(matches):
        return
    # Hidden by a search or a filter: show everyone, then select.
    window.search_box.clear()
    people.set_search("")
    for combo_filter in people.all_filters:
        combo_filter.combo.setCurrentIndex(0)
    if not people.select_where(matches):
        window.show_status(_tr("{0} is not in the People list.").format(employee_id))
