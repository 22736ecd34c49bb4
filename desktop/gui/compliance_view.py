"""The compliance grid: active people × courses someone must take, coloured by state.

A plain ``QAbstractTableModel`` over the core's :class:`~core.compliance.ComplianceMatrix`:
cells are looked up when the view paints them, so 20,000 people × 20 courses costs nothing
until scrolled to. The matrix is built on the worker for the chosen department and "today".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.compliance import ComplianceCell
from db.session import Database
from desktop.gui import states
from desktop.gui.dbop import DbRead
from desktop.gui.detail_panel import plain_label
from desktop.gui.table_export import install_export_action

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
FIXED_COLUMNS = 2  # name, department
LEGEND = ("ok", "due_soon", "overdue", "expiring", "expired", "missing")
STATE_ROLE = Qt.ItemDataRole.UserRole + 3


class ComplianceModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: Any = None  # core.compliance.ComplianceMatrix

    def set_matrix(self, matrix: Any) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.people)

    def columnCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self.matrix is None:
            return 0
        return FIXED_COLUMNS + len(self.matrix.courses)

    def cell_at(self, row: int, column: int) -> Any:
        """The :class:`ComplianceCell` shown at ``row``/``column`` (None for the name columns)."""
        if column < FIXED_COLUMNS:
            return None
        person = self.matrix.people[row]
        course = self.matrix.courses[column - FIXED_COLUMNS]
        return self.matrix.cell(person[0], course[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row, column = index.row(), index.column()
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                _pid, employee_id, name, department = self.matrix.people[row]
                return f"{name} ({employee_id})" if column == 0 else department
            return None
        cell = self.cell_at(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell)
        if role == STATE_ROLE:
            return cell.state
        if role == Qt.ItemDataRole.BackgroundRole:
            return states.background(cell.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return states.foreground(cell.state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Person") if section == 0 else self.tr("Department")
            return None
        _cid, code, title = self.matrix.courses[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code} · {title}"
        return None


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ComplianceView", text)


def cell_text(cell: ComplianceCell) -> str:
    """Short enough for a narrow column: the date that matters for this state."""
    if cell.state == "missing":
        return "—"
    if cell.state in ("ok", "expiring", "expired") and cell.expiry is not None:
        return cell.expiry.isoformat()
    if cell.status == "completed" or (cell.state == "ok" and cell.due is None):
        return "✓"
    if cell.due is not None:
        return cell.due.isoformat()
    return states.status_name(cell.status or "")


def cell_tooltip(cell: ComplianceCell) -> str:
    lines = [states.compliance_state_name(cell.state)]
    if cell.status:
        lines.append(_tr("Status: {0}").format(states.status_name(cell.status)))
    if cell.due is not None:
        lines.append(_tr("Due: {0}").format(cell.due.isoformat()))
    if cell.expiry is not None:
        lines.append(_tr("Certificate expires: {0}").format(cell.expiry.isoformat()))
    return "\n".join(lines)


class ComplianceView(QWidget):
    """Department filter and legend above the grid; loads on demand, again after changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceView")
        self.db: Database | None = None
        self.today: dt.date | None = None
        self.loaded = False
        self._stale = True
        self._generation = 0
        self.model = ComplianceModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_bar())
        self.table = QTableView()
        self.table.setObjectName("complianceTable")
        self.table.setModel(self.model)
        install_export_action(self.table, lambda: self.tr("Compliance"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.empty_label = plain_label(
            self.tr("No course is mandatory for anyone yet: assign one with Mandatory ticked."),
            object_name="placeholderText",
            selectable=False,
        )
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        caption = QLabel(self.tr("Department"))
        caption.setObjectName("filterLabel")
        self.department = QComboBox()
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department.setMinimumContentsLength(12)
        self.department.addItem(self.tr("All departments"), None)
        self.department.currentIndexChanged.connect(lambda _i: self.reload())
        caption.setBuddy(self.department)
        bar.addWidget(caption)
        bar.addWidget(self.department)
        bar.addSpacing(16)
        for state in LEGEND:
            bar.addWidget(legend_chip(state))
        bar.addStretch(1)
        self.count_label = plain_label("", object_name="countLabel", selectable=False)
        self.count_label.setWordWrap(False)
        bar.addWidget(self.count_label)
        return bar

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._generation += 1
        self.loaded = False
        self._stale = True
        self.model.set_matrix(None)

    def mark_stale(self) -> None:
        self._stale = True

    def show_for(self, db: Database | None, today: dt.date) -> None:
        """Load when first shown or after a change; a fresh grid is kept as it is."""
        self.today = today
        if db is not None and (self._stale or db is not self.db):
            self.db = db
            self.reload()

    def reload(self) -> None:
        if self.db is None:
            return
        from core.compliance import compliance_matrix
        from core.people import department_rows

        self._stale = False
        self._generation += 1
        generation = self._generation
        today = self.today or states.today()
        department = self.department.currentData()

        def read(session: Any) -> tuple[Any, list[str]]:
            names = [d.name for d in department_rows(session)]
            return compliance_matrix(session, today, department), names

        DbRead(self, self.db, read, label=self.tr("Loading compliance")).success(
            lambda loaded: self._loaded(generation, *loaded)
        ).run()

    def _loaded(self, generation: int, matrix: Any, departments: list[str]) -> None:
        if generation != self._generation:
            return
        self._fill_departments(departments)
        self.model.set_matrix(matrix)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 120)
        empty = not matrix.courses
        self.empty_label.setVisible(empty)
        self.count_label.setText(
            self.tr("{0:,} people × {1:,} mandatory courses").format(
                len(matrix.people), len(matrix.courses)
            )
        )
        self.loaded = True

    def _fill_departments(self, names: list[str]) -> None:
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for name in names:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)


def legend_chip(state: str) -> QLabel:
    chip = QLabel(states.compliance_state_name(state))
    chip.setObjectName("legendChip")
    back, fore = states.background(state), states.foreground(state)
    if back is not None and fore is not None:
        chip.setStyleSheet(
            f"background: {back.name()}; color: {fore.name()}; padding: 2px 8px;"
            " border-radius: 4px;"
        )
    return chip
