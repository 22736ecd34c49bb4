"""What the demo planted on purpose, kept in the file so tests and analyses can check it.

Stored as JSON in the ``settings`` row ``demo_truth`` (``AppSettings`` ignores unknown keys).
Employee ids and course codes are the admin-facing keys, not row ids, so the truth stays
readable next to any export.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import AppError
from core.messages import msg
from db.models import Setting

TRUTH_KEY = "demo_truth"
TRUTH_VERSION = 1


@dataclass(frozen=True)
class PlantedWeakCourse:
    code: str
    # 1-based position of the module where most people who give up stop.
    dropoff_position: int
    # Keys of DemoTruth.themes that its negative comments keep coming back to.
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DemoTruth:
    seed: int
    as_of: dt.date
    # Behaviour group name → employee ids, every person in exactly one group.
    behaviour_groups: Mapping[str, tuple[str, ...]]
    weak_courses: tuple[PlantedWeakCourse, ...]
    # Active people who were made to fall behind on mandatory training.
    at_risk: tuple[str, ...]
    # Skill name → the one employee id holding it.
    single_holder_skills: Mapping[str, str]
    mandatory_courses: tuple[str, ...]
    # Theme key → {"en": label, "zh": label}, e.g. "audio" → "audio quality is poor" / "音质差".
    themes: Mapping[str, Mapping[str, str]]

    def group_of(self, employee_id: str) -> str | None:
        for group, members in self.behaviour_groups.items():
            if employee_id in members:
                return group
        return None

    def weak_course(self, code: str) -> PlantedWeakCourse | None:
        return next((w for w in self.weak_courses if w.code == code), None)

    def to_json(self) -> str:
        data = {
            "version": TRUTH_VERSION,
            "seed": self.seed,
            "as_of": self.as_of.isoformat(),
            "behaviour_groups": {k: list(v) for k, v in self.behaviour_groups.items()},
            "weak_courses": [
                {"code": w.code, "dropoff_position": w.dropoff_position, "themes": list(w.themes)}
                for w in self.weak_courses
            ],
            "at_risk": list(self.at_risk),
            "single_holder_skills": dict(self.single_holder_skills),
            "mandatory_courses": list(self.mandatory_courses),
            "themes": {k: dict(v) for k, v in self.themes.items()},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DemoTruth:
        data: dict[str, Any] = json.loads(text)
        return cls(
            seed=int(data["seed"]),
            as_of=dt.date.fromisoformat(data["as_of"]),
            behaviour_groups={k: tuple(v) for k, v in data["behaviour_groups"].items()},
            weak_courses=tuple(
                PlantedWeakCourse(w["code"], int(w["dropoff_position"]), tuple(w["themes"]))
                for w in data["weak_courses"]
            ),
            at_risk=tuple(data["at_risk"]),
            single_holder_skills=dict(data["single_holder_skills"]),
            mandatory_courses=tuple(data["mandatory_courses"]),
            themes={k: dict(v) for k, v in data["themes"].items()},
        )


def read_demo_truth(session: Session) -> DemoTruth:
    """The planted truth of a demo file; :class:`AppError` when the file holds no demo."""
    stored = session.scalar(select(Setting.value).where(Setting.key == TRUTH_KEY))
    if stored is None:
        raise AppError(msg("demo.no_truth"))
    try:
        return DemoTruth.from_json(stored)
    except (ValueError, KeyError, TypeError) as error:
        raise AppError(msg("demo.no_truth")) from error
