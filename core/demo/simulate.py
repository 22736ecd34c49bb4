"""Play one assignment forward in time: sessions, modules, assessments, and its final state.

Each started assignment leaves a trail of progress events like an LMS export would: "started",
a few "progressed" sessions and a "module_completed" per module, "attempted" and
"passed"/"failed" for assessed courses, then "completed". The assignment's percent, hours,
score and dates are read off the same trail, so the two always agree.

This is the hot loop of the generator (millions of events at full size), hence plain tuples
and integer day ordinals rather than objects and dates.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from core.calendar import add_months
from core.demo.behaviour import OFF_PATTERN_SHARE, Profile, off_pattern
from core.demo.catalog import Catalog, CourseSpec
from core.demo.dates import (
    day_text,
    optional_day_text,
    session_start,
    timestamp_text,
    to_working_day,
)
from core.demo.plan import Learner, PlannedAssignment, WeakCourse

EventRow = tuple[int, int, int, int | None, str, str, float | None, float | None]
AssignmentRow = tuple[
    int, int, int, int | None, str, str, int, str, float, float | None, float,
    str | None, str | None, str | None, str,
]  # fmt: skip

NEGLECT_START_CHANCE = 0.4
NEGLECT_HAZARD = 0.95
MANDATORY_HAZARD_FACTOR = 0.3  # people rarely give up on what they must do
WEAK_DROPOFF_HAZARD = 0.7
# Chance that an optional course someone gave up on is marked withdrawn.
DROPOUT_WITHDRAW_CHANCE = 0.75
OTHER_WITHDRAW_CHANCE = 0.1
RETAKE_CHANCE = 0.65
# Compliance gets done: sooner, with fewer breaks, and retaken until passed.
MANDATORY_URGENCY = 0.6
MANDATORY_RETAKE_CHANCE = 0.9
MANDATORY_ATTEMPTS = 3
# Mandatory training that stalls gets a reminder from HR; people pick it up again weeks later.
REMINDER_DAYS = 14
REMINDER_EXTRA_DAYS = 30.0
SCORE_OFFSET = {"beginner": 6.0, "intermediate": 0.0, "advanced": -4.0}
QUIZ_SHARE = 0.5
LATE_SESSION_MINUTE = 20 * 60


@dataclass(slots=True)
class Outcome:
    """What the rest of the generator needs to know about a simulated assignment."""

    row: AssignmentRow
    status: str
    completed_day: int | None
    last_day: int | None  # of the last activity
    score: float | None
    abandoned: bool


@dataclass(slots=True)
class _Trail:
    """Where a learner is within one course."""

    day: int
    minute: int
    last_active_day: int = 0
    spent: float = 0.0
    modules_done: int = 0
    module_share: float = 0.0  # share of the current module done
    quiz_scores: list[float] = field(default_factory=list)
    abandoned: bool = False
    out_of_time: bool = False


def _clamp_score(value: float) -> float:
    return float(min(100, max(0, round(value))))


class Simulator:
    def __init__(
        self, catalog: Catalog, weak: dict[int, WeakCourse], as_of: int, rng: random.Random
    ) -> None:
        self.catalog = catalog
        self.weak = weak
        self.as_of = as_of
        self.rng = rng
        self.events: list[EventRow] = []
        self.next_event_id = 1

    def _emit(
        self, employee: int, course: int, module: int | None, kind: str, trail: _Trail,
        duration: float | None = None, score: float | None = None,
    ) -> None:  # fmt: skip
        stamp = timestamp_text(trail.day, trail.minute)
        trail.last_active_day = trail.day
        self.events.append(
            (self.next_event_id, employee, course, module, kind, stamp, duration, score)
        )
        self.next_event_id += 1

    def _next_session(self, trail: _Trail, gap_days: float) -> None:
        rng = self.rng
        gap = int(rng.expovariate(1.0 / gap_days))
        if gap == 0 and trail.minute < LATE_SESSION_MINUTE:
            trail.minute += 5 + int(rng.random() * 60)  # another go the same day
        else:
            trail.day = to_working_day(rng, trail.day + max(1, gap))
            trail.minute = session_start(rng)

    def run(self, learner: Learner, planned: PlannedAssignment) -> Outcome:
        rng = self.rng
        course = self.catalog.course(planned.course_id)
        profile = learner.profile if rng.random() >= OFF_PATTERN_SHARE else off_pattern(rng)
        end_day = learner.last_day(self.as_of)
        if not planned.mandatory and learner.quit_day is not None:
            end_day = min(end_day, learner.quit_day)
        chance = profile.start_mandatory if planned.mandatory else profile.start_optional
        if planned.neglect:
            chance = NEGLECT_START_CHANCE
        reminded = planned.mandatory and not planned.neglect
        urgency = MANDATORY_URGENCY if planned.mandatory else 1.0
        gap_days = profile.gap_days * urgency
        delay = int(rng.expovariate(1.0 / (profile.delay_days * urgency)))
        if rng.random() >= chance:
            if not reminded:
                return self._untouched(learner, planned)
            delay += self._reminder_wait()
        first_day = to_working_day(rng, planned.assigned_day + delay)
        if first_day > end_day:
            return self._untouched(learner, planned)
        trail = _Trail(first_day, session_start(rng))
        employee = learner.person.id
        self._emit(employee, course.id, None, "started", trail)
        self._modules(trail, employee, course, profile, planned, (gap_days, end_day))
        if trail.abandoned or trail.out_of_time:
            return self._unfinished(learner, planned, course, trail, first_day)
        final_score: float | None = None
        if course.assessed:
            final_score, verdict = self._assess(
                trail, employee, course, profile, (gap_days, end_day), planned.mandatory
            )
            if verdict != "passed":
                return self._unfinished(
                    learner, planned, course, trail, first_day, failed=verdict == "failed",
                    score=final_score,
                )  # fmt: skip
        elif trail.quiz_scores:
            final_score = round(sum(trail.quiz_scores) / len(trail.quiz_scores), 1)
        trail.minute += 1
        self._emit(employee, course.id, None, "completed", trail, None, final_score)
        return self._completed(learner, planned, course, trail, first_day, final_score)

    def _modules(
        self, trail: _Trail, employee: int, course: CourseSpec, profile: Profile,
        planned: PlannedAssignment, pace: tuple[float, int],
    ) -> None:  # fmt: skip
        """Work through the modules until done, given up (abandoned) or out of time."""
        rng = self.rng
        gap_days, end_day = pace
        hazard = profile.stop_hazard * (MANDATORY_HAZARD_FACTOR if planned.mandatory else 1.0)
        weak = self.weak.get(course.id)
        dropoff = weak.dropoff_position if weak else 0
        pairs = zip(course.module_ids, course.module_minutes, strict=True)
        for position, (module_id, minutes) in enumerate(pairs, start=1):
            sessions = 1 + (rng.random() < 0.4) + (rng.random() < 0.12)
            per_session = minutes * profile.pace / sessions
            for session in range(sessions):
                if position > 1 or session > 0:
                    self._next_session(trail, gap_days)
                if trail.day > end_day:
                    trail.out_of_time = True
                    return
                duration = round(min(240.0, max(3.0, per_session * (0.6 + 0.8 * rng.random()))), 1)
                self._emit(employee, course.id, module_id, "progressed", trail, duration)
                trail.minute += int(duration)
                trail.spent += duration
                trail.module_share = (session + 1) / sessions
                if session == 0 and rng.random() < self._give_up_chance(
                    hazard, position, dropoff, planned.neglect
                ):
                    if not planned.mandatory or planned.neglect:
                        trail.abandoned = True
                        return
                    trail.day = to_working_day(rng, trail.day + self._reminder_wait())
                    trail.minute = session_start(rng)
                    if trail.day > end_day:
                        trail.out_of_time = True
                        return
            score = None
            if rng.random() < QUIZ_SHARE:
                score = _clamp_score(rng.gauss(profile.ability, 10.0))
                trail.quiz_scores.append(score)
            self._emit(employee, course.id, module_id, "module_completed", trail, None, score)
            trail.modules_done += 1
            trail.module_share = 0.0

    def _reminder_wait(self) -> int:
        return REMINDER_DAYS + int(self.rng.expovariate(1.0 / REMINDER_EXTRA_DAYS))

    @staticmethod
    def _give_up_chance(hazard: float, position: int, dropoff: int, neglect: bool) -> float:
        if neglect:
            return NEGLECT_HAZARD
        if position == dropoff:
            return hazard + WEAK_DROPOFF_HAZARD
        return hazard

    def _assess(
        self, trail: _Trail, employee: int, course: CourseSpec, profile: Profile,
        pace: tuple[float, int], mandatory: bool,
    ) -> tuple[float | None, str]:  # fmt: skip
        """The final assessment: "passed", "failed", or "pending" (a retake still to come)."""
        rng = self.rng
        gap_days, end_day = pace
        pass_mark = 70 if course.validity_months else 60
        attempts = MANDATORY_ATTEMPTS if mandatory else 2
        retake_chance = MANDATORY_RETAKE_CHANCE if mandatory else RETAKE_CHANCE
        mean = profile.ability + SCORE_OFFSET[course.difficulty]
        score: float | None = None
        for attempt in range(attempts):
            if attempt:
                if rng.random() >= retake_chance:
                    return score, "failed"
                self._next_session(trail, gap_days * 2)
                if trail.day > end_day:
                    return score, "pending"
            trail.minute += 2 + int(rng.random() * 20)
            score = _clamp_score(rng.gauss(mean + 6 * attempt, 11.0))
            duration = round(10 + 35 * rng.random(), 1)
            self._emit(employee, course.id, None, "attempted", trail, duration, score)
            trail.minute += int(duration)
            trail.spent += duration
            if score >= pass_mark:
                self._emit(employee, course.id, None, "passed", trail, None, score)
                return score, "passed"
            self._emit(employee, course.id, None, "failed", trail, None, score)
        return score, "failed"

    @staticmethod
    def _row(
        planned: PlannedAssignment,
        learner_id: int,
        status: str,
        *,
        percent: float = 0.0,
        score: float | None = None,
        hours: float = 0.0,
        started: int | None = None,
        completed: int | None = None,
        expiry: dt.date | None = None,
    ) -> AssignmentRow:
        return (
            planned.id,
            learner_id,
            planned.course_id,
            planned.path_id,
            day_text(planned.assigned_day),
            day_text(planned.due_day),
            int(planned.mandatory),
            status,
            percent,
            score,
            hours,
            optional_day_text(started),
            optional_day_text(completed),
            expiry.isoformat() if expiry else None,
            planned.source,
        )

    def _untouched(self, learner: Learner, planned: PlannedAssignment) -> Outcome:
        status = "not_started" if learner.person.active else "withdrawn"
        row = self._row(planned, learner.person.id, status)
        return Outcome(row, status, None, None, None, False)

    def _unfinished(
        self, learner: Learner, planned: PlannedAssignment, course: CourseSpec, trail: _Trail,
        first_day: int, *, failed: bool = False, score: float | None = None,
    ) -> Outcome:  # fmt: skip
        modules = len(course.module_ids)
        percent = round(100.0 * (trail.modules_done + trail.module_share) / modules, 1)
        status = "failed" if failed else "in_progress"
        if not learner.person.active:
            status = "withdrawn"  # people who left have their open training withdrawn
        elif not planned.mandatory and (trail.abandoned or learner.quit_day is not None):
            # A dropout's open courses are withdrawn once they stop learning altogether.
            dropout = learner.quit_day is not None
            chance = DROPOUT_WITHDRAW_CHANCE if dropout else OTHER_WITHDRAW_CHANCE
            if self.rng.random() < chance:
                status = "withdrawn"
        hours = round(trail.spent / 60.0, 2)
        row = self._row(
            planned, learner.person.id, status,
            percent=percent, score=score, hours=hours, started=first_day,
        )  # fmt: skip
        return Outcome(row, status, None, trail.last_active_day, score, trail.abandoned)

    def _completed(
        self, learner: Learner, planned: PlannedAssignment, course: CourseSpec, trail: _Trail,
        first_day: int, score: float | None,
    ) -> Outcome:  # fmt: skip
        expiry = None
        if course.validity_months:
            expiry = add_months(dt.date.fromordinal(trail.day), course.validity_months)
        hours = round(trail.spent / 60.0, 2)
        row = self._row(
            planned, learner.person.id, "completed", percent=100.0, score=score, hours=hours,
            started=first_day, completed=trail.day, expiry=expiry,
        )  # fmt: skip
        return Outcome(row, "completed", trail.day, trail.day, score, False)
