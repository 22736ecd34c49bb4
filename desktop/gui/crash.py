"""The log file and the one crash path for unexpected exceptions.

Expected problems are :class:`core.errors.AppError` and get a readable dialog. Anything
else is a bug: it is logged with its traceback to ``log_dir()/training-desk.log``
(rotated) and shown once in the crash dialog with the version details to report.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import qVersion

from core import __version__
from core.userdirs import log_dir

if TYPE_CHECKING:
    from desktop.gui.dialogs import Dialogs

LOG_NAME = "training-desk.log"
log = logging.getLogger(__name__)
_handler: RotatingFileHandler | None = None
_crash_dialog_open = False


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to the rotating file in the current log folder (idempotent; follows the folder)."""
    global _handler
    path = log_file()
    if _handler is not None and Path(_handler.baseFilename) == path.absolute():
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per plugin otherwise
    return path


def version_details() -> str:
    return "\n".join(
        [
            f"Training Desk {__version__}",
            f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
            f"OS {platform.platform()}",
        ]
    )


def crash_details(error: BaseException) -> str:
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"{version_details()}\n\n{trace}"


def report_crash(error: BaseException, dialogs: Dialogs | None) -> None:
    """Log ``error`` with its traceback and show it in the crash dialog (one at a time)."""
    global _crash_dialog_open
    path = setup_logging()
    log.error("Unexpected error\n%s", crash_details(error))
    if dialogs is None or _crash_dialog_open:
        return
    _crash_dialog_open = True
    try:
        dialogs.show_crash(crash_details(error), path)
    finally:
        _crash_dialog_open = False


def install_excepthook(find_dialogs: Callable[[], Dialogs | None]) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the crash path."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report_crash(error.with_traceback(trace), find_dialogs())

    sys.excepthook = hook
