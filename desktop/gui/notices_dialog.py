"""Help → About → Third-party notices: the licences of everything the program ships with."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.detail_panel import plain_label
from desktop.notices import notices_text


class NoticesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticesDialog")
        self.setWindowTitle(self.tr("Third-party notices"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Training Desk is built with the components below, each under its own "
                    "licence. Qt is used under the LGPL-3 as separate shared libraries "
                    "that you may replace; the notice for Qt says how."
                )
            )
        )
        self.view = QPlainTextEdit()
        self.view.setObjectName("noticesText")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setPlainText(notices_text() if text is None else text)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
