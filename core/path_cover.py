"""Choosing a plan's courses: a greedy weighted set cover over the gap levels.

The "elements" to cover are the gap levels
(a person at SQL 1 whose role needs SQL 3 has two levels to close); each course covers
the levels between where the person stands and the level the course brings them to. Each
step takes the course whose *bundle* (the course plus the prerequisites the person lacks)
has the best

    gap levels closed / (cost in the base currency + hours × HOUR_WEIGHT)

and stops when no affordable course closes anything more. ``HOUR_WEIGHT`` prices an hour
of the learner's time, so a free 40-hour course does not beat a 50-unit 2-hour one. Greedy
set cover is within a log factor of the cheapest cover and fast on any real catalog; the
admin edits the result anyway (:mod:`core.path_plan`). Ties go to the smaller course code,
so the same data always gives the same plan.

With a budget, a bundle that would overspend is skipped; the gaps no affordable course
closes stay open and the plan says so. Completed courses are neither chosen again nor
added as prerequisites. A course priced in a currency Settings hold no exchange rate for
has an unknown cost: it is left out (never counted as free) and the plan's notes name it
and the currency, so one such course no longer stops every plan.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.messages import Message, msg
from core.path_plan import (
    CourseFacts,
    Gap,
    OpenGap,
    Plan,
    PlanStep,
    missing_prerequisites,
    schedule,
    stable_prerequisite_order,
)

# Base-currency units one hour of the learner's time is worth when comparing courses.
HOUR_WEIGHT = 10.0
# How many left-out courses a note names before "…".
NAMED_COURSES = 5


@dataclass(frozen=True)
class PlanInputs:
    """Everything a plan is computed from, already read from the database."""

    employee_id: str
    target: str
    gaps: tuple[Gap, ...]
    courses: Mapping[str, CourseFacts]
    done: frozenset[str]  # codes the person completed
    start: dt.date
    hours_per_week: float
    budget: float | None


@dataclass
class _Cover:
    """The greedy cover's running state."""

    targets: dict[str, int]
    reached: dict[str, int]
    chosen: list[str]
    reasons: dict[str, list[Message]]
    spent: float = 0.0

    def gain(self, courses: Sequence[CourseFacts]) -> int:
        reached = dict(self.reached)
        for course in courses:
            for skill, level in course.teaches.items():
                if skill in reached:
                    reached[skill] = max(reached[skill], min(level, self.targets[skill]))
        return sum(reached[s] - self.reached[s] for s in reached)

    def take(self, course: CourseFacts, why: Message | None) -> None:
        self.chosen.append(course.code)
        reasons = self.reasons.setdefault(course.code, [])
        if why is not None:
            reasons.append(why)
        for skill, level in sorted(course.teaches.items()):
            if skill in self.reached and min(level, self.targets[skill]) > self.reached[skill]:
                reached = min(level, self.targets[skill])
                reasons.append(
                    msg(
                        "pathplan.reason_gap",
                        skill=skill,
                        current=self.reached[skill],
                        reached=reached,
                        target=self.targets[skill],
                    )
                )
                self.reached[skill] = reached
        self.spent += course.cost


def _best_bundle(
    cover: _Cover,
    courses: Mapping[str, CourseFacts],
    done: frozenset[str],
    budget: float | None,
) -> list[str] | None:
    best: tuple[float, str] | None = None
    best_bundle: list[str] | None = None
    have = set(done) | set(cover.chosen)
    for course in courses.values():
        if not course.can_plan or course.code in have:
            continue
        if not any(s in cover.targets for s in course.teaches):
            continue
        bundle = [*missing_prerequisites(courses, course.code, have), course.code]
        facts = [courses[c] for c in bundle]
        if not all(f.can_plan for f in facts):
            continue  # a retired (or unpriced) prerequisite rules the course out
        gain = cover.gain(facts)
        cost = sum(f.cost for f in facts)
        if gain <= 0 or (budget is not None and cover.spent + cost > budget + 1e-9):
            continue
        price = cost + HOUR_WEIGHT * sum(f.hours for f in facts)
        ratio = gain / price if price > 0 else math.inf
        # Highest ratio first; on a tie the smaller code, so plans are reproducible.
        if best is None or ratio > best[0] or (ratio == best[0] and course.code < best[1]):
            best, best_bundle = (ratio, course.code), bundle
    return best_bundle


