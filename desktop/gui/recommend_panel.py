"""The person page's Recommended tab and a course page's Similar courses tab.

The Recommended tab reads from the window's cached recommender
(:mod:`desktop.gui.recommender_cache`). Each result can be assigned or marked "not
interested" (audited; the tab offers Undo, and lists the courses marked so far with a
Restore button each, so the admin can always take it back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.detail_panel import plain_label
from desktop.gui.recommender_cache import READS_TABLES, Recommendations, RecommenderCache

SIMILAR_TOP = 8
# The cache moved to its own module; these names stay importable from here.
__all__ = [
    "READS_TABLES",
    "Recommendations",
    "RecommendedPanel",
    "RecommenderCache",
    "Similar",
    "SimilarPanel",
    "read_similar",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecommendPanel", text)


@dataclass(frozen=True)
class Similar:
    """The courses most like one course, read on the worker."""

    code: str
    items: list[Any]  # core.recommend.Scored, most similar first


def read_similar(session: Any, code: str, top: int = SIMILAR_TOP) -> Similar:
    """Worker thread: the content model comes from the core's cache (refitted on change)."""
    from core.recommend import content_model, find_course, load_catalog, similar_to

    catalog = load_catalog(session)
    model = content_model(catalog.courses)
    col = find_course(model, code)
    return Similar(code, similar_to(catalog, model, col, top) if col is not None else [])


