"""The Segments tab: the map of learners, the segments with what sets them apart, their people.

The number of segments is chosen by silhouette (Auto) unless the admin fixes it; Refit
runs the clustering again. Clicking a segment lists its people; clicking a dot selects
that person (and their segment); double-clicking a person opens them in People.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.tasks import TaskState
from db.session import Database
from desktop.gui import states
from desktop.gui.analytics.common import AnalyticsTab, Job, open_person
from desktop.gui.analytics.figure_image import RenderedFigure, render_figure
from desktop.gui.analytics.segment_map import SegmentMap
from desktop.gui.chart_widget import window_palette
from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_parts import RowTable

if TYPE_CHECKING:
    from core.analytics.segments import SegmentResult

K_CHOICES = range(2, 9)
SEED = 0  # one clustering seed: the same data gives the same segments on every refit


@dataclass(frozen=True)
class SegmentsRead:
    result: SegmentResult
    map: RenderedFigure


def segments_job(k: int | None, palette: Any, ratio: float) -> Job:
    def run(db: Database, state: TaskState) -> SegmentsRead:
        from core.analytics.charts import segment_map_figure
        from core.analytics.segments import segment_learners

        with db.reading() as session:
            result = segment_learners(session, k=k, seed=SEED, as_of=states.today(), state=state)
        state.check()
        figure = segment_map_figure(result, palette)
        return SegmentsRead(result, render_figure(figure, ratio))

    return run


class SegmentsTab(AnalyticsTab):
    tables = frozenset(
        {"employees", "departments", "assignments", "completions", "progress_events", "feedback"}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: SegmentResult | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Segments")

    def running_text(self) -> str:
        return self.tr("Finding segments")

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Segments:"))
        self.k_combo = QComboBox()
        self.k_combo.addItem(self.tr("Auto (best silhouette)"), None)
        for k in K_CHOICES:
            self.k_combo.addItem(str(k), k)
        caption.setBuddy(self.k_combo)
        self.refit_button = QPushButton(self.tr("Refit"))
        self.refit_button.setToolTip(self.tr("Cluster the learners again with this number"))
        self.refit_button.clicked.connect(self.load)
        self.summary = plain_label("", object_name="segmentSummary")
        for widget in (caption, self.k_combo, self.refit_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        layout.addWidget(self.task_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.map = SegmentMap(self._hovered, self.select_person)
        left_layout.addWidget(self.map)
        self.hover_label = plain_label(
            self.tr("Point at a dot to see who it is; click it to select them."),
            object_name="mapHint",
        )
        self.hover_label.setFixedWidth(self.map.width())
        left_layout.addWidget(self.hover_label)
        self.segment_detail = plain_label("", object_name="segmentDetail")
        self.segment_detail.setFixedWidth(self.map.width())
        left_layout.addSpacing(8)
        left_layout.addWidget(self.segment_detail)
        left_layout.addStretch(1)
        splitter.addWidget(left)
        splitter.addWidget(self._build_tables())
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _build_tables(self) -> QWidget:
        tr = self.tr
        self.segment_model: RowTableModel[Any] = RowTableModel(
            [
                Column(tr("Segment"), lambda s: s.name.text(), width=110),
                Column(tr("People"), lambda s: s.size, width=66, align_right=True),
                Column(tr("What sets them apart"), _distinctive, width=250),
                Column(tr("Suggested action"), lambda s: s.action.text(), width=150),
            ],
            self,
        )
        self.segment_table = RowTable(self.segment_model, lambda: None)
        self.segment_table.setObjectName("segmentTable")
        self.segment_table.setWordWrap(True)
        self.segment_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # biggest first
        self.segment_table.selectionModel().selectionChanged.connect(self._segment_selected)
        self.people_model: RowTableModel[Any] = RowTableModel(
            [
                Column(tr("Employee ID"), lambda p: p.employee_id, width=100),
                Column(tr("Name"), lambda p: p.name, width=170),
                Column(tr("Department"), lambda p: p.department, width=160),
            ],
            self,
        )
        self.people_table = RowTable(self.people_model, self.open_selected_person)
        self.people_table.setObjectName("segmentPeople")
        self.people_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.people_table.doubleClicked.connect(lambda _index: self.open_selected_person())
        self.people_label = plain_label("", object_name="segmentPeopleCount")
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.setChildrenCollapsible(False)
        tables.addWidget(self.segment_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addWidget(self.people_label)
        bottom_layout.addWidget(self.people_table, 1)
        tables.addWidget(bottom)
        tables.setSizes([260, 300])
        return tables

    # -- loading -----------------------------------------------------------------------------
    def job(self) -> Job:
        k = self.k_combo.currentData()
        ratio = self.devicePixelRatioF()
        return segments_job(k if isinstance(k, int) else None, window_palette(self), ratio)

    def clear(self) -> None:
        self.result = None
        self.segment_model.set_rows([])
        self.people_model.set_rows([])
        self.summary.setText("")
        self.people_label.setText("")
        self.segment_detail.setText("")

    def show_result(self, read: SegmentsRead) -> None:
        result = read.result
        self.result = result
        self.map.show_map(read.map, result.people)
        how = (
            self.tr("chosen by silhouette")
            if result.chosen_by == "silhouette"
            else self.tr("fixed")
        )
        summary = self.tr("{0} segments ({1}; silhouette {2:.2f}) among {3} people").format(
            result.k, how, result.silhouette, f"{len(result.people):,}"
        )
        left_out = int(getattr(result, "left_out", 0))  # beyond the contract: may be absent
        if left_out:
            summary += self.tr("; {0} left out (they left, or have no assignments)").format(
                f"{left_out:,}"
            )
        self.summary.setText(summary)
        self.segment_model.set_rows(result.segments)
        self.segment_table.resizeRowsToContents()
        self.people_model.set_rows([])
        self.segment_detail.setText("")
        self.people_label.setText(self.tr("Select a segment to list its people."))

    # -- selection ---------------------------------------------------------------------------
    def selected_segment(self) -> Any | None:
        rows = self.segment_table.selectionModel().selectedRows()
        return self.segment_model.row_at(rows[0].row()) if rows else None

    def select_segment(self, index: int) -> bool:
        position = self.segment_model.position_of(lambda s: s.index == index)
        if position is None:
            return False
        self.segment_table.selectRow(position)
        return True

    def _segment_selected(self, *_args: object) -> None:
        segment = self.selected_segment()
        if segment is None or self.result is None:
            return
        people = [p for p in self.result.people if p.segment == segment.index]
        self.segment_detail.setText(
            "\n".join(
                [
                    self.tr("{0}: {1} people").format(segment.name.text(), f"{segment.size:,}"),
                    self.tr("What sets them apart: {0}").format(_distinctive(segment)),
                    self.tr("Suggested action: {0}").format(segment.action.text()),
                ]
            )
        )
        self.people_model.set_rows(people)
        self.people_label.setText(
            self.tr("{0} people in “{1}” — double-click one to open them").format(
                f"{len(people):,}", segment.name.text()
            )
        )

    def select_person(self, person: Any) -> None:
        """A dot was clicked: select its segment, then the person in the list."""
        self.select_segment(person.segment)
        position = self.people_model.position_of(lambda p: p.employee_id == person.employee_id)
        if position is not None:
            self.people_table.selectRow(position)
            self.people_table.scrollTo(self.people_model.index(position, 0))
        self.hover_label.setText(self._describe(person))

    def selected_person(self) -> Any | None:
        rows = self.people_table.selectionModel().selectedRows()
        return self.people_model.row_at(rows[0].row()) if rows else None

    def open_selected_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            open_person(self, person.employee_id)

    def _hovered(self, person: Any | None) -> None:
        if person is not None:
            self.hover_label.setText(self._describe(person))

    def _describe(self, person: Any) -> str:
        segment = self._segment_name(person.segment)
        department = person.department or self.tr("no department")
        return f"{person.name} ({person.employee_id}) · {department} · {segment}"

    def _segment_name(self, index: int) -> str:
        if self.result is None:
            return ""
        return next((s.name.text() for s in self.result.segments if s.index == index), "")


def _distinctive(segment: Any) -> str:
    return "; ".join(message.text() for message in segment.distinctive)
