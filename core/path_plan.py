"""A learning plan as data, its week-by-week schedule, and the admin's edits to it.

Qt-free and database-free: :mod:`core.pathbuilder` builds a :class:`Plan` from the
database; the functions here reorder, remove and swap its steps and recompute the dates.
Every edit keeps prerequisites before the courses that need them, or is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from core.errors import InputRefused
from core.messages import Message, msg

WEEK = dt.timedelta(days=7)
_SLACK = 1e-9  # hours; below a millisecond of work


@dataclass(frozen=True)
class CourseFacts:
    """What the planner needs to know of one course; cost already in the base currency."""

    code: str
    title: str
    hours: float
    cost: float
    teaches: Mapping[str, int]  # skill name → the level the course brings a learner to
    requires: tuple[str, ...]  # codes of its direct prerequisites
    active: bool = True
    # The currency of its price when Settings hold no exchange rate for it: the cost in the
    # base currency is unknown, so the planner leaves the course out and says why.
    unpriced_currency: str | None = None

    @property
    def can_plan(self) -> bool:
        """Offered and priced: a course the planner may choose or swap in."""
        return self.active and self.unpriced_currency is None


@dataclass(frozen=True)
class Gap:
    skill: str
    target: int
    current: int


@dataclass(frozen=True)
class OpenGap:
    skill: str
    target: int
    current: int
    reached: int  # the level the plan brings the person to
    reason: Message


@dataclass(frozen=True)
class PlanStep:
    code: str
    title: str
    hours: float
    cost: float
    reasons: tuple[Message, ...]
    start: dt.date = dt.date.min
    end: dt.date = dt.date.min  # the due date: the last day of the week its last hour falls in
    # (week index from the plan's start, hours spent in that week): the schedule itself
    weeks: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True)
class Plan:
    employee_id: str
    target: str  # a role's name, or the skills as typed, for headings
    start: dt.date
    hours_per_week: float
    budget: float | None
    gaps: tuple[Gap, ...]
    steps: tuple[PlanStep, ...]
    open_gaps: tuple[OpenGap, ...]
    # The catalog snapshot the plan was built from, so edits need no database.
    courses: Mapping[str, CourseFacts] = field(repr=False)
    done: frozenset[str] = field(repr=False)  # codes the person completed
    # What the admin should know about how the plan was made (courses left out and why).
    notes: tuple[Message, ...] = ()

    @property
    def total_cost(self) -> float:
        return sum(step.cost for step in self.steps)

    @property
    def total_hours(self) -> float:
        return sum(step.hours for step in self.steps)

    @property
    def budget_left(self) -> float | None:
        """Negative when the admin's edits went over the budget."""
        return None if self.budget is None else self.budget - self.total_cost

    @property
    def end(self) -> dt.date | None:
        return self.steps[-1].end if self.steps else None


def schedule(
    steps: Sequence[PlanStep], start: dt.date, hours_per_week: float
) -> tuple[PlanStep, ...]:
    """Dates for the steps taken one after another at ``hours_per_week``.

    Week ``k`` runs from ``start + 7k`` for seven days. A step starts in the week its first
    hour falls in and is due on the last day of the week its last hour falls in, so a long
    course spans weeks and no week holds more than ``hours_per_week`` hours.
    """
    week, used = 0, 0.0
    dated: list[PlanStep] = []
    for step in steps:
        if used >= hours_per_week - _SLACK:
            week, used = week + 1, 0.0
        first = week
        spent: list[tuple[int, float]] = []
        left = step.hours
        # The slack stops float residue (0.1 + 0.2 ...) from spilling a crumb into a new week.
        while left > _SLACK:
            if used >= hours_per_week - _SLACK:
                week, used = week + 1, 0.0
            chunk = min(left, hours_per_week - used)
            spent.append((week, chunk))
            used += chunk
            left -= chunk
        last = spent[-1][0] if spent else first
        dated.append(
            replace(
                step,
                start=start + first * WEEK,
                end=start + last * WEEK + dt.timedelta(days=6),
                weeks=tuple(spent),
            )
        )
    return tuple(dated)


def stable_prerequisite_order(
    codes: Sequence[str], requires: Mapping[str, Iterable[str]]
) -> list[str]:
    """``codes`` reordered so each comes after its prerequisites among them; otherwise as given.

    Kahn's algorithm that always takes the earliest ready code, so an order that already
    respects the prerequisites comes back unchanged.
    """
    position = {code: i for i, code in enumerate(codes)}
    waiting = {c: {r for r in requires.get(c, ()) if r in position} for c in codes}
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(codes):
        ready = [c for c in codes if c not in placed and waiting[c] <= placed]
        # A loop cannot be saved in the catalog; should one slip in, keep the given order.
        nxt = (
            min(ready, key=position.__getitem__)
            if ready
            else next(c for c in codes if c not in placed)
        )
        ordered.append(nxt)
        placed.add(nxt)
    return ordered


def prerequisite_problem(plan: Plan, codes: Sequence[str]) -> Message | None:
    """The first step placed before a prerequisite it needs (and the person lacks), or None."""
    seen: set[str] = set()
    in_plan = set(codes)
    for code in codes:
        for required in plan.courses[code].requires:
            if required in in_plan and required not in seen and required not in plan.done:
                return msg(
                    "pathplan.order_breaks_prerequisite",
                    field="steps",
                    course=code,
                    prerequisite=required,
                )
        seen.add(code)
    return None


