"""File → Restore…: the backups of the open file with date, reason and what each holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.listing import BackupRow
from desktop.gui.detail_panel import plain_label

COUNTED = ("courses", "employees", "assignments", "progress_events", "feedback")


class RestoreDialog(QDialog):
    def __init__(self, rows: list[BackupRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.rows = rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(plain_label(self.tr("Restore from a backup"), object_name="dialogTitle"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Choose the backup to go back to. The file as it is now is backed up first, "
                    "so a restore can itself be undone."
                ),
                selectable=False,
            )
        )
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        headers = [
            self.tr("Taken"),
            self.tr("Reason"),
            self.tr("Courses"),
            self.tr("People"),
            self.tr("Assignments"),
            self.tr("Progress events"),
            self.tr("Feedback"),
        ]
        self.tree.setHeaderLabels(headers)
        for row in rows:
            counts = [f"{row.counts[t]:,}" if t in row.counts else "?" for t in COUNTED]
            item = QTreeWidgetItem(
                [row.taken_at.strftime("%Y-%m-%d  %H:%M"), self.reason_text(row.reason), *counts]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(row.path))
            item.setToolTip(0, str(row.path))
            for column in range(2, len(headers)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        if not rows:
            self.tree.setVisible(False)
            layout.addWidget(
                plain_label(
                    self.tr("There are no backups of this file yet. Use File → Backup now."),
                    object_name="mutedText",
                )
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None)
        )
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.resize(780, 420)

    def reason_text(self, reason: str) -> str:
        return {
            "daily": self.tr("Daily, on opening"),
            "manual": self.tr("Backup now"),
            "pre-restore": self.tr("Before a restore"),
            "pre-migration": self.tr("Before an upgrade"),
            "pre-demo": self.tr("Before demo data"),
        }.get(reason, reason)

    def chosen(self) -> Path | None:
        items = self.tree.selectedItems()
        return Path(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None
