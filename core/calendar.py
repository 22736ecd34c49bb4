"""Calendar arithmetic shared by compliance, assignments, imports and the demo."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month.

    Certificates expire "N months after completion": 31 Jan + 1 month is 28 (or 29) Feb,
    never 3 March.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
