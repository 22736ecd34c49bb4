"""Ranking metrics of the evaluation: NDCG@k with binary gain, and precision@k."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray


def ndcg_at(ranked_relevant: Sequence[bool], relevant_count: int, k: int = 10) -> float:
    """Binary-gain NDCG@k; the ideal DCG puts min(k, relevant_count) hits on top."""
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, relevant_count)))
    if ideal == 0:
        return 0.0
    dcg = sum(1.0 / math.log2(i + 2) for i, hit in enumerate(ranked_relevant[:k]) if hit)
    return dcg / ideal


def precision_at(ranked_relevant: Sequence[bool], k: int = 10) -> float:
    return sum(1 for hit in ranked_relevant[:k] if hit) / k


def label_scores(
    similarity: NDArray[np.floating], labels: Sequence[str], k: int = 10
) -> tuple[float, float]:
    """Mean NDCG@k and P@k when each course ranks all others and relevance = same label."""
    scores = np.array(similarity, dtype=np.float64, copy=True)
    np.fill_diagonal(scores, -np.inf)
    label_array = np.asarray(labels)
    ndcgs, precisions = [], []
    for i in range(len(labels)):
        top = np.argsort(-scores[i], kind="stable")[:k]
        hits = [bool(label_array[j] == label_array[i]) for j in top]
        relevant = int((label_array == label_array[i]).sum()) - 1
        ndcgs.append(ndcg_at(hits, relevant, k))
        precisions.append(precision_at(hits, k))
    return float(np.mean(ndcgs)), float(np.mean(precisions))
