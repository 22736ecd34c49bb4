"""The parts of a table section: its filter drop-downs and its table view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

from desktop.gui.rowmodel import RowTableModel

R = TypeVar("R")


class ComboFilter(Generic[R]):
    """A drop-down of the distinct values of one field, with an "All …" entry first."""

    def __init__(
        self,
        label: str,
        all_text: str,
        key: Callable[[R], Any],
        choices: Sequence[tuple[str, str]] = (),
        *,
        multi: bool = False,
    ) -> None:
        """``choices`` (shown text, value) fixes the list; otherwise it comes from the rows.

        With ``multi``, ``key`` gives each row several values (a course's tags) and the
        filter keeps the rows that have the chosen one.
        """
        self.label = label
        self.all_text = all_text
        self.key = key
        self.multi = multi
        self.fixed = bool(choices)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(12)
        self.combo.addItem(all_text, None)
        for text, value in choices:
            self.combo.addItem(text, value)

    @property
    def value(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def accepts(self, row: R, value: str) -> bool:
        return value in self.key(row) if self.multi else bool(self.key(row) == value)

    def refill(self, rows: Sequence[R]) -> None:
        if self.fixed:
            return
        current = self.value
        if self.multi:
            found = {v for row in rows for v in self.key(row) if v}
        else:
            found = {v for v in map(self.key, rows) if v}
        values = sorted(found, key=str.casefold)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.all_text, None)
        for value in values:
            self.combo.addItem(value, value)
        position = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(0, position))
        self.combo.blockSignals(False)


class RowTable(QTableView):
    """A section's table: whole rows, fixed row heights; Enter opens a row like a double-click."""

    def __init__(self, model: RowTableModel[Any], open_row: Callable[[], object]) -> None:
        super().__init__()
        self._open_row = open_row
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 20,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for position, column in enumerate(model.columns):
            self.setColumnWidth(position, column.width)
        self.setSortingEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.selectionModel().hasSelection():
            self._open_row()
            return
        super().keyPressEvent(event)
