"""Work around a PySide6 reference-count bug that can abort the process on Python 3.11.

Measured with PySide6 6.12.0 on CPython 3.11: every call of a static ``void`` function such
as ``QCoreApplication.processEvents()``, ``sendPostedEvents()`` or ``QTest.qWait()`` drops
one reference to ``None`` that it never took. Loops that pump events (waiting for the
worker, pytest-qt's ``waitUntil``, the benchmark's probe) drive ``None``'s count to zero
and CPython aborts with "deallocating None". Python 3.12 made ``None`` immortal, which hides
the bug there; on 3.11 we give ``None`` a reference count it cannot run out of.
"""

from __future__ import annotations

import ctypes
import sys

# Far beyond any number of calls a process makes; far below overflow.
_RESERVE = 1 << 40
_applied = False


def apply_pyside_workarounds() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    _applied = True
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _RESERVE
