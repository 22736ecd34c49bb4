"""The person page's Recommended tab, and the cached recommender it reads from.

Building a recommender reads the whole catalog and everyone's history (seconds on a big
file), so :class:`RecommenderCache` keeps one per database between queries. It is only ever
built and queried inside ``DbRead`` functions, i.e. on the one worker thread, never on the
GUI thread; a write that touches what it reads marks it stale and the next read rebuilds it.
"""

from __future__ import annotations

from collections.abc import Callable
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

from core.changes import Changes
from desktop.gui.detail_panel import plain_label

TOP = 10
SIMILAR_TOP = 8
# What the recommender reads: a write to any of these makes the cached one stale.
READS_TABLES = (
    "courses",
    "course_skills",
    "prerequisites",
    "completions",
    "assignments",
    "progress_events",
    "feedback",
    "employees",
    "employee_skills",
    "departments",
    "roles",
    "role_skills",
    "skills",
    "settings",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecommendPanel", text)


@dataclass(frozen=True)
class Recommendations:
    """One person's top results, read on the worker (reasons are translated when shown)."""

    employee_id: str
    items: list[Any]  # core.recommend.Scored, best first


class RecommenderCache:
    """The recommender of one database, kept until a write makes it stale."""

    def __init__(self) -> None:
        self._engine: Any = None  # core.recommend.Recommender
        self._generation = 0  # bumped on the GUI thread by invalidate()
        self._built_for = -1  # the generation the engine was built at (worker thread)

    def invalidate(self) -> None:
        self._generation += 1

    def note_changes(self, changes: Changes) -> bool:
        """Mark stale when ``changes`` touch what the recommender reads; True if they did."""
        if changes.touches(*READS_TABLES):
            self.invalidate()
            return True
        return False

    @property
    def built(self) -> bool:
        return self._engine is not None

    @property
    def stale(self) -> bool:
        return self._engine is None or self._built_for != self._generation

    def engine(self, session: Any) -> Any:
        """The built recommender (None with no courses), rebuilt when stale. Worker only."""
        if self.stale:
            from core.recommend import build_recommender, load_catalog
            from desktop.gui import states

            wanted = self._generation
            # The content model cannot be fitted on an empty catalog (a new file with only
            # people yet): nothing to recommend then, rather than an error.
            if not load_catalog(session).courses:
                self._engine = None
                return None
            self._engine = build_recommender(session, today=states.today())
            self._built_for = wanted
        return self._engine

    def recommend(self, session: Any, employee_id: str, top: int = TOP) -> Recommendations:
        from core.recommend import find_person, recommend_for

        engine = self.engine(session)
        person = find_person(engine, employee_id) if engine is not None else None
        items = recommend_for(engine, person, top) if person is not None else []
        return Recommendations(employee_id, items)


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


def _result_card(rank: int, item: Any, button: QPushButton | None) -> QFrame:
    """One result: rank, code and title, score, an optional button, and each reason."""
    card = QFrame()
    card.setObjectName("recommendation")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    head = QHBoxLayout()
    head.addWidget(plain_label(f"{rank}. {item.code} · {item.title}", object_name="title"), 1)
    score = plain_label(_tr("score {0:.2f}").format(item.score), selectable=False)
    head.addWidget(score, 0, Qt.AlignmentFlag.AlignTop)
    if button is not None:
        head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(head)
    for reason in item.reasons:
        layout.addWidget(plain_label("• " + reason.text(), object_name="reason"))
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
            layout.addWidget(_result_card(rank, item, None))
        layout.addStretch(1)
        self.setWidget(body)
        self.shown_for = result.code


class RecommendedPanel(ResultsPanel):
    """Top results for one person: score, every reason in full, and an Assign button each."""

    def __init__(
        self, on_assign: Callable[[str], object], on_build_path: Callable[[], object]
    ) -> None:
        self._on_assign = on_assign
        self._on_build_path = on_build_path
        self.assign_buttons: dict[str, QPushButton] = {}
        super().__init__()
        self.setObjectName("personRecommended")

    def show_placeholder(self, text: str) -> None:
        self.assign_buttons = {}
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
        self.assign_buttons = {}
        if not result.items:
            none = _tr("Nothing to recommend: the catalog is empty or they took every course.")
            layout.addWidget(plain_label(none))
        for rank, item in enumerate(result.items, start=1):
            layout.addWidget(_result_card(rank, item, self._assign_button(item.code, can_assign)))
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
