"""Course quality: a Bayesian-averaged rating and the completion rate."""

from __future__ import annotations


def bayesian_rating(
    rating_sum: float, rating_count: int, prior_mean: float, prior_weight: float
) -> float:
    """The mean rating pulled towards ``prior_mean`` as if it were ``prior_weight`` ratings.

    So two ratings of 5 do not beat two hundred of 4.7: with the catalog mean 4.0 and a
    prior of 10, (5+5) → 4.17 while 200 × 4.7 → 4.67. With no ratings it is the prior mean.
    """
    if rating_count < 0 or prior_weight < 0:
        raise ValueError("counts and weights cannot be negative")
    if rating_count + prior_weight == 0:
        return prior_mean
    return (rating_sum + prior_mean * prior_weight) / (rating_count + prior_weight)


def quality_score(bayes_rating: float, completion_rate: float | None) -> float:
    """0..1: mostly the rating (1–5 scale), some completion rate (unknown counts as 0.5)."""
    rating_part = (bayes_rating - 1.0) / 4.0
    completion_part = 0.5 if completion_rate is None else completion_rate
    return 0.7 * rating_part + 0.3 * completion_part
