"""The blend weights of person recommendations: the one place they are set.

Each component is scaled to 0..1 for the person before blending, so the weights read as
shares (they sum to 1). The defaults were chosen on the demo's leave-one-out test, where
raising colleagues from 0.20 to 0.35 lifted hit@10 from 0.53 to 0.57 at the same catalog
coverage. Settings show and adjust the four weights and the diversity share
(``AppSettings.recommend_weights``, read by :meth:`BlendWeights.from_settings`);
``BlendWeights()`` is "reset to defaults".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from core.settings import BLEND_WEIGHT_NAMES, DIVERSITY_NAME


@dataclass(frozen=True)
class BlendWeights:
    # (1) Content similarity to what they took, weighted by their rating, score and recency.
    content: float = 0.25
    # (2) How much of their role's skill gaps the course closes.
    skill_gap: float = 0.25
    # (3) Item-to-item co-completion: what people who took their courses took next and rated
    #     well (for someone with no history: what their department took).
    colleagues: float = 0.35
    # (4) Course quality: Bayesian-averaged rating and completion rate.
    quality: float = 0.15
    # Maximal marginal relevance: 1 = pure score, lower = more diverse results.
    diversity_lambda: float = 0.7
    # Prior for the Bayesian rating: the catalog mean counts as this many ratings.
    prior_ratings: float = 10.0
    # A history item's weight halves every this many days.
    recency_half_life_days: float = 365.0

    @property
    def blend(self) -> dict[str, float]:
        """The four component weights by name (the names Settings store them under)."""
        return {name: float(getattr(self, name)) for name in BLEND_WEIGHT_NAMES}

    def adjustable(self) -> dict[str, float]:
        """What Settings show and store: the four blend weights and the diversity share."""
        return {**self.blend, DIVERSITY_NAME: self.diversity_lambda}

    @classmethod
    def from_settings(cls, stored: Mapping[str, float]) -> BlendWeights:
        """The defaults with the admin's adjustments; the blend normalised to sum to 1.

        Settings refuse bad values when saved; a file edited by hand could still hold one,
        so a value that is not a usable number keeps its default rather than failing.
        """
        defaults = cls()
        chosen = dict(defaults.adjustable())
        for name in chosen:
            value = stored.get(name)
            if isinstance(value, int | float) and math.isfinite(value) and value >= 0:
                chosen[name] = float(value)
        chosen[DIVERSITY_NAME] = min(chosen[DIVERSITY_NAME], 1.0)
        total = sum(chosen[name] for name in BLEND_WEIGHT_NAMES)
        if total <= 0:
            return defaults
        for name in BLEND_WEIGHT_NAMES:
            chosen[name] /= total
        return replace(defaults, **chosen)
