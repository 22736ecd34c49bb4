"""Behaviour signatures: the few per-person estimates that segments are clustered on.

Each column marks one way of learning, estimated robustly from a person's own courses:

- ``optional_start_rate``: share of optional courses they start at all (mandatory-only
  people start almost none);
- ``start_delay``: mean log(1 + days) from assignment to first session (late finishers wait
  weeks, fast finishers a day or two);
- ``abandon_rate``: share of settled started courses left unfinished (stalled starters
  give up on most);
- ``withdrawal_rate``: share of started optional courses withdrawn (drop-outs leave theirs
  behind when they stop learning);
- ``session_gap``: log(1 + mean days between sessions), over every pair of consecutive
  sessions of a course, same-day ones included (fast finishers come back the same day).

Most people have only 5–10 courses, so a raw share of 1 out of 1 says little. Rates and the
delay are shrunk towards everyone's value by :data:`PRIOR_COURSES` pseudo-courses
(empirical Bayes): someone with two courses sits near the middle until their record says
otherwise, which keeps the clusters from being smeared by small-sample extremes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.segment_features import DELAY_CAP_DAYS, impute

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SIGNATURE: tuple[str, ...] = (
    "optional_start_rate",
    "start_delay",
    "abandon_rate",
    "withdrawal_rate",
    "session_gap",
)
PRIOR_COURSES = 1.0
# A started course with no activity for this long is settled: finished or given up.
QUIET_DAYS = 60
FINISHED = ("completed", "failed", "withdrawn")

_COURSES_SQL = """
SELECT a.employee_id, a.course_id, a.mandatory, a.status,
  a.started_on IS NOT NULL AS begun,
  MAX(0, MIN(julianday(a.started_on) - julianday(a.assigned_on), :cap)) AS delay
FROM assignments a JOIN employees e ON e.id = a.employee_id
WHERE e.active AND (a.assigned_on IS NULL OR a.assigned_on <= :as_of)
"""
# Per course: its span of sessions and how many there were (the mean gap between
# consecutive sessions is the span over one fewer than their number), and its last activity.
_SESSIONS_SQL = """
SELECT employee_id, course_id, MAX(occurred_at) AS last_at,
  julianday(substr(MAX(CASE WHEN kind = 'progressed' THEN occurred_at END), 1, 10))
    - julianday(substr(MIN(CASE WHEN kind = 'progressed' THEN occurred_at END), 1, 10))
    AS span,
  SUM(kind = 'progressed') AS sessions
FROM progress_events NOT INDEXED
WHERE occurred_at < :day_after
GROUP BY employee_id, course_id
"""


class _Tally:
    """Sums and counts of one estimate per person, pooled for everyone's prior."""

    def __init__(self) -> None:
        self.sums: dict[int, float] = defaultdict(float)
        self.counts: dict[int, float] = defaultdict(float)

    def add(self, person: int, value: float, weight: float = 1.0) -> None:
        self.sums[person] += value
        self.counts[person] += weight

    def shrunk(self, person: int, prior: float) -> float:
        count = self.counts.get(person, 0.0)
        return (self.sums.get(person, 0.0) + PRIOR_COURSES * prior) / (count + PRIOR_COURSES)

    def plain(self, person: int) -> float:
        count = self.counts.get(person, 0.0)
        return self.sums[person] / count if count else math.nan

    def pooled(self) -> float:
        total = sum(self.counts.values())
        return sum(self.sums.values()) / total if total else 0.0


def _settled(status: str, last_at: object, as_of: dt.date) -> bool:
    if status in FINISHED:
        return True
    if last_at is None:
        return False
    quiet = (as_of - dt.date.fromisoformat(str(last_at)[:10])).days
    return quiet > QUIET_DAYS


def read_signatures(
    session: Session, people: Sequence[int], as_of: dt.date
) -> npt.NDArray[np.float64]:
    """One row per person id in ``people`` (their order), columns in :data:`SIGNATURE` order."""
    import numpy as np

    params = {
        "as_of": as_of.isoformat(),
        "day_after": (as_of + dt.timedelta(days=1)).isoformat(),
        "cap": DELAY_CAP_DAYS,
    }
    sessions = {
        (row.employee_id, row.course_id): row
        for row in session.execute(text(_SESSIONS_SQL), params)
    }
    tallies = {name: _Tally() for name in SIGNATURE}
    for row in session.execute(text(_COURSES_SQL), params):
        person, optional = row.employee_id, not row.mandatory
        if optional:
            tallies["optional_start_rate"].add(person, float(bool(row.begun)))
        if not row.begun:
            continue
        tallies["start_delay"].add(person, math.log1p(float(row.delay or 0.0)))
        if optional:
            tallies["withdrawal_rate"].add(person, float(row.status == "withdrawn"))
        trail = sessions.get((person, row.course_id))
        if _settled(row.status, trail.last_at if trail else None, as_of):
            tallies["abandon_rate"].add(person, float(row.status not in ("completed", "failed")))
        if trail is not None and trail.sessions and trail.sessions > 1:
            tallies["session_gap"].add(person, float(trail.span), float(trail.sessions - 1))
    priors = {name: tally.pooled() for name, tally in tallies.items()}
    rows: list[list[float]] = []
    for person in people:
        rates = [tallies[name].shrunk(person, priors[name]) for name in SIGNATURE[:4]]
        gap = tallies["session_gap"].plain(person)  # no sessions to space: imputed below
        rows.append([*rates, math.log1p(gap) if not math.isnan(gap) else math.nan])
    return impute(np.array(rows, dtype=np.float64).reshape(len(rows), len(SIGNATURE)))


def standardise(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Each column to mean 0 and standard deviation 1; constant columns become 0.

    Not the median/IQR scaling of the profile: the estimates above are already shrunk and
    logged (no long tails), and a mostly-zero rate such as withdrawals has an interquartile
    range near 0, which would blow that one column up and split it off on its own.
    """
    import numpy as np

    spread = matrix.std(axis=0)
    spread = np.where(spread > 0, spread, 1.0)
    return np.asarray((matrix - matrix.mean(axis=0)) / spread, dtype=np.float64)
