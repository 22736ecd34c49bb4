"""Help → About: the program's version, the open file, both schema versions, and the
third-party notices (desktop/gui/notices_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from core import __version__
from core.listing import FileFacts
from desktop.gui.crash import version_details
from desktop.gui.detail_panel import plain_label


class AboutDialog(QDialog):
    def __init__(self, facts: FileFacts | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Training Desk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(
            plain_label(self.tr("Training Desk {0}").format(__version__), object_name="dialogTitle")
        )
        layout.addWidget(
            plain_label(
                self.tr("Training records, plans and reports for small companies. Offline.")
            )
        )
        form = QFormLayout()
        form.setContentsMargins(0, 12, 0, 12)
        none = self.tr("No file open")
        form.addRow(self.tr("Database file:"), plain_label(str(facts.path) if facts else none))
        form.addRow(
            self.tr("File schema:"),
            plain_label((facts.schema_revision or self.tr("not stamped")) if facts else "—"),
        )
        form.addRow(
            self.tr("Program schema:"), plain_label(facts.program_revision if facts else "—")
        )
        form.addRow(self.tr("Built with:"), plain_label(version_details()))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.notices_button = buttons.addButton(
            self.tr("Third-party notices…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.notices_button.clicked.connect(self.show_notices)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def show_notices(self) -> None:
        from desktop.gui.notices_dialog import NoticesDialog

        dialog = NoticesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal over About, without a nested event loop
