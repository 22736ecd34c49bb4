"""Every modal question the window asks, behind one object that tests replace.

The window never calls ``QMessageBox``/``QFileDialog`` or ``exec()``s a dialog itself: it
asks ``self.dialogs``. Tests pass a fake with the same methods, so no test waits on a modal.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget, QWizard

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from core.listing import BackupRow, FileFacts
    from core.settings import AppSettings

# File-type filters are translated when a file dialog opens (_tr in Dialogs); marked here.
DB_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "Training Desk files (*.db);;All files (*)"))
IMAGE_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class FirstRunChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    OPEN = "open"


class Dialogs:
    """The real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_first_run(self) -> FirstRunChoice | None:
        from desktop.gui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.parent)
        dialog.exec()
        return dialog.choice

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def show_crash(self, details: str, log_path: Path) -> None:
        from desktop.gui.crash_dialog import CrashDialog

        CrashDialog(details, log_path, self.parent).exec()

    def get_open_file(self, title: str, filter_: str = DB_FILTER, start: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, start, _tr(filter_))
        return Path(path) if path else None

    def get_save_file(self, title: str, filter_: str = DB_FILTER, start: str = "") -> Path | None:
        path, chosen_filter = QFileDialog.getSaveFileName(self.parent, title, start, _tr(filter_))
        if not path:
            return None
        # A name typed without a suffix takes the one of the file type chosen in the dialog.
        suffix = re.search(r"\*(\.\w+)", chosen_filter or filter_)
        if not Path(path).suffix and suffix:
            path += suffix.group(1)
        return Path(path)

    def choose_backup(self, rows: list[BackupRow]) -> Path | None:
        from desktop.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(rows, self.parent)
        return dialog.chosen() if dialog.exec() else None

    def edit_settings(self, settings: AppSettings) -> AppSettings | None:
        from desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, self, self.parent)
        return dialog.values() if dialog.exec() else None

    def show_about(self, facts: FileFacts | None) -> None:
        from desktop.gui.about import AboutDialog

        AboutDialog(facts, self.parent).exec()

    def run_editor(self, dialog: QDialog) -> None:
        """Show an editing dialog that saves itself through DbOp and closes once saved."""
        dialog.exec()
        dialog.deleteLater()

    def run_import_wizard(self, wizard: QWizard) -> None:
        """Show the import wizard; it does its work through the worker and closes itself."""
        wizard.exec()
        wizard.deleteLater()

    def choose_printer(self, printer: QPrinter, pages: int) -> bool:
        """The system print dialog for ``printer``; False when the user cancels."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        dialog.setMinMax(1, max(1, pages))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def open_in_viewer(self, path: Path) -> None:
        """Open a file in the program the system uses for it (a PDF viewer, a spreadsheet)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
