"""Per-course facts weak-course analysis compares: completion, overdue, and module drop-off.

Completion rate = completed / settled assignments (completed, failed, withdrawn, or open past
their due date): open assignments still within their time say nothing yet. Overdue rate =
assignments finished late or still open past due / assignments whose due date has passed.

Drop-off: for each person with module activity in a course, the module they stopped in is
the module of their last module event (the next one when that event completed a module).
They *gave up* there when they did not complete the course and either withdrew or have been
inactive for ``GAVE_UP_AFTER_DAYS``. A module's drop-off rate = people who gave up in it /
people who reached it — a hazard, so late modules that few reach are not undercounted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

GAVE_UP_AFTER_DAYS = 30
# A module's drop-off rate is only judged when this many people reached it.
MIN_REACHED = 5


@dataclass(frozen=True)
class CompletionStats:
    settled: int
    completed: int
    past_due: int
    overdue: int

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.settled if self.settled else None

    @property
    def overdue_rate(self) -> float | None:
        return self.overdue / self.past_due if self.past_due else None


def completion_stats(session: Session, as_of: dt.date) -> dict[int, CompletionStats]:
    rows = session.execute(
        text(
            "SELECT course_id, "
            " sum(CASE WHEN status IN ('completed', 'failed', 'withdrawn') "
            "          OR (due_date IS NOT NULL AND due_date < :day) THEN 1 ELSE 0 END), "
            " sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), "
            " sum(CASE WHEN due_date IS NOT NULL AND due_date < :day THEN 1 ELSE 0 END), "
            " sum(CASE WHEN due_date IS NOT NULL AND due_date < :day AND ("
            "       (status NOT IN ('completed', 'withdrawn')) "
            "       OR (status = 'completed' AND completed_on > due_date)) THEN 1 ELSE 0 END) "
            "FROM assignments GROUP BY course_id"
        ),
        {"day": as_of.isoformat()},
    )
    return {
        int(course): CompletionStats(int(s or 0), int(c or 0), int(p or 0), int(o or 0))
        for course, s, c, p, o in rows
    }


@dataclass
class Dropoff:
    modules: dict[int, tuple[int, str]] = field(default_factory=dict)  # position → (id, title)
    reached: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    gave_up: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def rate(self, position: int) -> float | None:
        reached = self.reached.get(position, 0)
        return self.gave_up.get(position, 0) / reached if reached >= MIN_REACHED else None

    def worst(self) -> tuple[int, float] | None:
        """(position, drop-off rate) of the module most people give up in, if any."""
        rated = [(p, r) for p in self.modules if (r := self.rate(p)) is not None and r > 0]
        return max(rated, key=lambda pr: (pr[1], -pr[0])) if rated else None


def dropoff_by_course(session: Session, as_of: dt.date) -> dict[int, Dropoff]:
    found: dict[int, Dropoff] = defaultdict(Dropoff)
    positions: dict[int, tuple[int, int]] = {}
    for module_id, course_id, position, title in session.execute(
        text("SELECT id, course_id, position, title FROM course_modules")
    ):
        found[int(course_id)].modules[int(position)] = (int(module_id), str(title))
        positions[int(module_id)] = (int(course_id), int(position))
    if not positions:
        return {}
    settled = _finished(session)
    cutoff = (as_of - dt.timedelta(days=GAVE_UP_AFTER_DAYS)).isoformat()
    # SQLite returns the bare columns of the row holding max(): each person's last module event.
    for person, _course, module, kind, last in session.execute(
        text(
            "SELECT employee_id, course_id, module_id, kind, max(occurred_at) "
            "FROM progress_events WHERE module_id IS NOT NULL GROUP BY employee_id, course_id"
        )
    ):
        where = positions.get(int(module))
        if where is None:
            continue
        course_id, position = where
        stats = found[course_id]
        stopped = position + (1 if kind == "module_completed" else 0)
        status = settled.get((int(person), course_id))
        for reached in range(1, min(stopped, len(stats.modules)) + 1):
            stats.reached[reached] += 1
        if status == "completed" or stopped > len(stats.modules):
            continue
        if status == "withdrawn" or str(last)[:10] < cutoff:
            stats.gave_up[stopped] += 1
    return dict(found)


def _finished(session: Session) -> dict[tuple[int, int], str]:
    """The status of each person's latest assignment per course."""
    rows = session.execute(
        text("SELECT employee_id, course_id, status FROM assignments ORDER BY id")
    )
    return {(int(person), int(course)): str(status) for person, course, status in rows}
