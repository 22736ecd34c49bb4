"""A course's comments, filtered by sentiment, and a list of learners behind a figure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.gui.analytics.common import percent, sentiment_name
from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_parts import RowTable

LABELS = ("negative", "neutral", "positive")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Analytics", text)


def _who(row: Any) -> str:
    return str(row.name or row.employee_id or _tr("anonymous"))


def comment_columns() -> list[Column[Any]]:
    return [
        Column(_tr("Date"), lambda r: r.submitted_on, width=85),
        Column(_tr("Rating"), lambda r: r.rating, width=50, align_right=True),
        Column(
            _tr("Sentiment"),
            lambda r: r.score,
            lambda r: f"{sentiment_name(r.label)} ({r.score:+.2f})",
            width=110,
        ),
        Column(_tr("Comment"), lambda r: r.text, width=330),
        Column(_tr("From"), _who, width=110),
        Column(_tr("Question"), lambda r: r.question, width=140),
    ]


class CommentsView(QWidget):
    """Comments in a sortable table (full text in the tooltip), with a sentiment filter."""

    def __init__(self, initial_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        caption = QLabel(_tr("Show:"))
        self.label_combo = QComboBox()
        self.label_combo.addItem(_tr("All comments"), None)
        for label in LABELS:
            self.label_combo.addItem(sentiment_name(label), label)
        self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(initial_label)))
        self.label_combo.currentIndexChanged.connect(self._refilter)
        caption.setBuddy(self.label_combo)
        self.count_label = plain_label("", object_name="commentCount", selectable=False)
        top.addWidget(caption)
        top.addWidget(self.label_combo)
        top.addSpacing(8)
        top.addWidget(self.count_label, 1)
        layout.addLayout(top)
        self.model: RowTableModel[Any] = RowTableModel(comment_columns(), self)
        self.table = RowTable(self.model, lambda: None)
        self.table.setObjectName("comments")
        layout.addWidget(self.table, 1)
        self.course = ""

    @property
    def label(self) -> str | None:
        data = self.label_combo.currentData()
        return data if isinstance(data, str) else None

    def set_comments(self, course: str, rows: Sequence[Any]) -> None:
        self.course = course
        self.model.set_rows(rows)
        self._refilter()

    def _refilter(self) -> None:
        label = self.label
        self.model.set_filter(None if label is None else (lambda r: r.label == label))
        shown, total = len(self.model.visible_rows), len(self.model.all_rows)
        if not self.course:
            text = ""
        elif shown == total:
            text = _tr("{0} comments on {1}").format(f"{total:,}", self.course)
        else:
            text = _tr("{0} of {1} comments on {2}").format(f"{shown:,}", f"{total:,}", self.course)
        self.count_label.setText(text)

    def shown_texts(self) -> list[str]:
        return [row.text for row in self.model.visible_rows]


def learner_columns() -> list[Column[Any]]:
    """Columns over core.assignments.AssignmentRow: who did not finish the course, and how."""
    return [
        Column(_tr("Employee ID"), lambda r: r.employee_id, width=90),
        Column(_tr("Name"), lambda r: r.name, width=150),
        Column(_tr("Department"), lambda r: r.department, width=130),
        Column(_tr("Status"), lambda r: r.status, status_text, width=100),
        Column(_tr("Due"), lambda r: r.due_date, width=90),
        Column(_tr("Progress"), lambda r: r.percent, lambda r: percent(r.percent / 100), width=70),
        Column(_tr("Score"), lambda r: r.score, width=55, align_right=True),
    ]


def status_text(row: Any) -> str:
    if row.due_state == "overdue":
        return _tr("overdue")
    names = {
        "not_started": _tr("not started"),
        "in_progress": _tr("in progress"),
        "failed": _tr("failed"),
        "withdrawn": _tr("withdrawn"),
        "completed": _tr("completed"),
    }
    return names.get(row.status, str(row.status))


class LearnersView(QWidget):
    """Learners in a sortable table; double-click (or Enter) opens the person."""

    def __init__(self, open_person: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_person = open_person
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = plain_label("", object_name="learnerCount", selectable=False)
        layout.addWidget(self.count_label)
        self.model: RowTableModel[Any] = RowTableModel(learner_columns(), self)
        self.table = RowTable(self.model, self.open_selected)
        self.table.setObjectName("learners")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)

    def set_learners(self, caption: str, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(caption)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_person(self.model.row_at(rows[0].row()).employee_id)
