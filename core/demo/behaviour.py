"""How each demo learner behaves: a named archetype with personal noise.

The archetypes are the planted truth that segmenting should rediscover. Every person's
numbers are drawn around their archetype's, and a share of each person's courses follow
another archetype altogether, so the groups overlap the way real people do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

BEHAVIOURS = (
    "fast_finishers",
    "steady",
    "late_finishers",
    "stalled_starters",
    "dropouts",
    "mandatory_only",
)
BEHAVIOUR_SHARES = (0.15, 0.33, 0.15, 0.13, 0.09, 0.15)
# Chance that an active person of each archetype is planted as at risk of missing
# mandatory training.
AT_RISK_CHANCE = {
    "fast_finishers": 0.02,
    "steady": 0.05,
    "late_finishers": 0.35,
    "stalled_starters": 0.45,
    "dropouts": 0.35,
    "mandatory_only": 0.03,
}
# Share of a person's courses that follow a different archetype (a busy month, a topic
# they love): the noise that keeps segments from being perfectly separable.
OFF_PATTERN_SHARE = 0.12


@dataclass(frozen=True, slots=True)
class Profile:
    behaviour: str
    start_optional: float  # chance to start an optional course at all
    start_mandatory: float
    delay_days: float  # mean days from assignment to the first session
    gap_days: float  # mean days between sessions
    stop_hazard: float  # chance to give up at each module
    ability: float  # mean assessment score out of 100
    pace: float  # multiplies the time a module takes
    generosity: float  # how a person's ratings lean


# Each archetype differs from the others in its own signature behaviour, and the rest is
# close to "steady": fast finishers start within a day and come back the same day; late
# finishers wait about two months to start and take long breaks, but finish; stalled
# starters start nearly everything at once and give up early in most of it; drop-outs
# start fewer optional courses and leave them unfinished when they stop learning
# (plan.QUIT_AFTER_DAYS); mandatory-only people hardly start anything optional. Personal
# noise (draw_profile) and off-pattern courses keep the groups overlapping: a classifier
# told the groups recovers them with an ARI of about 0.75, not 1.
ARCHETYPES: dict[str, Profile] = {
    "fast_finishers": Profile("fast_finishers", 0.9, 0.99, 1.0, 0.5, 0.02, 84.0, 0.8, 0.2),
    "steady": Profile("steady", 0.85, 0.98, 10.0, 5.0, 0.04, 76.0, 1.0, 0.0),
    "late_finishers": Profile("late_finishers", 0.75, 0.94, 60.0, 14.0, 0.03, 72.0, 1.15, -0.1),
    "stalled_starters": Profile("stalled_starters", 0.97, 0.92, 3.0, 8.0, 0.6, 68.0, 1.1, -0.2),
    "dropouts": Profile("dropouts", 0.55, 0.9, 20.0, 6.0, 0.2, 62.0, 1.2, -0.4),
    "mandatory_only": Profile("mandatory_only", 0.05, 0.97, 9.0, 4.0, 0.04, 74.0, 1.0, 0.0),
}


def _chance(rng: random.Random, value: float) -> float:
    return min(0.99, max(0.02, value + rng.gauss(0.0, 0.07)))


def draw_behaviour(rng: random.Random) -> str:
    return rng.choices(BEHAVIOURS, weights=BEHAVIOUR_SHARES)[0]


def draw_profile(rng: random.Random, behaviour: str) -> Profile:
    """The archetype's numbers, each moved a little for this one person."""
    base = ARCHETYPES[behaviour]
    return replace(
        base,
        start_optional=_chance(rng, base.start_optional),
        start_mandatory=_chance(rng, base.start_mandatory),
        delay_days=base.delay_days * rng.lognormvariate(0.0, 0.35),
        gap_days=base.gap_days * rng.lognormvariate(0.0, 0.35),
        stop_hazard=min(0.9, base.stop_hazard * rng.lognormvariate(0.0, 0.35)),
        ability=base.ability + rng.gauss(0.0, 6.0),
        pace=base.pace * rng.lognormvariate(0.0, 0.2),
        generosity=base.generosity + rng.gauss(0.0, 0.35),
    )


def at_risk_version(profile: Profile) -> Profile:
    """People planted at risk also struggle a little more with everything else."""
    return replace(
        profile,
        ability=profile.ability - 6.0,
        stop_hazard=min(0.9, profile.stop_hazard + 0.08),
        delay_days=profile.delay_days * 1.3,
    )


def off_pattern(rng: random.Random) -> Profile:
    """Another archetype's plain numbers, for one course that breaks the person's habit."""
    return ARCHETYPES[BEHAVIOURS[int(rng.random() * len(BEHAVIOURS))]]