def open_gaps_of(plan: Plan, steps: Sequence[PlanStep], reason_code: str) -> tuple[OpenGap, ...]:
    """The gaps the steps leave open; ``reason_code`` says why for the ones no step closes."""
    reached = {gap.skill: gap.current for gap in plan.gaps}
    for step in steps:
        for skill, level in plan.courses[step.code].teaches.items():
            if skill in reached:
                reached[skill] = max(reached[skill], level)
    previous = {g.skill: g for g in plan.open_gaps}
    found: list[OpenGap] = []
    for gap in plan.gaps:
        level = min(reached[gap.skill], gap.target)
        if level >= gap.target:
            continue
        old = previous.get(gap.skill)
        reason = (
            old.reason
            if old is not None and old.reached == level
            else msg(reason_code, skill=gap.skill, reached=level, target=gap.target)
        )
        found.append(OpenGap(gap.skill, gap.target, gap.current, level, reason))
    return tuple(found)


def _with_steps(plan: Plan, steps: Sequence[PlanStep]) -> Plan:
    problem = prerequisite_problem(plan, [s.code for s in steps])
    if problem is not None:
        raise InputRefused(problem)
    dated = schedule(steps, plan.start, plan.hours_per_week)
    still_open = open_gaps_of(plan, dated, "pathplan.open_not_in_plan")
    return replace(plan, steps=dated, open_gaps=still_open)


def _index(plan: Plan, code: str) -> int:
    for i, step in enumerate(plan.steps):
        if step.code.casefold() == code.strip().casefold():
            return i
    raise InputRefused(msg("pathplan.not_in_plan", field="course", course=code.strip()))


def reorder(plan: Plan, code: str, position: int) -> Plan:
    """Move ``code`` to ``position`` (1-based) and recompute the dates.

    Refused when it would put a course before one of its prerequisites.
    """
    if not 1 <= position <= len(plan.steps):
        raise InputRefused(
            msg("pathplan.bad_position", field="position", value=position, steps=len(plan.steps))
        )
    steps = list(plan.steps)
    moved = steps.pop(_index(plan, code))
    steps.insert(position - 1, moved)
    return _with_steps(plan, steps)


def _refuse_if_needed(plan: Plan, code: str, steps: Sequence[PlanStep]) -> None:
    """Taking ``code`` out is refused while one of ``steps`` needs it and it is not done."""
    if code in plan.done:
        return
    for step in steps:
        if code in plan.courses[step.code].requires:
            raise InputRefused(
                msg(
                    "pathplan.remove_breaks_prerequisite",
                    field="steps",
                    course=code,
                    dependent=step.code,
                )
            )


def remove(plan: Plan, code: str) -> Plan:
    """Drop ``code`` and recompute the dates; refused while a later step needs it first."""
    index = _index(plan, code)
    kept = [s for i, s in enumerate(plan.steps) if i != index]
    _refuse_if_needed(plan, plan.steps[index].code, kept)
    return _with_steps(plan, kept)


def step_for(facts: CourseFacts, reasons: tuple[Message, ...]) -> PlanStep:
    return PlanStep(facts.code, facts.title, facts.hours, facts.cost, reasons)


def missing_prerequisites(
    courses: Mapping[str, CourseFacts], code: str, have: set[str]
) -> list[str]:
    """Prerequisites of ``code``, transitively, not in ``have``: the deepest first."""
    found: list[str] = []
    seen = set(have)

    def visit(current: str) -> None:
        for required in courses[current].requires:
            if required not in seen:
                seen.add(required)
                visit(required)
                found.append(required)

    visit(code)
    return found


def _gap_reasons(plan: Plan, before: Sequence[PlanStep], code: str) -> list[Message]:
    """What ``code`` raises, from the levels the steps ``before`` it reach."""
    target = {gap.skill: gap.target for gap in plan.gaps}
    reached = {gap.skill: gap.current for gap in plan.gaps}
    for step in before:
        for skill, level in plan.courses[step.code].teaches.items():
            if skill in reached:
                reached[skill] = max(reached[skill], min(level, target[skill]))
    return [
        msg(
            "pathplan.reason_gap",
            skill=skill,
            current=reached[skill],
            reached=min(level, target[skill]),
            target=target[skill],
        )
        for skill, level in sorted(plan.courses[code].teaches.items())
        if skill in reached and min(level, target[skill]) > reached[skill]
    ]


def swap(plan: Plan, old_code: str, new_code: str) -> Plan:
    """Put ``new_code`` where ``old_code`` was and recompute the dates.

    The new course's missing prerequisites are added just before it. Refused when the
    new course is unknown or in the plan already, or when a later step needed the old one.
    """
    index = _index(plan, old_code)
    old = plan.steps[index].code
    new = next((c for c in plan.courses if c.casefold() == new_code.strip().casefold()), None)
    if new is None:
        raise InputRefused(msg("pathplan.unknown_course", field="course", course=new_code.strip()))
    currency = plan.courses[new].unpriced_currency
    if currency is not None:
        raise InputRefused(
            msg("pathplan.swap_no_rate", field="course", course=new, currency=currency)
        )
    if any(s.code == new for s in plan.steps):
        raise InputRefused(msg("pathplan.already_in_plan", field="course", course=new))
    kept = [s for i, s in enumerate(plan.steps) if i != index]
    have = set(plan.done) | {s.code for s in kept}
    added = [
        step_for(plan.courses[c], (msg("pathplan.reason_prerequisite", course=new),))
        for c in missing_prerequisites(plan.courses, new, have)
    ]
    before = [*kept[:index], *added]
    why = (msg("pathplan.reason_swapped", course=old), *_gap_reasons(plan, before, new))
    steps = [*before, step_for(plan.courses[new], why), *kept[index:]]
    _refuse_if_needed(plan, old, steps)
    return _with_steps(plan, steps)
