"""The History tab of a detail panel: the audit entries concerning one person or course.

Each entry reads as a heading (when · action) over what changed, wrapped to the panel's
width: the panel is narrow and "title: 'SQL basics' → 'SQL 基础'" must be read whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.gui.detail_panel import plain_label

SHOWN_ENTRIES = 200  # a record edited for years still opens instantly; the CLI has the rest


def when_text(at: Any) -> str:
    if isinstance(at, dt.datetime):
        return at.strftime("%Y-%m-%d %H:%M")
    return "" if at is None else str(at)


class HistoryView(QScrollArea):
    """Newest first: when, action, and what changed (old → new)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._rows: list[Any] = []
        self.entry_labels: list[tuple[QLabel, QLabel]] = []
        self.set_rows([])

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """``rows`` are core.history.HistoryRow, already newest first."""
        self._rows = list(rows)
        body = QWidget()
        body.setObjectName("detailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(4)
        self.entry_labels = []
        if not rows:
            layout.addWidget(
                plain_label(self.tr("No changes recorded yet."), object_name="mutedText")
            )
        for row in self._rows[:SHOWN_ENTRIES]:
            heading = plain_label(
                f"{when_text(row.at)}  ·  {row.action}", object_name="groupTitle", selectable=False
            )
            summary = plain_label(row.summary or "—")
            layout.addWidget(heading)
            layout.addWidget(summary)
            layout.addSpacing(8)
            self.entry_labels.append((heading, summary))
        if len(self._rows) > SHOWN_ENTRIES:
            more = self.tr("{0:,} older entries are not shown.").format(
                len(self._rows) - SHOWN_ENTRIES
            )
            layout.addWidget(plain_label(more, object_name="mutedText"))
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
