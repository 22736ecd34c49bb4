"""Feedback per course: counts, Bayesian average, sentiment counts, themes, comments, months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.feedback import (
    course_comments,
    feedback_summary,
    prior_weight,
    sentiment_by_month,
)
from core.database import open_database
from core.demo import DemoParams, generate_demo, read_demo_truth
from core.errors import InputRefused
from core.recommend.quality import bayesian_rating
from db.session import Database

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("feedback") / "demo.db"
    opened = open_database(path)
    generate_demo(opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=AS_OF))
    yield opened.db
    opened.db.close()


def _ratings(session: Session, code: str) -> list[int]:
    return [
        int(r)
        for (r,) in session.execute(
            text(
                "SELECT rating FROM feedback f JOIN courses c ON c.id = f.course_id "
                "WHERE c.code = :code AND rating IS NOT NULL"
            ),
            {"code": code},
        )
    ]


def test_summary_counts_ratings_and_uses_the_recommenders_bayesian_average(db: Database) -> None:
    with db.reading() as session:
        summary = feedback_summary(session)
        all_ratings = [int(r) for (r,) in session.execute(
            text("SELECT rating FROM feedback WHERE rating IS NOT NULL"))]  # fmt: skip
        assert summary.catalog_mean == pytest.approx(sum(all_ratings) / len(all_ratings))
        assert summary.prior_weight == prior_weight() == 10.0
        assert summary.method.text() and summary.method.text("zh_CN")
        course = next(c for c in summary.courses if c.rating_count >= 5)
        ratings = _ratings(session, course.code)
        assert course.rating_count == len(ratings)
        assert course.distribution == tuple(ratings.count(i) for i in range(1, 6))
        assert course.rating_mean == pytest.approx(sum(ratings) / len(ratings))
        assert course.bayesian == pytest.approx(
            bayesian_rating(sum(ratings), len(ratings), summary.catalog_mean, 10.0)
        )
        for c in summary.courses:
            assert c.positive + c.neutral + c.negative == c.comment_count
            if c.comment_count:
                assert c.negative_share == pytest.approx(c.negative / c.comment_count)
        one = feedback_summary(session, course.code.lower())
        assert [c.code for c in one.courses] == [course.code]
        assert one.catalog_mean == summary.catalog_mean  # the prior is still the catalog's


def test_weak_courses_have_more_negative_comments_and_themes(db: Database) -> None:
    with db.reading() as session:
        truth = read_demo_truth(session)
        summary = feedback_summary(session)
    weak = {w.code for w in truth.weak_courses}
    by_code = {c.code: c for c in summary.courses}
    weak_shares = [by_code[c].negative_share or 0 for c in weak if by_code[c].comment_count]
    other = [
        c.negative_share or 0
        for c in summary.courses
        if c.code not in weak and c.comment_count >= 3
    ]
    assert sum(weak_shares) / len(weak_shares) > 2 * (sum(other) / len(other))
    assert any(by_code[c].themes for c in weak)
    for course in summary.courses:
        for theme in course.themes:
            assert 0 < theme.share <= 1 and theme.examples


def test_course_comments_filter_by_label_and_name_people(db: Database) -> None:
    with db.reading() as session:
        summary = feedback_summary(session)
        course = max(summary.courses, key=lambda c: c.negative)
        comments = course_comments(session, course.code)
        negative = course_comments(session, course.code, "negative")
        with pytest.raises(InputRefused):
            course_comments(session, "NO-SUCH-COURSE")
    assert len(comments) == course.comment_count
    assert len(negative) == course.negative and all(c.label == "negative" for c in negative)
    named = [c for c in comments if c.employee_id is not None]
    assert named and all(c.name for c in named)
    dates = [c.submitted_on for c in comments if c.submitted_on]
    assert dates == sorted(dates, reverse=True)


def test_sentiment_by_month_adds_up_to_the_dated_comments(db: Database) -> None:
    with db.reading() as session:
        months = sentiment_by_month(session)
        dated = session.execute(
            text("SELECT count(*) FROM feedback WHERE trim(coalesce(comment, '')) != '' "
                 "AND submitted_on IS NOT NULL")
        ).scalar()  # fmt: skip
    assert months and all(m.day == 1 for m, *_ in months)
    assert [m for m, *_ in months] == sorted(m for m, *_ in months)
    assert sum(p + n + g for _, p, n, g in months) == dated