def _result_card(rank: int, item: Any, buttons: Sequence[QPushButton]) -> QFrame:
    """One result: rank, code and title, score, each reason, then its buttons on a row of
    their own (so a narrow detail panel does not squeeze the title)."""
    card = QFrame()
    card.setObjectName("recommendation")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    head = QHBoxLayout()
    head.addWidget(plain_label(f"{rank}. {item.code} · {item.title}", object_name="title"), 1)
    score = plain_label(_tr("score {0:.2f}").format(item.score), selectable=False)
    head.addWidget(score, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(head)
    for reason in item.reasons:
        layout.addWidget(plain_label("• " + reason.text(), object_name="reason"))
    if buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
    return card


class ResultsPanel(QScrollArea):
    """A scrolling list of result cards with a heading; the subclasses fill it."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.shown_for = ""  # whose results are shown (person or course); "" while none are
        self.show_placeholder("")

    def show_placeholder(self, text: str) -> None:
        self.shown_for = ""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(plain_label(text, object_name="placeholder"))
        layout.addStretch(1)
        self.setWidget(body)

    def texts(self) -> list[str]:
        """Every label shown, for tests and screenshots."""
        from PySide6.QtWidgets import QLabel

        widget = self.widget()
        return [label.text() for label in widget.findChildren(QLabel)] if widget else []


class SimilarPanel(ResultsPanel):
    """A course page's Similar courses tab: the closest courses and what they share."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("courseSimilar")

    def show_results(self, result: Similar) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        heading = _tr("Most similar courses ({0})").format(len(result.items))
        layout.addWidget(plain_label(heading, object_name="heading"))
        if not result.items:
            layout.addWidget(plain_label(_tr("No other active course to compare with.")))
        for rank, item in enumerate(result.items, start=1):
            layout.addWidget(_result_card(rank, item, ()))
        layout.addStretch(1)
        self.setWidget(body)
        self.shown_for = result.code


class RecommendedPanel(ResultsPanel):
    """Top results for one person: score, every reason in full, Assign and Not interested
    buttons each; then what they were marked "not interested" in, with Restore."""

    def __init__(
        self,
        on_assign: Callable[[str], object],
        on_build_path: Callable[[], object],
        database: Callable[[], Database | None] = lambda: None,
    ) -> None:
        self._on_assign = on_assign
        self._on_build_path = on_build_path
        self._database = database
        self.assign_buttons: dict[str, QPushButton] = {}
        self.dismiss_buttons: dict[str, QPushButton] = {}
        self.restore_buttons: dict[str, QPushButton] = {}
        self.undo_button: QPushButton | None = None
        # (employee id, code, title) of the last "not interested", offered for Undo.
        self.last_dismissed: tuple[str, str, str] | None = None
        super().__init__()
        self.setObjectName("personRecommended")

    def show_placeholder(self, text: str) -> None:
        self.assign_buttons, self.dismiss_buttons, self.restore_buttons = {}, {}, {}
        self.undo_button = None
        super().show_placeholder(text)

    def show_results(self, result: Recommendations, can_assign: bool) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        top = QHBoxLayout()
        heading = _tr("Recommended next ({0})").format(len(result.items))
        top.addWidget(plain_label(heading, object_name="heading"), 1)
        build = QPushButton(_tr("Build path…"))
        build.setEnabled(can_assign)
        build.clicked.connect(lambda: self._on_build_path())
        top.addWidget(build)
        layout.addLayout(top)
        self.assign_buttons, self.dismiss_buttons, self.restore_buttons = {}, {}, {}
        self.undo_button = None
        self._add_undo_bar(layout, result.employee_id)
        if not result.items:
            none = _tr("Nothing to recommend: the catalog is empty or they took every course.")
            layout.addWidget(plain_label(none))
        for rank, item in enumerate(result.items, start=1):
            buttons = (
                self._assign_button(item.code, can_assign),
                self._dismiss_button(result.employee_id, item),
            )
            layout.addWidget(_result_card(rank, item, buttons))
        self._add_dismissed(layout, result)
        layout.addStretch(1)
        self.setWidget(body)
        self.shown_for = result.employee_id

    def _assign_button(self, code: str, can_assign: bool) -> QPushButton:
        button = QPushButton(_tr("Assign…"))
        button.setToolTip(_tr("Assign this course to this person"))
        button.setEnabled(can_assign)
        button.clicked.connect(lambda: self._on_assign(code))
        self.assign_buttons[code] = button
        return button

    def _dismiss_button(self, employee_id: str, item: Any) -> QPushButton:
        button = QPushButton(_tr("Not interested"))
        button.setObjectName("notInterested")
        button.setToolTip(_tr("Stop recommending this course to this person (can be undone)"))
        button.clicked.connect(lambda: self.dismiss(employee_id, item.code, item.title))
        self.dismiss_buttons[item.code] = button
        return button

    def _add_undo_bar(self, layout: QVBoxLayout, employee_id: str) -> None:
        last = self.last_dismissed
        if last is None or last[0] != employee_id:
            return
        row = QHBoxLayout()
        text = _tr("Marked not interested: {0} · {1}. It is no longer recommended to them.")
        row.addWidget(plain_label(text.format(last[1], last[2]), object_name="undoNote"), 1)
        self.undo_button = QPushButton(_tr("Undo"))
        self.undo_button.clicked.connect(lambda: self.restore(last[0], last[1]))
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def _add_dismissed(self, layout: QVBoxLayout, result: Recommendations) -> None:
        if not result.dismissed:
            return
        heading = _tr("Not interested ({0})").format(len(result.dismissed))
        layout.addWidget(plain_label(heading, object_name="heading"))
        for course in result.dismissed:
            row = QHBoxLayout()
            since = course.dismissed_on.isoformat() if course.dismissed_on else ""
            text = f"{course.code} · {course.title}" + (f"  ({since})" if since else "")
            row.addWidget(plain_label(text, object_name="dismissed"), 1)
            button = QPushButton(_tr("Restore"))
            button.setToolTip(_tr("Recommend this course to this person again"))
            code = course.code
            button.clicked.connect(lambda _=False, c=code: self.restore(result.employee_id, c))
            self.restore_buttons[code] = button
            row.addWidget(button)
            layout.addLayout(row)

    # -- the admin's controls, written through the one door ----------------------------------
    def dismiss(self, employee_id: str, code: str, title: str) -> None:
        from core.recommend.controls import mark_not_interested
        from desktop.gui import states
        from desktop.gui.dbop import DbOp

        db = self._database()
        if db is None:
            return
        today = states.today()
        self._disable(self.dismiss_buttons.get(code))

        def done(_changed: object) -> None:
            self.last_dismissed = (employee_id, code, title)

        DbOp(
            self,
            db,
            lambda s: mark_not_interested(s, employee_id, code, today),
            action=_tr("Not interested in {0}").format(code),
        ).success(done).run()

    def restore(self, employee_id: str, code: str) -> None:
        from core.recommend.controls import restore_interest
        from desktop.gui.dbop import DbOp

        db = self._database()
        if db is None:
            return
        self._disable(self.restore_buttons.get(code))
        if self.last_dismissed is not None and self.last_dismissed[:2] == (employee_id, code):
            self._disable(self.undo_button)
            self.last_dismissed = None
        DbOp(
            self,
            db,
            lambda s: restore_interest(s, employee_id, code),
            action=_tr("Interested again in {0}").format(code),
        ).run()

    @staticmethod
    def _disable(button: QPushButton | None) -> None:
        if button is not None:
            button.setEnabled(False)  # until the re-read shows the result of the click
