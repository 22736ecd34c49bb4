"""Help → About: the program's version, the open file and both schema versions."""

from __future__ import annotations

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
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
