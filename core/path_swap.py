"""What a planned course could be swapped for: other courses that close the same gaps.

The gaps a step closes are the plan's gap skills it teaches above where the person
stands. An alternative teaches at least one of them; it *covers fully* when it brings each
of them at least as far as the step did. Cheapest first (with the prerequisites the person
would also need), then shortest, so the admin reads the best trade at the top; full
covers before partial ones. Retired courses, courses priced in a currency without an
exchange rate, and ones whose prerequisites cannot be taken are not offered.
:func:`core.path_plan.swap` then makes the change and recomputes the dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.path_plan import Plan, missing_prerequisites

# More than this many alternatives is a catalog search, not a swap.
MOST_OPTIONS = 25


@dataclass(frozen=True)
class SwapOption:
    code: str
    title: str
    hours: float
    cost: float
    # Prerequisites the person lacks, added before it by the swap (deepest first).
    adds: tuple[str, ...]
    total_hours: float  # with those prerequisites
    total_cost: float
    # Gap skill → the level it brings the person to (capped at the target).
    raises: tuple[tuple[str, int], ...]
    covers_fully: bool


def closed_by(plan: Plan, code: str) -> dict[str, int]:
    """Gap skill → the level (capped at the target) that course ``code`` brings them to."""
    teaches = plan.courses[code].teaches
    return {
        gap.skill: min(teaches[gap.skill], gap.target)
        for gap in plan.gaps
        if teaches.get(gap.skill, 0) > gap.current
    }


def swap_options(plan: Plan, code: str) -> tuple[SwapOption, ...]:
    """The courses that could replace step ``code``, best trade first; () when none."""
    wanted = closed_by(plan, code)
    if not wanted:
        return ()  # in the plan only as a prerequisite: nothing else closes "its" gap
    in_plan = {step.code for step in plan.steps}
    have = set(plan.done) | (in_plan - {code})
    options: list[SwapOption] = []
    for course in plan.courses.values():
        if course.code in in_plan or course.code in plan.done or not course.can_plan:
            continue
        raises = closed_by(plan, course.code)
        if not set(raises) & set(wanted):
            continue
        adds = tuple(missing_prerequisites(plan.courses, course.code, have))
        bundle = [plan.courses[c] for c in (*adds, course.code)]
        if not all(facts.can_plan for facts in bundle):
            continue
        options.append(
            SwapOption(
                code=course.code,
                title=course.title,
                hours=course.hours,
                cost=course.cost,
                adds=adds,
                total_hours=sum(f.hours for f in bundle),
                total_cost=sum(f.cost for f in bundle),
                raises=tuple(sorted((s, lv) for s, lv in raises.items() if s in wanted)),
                covers_fully=all(raises.get(s, 0) >= level for s, level in wanted.items()),
            )
        )
    options.sort(key=lambda o: (not o.covers_fully, o.total_cost, o.total_hours, o.code))
    return tuple(options[:MOST_OPTIONS])
