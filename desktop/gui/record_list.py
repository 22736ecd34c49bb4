"""A small managing dialog: a table of records with Add…, Edit… and Delete (departments, roles).

Rows load on the worker; Add and Edit open an :class:`EditorDialog` through the window's
Dialogs service; Delete asks first and runs through DbOp, so a refusal from the core
("3 people belong to Sales") reaches the admin as a readable message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.dbop import DbOp, DbRead, services_for
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.table_export import install_export_action


class RecordListDialog(QDialog):
    """Subclasses give the columns, how to load rows, open editors and delete one."""

    def __init__(
        self, parent: QWidget, db: Database, columns: Sequence[Column[Any]], title: str
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.loaded = False
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        install_export_action(self.table, title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # long cells elide; their tooltip has the whole text
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for position, column in enumerate(columns):
            self.table.setColumnWidth(position, column.width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(720, 420)
        self._update_buttons()
        self.reload()

    # -- what subclasses provide -------------------------------------------------------------
    def load(self, session: Any) -> list[Any]:
        raise NotImplementedError

    def editor(self, row: Any | None) -> QDialog:
        """The editing dialog for a new record (``row`` None) or for ``row``."""
        raise NotImplementedError

    def remover(self, row: Any) -> tuple[str, str, Callable[[Any], object]]:
        """(question, action name, ``fn(session)``) for deleting ``row``."""
        raise NotImplementedError

    # -- behaviour ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.loaded = False
        DbRead(self, self.db, self.load).success(self._loaded).run()

    def _loaded(self, rows: list[Any]) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        if selected is not None:
            position = self.model.position_of(lambda r: r.id == selected.id)
            if position is not None:
                self.table.selectRow(position)
        self.loaded = True
        self._update_buttons()

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_name(self, name: str) -> bool:
        position = self.model.position_of(lambda r: r.name == name)
        if position is not None:
            self.table.selectRow(position)
        return position is not None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit()

    def _dialogs(self) -> Any:
        services = services_for(self)
        return services.dialogs if services is not None else None

    def _open(self, row: Any | None) -> None:
        dialogs = self._dialogs()
        if dialogs is None:
            return
        dialog = self.editor(row)
        when_saved = getattr(dialog, "when_saved", None)
        if when_saved is not None:
            when_saved(lambda _result: self.reload())
        dialogs.run_editor(dialog)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row)

    def delete(self) -> None:
        row = self.selected_row()
        dialogs = self._dialogs()
        if row is None or dialogs is None:
            return
        question, action, change = self.remover(row)
        if dialogs.confirm(action, question, self.tr("Delete")):
            DbOp(self, self.db, change, action=action).success(lambda _r: self.reload()).run()
