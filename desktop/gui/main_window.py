"""The main window: sidebar of sections, toolbar with the global search, content, status bar.

It owns the open database. Opening and closing happen on the background worker; every
write's :class:`~core.changes.Changes` arrive through ``services.changed`` and are passed to
each section, which reloads only when its tables changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.database import OpenedDatabase, open_database
from db.session import Database
from desktop.gui import prefs
from desktop.gui.analytics import AnalyticsSection
from desktop.gui.assignments import AssignmentsSection
from desktop.gui.catalog import CatalogSection
from desktop.gui.dashboard import DashboardSection
from desktop.gui.dbop import BackgroundOp, WindowServices, worker
from desktop.gui.detail_panel import plain_label
from desktop.gui.dialogs import Dialogs
from desktop.gui.icons import icon
from desktop.gui.people import PeopleSection
from desktop.gui.reports.section import ReportsSection
from desktop.gui.section import Section
from desktop.gui.skills_matrix_view import SkillsMatrixSection
from desktop.gui.statusbar import StatusBar
from desktop.gui.undo import UndoStack

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 150


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, *, ask_first_run: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Training Desk"))
        self.services = WindowServices(dialogs or Dialogs(self), self)
        self.undo_stack = UndoStack(self)
        # Before the sections hear of a change, so the Edit menu is current when they redraw.
        self.services.changed.connect(self.undo_stack.record)
        self.services.changed.connect(self._on_changes)
        self.services.status.connect(self.show_status)
        self.db: Database | None = None
        self.ask_first_run = ask_first_run
        self.closing = False
        self.sections: list[Section] = [
            DashboardSection(),
            CatalogSection(),
            PeopleSection(),
            AssignmentsSection(),
            SkillsMatrixSection(),
            AnalyticsSection(),
            ReportsSection(),
        ]
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build()
        from desktop.gui.file_actions import FileActions

        self.file_actions = FileActions(self)
        self._build_edit_menu()
        self.status_bar.set_file(None)
        self._restore_geometry()
        self.show_section("catalog")

    # -- services ----------------------------------------------------------------------------
    @property
    def dialogs(self) -> Dialogs:
        return self.services.dialogs

    @dialogs.setter
    def dialogs(self, dialogs: Dialogs) -> None:
        self.services.dialogs = dialogs

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_sidebar())
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        content.addWidget(self._build_banner())
        self.stack = QStackedWidget()
        for section in self.sections:
            self.stack.addWidget(section)
        content.addWidget(self.stack, 1)
        layout.addLayout(content, 1)
        self.setCentralWidget(central)
        self._build_toolbar()
        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        for number in range(1, len(self.sections) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.sidebar.setCurrentRow(n - 1))

    def _build_sidebar(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("sidebarPane")
        pane.setFixedWidth(210)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(0)
        title = QLabel(self.tr("Training Desk"))
        title.setObjectName("sidebarTitle")
        layout.addWidget(title)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(icon(section.icon_name), section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(f"{section.title()}  (Ctrl+{number})")
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        layout.addWidget(self.sidebar, 1)
        return pane

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 6, 6, 6)
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(16, 16))
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.banner_text = plain_label("")
        row.addWidget(self.banner_text, 1)
        close = QToolButton()
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.banner.hide)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        return self.banner

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        bar.addWidget(self.section_title)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(340)
        self.search_box.setMaximumWidth(460)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)

    def _build_edit_menu(self) -> None:
        """Edit, between File and Go: Undo/Redo of this window's edits, then the registers."""
        tr = self.tr
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.addActions([self.undo_action, self.redo_action])  # shortcuts with the menu closed
        menu = QMenu(tr("&Edit"), self)
        menu.setObjectName("editMenu")
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        people = self.section("people")
        for name in ("departments_action", "roles_action"):
            action = getattr(people, name, None)
            if isinstance(action, QAction):
                proxy = menu.addAction(action.text())
                proxy.setToolTip(action.toolTip())
                proxy.triggered.connect(lambda _c=False, a=action: self._from_people(a))
        self.edit_menu = menu
        bar = self.menuBar()
        menus = bar.actions()
        bar.insertMenu(menus[1] if len(menus) > 1 else None, menu)  # type: ignore[arg-type]
        self.undo_stack.changed.connect(self._update_undo_actions)
        self._update_undo_actions()

    def _from_people(self, action: QAction) -> None:
        self.show_section("people")
        action.trigger()

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        undo, redo = stack.undo_action(), stack.redo_action()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))
        self.undo_action.setEnabled(self.db is not None and stack.can_undo())
        self.redo_action.setEnabled(self.db is not None and stack.can_redo())

    def undo(self) -> None:
        if self.db is not None:
            self.undo_stack.undo(self, self.db)

    def redo(self) -> None:
        if self.db is not None:
            self.undo_stack.redo(self, self.db)

    # -- sections ----------------------------------------------------------------------------
    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def current_section(self) -> Section:
        return self.sections[max(0, self.sidebar.currentRow())]

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.sections.index(self.section(key)))

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        self._apply_search()  # a pending search belongs to the section being left
        section = self.sections[row]
        self.stack.setCurrentWidget(section)
        self.section_title.setText(section.title())
        placeholder = section.search_placeholder()
        self.search_box.blockSignals(True)
        self.search_box.setText(section.search_text if placeholder else "")
        self.search_box.blockSignals(False)
        self.search_box.setEnabled(placeholder is not None)
        self.search_box.setPlaceholderText(placeholder or self.tr("Nothing to search here yet"))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        section = self.stack.currentWidget()
        text = self.search_box.text()
        if not isinstance(section, Section) or section.search_placeholder() is None:
            return
        if section.search_text != text:
            section.set_search(text)

    def _on_changes(self, changes: Changes, action: str) -> None:
        self.show_status(self.tr("Last action: {0}").format(action))
        for section in self.sections:
            section.on_changes(changes)

    def show_status(self, text: str) -> None:
        self.status_bar.set_last_action(text)

    def show_notice(self, text: str) -> None:
        """A non-blocking warning above the content (e.g. the file is in a synced folder)."""
        self.banner_text.setText(text)
        self.banner.show()

    # -- the open database -------------------------------------------------------------------
    def open_path(
        self, path: Path, *, then: Callable[[OpenedDatabase], object] | None = None
    ) -> None:
        """Open ``path`` on the worker; on success it becomes the window's database."""
        self.close_database()
        self.show_status(self.tr("Opening {0}…").format(path))
        op = BackgroundOp(self, lambda _state: open_database(path), label=self.tr("Opening file"))
        op.success(lambda opened: self._adopt(opened, then))
        op.failure(lambda error: self.file_actions.open_failed(path, error))
        op.run()

    def _adopt(
        self, opened: OpenedDatabase, then: Callable[[OpenedDatabase], object] | None
    ) -> None:
        if self.closing:
            opened.db.close()
            return
        self.db = opened.db
        self.undo_stack.clear()  # edits of the previous file are not this file's to undo
        prefs.remember_file(opened.db.path)
        self.setWindowTitle(self.tr("{0} — Training Desk").format(opened.db.path.name))
        self.status_bar.set_file(opened.db.path)
        self.show_status(self.tr("Opened {0}").format(opened.db.path))
        self.banner.hide()
        for notice in opened.notices:
            self.show_notice(notice.text())
        for section in self.sections:
            section.set_database(opened.db)
        log.info("opened %s (%s)", opened.db.path, opened.state.value)
        if then is not None:
            then(opened)
        else:
            self.file_actions.after_open(opened)

    def close_database(self) -> None:
        """Finish queued work, then close the file (and release its writer lock)."""
        worker().drain()
        if self.db is None:
            return
        db, self.db = self.db, None
        self.undo_stack.clear()
        for section in self.sections:
            section.set_database(None)
        db.close()
        self.setWindowTitle(self.tr("Training Desk"))
        self.status_bar.set_file(None)

    # -- geometry ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = prefs.qsettings().value(prefs.GEOMETRY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        prefs.qsettings().setValue(prefs.GEOMETRY, self.saveGeometry())
        self.close_database()
        super().closeEvent(event)
