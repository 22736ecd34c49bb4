"""Help → Guide (F1): a short built-in guide, one page per section, readable offline.

Pages are translatable HTML (``tr()``), so the Chinese interface has a Chinese guide.
Opening the guide from a section shows that section's page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpGuide", text)


def guide_pages() -> list[tuple[str, str, str]]:
    """(key, title, HTML) for every page; keys match the sections' keys."""
    return [
        (
            "start",
            _tr("Getting started"),
            _tr(
                "<h2>Getting started</h2>"
                "<p>Training Desk keeps your courses, people and their training in one file on "
                "this computer. Nothing is sent anywhere.</p>"
                "<ol><li><b>Try the demo:</b> File → New… and choose <i>Explore with demo "
                "data</i> to see every screen filled in.</li>"
                "<li><b>Bring your people:</b> File → Import → Learners… takes the Excel or CSV "
                "list HR gives you. Columns are matched by their names, in English or Chinese.</li>"
                "<li><b>Bring your courses:</b> File → Import → Courses…, or add them one by one "
                "in the Catalog.</li>"
                "<li><b>Define roles:</b> People → Roles… lists the skills each role needs; gaps "
                "and recommendations come from them.</li>"
                "<li><b>Print a plan:</b> right-click a person → Training plan….</li></ol>"
                "<p>Every change can be undone (Edit → Undo), and the file is backed up every day "
                "you open it.</p>"
            ),
        ),
        (
            "dashboard",
            _tr("Dashboard"),
            _tr(
                "<h2>Dashboard</h2><p>Where things stand today: completion rate, overdue "
                "assignments, certificates expiring in 30, 60 and 90 days, training hours and "
                "spend against each department's budget.</p><p>Click a figure to see the list "
                "behind it; every list exports to Excel (Ctrl+Shift+E).</p>"
            ),
        ),
        (
            "catalog",
            _tr("Catalog"),
            _tr(
                "<h2>Catalog</h2><p>Your internal and purchased courses: skills they teach and "
                "to which level, prerequisites, price and currency, hours, validity of "
                "certificates. Type in the search box to filter; double-click to edit.</p>"
                "<p>A course's page shows <i>Similar courses</i> with the reason they are "
                "alike. <i>Knowledge map</i> draws the catalog as a graph of prerequisites and "
                "skills.</p>"
            ),
        ),
        (
            "people",
            _tr("People"),
            _tr(
                "<h2>People</h2><p>Employees with their department, role and manager. A "
                "person's page shows their assignments, certificates, history and "
                "<i>Recommended</i> courses, each with its reasons.</p><p>Right-click a person "
                "to assign training, build a learning path towards their role, or print their "
                "training plan.</p>"
            ),
        ),
        (
            "assignments",
            _tr("Assignments & Paths"),
            _tr(
                "<h2>Assignments &amp; Paths</h2><p>Every assignment with its due date and "
                "status; overdue and expiring are computed, never typed. Assign a course or a "
                "whole learning path to a person, a department or a role in one go.</p><p>The "
                "compliance view shows people against mandatory courses.</p>"
            ),
        ),
        (
            "skills",
            _tr("Skills Matrix"),
            _tr(
                "<h2>Skills Matrix</h2><p>People against skills, coloured by the gap to what "
                "their role needs. Skills only one person holds are flagged: a risk when that "
                "person is away or leaves.</p>"
            ),
        ),
        (
            "analytics",
            _tr("Analytics"),
            _tr(
                "<h2>Analytics</h2><p><b>Segments</b> group people by how they learn (fast "
                "finishers, stalled starters, …) with a suggested action for each. "
                "<b>Feedback</b> shows ratings and the sentiment of comments in English and "
                "Chinese, the themes of complaints and the courses that need attention. "
                "<b>At-risk</b> lists open assignments likely to be missed, with the reasons.</p>"
                "<p>Click any figure to see the people or comments behind it.</p>"
            ),
        ),
        (
            "reports",
            _tr("Reports"),
            _tr(
                "<h2>Reports</h2><p>Choose a report and who it is about, press Preview, then "
                "Save as PDF, Print or open it in your PDF viewer. Plans for a whole department "
                "or role come as one PDF or as a ZIP with one PDF per person.</p>"
            ),
        ),
        (
            "data",
            _tr("Your data and backups"),
            _tr(
                "<h2>Your data and backups</h2><p>Everything lives in one file (shown in the "
                "status bar). Keep it on this computer's disk rather than in a synced folder. "
                "A verified backup is made each day you open it; File → Restore… lists them. "
                "Help → Open the data folder shows where the file and its backups are.</p>"
                "<p>Imports write the whole file or, when you choose, exactly its valid rows — "
                "never half of it.</p>"
            ),
        ),
    ]


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, page: str = "start") -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(_tr("Training Desk guide"))
        self.resize(820, 560)
        self.pages = QListWidget()
        self.pages.setObjectName("guidePages")
        self.pages.setMaximumWidth(220)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(False)
        self._html: dict[str, str] = {}
        for key, title, html in guide_pages():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addItem(item)
            self._html[key] = html
        self.pages.currentItemChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.show_page(page)

    def show_page(self, key: str) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.pages.setCurrentRow(row)
                return
        self.pages.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.text.setHtml(self._html[str(item.data(Qt.ItemDataRole.UserRole))])
