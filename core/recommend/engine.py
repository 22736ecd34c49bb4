"""Person recommendations: blend four signals, keep the results diverse, explain each one.

Everything heavy (content similarity, co-completion, quality) is computed once in
``Recommender``; scoring a person is a few vector operations over the course axis.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from core.recommend.catalog_data import CatalogData
from core.recommend.content import ContentModel
from core.recommend.people_data import Organisation, PersonRecord
from core.recommend.signals import Signals
from core.recommend.weights import BlendWeights

COMPONENTS = ("content", "skill_gap", "colleagues", "quality")


@dataclass
class PersonScores:
    """One person's component scores (each 0..1 over the course axis) and candidates."""

    components: dict[str, NDArray[np.float32]]
    total: NDArray[np.float32]
    candidates: NDArray[np.bool_]
    # History: course index → weight (rating × score × recency).
    history: dict[int, float]
    # Skill id → (needed, has) for their role's open gaps.
    gaps: dict[int, tuple[int, int]]


@dataclass
class Recommender:
    catalog: CatalogData
    model: ContentModel
    organisation: Organisation
    people: dict[int, PersonRecord]
    signals: Signals
    weights: BlendWeights
    today: dt.date
    # Courses the admin hid from recommendations: still in the catalog and in paths.
    hidden: frozenset[int] = frozenset()
    _skill_courses: dict[int, tuple[NDArray[np.int64], NDArray[np.float32]]] = field(
        default_factory=dict
    )
    _department_popularity: dict[int, NDArray[np.float32]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_skill: dict[int, list[tuple[int, int]]] = {}
        for course_id, levels in self.catalog.skill_levels.items():
            col = self.model.index_of_id.get(course_id)
            if col is not None:
                for skill_id, level in levels.items():
                    by_skill.setdefault(skill_id, []).append((col, level))
        self._skill_courses = {
            skill: (
                np.array([c for c, _ in pairs], dtype=np.int64),
                np.array([lv for _, lv in pairs], dtype=np.float32),
            )
            for skill, pairs in by_skill.items()
        }
        self.active = np.array([doc.active for doc in self.catalog.courses], dtype=bool)
        self.set_hidden(self.hidden)

    def set_hidden(self, course_ids: frozenset[int]) -> None:
        """Courses never recommended to anyone (active and not hidden are the candidates)."""
        self.hidden = course_ids
        self.recommendable = self.active.copy()
        for course_id in course_ids:
            col = self.model.index_of_id.get(course_id)
            if col is not None:
                self.recommendable[col] = False

    @property
    def size(self) -> int:
        return len(self.model.ids)

    def history_weights(self, person: PersonRecord) -> dict[int, float]:
        """Course index → how strongly it speaks for their taste.

        A rating of 5 counts fully, 3 a little, 1–2 pushes away; a high score counts more
        than a low one; old history fades with the half-life in ``BlendWeights``.
        """
        weights: dict[int, float] = {}
        for course_id in set(person.completed) | person.in_progress | set(person.ratings):
            col = self.model.index_of_id.get(course_id)
            if col is None:
                continue
            rating = person.ratings.get(course_id)
            taste = 0.6 if rating is None else (rating - 2.5) / 2.5
            when, score = person.completed.get(course_id, (self.today, None))
            mastery = 1.0 if score is None else 0.6 + 0.4 * min(max(score, 0.0), 100.0) / 100.0
            age = max(0, (self.today - when).days)
            recency = 0.5 ** (age / self.weights.recency_half_life_days)
            weights[col] = taste * mastery * max(recency, 0.1)
        return weights

    def gaps_of(self, person: PersonRecord) -> dict[int, tuple[int, int]]:
        needs = self.organisation.role_skills.get(person.role_id or -1, {})
        return {
            skill: (need, person.skills.get(skill, 0))
            for skill, need in needs.items()
            if person.skills.get(skill, 0) < need
        }

    def score(self, person: PersonRecord) -> PersonScores:
        history = self.history_weights(person)
        gaps = self.gaps_of(person)
        components = {
            "content": _scaled(self._content(history)),
            "skill_gap": _scaled(self._gap(gaps)),
            "colleagues": _scaled(self._colleagues(person, history)),
            "quality": self.signals.quality,
        }
        w = self.weights
        total = (
            w.content * components["content"]
            + w.skill_gap * components["skill_gap"]
            + w.colleagues * components["colleagues"]
            + w.quality * components["quality"]
        ).astype(np.float32)
        return PersonScores(components, total, self._candidates(person), history, gaps)

    def _content(self, history: dict[int, float]) -> NDArray[np.float32]:
        if not history:
            return np.zeros(self.size, dtype=np.float32)
        cols = np.fromiter(history.keys(), dtype=np.int64)
        weights = np.fromiter(history.values(), dtype=np.float32)
        profile = weights @ self.model.similarity[cols]
        return (profile / max(float(np.abs(weights).sum()), 1e-9)).astype(np.float32)

    def _gap(self, gaps: dict[int, tuple[int, int]]) -> NDArray[np.float32]:
        closes = np.zeros(self.size, dtype=np.float32)
        for skill, (need, has) in gaps.items():
            cols, levels = self._skill_courses.get(skill, (np.empty(0, np.int64), None))
            if levels is None or not len(cols):
                continue
            share = np.clip((np.minimum(levels, need) - has) / (need - has), 0.0, 1.0)
            np.add.at(closes, cols, share)
        return closes

    def _colleagues(self, person: PersonRecord, history: dict[int, float]) -> NDArray[np.float32]:
        liked = [col for col, weight in history.items() if weight > 0]
        if liked:
            mean: NDArray[np.float32] = self.signals.co_completion[liked].mean(axis=0)
            return mean
        return self.department_popularity(person.department_id)

    def department_popularity(self, department: int | None) -> NDArray[np.float32]:
        """Share of the department who completed each course (company-wide when unknown)."""
        if department is None or not self.signals.department_sizes.get(department):
            return self.signals.popularity
        if department not in self._department_popularity:
            counts = np.zeros(self.size, dtype=np.float32)
            for (dept, col), stat in self.signals.by_department.items():
                if dept == department:
                    counts[col] = stat.count
            self._department_popularity[department] = counts / np.float32(
                max(1, self.signals.department_sizes[department])
            )
        return self._department_popularity[department]

    def _candidates(self, person: PersonRecord) -> NDArray[np.bool_]:
        allowed = self.recommendable.copy()
        excluded = (
            person.valid_completed
            | person.assigned_open
            | person.in_progress
            | person.not_interested
        )
        for course_id in excluded:
            col = self.model.index_of_id.get(course_id)
            if col is not None:
                allowed[col] = False
        return allowed


def _scaled(values: NDArray[np.floating]) -> NDArray[np.float32]:
    """0..1 by the person's own maximum, so weights compare components, not their units."""
    top = float(values.max()) if len(values) else 0.0
    if top <= 0:
        return np.zeros(len(values), dtype=np.float32)
    scaled: NDArray[np.float32] = np.clip(values / top, 0.0, 1.0).astype(np.float32)
    return scaled


def diverse_top(
    scores: NDArray[np.float32],
    candidates: NDArray[np.bool_],
    similarity: NDArray[np.float32],
    top: int,
    relevance_share: float,
) -> list[int]:
    """Maximal marginal relevance: each pick trades score against likeness to earlier picks.

    MMR decides *which* courses make the list; the list is then shown best score first, so
    the scores a person reads go down the page (MMR's own pick order does not).
    """
    masked = np.where(candidates, scores, -np.inf)
    pool_size = min(int(candidates.sum()), max(top * 5, 20))
    if pool_size == 0:
        return []
    pool = np.argpartition(-masked, pool_size - 1)[:pool_size]
    pool = pool[np.argsort(-masked[pool], kind="stable")]
    best = float(masked[pool[0]]) or 1.0
    relevance = masked[pool] / best
    chosen: list[int] = []
    redundancy = np.zeros(len(pool), dtype=np.float32)
    taken = np.zeros(len(pool), dtype=bool)
    for _ in range(min(top, len(pool))):
        value = relevance_share * relevance - (1 - relevance_share) * redundancy
        value[taken] = -np.inf
        pick = int(np.argmax(value))
        taken[pick] = True
        chosen.append(int(pool[pick]))
        redundancy = np.maximum(redundancy, similarity[pool[pick], pool])
    return sorted(chosen, key=lambda col: -float(scores[col]))
