"""A feature of one assignment, in plain words with its number ("first quiz 41%").

Several features tell the same story (not started, days inactive on the course); they share
one wording, and :func:`distinct_factors` keeps the first of each.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from core.messages import Message, msg

# Features that tell one story are made typical together when explaining a score.
EXPLAIN_GROUPS: tuple[tuple[str, ...], ...] = (
    ("days_inactive_course", "started"),
    ("percent", "time_used", "days_to_due"),
    ("days_inactive_any",),
    ("first_score",),
    ("mean_score",),
    ("failed_attempts",),
    ("events",),
    ("days_assigned",),
    ("mandatory",),
    ("other_overdue",),
    ("on_time_rate",),
    ("course_hours",),
    ("course_difficulty",),
    ("course_missed_rate",),
)


def _missing(value: float) -> bool:
    return value is None or math.isnan(value)


def _whole(value: float) -> int:
    return round(value)


def _progress(values: Mapping[str, float]) -> Message | None:
    percent = values.get("percent_shown", math.nan)
    if _missing(percent):
        percent = 0.0 if _missing(values["percent"]) else values["percent"]
    if not values["started"] and percent == 0:
        return _inactivity(values)  # "not started" tells it already
    if _missing(values["days_to_due"]) or values["days_to_due"] < 0:
        return msg(
            "risk.factor.behind_no_due",
            percent=_whole(percent),
            days=_whole(values["days_assigned"]),
        )
    return msg("risk.factor.behind", days=_whole(values["days_to_due"]), percent=_whole(percent))


def _inactivity(values: Mapping[str, float]) -> Message | None:
    days = values["days_inactive_course"]
    if _missing(days):
        return None
    code = "risk.factor.inactive_course" if values["started"] else "risk.factor.not_started"
    return msg(code, days=_whole(days))


def _score(values: Mapping[str, float], name: str, code: str) -> Message:
    if _missing(values[name]):
        return msg("risk.factor.no_score")
    return msg(code, score=_whole(values[name]))


def describe(name: str, values: Mapping[str, float]) -> Message | None:
    """The words for feature ``name`` given the row's feature values (None: nothing to say)."""
    value = values.get(name, math.nan)
    if name in ("days_inactive_course", "started"):
        return _inactivity(values)
    if name == "days_assigned" and not values["started"]:
        return _inactivity(values)  # "not started N days after being assigned" says it
    if name in ("percent", "days_to_due", "time_used"):
        return _progress(values)
    if name == "days_inactive_any":
        if _missing(value):
            return msg("risk.factor.never_active")
        return msg("risk.factor.inactive_any", days=_whole(value))
    if name == "first_score":
        return _score(values, name, "risk.factor.first_score")
    if name == "mean_score":
        return _score(values, name, "risk.factor.mean_score")
    return _describe_other(name, value)


def _describe_other(name: str, value: float) -> Message | None:
    if _missing(value) and name != "on_time_rate":
        return None
    simple = {
        "failed_attempts": ("risk.factor.failed_attempts", "count", 1.0),
        "events": ("risk.factor.few_events", "count", 1.0),
        "days_assigned": ("risk.factor.assigned_long_ago", "days", 1.0),
        "other_overdue": ("risk.factor.other_overdue", "count", 1.0),
        "course_missed_rate": ("risk.factor.course_missed_rate", "percent", 100.0),
    }
    if name in simple:
        code, key, scale = simple[name]
        return msg(code, **{key: _whole(value * scale)})
    if name == "mandatory":
        return msg("risk.factor.mandatory" if value else "risk.factor.optional")
    if name == "on_time_rate":
        if _missing(value):
            return msg("risk.factor.no_history")
        return msg("risk.factor.on_time_rate", percent=_whole(100 * value))
    if name == "course_hours":
        return msg("risk.factor.long_course", hours=round(value, 1))
    if name == "course_difficulty":
        level = min(2, max(0, _whole(value)))
        return msg(f"risk.factor.difficulty.{level}")
    return None


def overdue_story(values: Mapping[str, float], days: int, top: int = 3) -> tuple[Message, ...]:
    """An assignment already past due: by how long, where it stands, what else is overdue."""
    others = describe("other_overdue", values) if values["other_overdue"] >= 1 else None
    stands = describe("percent", values) if values["started"] else describe("started", values)
    low_score = describe("first_score", values) if values["first_score"] < 60 else None
    overdue = msg("risk.factor.overdue", days=days)
    return distinct_factors((overdue, stands, others, low_score), top)


def distinct_factors(messages: Iterable[Message | None], top: int = 3) -> tuple[Message, ...]:
    """The first ``top`` messages, each story told once."""
    chosen: list[Message] = []
    for message in messages:
        if message is not None and message not in chosen:
            chosen.append(message)
        if len(chosen) == top:
            break
    return tuple(chosen)
