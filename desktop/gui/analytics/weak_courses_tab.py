"""The Weak courses tab: courses that need attention, each with its evidence and a fix.

Selecting a course shows every piece of evidence against the thresholds (which are
relative to the catalog), the module where learners drop off and the themes of the
negative comments; below, the comments behind it and the learners who did not finish it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from core.tasks import TaskState
from db.session import Database
from desktop.gui import states
from desktop.gui.analytics.comments_view import CommentsView, LearnersView
from desktop.gui.analytics.common import AnalyticsTab, Job, open_person
from desktop.gui.analytics.feedback_tab import themes_text
from desktop.gui.dbop import BackgroundOp
from desktop.gui.detail_panel import plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_parts import RowTable

if TYPE_CHECKING:
    from core.analytics.weak_courses import WeakCourse, WeakCourseReport

NOT_FINISHED = ("not_started", "in_progress", "failed", "withdrawn")


def weak_courses_job(db: Database, state: TaskState) -> WeakCourseReport:
    from core.analytics.weak_courses import weak_courses

    with db.reading() as session:
        return weak_courses(session, as_of=states.today(), state=state)


@dataclass(frozen=True)
class BehindCourse:
    """What lies behind one weak course: its comments and who did not finish it."""

    code: str
    comments: list[Any]  # core.analytics.feedback.CommentRow
    learners: list[Any]  # core.assignments.AssignmentRow, overdue first


def read_behind(db: Database, course: WeakCourse) -> BehindCourse:
    """Worker: the course's comments and its unfinished assignments."""
    from core.analytics.feedback import course_comments
    from core.assignments import assignment_rows

    with db.reading() as session:
        comments = course_comments(session, course.code)
        rows = assignment_rows(session, states.today())
    learners = [r for r in rows if r.course_id == course.course_id and r.status in NOT_FINISHED]
    learners.sort(key=lambda r: (r.due_state != "overdue", r.status, r.name))
    return BehindCourse(course.code, comments, learners)


