"""Read-only tables the import wizard shows: file rows, stored-record previews, problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel, plain_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SAMPLE_ROWS = 8


def numbered(headers: Sequence[str]) -> list[str]:
    """``"3 · Course Name"``: columns by number (from 1, like ``--map``), so repeats differ."""
    blank = QCoreApplication.translate("ImportWizard", "(no header)")
    return [f"{number} · {header or blank}" for number, header in enumerate(headers, start=1)]


class GridModel(QAbstractTableModel):
    """Headers and rows of plain values, with optional row labels (the file's row numbers)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[Sequence[Any]] = []
        self.row_labels: list[str] = []

    def set_grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        row_labels: Sequence[str] = (),
    ) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = list(rows)
        self.row_labels = list(row_labels)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return plain_text(row[index.column()]) if index.column() < len(row) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        if section < len(self.row_labels):
            return self.row_labels[section]
        return str(section + 1)


def grid_view(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(140)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def source_sample(table: Any, limit: int = SAMPLE_ROWS) -> tuple[list[str], list[Any], list[str]]:
    """The first rows of a ``SourceTable`` as (numbered headers, rows, file row numbers)."""
    rows = list(table.rows[:limit])
    labels = [str(table.first_row_number + i) for i in range(len(rows))]
    return numbered(table.headers), rows, labels


def problem_model(parent: Any) -> RowTableModel[Any]:
    tr = parent.tr
    columns = [
        Column[Any](tr("Row"), lambda p: p.row, width=60, align_right=True),
        Column[Any](tr("Column"), lambda p: p.column, width=160),
        Column[Any](tr("Field"), lambda p: p.field, width=120),
        Column[Any](tr("Problem and fix"), lambda p: p.message.text(), width=420),
    ]
    return RowTableModel(columns, parent)


class ProblemTable(QWidget):
    """Sortable problems (row numbers sort as numbers) and the selected one's full text."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.model = problem_model(self)
        self.view = QTableView()
        self.view.setObjectName(object_name)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        for number, column in enumerate(self.model.columns):
            self.view.setColumnWidth(number, column.width)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = plain_label("")
        self.detail.setObjectName("problemDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

    def set_problems(self, problems: list[Any]) -> None:
        self.model.set_rows(problems)
        self.detail.setText("")
        if problems:
            self.view.selectRow(0)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.setText("")
            return
        problem = self.model.row_at(current.row())
        self.detail.setText(
            self.tr("Row {0}, {1}: {2}").format(
                problem.row, problem.column or problem.field, problem.message.text()
            )
        )
