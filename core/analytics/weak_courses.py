"""Weak courses: the ones that need attention, ranked, each with its evidence and a fix.

Every measure is judged against the catalog, not a fixed number: a course is flagged when it
lies more than ``SPREAD`` robust standard deviations (1.4826 × the median absolute deviation)
on the bad side of the catalog's median — completion rate below, Bayesian rating below,
negative-comment share above, module drop-off above, overdue rate above. The thresholds are
in the report. A course's score is the sum of how far past the median each flagged measure
lies (in those deviations, capped at ``CAP``), low ratings counting ``RATING_WEIGHT`` times.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.course_stats import (
    CompletionStats,
    Dropoff,
    completion_stats,
    dropoff_by_course,
)
from core.analytics.feedback import CourseFeedback, course_themes, feedback_summary
from core.analytics.themes import Theme
from core.analytics.weak_fix import suggested_fix
from core.messages import Message, msg
from core.tasks import TaskState

SPREAD = 2.5
CAP = 6.0
RATING_WEIGHT = 1.5
# Evidence needs enough data behind it: settled assignments, ratings, comments, give-ups.
MIN_SETTLED, MIN_RATINGS, MIN_COMMENTS, MIN_GAVE_UP, MIN_PAST_DUE = 5, 3, 5, 3, 5
MIN_NEGATIVE = 2  # one unhappy comment is an opinion, not evidence
# The smallest spread a measure is given, so a catalog where most courses tie (no
# negative comments at all) does not flag a course for a single one.
FLOORS = {
    "low_completion": 0.05,
    "low_rating": 0.1,
    "negative_comments": 0.05,
    "dropoff": 0.05,
    "overdue": 0.05,
}
HIGHER_IS_WORSE = {"negative_comments", "dropoff", "overdue"}


@dataclass(frozen=True)
class Evidence:
    kind: str  # "low_completion" | "low_rating" | "negative_comments" | "dropoff" | "overdue"
    value: float
    threshold: float
    text: Message
    catalog: float = 0.0  # the catalog's median of the same measure


@dataclass(frozen=True)
class WeakCourse:
    course_id: int
    code: str
    title: str
    score: float  # ranking score, higher = needs attention more
    evidence: tuple[Evidence, ...]
    fix: Message
    dropoff_module: tuple[int, str] | None  # (1-based position, module title)
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class WeakCourseReport:
    thresholds: dict[str, float]
    courses: list[WeakCourse]
    medians: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class _Scale:
    median: float
    spread: float
    worse_high: bool

    @property
    def threshold(self) -> float:
        step = SPREAD * self.spread
        return self.median + step if self.worse_high else self.median - step

    def excess(self, value: float) -> float:
        """How many spreads past the median on the bad side (negative: on the good side)."""
        gap = value - self.median if self.worse_high else self.median - value
        return gap / self.spread


def _scale(kind: str, values: list[float]) -> _Scale | None:
    if len(values) < 3:
        return None
    median = statistics.median(values)
    mad = statistics.median(abs(v - median) for v in values)
    return _Scale(median, max(1.4826 * mad, FLOORS[kind]), kind in HIGHER_IS_WORSE)


@dataclass
class _CourseFacts:
    course_id: int
    code: str
    title: str
    completion: CompletionStats | None
    feedback: CourseFeedback | None
    dropoff: Dropoff | None
    measures: dict[str, float] = field(default_factory=dict)


def _measures(facts: _CourseFacts) -> dict[str, float]:
    found: dict[str, float] = {}
    stats, feedback = facts.completion, facts.feedback
    if stats is not None and stats.settled >= MIN_SETTLED and stats.completion_rate is not None:
        found["low_completion"] = stats.completion_rate
    if stats is not None and stats.past_due >= MIN_PAST_DUE and stats.overdue_rate is not None:
        found["overdue"] = stats.overdue_rate
    if feedback is not None and feedback.rating_count >= MIN_RATINGS:
        found["low_rating"] = feedback.bayesian
    if feedback is not None and feedback.comment_count >= MIN_COMMENTS:
        share = feedback.negative_share or 0.0
        # Below MIN_NEGATIVE the share is measured (it sets the catalog's median) but
        # counted as none, so it cannot flag the course.
        found["negative_comments"] = share if feedback.negative >= MIN_NEGATIVE else 0.0
    worst = facts.dropoff.worst() if facts.dropoff is not None else None
    dropoff = facts.dropoff
    if (
        worst is not None
        and dropoff is not None
        and dropoff.gave_up.get(worst[0], 0) >= MIN_GAVE_UP
    ):
        found["dropoff"] = worst[1]
    return found


def weak_courses(
    session: Session, as_of: dt.date | None = None, state: TaskState | None = None
) -> WeakCourseReport:
    """Courses with at least one measure past its threshold, the most in need first."""
    state = state or TaskState()
    day = as_of or default_as_of(session)
    state.set_progress(0.0, msg("weak.progress.reading").text())
    completion = completion_stats(session, day)
    dropoff = dropoff_by_course(session, day)
    state.check()
    summary = feedback_summary(session, state=_Part(state, 0.1, 0.9))
    feedback = {c.course_id: c for c in summary.courses}
    facts = [
        _CourseFacts(int(i), code, title, completion.get(int(i)), feedback.get(int(i)),
                     dropoff.get(int(i)))
        for i, code, title in session.execute(text("SELECT id, code, title FROM courses"))
    ]  # fmt: skip
    for fact in facts:
        fact.measures = _measures(fact)
    scales = {
        kind: scale
        for kind in FLOORS
        if (scale := _scale(kind, [f.measures[kind] for f in facts if kind in f.measures]))
    }
    _add_themes(session, facts, scales)
    courses = [c for f in facts if (c := _judge(f, scales)) is not None]
    courses.sort(key=lambda c: (-c.score, c.code))
    state.set_progress(1.0)
    return WeakCourseReport(
        thresholds={kind: s.threshold for kind, s in scales.items()},
        courses=courses,
        medians={kind: s.median for kind, s in scales.items()},
    )


def _add_themes(session: Session, facts: list[_CourseFacts], scales: dict[str, _Scale]) -> None:
    """The summary themes only the courses with most negative comments: add the flagged."""
    flagged = [
        f
        for f in facts
        if f.feedback is not None
        and not f.feedback.themes
        and f.feedback.negative >= MIN_NEGATIVE
        and any(
            kind in scales and scales[kind].excess(value) >= SPREAD
            for kind, value in f.measures.items()
        )
    ]
    found = course_themes(session, [f.course_id for f in flagged])
    for fact in flagged:
        assert fact.feedback is not None
        fact.feedback = replace(fact.feedback, themes=found.get(fact.course_id, ()))


def default_as_of(session: Session) -> dt.date:
    """The file's last activity (today at the latest): a file last used months ago is judged
    as it stood then, not as if everyone had given up since."""
    today = dt.date.today()
    last = session.execute(text("SELECT max(occurred_at) FROM progress_events")).scalar()
    if last is None:
        return today
    return min(today, dt.date.fromisoformat(str(last)[:10]))


def _judge(facts: _CourseFacts, scales: dict[str, _Scale]) -> WeakCourse | None:
    evidence: list[Evidence] = []
    score = 0.0
    for kind, value in facts.measures.items():
        scale = scales.get(kind)
        if scale is None or scale.excess(value) < SPREAD:
            continue
        weight = RATING_WEIGHT if kind == "low_rating" else 1.0
        score += weight * min(CAP, scale.excess(value))
        evidence.append(
            Evidence(kind, value, scale.threshold, _TEXTS[kind](facts, value, scale), scale.median)
        )
    if not evidence:
        return None
    evidence.sort(key=lambda e: -scales[e.kind].excess(e.value))
    module = _dropoff_module(facts) if any(e.kind == "dropoff" for e in evidence) else None
    themes = facts.feedback.themes if facts.feedback is not None else ()
    kinds = {e.kind for e in evidence}
    shown_themes = themes if "negative_comments" in kinds or "low_rating" in kinds else ()
    return WeakCourse(
        course_id=facts.course_id,
        code=facts.code,
        title=facts.title,
        score=round(score, 3),
        evidence=tuple(evidence),
        fix=suggested_fix(kinds, module, shown_themes),
        dropoff_module=module,
        themes=shown_themes,
    )


def _dropoff_module(facts: _CourseFacts) -> tuple[int, str] | None:
    worst = facts.dropoff.worst() if facts.dropoff is not None else None
    if worst is None or facts.dropoff is None:
        return None
    return worst[0], facts.dropoff.modules[worst[0]][1]


def _completion_text(facts: _CourseFacts, value: float, scale: _Scale) -> Message:
    settled = facts.completion.settled if facts.completion else 0
    return msg("weak.evidence.low_completion", value=value, median=scale.median,
               threshold=scale.threshold, count=settled)  # fmt: skip


def _rating_text(facts: _CourseFacts, value: float, scale: _Scale) -> Message:
    count = facts.feedback.rating_count if facts.feedback else 0
    return msg("weak.evidence.low_rating", value=value, median=scale.median,
               threshold=scale.threshold, count=count)  # fmt: skip


def _negative_text(facts: _CourseFacts, value: float, scale: _Scale) -> Message:
    feedback = facts.feedback
    count = feedback.comment_count if feedback else 0
    themes = ", ".join(t.phrase for t in feedback.themes[:3]) if feedback else ""
    code = "weak.evidence.negative_themes" if themes else "weak.evidence.negative"
    return msg(code, value=value, median=scale.median, threshold=scale.threshold,
               count=count, themes=themes) if themes else msg(
        code, value=value, median=scale.median, threshold=scale.threshold, count=count)  # fmt: skip


def _dropoff_text(facts: _CourseFacts, value: float, scale: _Scale) -> Message:
    position, module = _dropoff_module(facts) or (0, "")
    reached = facts.dropoff.reached.get(position, 0) if facts.dropoff else 0
    return msg(
        "weak.evidence.dropoff", value=value, median=scale.median, threshold=scale.threshold,
        position=position, module=module, count=reached,
    )  # fmt: skip


def _overdue_text(facts: _CourseFacts, value: float, scale: _Scale) -> Message:
    past_due = facts.completion.past_due if facts.completion else 0
    return msg("weak.evidence.overdue", value=value, median=scale.median,
               threshold=scale.threshold, count=past_due)  # fmt: skip


_TEXTS: dict[str, Callable[[_CourseFacts, float, _Scale], Message]] = {
    "low_completion": _completion_text,
    "low_rating": _rating_text,
    "negative_comments": _negative_text,
    "dropoff": _dropoff_text,
    "overdue": _overdue_text,
}


class _Part(TaskState):
    """Progress of a sub-task reported as a slice [start, end] of the parent's bar."""

    def __init__(self, parent: TaskState, start: float, end: float) -> None:
        super().__init__()
        self.parent, self.start, self.end = parent, start, end

    def set_progress(self, fraction: float, status: str = "") -> None:
        self.parent.set_progress(self.start + (self.end - self.start) * fraction, status)

    def check(self) -> None:
        self.parent.check()
