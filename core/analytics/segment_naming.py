"""Plain names, distinctive features and suggested actions for segments, from their profiles.

Rules read the segment's robust z-scores: its members' mean scaled value per feature minus
everyone's (0 = like everyone; 1 = one interquartile range above). Each name has a score;
segments take names greedily, best score first, so names are unique; a segment whose best
name is taken gets it with a qualifier ("Steady learners, more active").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from core.messages import Message, msg

Z = Mapping[str, float]

# "Steady" is what a segment close to everyone's average is called: another name must
# score more than this to beat it.
STEADY_SCORE = 0.35
# Below this a name does not fit at all, even when it is still free: the segment shares a
# name it fits better, with a qualifier.
FIT_SCORE = 0.2


def _z(z: Z, name: str) -> float:
    return z.get(name, 0.0)


NAME_RULES: dict[str, Callable[[Z], float]] = {
    "inactive": lambda z: min(_z(z, "days_since_active"), -_z(z, "hours_per_month")) * 0.8,
    "dropouts": lambda z: (
        _z(z, "days_since_optional_start") + _z(z, "stall_rate") + _z(z, "days_since_active")
    ) / 3,
    "mandatory_only": lambda z: (-_z(z, "optional_start_rate") + _z(z, "mandatory_share")) / 2,
    "late_finishers": lambda z: (
        _z(z, "start_delay") + _z(z, "average_delay") - _z(z, "on_time_rate")
    ) / 3,
    "stalled_starters": lambda z: (
        _z(z, "stall_rate") - _z(z, "completion_rate") + min(0.0, _z(z, "optional_start_rate"))
    ) / 2,
    "fast_finishers": lambda z: (
        -_z(z, "session_gap") - _z(z, "start_delay") + _z(z, "completion_rate")
        + _z(z, "on_time_rate")
    ) / 4,
    "steady": lambda z: STEADY_SCORE,
}  # fmt: skip

QUALIFIER_RULES: tuple[tuple[str, str, str], ...] = (
    # (feature, qualifier when above everyone, qualifier when below)
    ("hours_per_month", "more_active", "less_active"),
    ("average_score", "higher_scores", "lower_scores"),
)


def name_keys(zs: Sequence[Z]) -> list[str]:
    """The rule name of each segment (keys of NAME_RULES), unique where the rules allow."""
    chosen: dict[int, str] = {}
    taken: set[str] = set()
    ranked = sorted(
        ((rule(z), index, key) for index, z in enumerate(zs) for key, rule in NAME_RULES.items()),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for score, index, key in ranked:
        if score >= FIT_SCORE and index not in chosen and key not in taken:
            chosen[index] = key
            taken.add(key)
    # More segments than names: the rest take their best name, to be qualified.
    for index, z in enumerate(zs):
        if index not in chosen:
            chosen[index] = max(NAME_RULES, key=lambda key: NAME_RULES[key](z))
    return [chosen[index] for index in range(len(zs))]


def segment_names(zs: Sequence[Z]) -> list[tuple[str, Message]]:
    """(rule key, display name) per segment; a repeated key gets a qualifier or a number."""
    keys = name_keys(zs)
    names: list[tuple[str, Message]] = []
    used: set[str] = set()
    for index, key in enumerate(keys):
        code = f"segment.name.{key}"
        if code in used:
            code = _qualified(key, zs[index], used)
        used.add(code)
        message = msg(code, n=index + 1) if code.startswith("segment.numbered") else msg(code)
        names.append((key, message))
    return names


def _qualified(key: str, z: Z, used: set[str]) -> str:
    for feature, above, below in QUALIFIER_RULES:
        code = f"segment.name.{key}.{above if _z(z, feature) >= 0 else below}"
        if code not in used:
            return code
    return f"segment.numbered.{key}"


def distinctive_features(z: Z, count: int = 3) -> list[str]:
    """The features where the segment differs most from everyone, most different first."""
    return sorted(z, key=lambda name: (-abs(z[name]), name))[:count]


def compare_text(feature: str, value: float, overall: float) -> Message:
    return msg(f"segment.compare.{feature}", value=value, overall=overall)


def action_for(key: str) -> Message:
    return msg(f"segment.action.{key}")


def feature_label(feature: str) -> Message:
    return msg(f"segment.feature.{feature}")
