"""Transparent rules for files with too few finished assignments to learn from.

Each warning sign adds points; the points map to a probability through one fixed logistic
curve (0 points ≈ 10%, 4 ≈ 50%, 8 ≈ 90%), so an admin can redo any score by hand. The signs
that fired, heaviest first, are the factors.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from core.analytics.risk_factors import describe, distinct_factors
from core.messages import Message

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

BASE_LOGIT = -2.2  # 0 points: ~10%
LOGIT_PER_POINT = 0.55


def _nan(value: float) -> bool:
    return math.isnan(value)


def _idle(v: Mapping[str, float]) -> bool:
    if v["started"]:
        return v["days_inactive_course"] >= 21
    return v["days_assigned"] >= 14


def _behind(v: Mapping[str, float]) -> bool:
    used = v["time_used"]
    percent = 0.0 if _nan(v["percent"]) else v["percent"]
    return not _nan(used) and used >= 0.5 and percent < 100 * used - 25


@dataclass(frozen=True)
class Rule:
    feature: str  # whose wording explains it
    points: int
    fires: Callable[[Mapping[str, float]], bool]


RULES = (
    Rule("days_inactive_course", 2, _idle),
    Rule("percent", 2, _behind),
    Rule("other_overdue", 2, lambda v: v["other_overdue"] >= 3),
    Rule("other_overdue", 1, lambda v: 1 <= v["other_overdue"] < 3),
    Rule("first_score", 1, lambda v: not _nan(v["first_score"]) and v["first_score"] < 50),
    Rule("mean_score", 1, lambda v: not _nan(v["mean_score"]) and v["mean_score"] < 60),
    Rule("failed_attempts", 1, lambda v: v["failed_attempts"] >= 1),
    Rule("on_time_rate", 1, lambda v: not _nan(v["on_time_rate"]) and v["on_time_rate"] < 0.6),
    Rule("course_missed_rate", 1, lambda v: v["course_missed_rate"] >= 0.4),
    Rule(
        "days_inactive_any",
        1,
        lambda v: _nan(v["days_inactive_any"]) or v["days_inactive_any"] >= 60,
    ),
)


def points_to_probability(points: float) -> float:
    return 1.0 / (1.0 + math.exp(-(BASE_LOGIT + LOGIT_PER_POINT * points)))


def score_row(values: Mapping[str, float]) -> tuple[float, tuple[Message, ...]]:
    """(probability, factors) of one row of features."""
    fired = [rule for rule in RULES if rule.fires(values)]
    fired.sort(key=lambda rule: -rule.points)
    points = sum(rule.points for rule in fired)
    factors = distinct_factors(describe(rule.feature, values) for rule in fired)
    return points_to_probability(points), factors


def score_rules(frame: pd.DataFrame) -> tuple[np.ndarray, list[tuple[Message, ...]]]:
    """Probabilities and factors for every row of a feature frame."""
    import numpy as np

    probabilities = np.empty(len(frame))
    factors: list[tuple[Message, ...]] = []
    records = cast("list[dict[str, float]]", frame.to_dict("records"))
    for i, values in enumerate(records):
        probabilities[i], row_factors = score_row(values)
        factors.append(row_factors)
    return probabilities, factors
