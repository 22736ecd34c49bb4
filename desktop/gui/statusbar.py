"""The status bar: last action, background work (progress + Cancel) and the open file."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from desktop.gui.dbop import BackgroundOp, worker
from desktop.gui.icons import icon

SHOW_AFTER_S = 0.25  # quick reads never flash a progress bar


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.last_action = QLabel()
        self.last_action.setObjectName("lastAction")
        self.addWidget(self.last_action, 1)
        self.work_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_icon = QLabel()
        self.file_icon.setPixmap(icon("catalog").pixmap(14, 14))
        for widget in (self.work_label, self.progress, self.cancel_button):
            self.addPermanentWidget(widget)
            widget.setVisible(False)
        self.addPermanentWidget(self.file_icon)
        self.addPermanentWidget(self.file_label)
        self._ops: list[tuple[float, BackgroundOp[Any]]] = []
        self._current: BackgroundOp[Any] | None = None
        jobs = worker()
        jobs.op_started.connect(self._started)
        jobs.op_finished.connect(self._finished)
        jobs.op_progressed.connect(self._progressed)

    def set_file(self, path: Path | None) -> None:
        if path is None:
            self.file_label.setText(self.tr("No file open"))
            self.file_label.setToolTip("")
        else:
            self.file_label.setText(path.name)
            self.file_label.setToolTip(str(path))

    def set_last_action(self, text: str) -> None:
        self.last_action.setText(text)
        self.last_action.setToolTip(text)

    def cancel_current(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self.work_label.setText(self.tr("Cancelling…"))

    # -- worker signals ----------------------------------------------------------------------
    def _started(self, op: BackgroundOp[Any]) -> None:
        if op.label:
            self._ops.append((time.monotonic(), op))
            QTimer.singleShot(int(SHOW_AFTER_S * 1000) + 10, self._refresh)

    def _finished(self, op: BackgroundOp[Any]) -> None:
        self._ops = [(t, o) for t, o in self._ops if o is not op]
        self._refresh()

    def _progressed(self, op: BackgroundOp[Any], fraction: float, text: str) -> None:
        if op is self._current:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
            if text:
                self.work_label.setText(f"{op.label}: {text}")

    def _refresh(self) -> None:
        now = time.monotonic()
        showing = [op for started, op in self._ops if now - started >= SHOW_AFTER_S]
        current = showing[-1] if showing else None
        if current is not self._current:
            self._current = current
            if current is not None:
                self.work_label.setText(current.label + "…")
                self.progress.setRange(0, 0)  # busy until the first progress report
                self.cancel_button.setVisible(current.cancellable)
        busy = current is not None
        self.work_label.setVisible(busy)
        self.progress.setVisible(busy)
        if not busy:
            self.cancel_button.setVisible(False)
