"""The File and Help menus, and what happens around opening a file (first run, failures).

Each command asks its questions through ``window.dialogs`` and does its work through the
background worker, so none of it blocks the window or touches the database directly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog

from core.database import OpenedDatabase, backup_now, restore_backup
from core.errors import AppError
from core.listing import backup_rows, file_facts, holds_no_data
from core.settings import AppSettings, load_settings, save_settings
from core.tasks import TaskState
from db.session import Database
from desktop.gui import prefs
from desktop.gui.dbop import BackgroundOp, DbOp, DbRead, DbTask
from desktop.gui.dialogs import FirstRunChoice
from desktop.gui.export_actions import ExportActions
from desktop.gui.icons import icon
from desktop.gui.import_wizard import WIZARD_KINDS

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def generate_demo_data(db: Database, state: TaskState) -> Any:
    """The demo company as of today (imported here: the generator is not start-up work)."""
    from core.demo import DemoParams, generate_demo

    return generate_demo(db, DemoParams(as_of=dt.date.today()), state)


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.demo_generator = generate_demo_data
        self.progress_dialog: QProgressDialog | None = None
        self._build_actions()
        self._build_menus()
        self.set_file_actions_enabled(False)

    def tr_action(self, icon_name: str, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        keys = QKeySequence.StandardKey
        self.new_action = self.tr_action("new", tr("&New…"), self.new_file, keys.New)
        self.open_action = self.tr_action("open", tr("&Open…"), self.open_file, keys.Open)
        self.backup_action = self.tr_action("backup", tr("&Backup now"), self.backup_now, "Ctrl+B")
        self.restore_action = self.tr_action("restore", tr("&Restore…"), self.restore)
        self.settings_action = self.tr_action(
            "settings", tr("&Settings…"), self.edit_settings, "Ctrl+,"
        )
        self.quit_action = self.tr_action("quit", tr("&Quit"), self.window.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self.tr_action("", tr("&About Training Desk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), file_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self._build_import_export_menus(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for number, section in enumerate(self.window.sections, start=1):
            action = go_menu.addAction(icon(section.icon_name), section.title())
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # QShortcut owns it
            action.triggered.connect(lambda _=False, key=section.key: self.window.show_section(key))
        go_menu.addSeparator()
        find = go_menu.addAction(icon("search"), self.tr("&Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        find.triggered.connect(self.window.focus_search)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(icon("info"), self.tr("&Guide"))
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setToolTip(self.tr("A short guide to each part of the window (F1)"))
        self.guide_action.triggered.connect(self.show_guide)
        self.data_folder_action = help_menu.addAction(self.tr("Open the &data folder"))
        self.data_folder_action.setToolTip(
            self.tr("The folder that holds the open file and its backups")
        )
        self.data_folder_action.triggered.connect(self.open_data_folder)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def show_guide(self) -> None:
        """Help → Guide, at the page of the section on screen."""
        from desktop.gui.help_guide import GuideDialog

        self.guide = GuideDialog(self.window, self.window.current_section().key)
        self.guide.show()

    def open_data_folder(self) -> None:
        from core.userdirs import default_db_path

        db = self.window.db
        folder = db.path.parent if db is not None else default_db_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        self.window.services.dialogs.open_in_viewer(folder)

    def _build_import_export_menus(self, file_menu: QMenu) -> None:
        """File → Import ▸ and Export ▸, one entry per kind of table."""
        self.import_menu = file_menu.addMenu(icon("open"), self.tr("&Import"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        import_texts = {
            "courses": self.tr("&Courses…"),
            "learners": self.tr("&Learners…"),
            "roles": self.tr("&Roles…"),
            "feedback": self.tr("&Feedback or a survey…"),
        }
        export_texts = {
            "courses": self.tr("&Courses"),
            "learners": self.tr("&Learners"),
            "roles": self.tr("&Roles"),
            "feedback": self.tr("&Feedback"),
        }
        self.import_actions: dict[str, QAction] = {}
        self.export_actions: dict[str, QAction] = {}
        self.exporter = ExportActions(self.window)
        for kind in (*WIZARD_KINDS, "feedback"):
            action = self.import_menu.addAction(import_texts[kind])
            action.triggered.connect(lambda _=False, k=kind: self.import_file(k))
            self.import_actions[kind] = action
            action = self.export_menu.addAction(export_texts[kind])
            action.triggered.connect(lambda _=False, k=kind: self.exporter.export(k))
            self.export_actions[kind] = action
        self.export_menu.addSeparator()
        current = self.export_menu.addAction(self.tr("Current &table as shown…"))
        current.setShortcut(QKeySequence("Ctrl+E"))
        current.setToolTip(self.tr("The table you are looking at, filtered and sorted as shown"))
        current.triggered.connect(self.export_current_table)
        self.export_actions["current_table"] = current

    def export_current_table(self) -> None:
        """File → Export ▸ Current table: the main table of the section on screen."""
        from desktop.gui.table_export import export_view, primary_table

        section = self.window.current_section()
        table = primary_table(section)
        if table is None:
            self.window.services.status.emit(self.tr("There is no table on this page to export."))
            return
        export_view(table, section.title())

    def set_file_actions_enabled(self, enabled: bool) -> None:
        actions = [self.backup_action, self.restore_action, self.settings_action]
        actions += [*self.import_actions.values(), *self.export_actions.values()]
        for action in actions:
            action.setEnabled(enabled)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = prefs.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    # -- opening -----------------------------------------------------------------------------
    def after_open(self, opened: OpenedDatabase) -> None:
        """The file is open: enable commands; on a brand-new or empty file, ask how to begin."""
        self.set_file_actions_enabled(True)
        db = opened.db
        if not self.window.ask_first_run or prefs.started_empty(db.path):
            return
        DbRead(self.window, db, holds_no_data).success(
            lambda empty: self.first_run(db) if empty and db is self.window.db else None
        ).run()

    def first_run(self, db: Database) -> None:
        choice = self.window.dialogs.ask_first_run()
        if choice is FirstRunChoice.DEMO:
            self.explore_demo(db)
        elif choice is FirstRunChoice.OPEN:
            self.open_file()
        elif choice is FirstRunChoice.EMPTY:
            prefs.remember_started_empty(db.path)
            self.window.show_status(self.tr("Started with an empty file: {0}").format(db.path))
            self.window.show_section("dashboard")  # where the getting-started checklist is

    def explore_demo(self, db: Database) -> None:
        label = self.tr("Creating the demo company")
        dialog = QProgressDialog(label + "…", self.tr("Cancel"), 0, 1000, self.window)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        op = DbTask(self.window, db, self.demo_generator, label=label)
        dialog.canceled.connect(op.cancel)

        def progressed(fraction: float, text: str) -> None:
            dialog.setValue(int(fraction * 1000))
            if text:
                dialog.setLabelText(text)

        def finished(summary: Any) -> None:
            self._close_progress()
            self.window.show_status(
                self.tr("Demo company ready: {0} people, {1} courses").format(
                    getattr(summary, "people", "?"), getattr(summary, "courses", "?")
                )
            )
            self.window.show_section("people")

        def failed(error: BaseException) -> None:
            self._close_progress()
            self.window.services.report(error, label)

        op.progress(progressed).success(finished).failure(failed).run()
        dialog.show()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()  # close() would emit canceled
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def open_failed(self, path: Path, error: BaseException) -> None:
        """A file that cannot be opened (locked, too new, not ours): say why, offer another."""
        self.set_file_actions_enabled(False)
        if not isinstance(error, AppError):
            self.window.services.report(error, self.tr("Opening file"))
            return
        self.window.show_status(self.tr("Could not open {0}").format(path))
        self.window.dialogs.show_error(self.tr("Could not open the file"), str(error))
        other = self.window.dialogs.get_open_file(self.tr("Choose another Training Desk file"))
        if other is not None:
            self.window.open_path(other)

    def open_file(self) -> None:
        path = self.window.dialogs.get_open_file(self.tr("Open a Training Desk file"))
        if path is not None:
            self.window.open_path(path)

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            prefs.forget_recent(path)
            self.window.dialogs.show_error(
                self.tr("Open Recent"),
                self.tr("{0} no longer exists; it was removed from the list.").format(path),
            )
            return
        self.window.open_path(path)

    def new_file(self) -> None:
        path = self.window.dialogs.get_save_file(self.tr("Create a new Training Desk file"))
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            self.window.dialogs.show_error(
                self.tr("New file"),
                self.tr("{0} already exists. Choose a new name, or use File → Open.").format(path),
            )
            return
        self.window.open_path(path)

    # -- import ------------------------------------------------------------------------------
    def import_file(self, kind: str) -> None:
        """The import wizard for ``kind``; it writes through the worker and broadcasts."""
        db = self.window.db
        if db is None:
            return
        from desktop.gui.import_wizard import ImportWizard

        self.window.dialogs.run_import_wizard(ImportWizard(db, kind, self.window))

    # -- backups -----------------------------------------------------------------------------
    def backup_now(self) -> None:
        db = self.window.db
        if db is None:
            return
        BackgroundOp(self.window, lambda _s: backup_now(db), label=self.tr("Backing up")).success(
            lambda path: self.window.show_status(self.tr("Backup written to {0}").format(path))
        ).run()

    def restore(self) -> None:
        db = self.window.db
        if db is None:
            return
        BackgroundOp(
            self.window, lambda _s: backup_rows(db.path), label=self.tr("Reading backups")
        ).success(lambda rows: self._choose_backup(db.path, rows)).run()

    def _choose_backup(self, path: Path, rows: list[Any]) -> None:
        chosen = self.window.dialogs.choose_backup(rows)
        if chosen is None:
            return
        self.window.close_database()
        op = BackgroundOp(
            self.window,
            lambda _s: restore_backup(path, chosen),
            label=self.tr("Restoring"),
        )
        op.success(lambda result: self._restored(path, result))
        op.failure(lambda error: self._restore_failed(path, error))
        op.run()

    def _restored(self, path: Path, result: Any) -> None:
        safety = result.safety_backup
        done = self.tr("Restored from {0}. The file as it was is backed up at {1}.").format(
            result.restored_from.name, safety or "—"
        )

        def reopened(_opened: OpenedDatabase) -> None:
            self.set_file_actions_enabled(True)
            self.window.show_status(done)

        self.window.open_path(path, then=reopened)

    def _restore_failed(self, path: Path, error: BaseException) -> None:
        self.window.services.report(error, self.tr("Restore"))
        self.window.open_path(path)

    # -- settings and about ------------------------------------------------------------------
    def edit_settings(self) -> None:
        db = self.window.db
        if db is None:
            return
        DbRead(self.window, db, load_settings).success(self._edit_settings).run()

    def _edit_settings(self, current: AppSettings) -> None:
        db = self.window.db
        changed = self.window.dialogs.edit_settings(current)
        if changed is None or db is None or changed == current:
            return
        DbOp(
            self.window, db, lambda s: save_settings(s, changed), action=self.tr("Edit settings")
        ).success(lambda _: prefs.set_language_preference(changed.language)).run()

    def about(self) -> None:
        db = self.window.db
        if db is None:
            self.window.dialogs.show_about(None)
            return
        DbRead(self.window, db, lambda s: file_facts(s, db.path)).success(
            self.window.dialogs.show_about
        ).run()
