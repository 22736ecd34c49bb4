"""Dates and times for the demo: its history window, working days, times of day, SQLite text.

The simulation counts days as proleptic ordinals (plain ints) because it handles millions of
events; these helpers turn them into the text SQLAlchemy itself would store.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache

from core.calendar import add_months

SATURDAY = 5
HISTORY_MONTHS = 18  # the demo's history: the 18 months before as_of
# Relative share of learning sessions that start in each hour of the day: office hours with
# a dip at lunch and a smaller evening peak of people studying at home.
HOURLY_WEIGHTS = (
    0, 0, 0, 0, 0, 0, 0, 2, 5, 10, 12, 10, 4, 6, 11, 12, 10, 6, 3, 2, 3, 3, 1, 0,
)  # fmt: skip
MINUTES_PER_DAY = 24 * 60
LAST_MINUTE = 23 * 60 + 59


def history_start(as_of: int) -> int:
    """The first day of the demo's history, as a day ordinal."""
    return add_months(dt.date.fromordinal(as_of), -HISTORY_MONTHS).toordinal()


def weekday(ordinal: int) -> int:
    """Monday is 0, as in :meth:`datetime.date.weekday`; ordinal 1 was a Monday."""
    return (ordinal - 1) % 7


def to_working_day(rng: random.Random, ordinal: int, weekend_share: float = 0.15) -> int:
    """Move most weekend sessions to the next Monday; some people do study at weekends."""
    day_of_week = weekday(ordinal)
    if day_of_week >= SATURDAY and rng.random() >= weekend_share:
        return ordinal + 7 - day_of_week
    return ordinal


def _session_start_minutes() -> tuple[int, ...]:
    """1,000 start minutes spread over the hours in proportion to :data:`HOURLY_WEIGHTS`."""
    total = sum(HOURLY_WEIGHTS)
    minutes: list[int] = []
    for hour, weight in enumerate(HOURLY_WEIGHTS):
        count = round(weight * 1000 / total)
        minutes.extend(hour * 60 + step * 60 // count for step in range(count))
    return tuple(minutes)


SESSION_STARTS = _session_start_minutes()


def session_start(rng: random.Random) -> int:
    return SESSION_STARTS[int(rng.random() * len(SESSION_STARTS))]


@lru_cache(maxsize=4096)
def day_text(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def timestamp_text(ordinal: int, minute: int) -> str:
    """``YYYY-MM-DD HH:MM:SS.ffffff``, exactly as SQLAlchemy stores a DateTime in SQLite."""
    minute = min(minute, LAST_MINUTE)
    return f"{day_text(ordinal)} {minute // 60:02d}:{minute % 60:02d}:00.000000"


def optional_day_text(ordinal: int | None) -> str | None:
    return None if ordinal is None else day_text(ordinal)
