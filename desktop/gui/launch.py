"""Start the window: QApplication, settings location, logging, language, style, database."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from core import __version__
from core.userdirs import default_db_path
from db.resources import resource_path
from desktop.gui import prefs
from desktop.gui.crash import install_excepthook, setup_logging
from desktop.gui.i18n import install_translators
from desktop.gui.style import apply_style

log = logging.getLogger(__name__)
ORGANIZATION = "TrainingDesk"
APPLICATION = "Training Desk"


class QuitAfterFirstPaint(QObject):
    """Quits the application (exit code 0) once the watched window has painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "app.svg"))))
    folder = os.environ.get("TRAINING_DESK_CONFIG_DIR")
    if folder:
        # Also redirect any QSettings() made without a path (Qt's own, plugins).
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def tune_garbage_collector() -> None:
    """Keep the collector from stalling the window when 20,000 rows arrive.

    The worker allocates tens of thousands of row objects per load; with the default
    thresholds that sets off full collections which hold the GIL (and so the GUI thread)
    for 50–85 ms. Freezing the start-up objects and collecting the young generations less
    often brought the longest stall while loading People to ~15 ms (benchmarks/bench_gui.py).
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 50)


def start_path(args: argparse.Namespace) -> Path:
    """--db, else the last file used (if it still exists), else the default data file."""
    if getattr(args, "db", None):
        return Path(args.db)
    last = prefs.last_file()
    if last is not None and last.exists():
        return last
    return default_db_path()


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    setup_logging()
    # --lang, else the language chosen in Settings, else the system's.
    language = getattr(args, "lang", None) or prefs.language() or prefs.system_language()
    install_translators(app, language)
    apply_style(app, language)

    from desktop.gui.main_window import MainWindow

    quit_after_paint = bool(getattr(args, "quit_after_paint", False))
    window = MainWindow(ask_first_run=not quit_after_paint)
    tune_garbage_collector()
    install_excepthook(lambda: window.dialogs)
    if quit_after_paint:
        QuitAfterFirstPaint(window)
    window.show()
    window.open_path(start_path(args))
    try:
        code = app.exec()
    finally:
        window.close()
        sys.excepthook = sys.__excepthook__
    log.info("window closed with exit code %s", code)
    return int(code)
