"""How assignment, due, expiry and compliance states read and which colour marks them.

One place for the words and colours, so the Assignments table, the compliance grid, its
legend and the person page always agree. Colours are light tints with dark text, readable on
light and dark palettes alike because the cell sets both.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor

# state → (background, text)
_RED = ("#f8d7d5", "#7a1a14")
_ORANGE = ("#fde3c4", "#6b3a00")
_YELLOW = ("#fff3bf", "#5c4a00")
_GREEN = ("#d6f0da", "#1d5227")
_GREY = ("#e6e6e6", "#3c3c3c")
_PURPLE = ("#ead7f3", "#4b1766")
STATE_COLOURS: dict[str, tuple[str, str]] = {
    "overdue": _RED,
    "expired": _PURPLE,
    "missing": _GREY,
    "due_30": _ORANGE,
    "expiring_30": _ORANGE,
    "due_soon": _ORANGE,
    "expiring": _YELLOW,
    "due_60": _YELLOW,
    "expiring_60": _YELLOW,
    "due_90": _YELLOW,
    "expiring_90": _YELLOW,
    "ok": _GREEN,
    "completed": _GREEN,
}
STATUSES = ("not_started", "in_progress", "completed", "failed", "withdrawn")
DUE_BUCKETS = ("overdue", "due_30", "due_60", "due_90")


def today() -> dt.date:
    """The day states are computed for; one function, so tests can freeze the clock."""
    return dt.date.today()


def date_of(value: QDate) -> dt.date:
    """A Python date from a QDate (``toPython`` is typed as returning any object)."""
    return dt.date(value.year(), value.month(), value.day())


def _tr(text: str) -> str:
    return QCoreApplication.translate("States", text)


def background(state: str | None) -> QColor | None:
    colours = STATE_COLOURS.get(state or "")
    return QColor(colours[0]) if colours else None


def foreground(state: str | None) -> QColor | None:
    colours = STATE_COLOURS.get(state or "")
    return QColor(colours[1]) if colours else None


def status_name(status: str) -> str:
    names = {
        "not_started": _tr("Not started"),
        "in_progress": _tr("In progress"),
        "completed": _tr("Completed"),
        "failed": _tr("Failed"),
        "withdrawn": _tr("Withdrawn"),
    }
    return names.get(status, status)


def due_state_name(state: str | None) -> str:
    names = {
        "overdue": _tr("Overdue"),
        "due_30": _tr("Due in 30 days"),
        "due_60": _tr("Due in 60 days"),
        "due_90": _tr("Due in 90 days"),
    }
    return names.get(state or "", "")


def expiry_state_name(state: str | None) -> str:
    names = {
        "expired": _tr("Expired"),
        "expiring_30": _tr("Expires in 30 days"),
        "expiring_60": _tr("Expires in 60 days"),
        "expiring_90": _tr("Expires in 90 days"),
    }
    return names.get(state or "", "")


def compliance_state_name(state: str) -> str:
    names = {
        "ok": _tr("Compliant"),
        "due_soon": _tr("Due soon"),
        "overdue": _tr("Overdue"),
        "expiring": _tr("Expiring soon"),
        "expired": _tr("Expired"),
        "missing": _tr("Not assigned"),
    }
    return names.get(state, state)


# The due filters a row answers: due in 30 days is also due within 60 and 90 (a dict, as
# the filter asks it for each of 200,000 rows).
_BUCKETS: dict[str | None, tuple[str, ...]] = {
    "overdue": ("overdue",),
    "due_30": ("due_30", "due_60", "due_90"),
    "due_60": ("due_60", "due_90"),
    "due_90": ("due_90",),
}


def due_buckets(state: str | None) -> tuple[str, ...]:
    return _BUCKETS.get(state, ())
