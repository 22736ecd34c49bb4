"""The Feedback tab: every course's ratings and comment sentiment; one course's detail.

The summary (ratings, Bayesian averages, sentiment of every comment, themes) is computed
once on the worker and kept. Selecting a course reads its comments and its sentiment per
month and builds its two charts, also on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from core.tasks import TaskState
from db.session import Database
from desktop.gui.analytics.comments_view import CommentsView
from desktop.gui.analytics.common import AnalyticsTab, Job, percent
from desktop.gui.analytics.figure_image import FigureImage, RenderedFigure, render_figure
from desktop.gui.chart_widget import window_palette
from desktop.gui.dbop import BackgroundOp
from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_parts import RowTable

if TYPE_CHECKING:
    from core.analytics.feedback import CourseFeedback, FeedbackSummary

# Feedback sentiment may use a model trained on the file's rated comments (feedback).
FEEDBACK_TABLES = frozenset({"feedback", "courses", "employees"})
# Both charts side by side beside the courses table in a 1400-pixel-wide window.
RATINGS_PX = (300, 250)
SENTIMENT_PX = (360, 250)


def summary_job(db: Database, state: TaskState) -> FeedbackSummary:
    from core.analytics.feedback import feedback_summary

    with db.reading() as session:
        return feedback_summary(session, state=state)


@dataclass(frozen=True)
class CourseRead:
    code: str
    comments: list[Any]  # core.analytics.feedback.CommentRow
    ratings: RenderedFigure
    sentiment: RenderedFigure


def read_course(db: Database, course: CourseFeedback, palette: Any, ratio: float) -> CourseRead:
    """Worker: one course's comments and its two charts."""
    from core.analytics.charts import rating_distribution_figure, sentiment_over_time_figure
    from core.analytics.feedback import course_comments, sentiment_by_month

    with db.reading() as session:
        comments = course_comments(session, course.code)
        months = sentiment_by_month(session, course.code)
    ratings = rating_distribution_figure(course, palette, _inches(RATINGS_PX))
    sentiment = sentiment_over_time_figure(
        months, palette, code=course.code, size=_inches(SENTIMENT_PX)
    )
    return CourseRead(
        course.code, comments, render_figure(ratings, ratio), render_figure(sentiment, ratio)
    )


def _inches(pixels: tuple[int, int]) -> tuple[float, float]:
    return pixels[0] / 100, pixels[1] / 100  # the figures are drawn at 100 dpi


def themes_text(themes: Any) -> str:
    return ", ".join(f"{theme.phrase} ({theme.count})" for theme in themes)


class FeedbackTab(AnalyticsTab):
    tables = FEEDBACK_TABLES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: FeedbackSummary | None = None
        self.shown_course = ""  # the course whose detail is shown ("" while none)
        self._course_generation = 0
        self._build()

    def title(self) -> str:
        return self.tr("Feedback")

    def running_text(self) -> str:
        return self.tr("Reading feedback and sentiment")

    def job(self) -> Job:
        return summary_job

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.method_label = plain_label("", object_name="feedbackMethod")
        layout.addWidget(self.method_label)
        layout.addWidget(self.task_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        tr = self.tr
        self.course_model: RowTableModel[Any] = RowTableModel(
            [
                Column(tr("Code"), lambda c: c.code, width=75),
                Column(tr("Title"), lambda c: c.title, width=170),
                Column(tr("Ratings"), lambda c: c.rating_count, width=55, align_right=True),
                Column(
                    tr("Mean"),
                    lambda c: c.rating_mean,
                    lambda c: _two(c.rating_mean),
                    width=50,
                    align_right=True,
                ),
                Column(
                    tr("Bayesian"),
                    lambda c: c.bayesian,
                    lambda c: _two(c.bayesian),
                    width=70,
                    align_right=True,
                ),
                Column(tr("Comments"), lambda c: c.comment_count, width=70, align_right=True),
                Column(
                    tr("Negative"),
                    lambda c: c.negative_share,
                    lambda c: percent(c.negative_share),
                    width=65,
                    align_right=True,
                ),
                Column(
                    tr("Themes of negative comments"), lambda c: themes_text(c.themes), width=220
                ),
            ],
            self,
        )
        self.course_table = RowTable(self.course_model, lambda: None)
        self.course_table.setObjectName("feedbackCourses")
        self.course_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.course_table.selectionModel().selectionChanged.connect(self._course_selected)
        splitter.addWidget(self.course_table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([500, 680])
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 0, 0)
        self.course_heading = plain_label(
            self.tr("Select a course to see its ratings and comments."), object_name="heading"
        )
        layout.addWidget(self.course_heading)
        charts = QHBoxLayout()
        self.ratings_chart = FigureImage(RATINGS_PX)
        self.sentiment_chart = FigureImage(SENTIMENT_PX)
        charts.addWidget(self.ratings_chart)
        charts.addWidget(self.sentiment_chart)
        charts.addStretch(1)
        layout.addLayout(charts)
        self.themes_label = plain_label("", object_name="themes")
        layout.addWidget(self.themes_label)
        self.comments = CommentsView()
        self.comments.setMinimumHeight(260)
        layout.addWidget(self.comments, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # -- results -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.summary = None
        self.shown_course = ""
        self._course_generation += 1
        self.course_model.set_rows([])
        self.comments.set_comments("", [])
        self.method_label.setText("")
        self.themes_label.setText("")

    def show_result(self, summary: FeedbackSummary) -> None:
        self.summary = summary
        self.method_label.setText(
            self.tr(
                "{0} · Catalog mean {1:.2f}; Bayesian averages weigh it as {2:g} ratings."
            ).format(summary.method.text(), summary.catalog_mean, summary.prior_weight)
        )
        self.course_model.set_rows(summary.courses)
        if summary.courses and self.shown_course:
            self.select_course(self.shown_course)  # a write refreshed it: keep the course shown

    def select_course(self, code: str) -> bool:
        position = self.course_model.position_of(lambda c: c.code == code)
        if position is None:
            return False
        self.course_table.selectRow(position)
        self.course_table.scrollTo(self.course_model.index(position, 0))
        return True

    def _course_selected(self, *_args: object) -> None:
        rows = self.course_table.selectionModel().selectedRows()
        if not rows or self.db is None:
            return
        course = self.course_model.row_at(rows[0].row())
        self._course_generation += 1
        generation = self._course_generation
        db, palette, ratio = self.db, window_palette(self), self.devicePixelRatioF()
        op: BackgroundOp[CourseRead] = BackgroundOp(
            self,
            lambda _state: read_course(db, course, palette, ratio),
            label=self.tr("Reading comments"),
        )
        op.success(lambda read: self._course_read(generation, course, read)).run()

    def _course_read(self, generation: int, course: CourseFeedback, read: CourseRead) -> None:
        if generation != self._course_generation:
            return
        self.course_heading.setText(f"{course.code} · {course.title}")
        self.ratings_chart.show_rendered(read.ratings)
        self.sentiment_chart.show_rendered(read.sentiment)
        themes = themes_text(course.themes)
        self.themes_label.setText(
            self.tr("What sets the negative comments apart: {0}").format(themes)
            if themes
            else self.tr("No distinctive themes in the negative comments.")
        )
        self.comments.set_comments(course.code, read.comments)
        self.shown_course = course.code


def _two(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"
