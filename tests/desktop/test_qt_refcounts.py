"""Guards the PySide6 pin: pumping events must not leak references to None.

PySide6 6.12.0 drops one reference to None per ``processEvents()`` call, which aborts
CPython 3.11 once the count runs out; pyproject.toml pins below it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot


def test_processing_events_keeps_none_reference_count(qtbot: QtBot) -> None:
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
    assert abs(sys.getrefcount(None) - before) < 50
