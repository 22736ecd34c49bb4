"""File → Export ▸ Courses / Learners / Roles: one table to CSV or XLSX, on the worker.

The file name decides the format (``core.importing.export_table`` writes the layout the
importer reads back); a name without one of the two suffixes gets ``.csv``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.gui import prefs
from desktop.gui.dbop import DbRead

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

EXPORT_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "CSV (*.csv);;Excel workbook (*.xlsx)"))
EXPORT_SUFFIXES = (".csv", ".xlsx")
LAST_EXPORT_FOLDER = "export/lastFolder"


def export_path(path: Path) -> Path:
    """``path`` with a suffix the exporter knows (``.csv`` unless it already has one)."""
    return path if path.suffix.lower() in EXPORT_SUFFIXES else path.with_name(path.name + ".csv")


class ExportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def kind_title(self, kind: str) -> str:
        return {
            "courses": self.tr("courses"),
            "learners": self.tr("learners"),
            "roles": self.tr("roles"),
            "feedback": self.tr("feedback"),
        }.get(kind, kind)

    def export(self, kind: str) -> None:
        db = self.window.db
        if db is None:
            return
        folder = prefs.qsettings().value(LAST_EXPORT_FOLDER, "")
        start = str(Path(str(folder)) / f"{kind}.csv") if folder else f"{kind}.csv"
        chosen = self.window.dialogs.get_save_file(
            self.tr("Export {0}").format(self.kind_title(kind)), EXPORT_FILTER, start
        )
        if chosen is None:
            return
        path = export_path(chosen)
        prefs.qsettings().setValue(LAST_EXPORT_FOLDER, str(path.parent))

        def write(session: Any) -> int:
            from core.importing import export_table

            return int(export_table(session, kind, path))

        label = self.tr("Exporting {0}").format(self.kind_title(kind))
        DbRead(self.window, db, write, label=label).success(
            lambda count: self.window.show_status(
                self.tr("Exported {0:,} {1} to {2}").format(count, self.kind_title(kind), path)
            )
        ).run()