class WeakCoursesTab(AnalyticsTab):
    tables = frozenset(
        {
            "courses",
            "course_modules",
            "assignments",
            "completions",
            "progress_events",
            "feedback",
            "employees",
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: WeakCourseReport | None = None
        self._ranks: dict[str, int] = {}
        self.shown_course = ""
        self._detail_generation = 0
        self._build()

    def title(self) -> str:
        return self.tr("Weak courses")

    def running_text(self) -> str:
        return self.tr("Looking for weak courses")

    def job(self) -> Job:
        return weak_courses_job

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.thresholds_label = plain_label("", object_name="weakThresholds")
        layout.addWidget(self.thresholds_label)
        layout.addWidget(self.task_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        tr = self.tr
        self.model: RowTableModel[Any] = RowTableModel(
            [
                Column(tr("Rank"), lambda w: self._rank(w), width=58, align_right=True),
                Column(tr("Code"), lambda w: w.code, width=80),
                Column(tr("Title"), lambda w: w.title, width=165),
                Column(tr("Score"), lambda w: w.score, lambda w: f"{w.score:.2f}", width=55),
                Column(tr("Evidence"), _evidence_summary, width=260),
            ],
            self,
        )
        self.table = RowTable(self.model, lambda: None)
        self.table.setObjectName("weakCourses")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # rank 1 first
        self.table.selectionModel().selectionChanged.connect(self._course_selected)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([620, 660])
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 0, 0)
        self.heading = plain_label(
            self.tr("Select a course to see the evidence and what lies behind it."),
            object_name="heading",
        )
        layout.addWidget(self.heading)
        self.evidence_label = plain_label("", object_name="weakEvidence")
        layout.addWidget(self.evidence_label)
        self.fix_label = plain_label("", object_name="weakFix")
        layout.addWidget(self.fix_label)
        self.behind_tabs = QTabWidget()
        self.behind_tabs.setDocumentMode(True)
        self.comments = CommentsView("negative")
        self.learners = LearnersView(lambda employee_id: open_person(self, employee_id))
        self.behind_tabs.addTab(self.comments, self.tr("Comments"))
        self.behind_tabs.addTab(self.learners, self.tr("Learners who did not finish"))
        layout.addWidget(self.behind_tabs, 1)
        return body

    # -- results -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.report = None
        self.shown_course = ""
        self._detail_generation += 1
        self.model.set_rows([])
        self.thresholds_label.setText("")
        self.evidence_label.setText("")
        self.fix_label.setText("")
        self.comments.set_comments("", [])
        self.learners.set_learners("", [])

    def show_result(self, report: WeakCourseReport) -> None:
        self.report = report
        self._ranks = {course.code: n for n, course in enumerate(report.courses, 1)}
        self.thresholds_label.setText(
            self.tr(
                "{0} courses need attention, most first. Flagged, relative to the catalog: {1}."
            ).format(len(report.courses), _thresholds_text(report.thresholds))
        )
        self.model.set_rows(report.courses)
        if self.shown_course:
            self.select_course(self.shown_course)

    def _rank(self, course: Any) -> int:
        return self._ranks.get(course.code, 0)

    def select_course(self, code: str) -> bool:
        position = self.model.position_of(lambda w: w.code == code)
        if position is None:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        return True

    def _course_selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.db is None:
            return
        course = self.model.row_at(rows[0].row())
        self._show_evidence(course)
        self._detail_generation += 1
        generation = self._detail_generation
        db = self.db
        op: BackgroundOp[BehindCourse] = BackgroundOp(
            self, lambda _state: read_behind(db, course), label=self.tr("Reading what lies behind")
        )
        op.success(lambda behind: self._behind_read(generation, behind)).run()

    def _show_evidence(self, course: Any) -> None:
        self.heading.setText(f"{course.code} · {course.title}")
        lines = [f"• {evidence.text.text()}" for evidence in course.evidence]
        kinds = {evidence.kind for evidence in course.evidence}
        # The drop-off and negative-comment evidence already name the module and themes.
        if course.dropoff_module is not None and "dropoff" not in kinds:
            position, title = course.dropoff_module
            lines.append(self.tr("• Learners drop off at module {0}: {1}").format(position, title))
        themes = themes_text(course.themes)
        if themes and "negative_comments" not in kinds:
            lines.append(self.tr("• Themes of the negative comments: {0}").format(themes))
        self.evidence_label.setText("\n".join(lines))
        self.fix_label.setText(self.tr("Suggested fix: {0}").format(course.fix.text()))

    def _behind_read(self, generation: int, behind: BehindCourse) -> None:
        if generation != self._detail_generation:
            return
        self.comments.set_comments(behind.code, behind.comments)
        overdue = sum(1 for r in behind.learners if r.due_state == "overdue")
        self.learners.set_learners(
            self.tr("{0} learners did not finish {1} ({2} overdue) — double-click to open").format(
                f"{len(behind.learners):,}", behind.code, f"{overdue:,}"
            ),
            behind.learners,
        )
        self.shown_course = behind.code


def _evidence_summary(course: Any) -> str:
    """The kinds of evidence in short words; the detail beside the table says them in full."""
    names = {
        "low_completion": _tr("low completion"),
        "low_rating": _tr("low rating"),
        "negative_comments": _tr("negative comments"),
        "dropoff": _tr("drop-off"),
        "overdue": _tr("overdue"),
    }
    return ", ".join(names.get(evidence.kind, evidence.kind) for evidence in course.evidence)


def _thresholds_text(thresholds: dict[str, float]) -> str:
    tr = _tr
    templates = {
        "low_completion": tr("completion below {0:.0%}"),
        "low_rating": tr("Bayesian rating below {0:.2f}"),
        "negative_comments": tr("negative comments above {0:.0%}"),
        "dropoff": tr("module drop-off above {0:.0%}"),
        "overdue": tr("overdue rate above {0:.0%}"),
    }
    return "; ".join(
        templates[kind].format(value) if kind in templates else f"{kind} {value:g}"
        for kind, value in thresholds.items()
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeakCoursesTab", text)
