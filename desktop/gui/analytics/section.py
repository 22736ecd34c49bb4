"""The Analytics section: Segments, Feedback, Weak courses and At-risk tabs.

Each tab computes on the background worker when it is first shown and keeps its result
until a write touches one of the tables it reads; the tab shown then recomputes at once,
the others when next shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from core.changes import Changes
from db.session import Database
from desktop.gui.analytics.common import AnalyticsTab
from desktop.gui.analytics.feedback_tab import FeedbackTab
from desktop.gui.analytics.risk_tab import RiskTab
from desktop.gui.analytics.segments_tab import SegmentsTab
from desktop.gui.analytics.weak_courses_tab import WeakCoursesTab
from desktop.gui.section import Section


class AnalyticsSection(Section):
    key = "analytics"
    icon_name = "analytics"
    tables = frozenset(
        SegmentsTab.tables | FeedbackTab.tables | WeakCoursesTab.tables | RiskTab.tables
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments = SegmentsTab()
        self.feedback = FeedbackTab()
        self.weak_courses = WeakCoursesTab()
        self.risk = RiskTab()
        self.tab_list: list[AnalyticsTab] = [
            self.segments,
            self.feedback,
            self.weak_courses,
            self.risk,
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analyticsTabs")
        self.tabs.setDocumentMode(True)
        for tab in self.tab_list:
            self.tabs.addTab(tab, tab.title())
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Analytics")

    def current_tab(self) -> AnalyticsTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, AnalyticsTab)
        return widget

    def show_tab(self, tab: AnalyticsTab) -> None:
        self.tabs.setCurrentWidget(tab)

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        for tab in self.tab_list:
            tab.set_database(db)
        self.mark_stale()

    def on_changes(self, changes: Changes) -> None:
        for tab in self.tab_list:
            if changes.touches(*tab.tables):
                tab.stale = True
        super().on_changes(changes)

    def reload(self) -> None:
        super().reload()
        self.current_tab().ensure_loaded()

    def _tab_changed(self, _index: int) -> None:
        if self.isVisible():
            self.current_tab().ensure_loaded()
