"""Export table…: any table view to XLSX or CSV, exactly the rows and order on screen.

Cells are read from the model on the GUI thread (native values through ``SORT_ROLE`` where
the model offers them, so numbers and dates stay numbers and dates; the shown text
otherwise) and written on the worker, with progress and Cancel for big tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.gui import prefs
from desktop.gui.dbop import BackgroundOp, services_for
from desktop.gui.rowmodel import SORT_ROLE

EXPORT_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "Excel workbook (*.xlsx);;CSV (*.csv)"))
LAST_FOLDER = "export/lastTableFolder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableExport", text)


def _cell(model: QAbstractItemModel, row: int, column: int) -> Any:
    index = model.index(row, column)
    native = model.data(index, SORT_ROLE)
    # Numbers and dates as themselves; words as the reader saw them ("In progress", not
    # the stored "in_progress").
    if isinstance(native, bool | int | float | dt.date) and native is not None:
        return native
    return model.data(index, Qt.ItemDataRole.DisplayRole)


def table_snapshot(model: QAbstractItemModel) -> tuple[list[str], list[list[Any]]]:
    """The model's column titles and every row's cells, in the order shown."""
    columns = model.columnCount()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    rows = [[_cell(model, r, c) for c in range(columns)] for r in range(model.rowCount())]
    return headers, rows


def export_path(path: Path) -> Path:
    """``path`` with a suffix the writer knows (``.xlsx`` unless it has ``.csv``)."""
    from core.table_export import SUFFIXES

    return path if path.suffix.lower() in SUFFIXES else path.with_name(path.name + ".xlsx")


def export_view(view: QAbstractItemView, title: str) -> BackgroundOp[int] | None:
    """Ask where to save, then write the view's table on the worker; None when not asked."""
    from core.table_export import write_table

    services = services_for(view)
    model = view.model()
    if services is None or model is None:
        return None
    folder = str(prefs.qsettings().value(LAST_FOLDER, "") or Path.home())
    start = str(Path(folder) / f"{title}.xlsx")
    chosen = services.dialogs.get_save_file(_tr("Export table"), EXPORT_FILTER, start)
    if chosen is None:
        return None
    path = export_path(chosen)
    prefs.qsettings().setValue(LAST_FOLDER, str(path.parent))
    headers, rows = table_snapshot(model)
    label = _tr("Exporting {0} rows to {1}").format(len(rows), path.name)
    op = BackgroundOp(
        view,
        lambda state: write_table(path, title, headers, rows, state),
        label=label,
        cancellable=True,
    )
    op.success(
        lambda count: services.status.emit(_tr("Exported {0} rows to {1}").format(count, str(path)))
    )
    return op.run()


def export_action(view: QAbstractItemView, title: Any, parent: QObject | None = None) -> QAction:
    """An "Export table…" action for ``view``; ``title`` is a string or a callable giving one."""
    action = QAction(_tr("Export table…"), parent or view)
    action.setToolTip(_tr("Save this table, as shown, to Excel or CSV"))

    def run() -> None:
        export_view(view, title() if callable(title) else str(title))

    action.triggered.connect(run)
    return action


def install_export_action(view: QAbstractItemView, title: Any) -> QAction:
    """Put "Export table…" in the view's right-click menu (views without a menu of their own).

    Views that build their own menu (``CustomContextMenu``) add :func:`export_action`
    themselves; the shortcut works in both.
    """
    action = export_action(view, title)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    view.addAction(action)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def primary_table(widget: QWidget) -> QAbstractItemView | None:
    """The table the user is most likely looking at inside ``widget``: the focused one, else
    the largest visible one."""
    from PySide6.QtWidgets import QTableView

    tables = [t for t in widget.findChildren(QTableView) if t.isVisible() and t.model()]
    focused = [t for t in tables if t.hasFocus()]
    if focused:
        return focused[0]
    if not tables:
        return None
    return max(tables, key=lambda t: t.width() * t.height())
