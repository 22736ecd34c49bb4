"""The At-risk tab: open assignments by their chance of being missed, each with its factors.

The note at the top says how the chances were found: a model learned from the file's own
finished assignments (with how many and its AUC), or transparent rules when there are too
few. Filter by department; double-click a row to open the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.tasks import TaskState
from db.session import Database
from desktop.gui import states
from desktop.gui.analytics.common import AnalyticsTab, Job, open_person
from desktop.gui.analytics.figure_image import FigureImage, RenderedFigure, render_figure
from desktop.gui.chart_widget import window_palette
from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_parts import RowTable

if TYPE_CHECKING:
    from core.analytics.risk import RiskReport

PROBABILITY_COLUMN = 6


@dataclass(frozen=True)
class RiskRead:
    report: RiskReport
    histogram: RenderedFigure
    # Worked out on the worker, so filtering 90,000 rows costs the GUI thread nothing.
    not_yet_due: list[Any]  # core.analytics.risk.RiskRow, highest probability first
    departments: list[str]


def risk_job(palette: Any, ratio: float) -> Job:
    def run(db: Database, state: TaskState) -> RiskRead:
        from core.analytics.charts import risk_histogram_figure
        from core.analytics.risk import score_open_assignments

        with db.reading() as session:
            report = score_open_assignments(session, as_of=states.today(), state=state)
        state.check()
        figure = risk_histogram_figure(report, palette)
        not_yet_due = [row for row in report.rows if row.overdue_days <= 0]
        departments = sorted({row.department for row in report.rows if row.department})
        return RiskRead(report, render_figure(figure, ratio), not_yet_due, departments)

    return run


def _factors(row: Any) -> str:
    return "; ".join(factor.text() for factor in row.factors)


class RiskTab(AnalyticsTab):
    tables = frozenset(
        {"assignments", "completions", "progress_events", "employees", "departments", "courses"}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: RiskReport | None = None
        self.read: RiskRead | None = None
        self._build()

    def title(self) -> str:
        return self.tr("At-risk")

    def running_text(self) -> str:
        return self.tr("Scoring open assignments")

    def job(self) -> Job:
        return risk_job(window_palette(self), self.devicePixelRatioF())

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        left = QVBoxLayout()
        self.method_note = plain_label("", object_name="riskMethod")
        font = self.method_note.font()
        font.setBold(True)
        self.method_note.setFont(font)
        left.addWidget(self.method_note)
        self.explanation = plain_label(
            tr(
                "Each open assignment's chance of being missed (overdue, failed or withdrawn), "
                "with the factors that weigh most. Double-click a row to open the person."
            )
        )
        left.addWidget(self.explanation)
        filters = QHBoxLayout()
        self.department_combo = QComboBox()
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_combo.addItem(tr("All departments"), None)
        caption = QLabel(tr("Department:"))
        caption.setBuddy(self.department_combo)
        self.department_combo.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(caption)
        filters.addWidget(self.department_combo)
        filters.addSpacing(12)
        self.overdue_box = QCheckBox(tr("Include already overdue"))
        self.overdue_box.setToolTip(
            tr("Assignments past their due date are missed already (100%); they head the list")
        )
        self.overdue_box.toggled.connect(self._apply_filter)
        filters.addWidget(self.overdue_box)
        filters.addStretch(1)
        left.addLayout(filters)
        self.count_label = plain_label("", object_name="countLabel", selectable=False)
        left.addWidget(self.count_label)
        left.addStretch(1)
        top.addLayout(left, 1)
        self.histogram = FigureImage((540, 270))
        top.addWidget(self.histogram, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.task_bar)
        self.model: RowTableModel[Any] = RowTableModel(
            [
                Column(tr("Name"), lambda r: r.name, width=150),
                Column(tr("Employee ID"), lambda r: r.employee_id, width=90),
                Column(tr("Department"), lambda r: r.department, width=130),
                Column(tr("Course"), lambda r: r.course_code, width=80),
                Column(tr("Title"), lambda r: r.course_title, width=180),
                Column(tr("Due"), lambda r: r.due_date, width=90),
                Column(
                    tr("Chance missed"),
                    lambda r: r.probability,
                    lambda r: f"{r.probability:.0%}",
                    width=95,
                    align_right=True,
                ),
                Column(tr("Mandatory"), lambda r: r.mandatory, self._yes_no, width=75),
                Column(tr("Why"), _factors, width=420),
            ],
            self,
        )
        self.table = RowTable(self.model, self.open_selected)
        self.table.setObjectName("riskTable")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.sortByColumn(PROBABILITY_COLUMN, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.table, 1)

    def _yes_no(self, row: Any) -> str:
        return self.tr("yes") if row.mandatory else self.tr("no")

    # -- results -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.report = None
        self.read = None
        self.model.set_rows([])
        self.method_note.setText("")
        self.count_label.setText("")

    def show_result(self, read: RiskRead) -> None:
        self.read = read
        self.report = read.report
        self.method_note.setText(read.report.method_note.text())
        self.histogram.show_rendered(read.histogram)
        self._refill_departments(read.departments)
        self._apply_filter()

    def _refill_departments(self, departments: list[str]) -> None:
        combo = self.department_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All departments"), None)
        for department in departments:
            combo.addItem(department, department)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        read = self.read
        if read is None:
            return
        rows = read.report.rows if self.overdue_box.isChecked() else read.not_yet_due
        department = self.department_combo.currentData()
        if isinstance(department, str):
            rows = [r for r in rows if r.department == department]
        # Rows come highest probability first: in that column's order, no re-sort needed.
        in_order = self.model.sort_key == (PROBABILITY_COLUMN, Qt.SortOrder.DescendingOrder)
        self.model.set_rows(rows, presorted=in_order)
        total = len(read.report.rows)
        text = self.tr("{0} of {1} open assignments").format(f"{len(rows):,}", f"{total:,}")
        overdue = total - len(read.not_yet_due)
        if not self.overdue_box.isChecked() and overdue:
            text += self.tr(" ({0} already overdue not shown)").format(f"{overdue:,}")
        self.count_label.setText(text)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            open_person(self, self.model.row_at(rows[0].row()).employee_id)
