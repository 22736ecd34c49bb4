"""Similar courses with reasons, MMR diversity and the Bayesian rating."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from recommend_support import build_company

from core.database import open_database
from core.recommend import bayesian_rating, content_model, find_course, load_catalog, similar_to
from core.recommend.engine import diverse_top
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "similar.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


def test_similar_courses_share_skills_and_terms_and_skip_retired(db: Database) -> None:
    with db.reading() as session:
        catalog = load_catalog(session)
    model = content_model(catalog.courses)
    col = find_course(model, "xl1")  # codes are found case-insensitively
    assert col is not None
    results = similar_to(catalog, model, col, top=3)
    codes = [result.code for result in results]
    assert set(codes[:2]) == {"XL2", "XL3"}
    assert "OLD" not in codes and "XL1" not in codes
    reasons = [reason.text("en") for reason in results[0].reasons]
    assert "teaches the same skills: Excel" in reasons
    assert any(text.startswith("covers the same ground:") for text in reasons)
    assert results[0].score >= results[1].score >= results[2].score


def test_unknown_course_code_is_not_found(db: Database) -> None:
    with db.reading() as session:
        model = content_model(load_catalog(session).courses)
    assert find_course(model, "NOPE") is None


def test_mmr_trades_a_near_duplicate_for_a_different_course() -> None:
    # 0, 1, 2 are near-copies with top scores; 3 is different and scores a bit lower.
    similarity = np.eye(4, dtype=np.float32)
    similarity[np.ix_([0, 1, 2], [0, 1, 2])] = 0.95
    scores = np.array([1.0, 0.99, 0.98, 0.8], dtype=np.float32)
    everyone = np.ones(4, dtype=bool)
    assert diverse_top(scores, everyone, similarity, 2, relevance_share=1.0) == [0, 1]
    assert diverse_top(scores, everyone, similarity, 2, relevance_share=0.7) == [0, 3]
    assert diverse_top(scores, np.array([False, True, True, True]), similarity, 1, 0.7) == [1]


def test_bayesian_rating_lets_many_good_ratings_beat_two_perfect_ones() -> None:
    few = bayesian_rating(10.0, 2, prior_mean=4.0, prior_weight=10)
    many = bayesian_rating(200 * 4.7, 200, prior_mean=4.0, prior_weight=10)
    assert many > few
    assert few == pytest.approx(50 / 12)
    assert bayesian_rating(0.0, 0, prior_mean=3.5, prior_weight=10) == 3.5
    with pytest.raises(ValueError):
        bayesian_rating(1.0, -1, 3.0, 1.0)


def test_diverse_picks_are_listed_best_score_first() -> None:
    similarity = np.eye(4, dtype=np.float32)
    similarity[0, 1] = similarity[1, 0] = 0.99
    scores = np.array([1.0, 0.95, 0.5, 0.9], dtype=np.float32)
    picks = diverse_top(scores, np.ones(4, dtype=bool), similarity, 3, relevance_share=0.5)
    assert picks == sorted(picks, key=lambda col: -scores[col])
