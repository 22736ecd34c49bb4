"""The lists behind the dashboard's figures, shown in a table dialog when a figure is clicked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from core.dashboard import CertificateLine, MonthCount, SpendLine
from core.dashboard_lists import AssignmentLine
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.states import status_name
from desktop.gui.table_export import install_export_action


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardLists", text)


def _person_columns() -> list[Column[Any]]:
    return [
        Column(_tr("Employee ID"), lambda r: r.employee_id, width=90),
        Column(_tr("Name"), lambda r: r.name, width=150),
        Column(_tr("Department"), lambda r: r.department, width=130),
        Column(_tr("Course"), lambda r: r.course_code, width=90),
        Column(_tr("Title"), lambda r: r.course_title, width=220),
    ]


def assignment_columns() -> list[Column[AssignmentLine]]:
    return [
        *_person_columns(),
        Column(_tr("Status"), lambda r: r.status, lambda r: status_name(r.status), width=100),
        Column(_tr("Due"), lambda r: r.due, width=95),
        Column(_tr("Completed"), lambda r: r.completed, width=95),
        Column(_tr("Hours"), lambda r: r.hours, width=60, align_right=True),
    ]


def certificate_columns() -> list[Column[CertificateLine]]:
    return [
        *_person_columns(),
        Column(_tr("Expires"), lambda r: r.expires, width=95),
        Column(_tr("Days left"), lambda r: r.days_left, width=70, align_right=True),
    ]


def spend_columns(currency: str) -> list[Column[SpendLine]]:
    return [
        Column(_tr("Department"), lambda r: r.department, width=180),
        Column(_tr("Assignments"), lambda r: r.assignments, width=90, align_right=True),
        Column(_tr("Spent ({0})").format(currency), lambda r: r.spent, width=110, align_right=True),
        Column(
            _tr("Budget ({0})").format(currency), lambda r: r.budget, width=110, align_right=True
        ),
    ]


def month_columns(label: str) -> list[Column[MonthCount]]:
    return [
        Column(_tr("Month"), lambda r: r.month, text=lambda r: f"{r.month:%Y-%m}", width=90),
        Column(label, lambda r: r.count, width=110, align_right=True),
    ]


def list_columns(key: str, currency: str) -> tuple[str, list[Column[Any]]]:
    """The title and columns of the list behind the figure ``key``."""
    lists: dict[str, tuple[str, list[Column[Any]]]] = {
        "completion": (_tr("Assignments due or completed"), assignment_columns()),
        "overdue": (_tr("Overdue assignments"), assignment_columns()),
        "expiring": (_tr("Certificates expiring in the next 90 days"), certificate_columns()),
        "hours": (_tr("Assignments completed this year"), assignment_columns()),
        "spend": (_tr("Spend against budget"), spend_columns(currency)),
        "trend": (_tr("Completions per month"), month_columns(_tr("Completions"))),
        "cliff": (_tr("Certificates lapsing in the next 12 months"), certificate_columns()),
    }
    return lists[key]


class FigureListDialog(QDialog):
    """A sortable table of the rows behind one figure."""

    def __init__(
        self,
        title: str,
        columns: list[Column[Any]],
        rows: Sequence[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureListDialog")
        self.setWindowTitle(title)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.count_label = QLabel(_tr("{0} rows").format(f"{len(rows):,}"))
        layout.addWidget(self.count_label)
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        install_export_action(self.table, title)
        # Rows arrive in the figure's order; with no indicator, enabling sorting does not
        # re-sort 80,000 rows on the GUI thread (a header click still does).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        for number, column in enumerate(columns):
            self.table.setColumnWidth(number, column.width)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