def _cover_gaps(
    gaps: Sequence[Gap],
    courses: Mapping[str, CourseFacts],
    done: frozenset[str],
    budget: float | None,
) -> _Cover:
    cover = _Cover(
        targets={g.skill: g.target for g in gaps},
        reached={g.skill: g.current for g in gaps},
        chosen=[],
        reasons={},
    )
    while (bundle := _best_bundle(cover, courses, done, budget)) is not None:
        goal = bundle[-1]
        for code in bundle[:-1]:
            needing = next((c for c in bundle if code in courses[c].requires), goal)
            cover.take(courses[code], msg("pathplan.reason_prerequisite", course=needing))
        cover.take(courses[goal], None)
        # A course chosen earlier for its own gaps may now also be a prerequisite: say so.
        for code in bundle:
            for required in courses[code].requires:
                if required in cover.reasons and required not in bundle:
                    why = msg("pathplan.reason_prerequisite", course=code)
                    cover.reasons[required].append(why)
    return cover


def _open_gaps(
    gaps: Sequence[Gap], cover: _Cover, courses: Mapping[str, CourseFacts], budget: float | None
) -> tuple[OpenGap, ...]:
    found: list[OpenGap] = []
    for gap in gaps:
        reached = cover.reached[gap.skill]
        if reached >= gap.target:
            continue
        # With no budget the cover stops only when nothing raises the skill further.
        raising = [
            c
            for c in courses.values()
            if c.active and c.code not in cover.chosen and c.teaches.get(gap.skill, 0) > reached
        ]
        unpriced = sorted({c.unpriced_currency for c in raising if c.unpriced_currency})
        if budget is not None and any(c.can_plan for c in raising):
            reason = msg(
                "pathplan.open_budget", skill=gap.skill, reached=reached, target=gap.target
            )
        elif unpriced:
            reason = msg(
                "pathplan.open_no_rate",
                skill=gap.skill,
                reached=reached,
                target=gap.target,
                currency=", ".join(unpriced),
            )
        else:
            reason = msg(
                "pathplan.open_no_course", skill=gap.skill, reached=reached, target=gap.target
            )
        found.append(OpenGap(gap.skill, gap.target, gap.current, reached, reason))
    return tuple(found)


def compose_plan(inputs: PlanInputs) -> Plan:
    """Cover the gaps, order prerequisites first, schedule from the start date."""
    courses = inputs.courses
    cover = _cover_gaps(inputs.gaps, courses, inputs.done, inputs.budget)
    requires = {code: courses[code].requires for code in cover.chosen}
    steps = [
        PlanStep(
            code,
            courses[code].title,
            courses[code].hours,
            courses[code].cost,
            tuple(cover.reasons[code]),
        )
        for code in stable_prerequisite_order(cover.chosen, requires)
    ]
    return Plan(
        employee_id=inputs.employee_id,
        target=inputs.target,
        start=inputs.start,
        hours_per_week=inputs.hours_per_week,
        budget=inputs.budget,
        gaps=inputs.gaps,
        steps=schedule(steps, inputs.start, inputs.hours_per_week),
        open_gaps=_open_gaps(inputs.gaps, cover, courses, inputs.budget),
        courses=courses,
        done=inputs.done,
        notes=unpriced_notes(inputs.gaps, courses, inputs.done),
    )


def unpriced_notes(
    gaps: Sequence[Gap], courses: Mapping[str, CourseFacts], done: frozenset[str]
) -> tuple[Message, ...]:
    """One note per currency without a rate, naming the left-out courses that mattered."""
    wanted = {gap.skill for gap in gaps}
    left_out: dict[str, list[str]] = {}
    for course in courses.values():
        currency = course.unpriced_currency
        if currency and course.active and course.code not in done and wanted & set(course.teaches):
            left_out.setdefault(currency, []).append(course.code)
    return tuple(
        msg(
            "pathplan.note_no_rate",
            currency=currency,
            count=len(codes),
            courses=", ".join(codes[:NAMED_COURSES])
            + (", …" if len(codes) > NAMED_COURSES else ""),
        )
        for currency, codes in sorted(left_out.items())
    )
