"""The evaluation: its metrics, and the edX figures against the baselines."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.recommend.evaluate_similarity import evaluate_edx, labelled_edx_rows
from core.recommend.metrics import label_scores, ndcg_at, precision_at


def test_ndcg_uses_binary_gain_and_an_ideal_of_min_k_relevant() -> None:
    assert ndcg_at([True, False, False], relevant_count=1, k=10) == 1.0
    assert ndcg_at([False, True], relevant_count=1, k=10) == pytest.approx(1 / np.log2(3))
    # 12 relevant courses: the ideal fills all 10 places.
    assert ndcg_at([True] * 10, relevant_count=12, k=10) == 1.0
    assert ndcg_at([False] * 10, relevant_count=3, k=10) == 0.0
    assert precision_at([True, False, True] + [False] * 7, k=10) == 0.2


def test_label_scores_rank_all_other_courses() -> None:
    similarity = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]])
    ndcg, precision = label_scores(similarity, ["a", "a", "b"], k=1)
    assert ndcg == pytest.approx(2 / 3) and precision == pytest.approx(2 / 3)


def test_edx_protocol_beats_plain_tfidf_and_reaches_the_goal(shared_data: Path) -> None:
    assert len(labelled_edx_rows(shared_data / "edx_courses" / "edx_courses.csv")) == 925
    figures = {row.name: row for row in evaluate_edx(shared_data)}
    assert figures["plain TF-IDF"].ndcg == pytest.approx(0.433, abs=0.002)
    assert figures["Training Desk"].ndcg >= 0.52
    assert figures["random"].ndcg < 0.15
