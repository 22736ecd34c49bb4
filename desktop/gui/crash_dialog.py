"""The one dialog for unexpected errors: what happened, the details to send, the log file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.detail_panel import plain_label
from desktop.gui.icons import icon


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Training Desk ran into a problem"))
        self.details = details
        self.log_path = log_path
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(32, 32))
        top.addWidget(picture)
        top.addWidget(
            plain_label(
                self.tr("Something went wrong that Training Desk did not expect."),
                object_name="dialogTitle",
            ),
            1,
        )
        layout.addLayout(top)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Your data is safe: changes are saved as a whole or not at all. The details "
                    "below were written to the log file {0}. Please send them with a short "
                    "note of what you were doing."
                ).format(log_path)
            )
        )
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setMinimumSize(560, 220)
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        folder = QPushButton(self.tr("Open log folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
