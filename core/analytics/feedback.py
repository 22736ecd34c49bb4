"""Feedback per course: ratings (count, mean, Bayesian average, distribution), the sentiment
of comments, the themes of negative ones, the comments themselves and sentiment by month.

The Bayesian average is the one recommendations use (``bayesian_rating`` with the catalog's
mean rating as prior and ``BlendWeights.prior_ratings`` as its weight), so a course ranks the
same here and there. Sentiment comes from :mod:`core.sentiment` — with the company's own
model when enough rated comments exist — through :mod:`core.analytics.feedback_data`, which
caches it for the file's current feedback.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.feedback_data import (
    CommentSentiment,
    catalog_comments,
    scored_comments,
    sentiment_method,
)
from core.analytics.themes import Theme, distinctive_themes
from core.errors import InputRefused
from core.messages import Message, msg
from core.recommend.quality import bayesian_rating
from core.tasks import TaskState

THEMES_PER_COURSE = 5
# Themes cost a pass over the background for each course (distinctive_themes counts its
# terms on every call, ~70 µs a comment), so the background is an even sample of the file's
# comments — plenty for the base rate of any word that could be a theme — and a whole-catalog
# summary gives themes to the courses with the most negative comments (weak_courses adds
# those it flags). One course asked for always gets its themes.
BACKGROUND_SAMPLE = 1500
THEMED_COURSES = 40
# Themes need a few negative comments to say anything; fewer are shown as they are.
MIN_NEGATIVE_FOR_THEMES = 2


@dataclass(frozen=True)
class CourseFeedback:
    course_id: int
    code: str
    title: str
    rating_count: int
    rating_mean: float | None
    bayesian: float
    distribution: tuple[int, int, int, int, int]  # counts of ratings 1..5
    comment_count: int
    positive: int
    neutral: int
    negative: int
    negative_share: float | None
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class FeedbackSummary:
    catalog_mean: float
    prior_weight: float
    method: Message  # which sentiment method was used
    courses: list[CourseFeedback]  # courses with any feedback


@dataclass(frozen=True)
class CommentRow:
    feedback_id: int
    course_code: str
    employee_id: str | None
    name: str | None
    rating: int | None
    submitted_on: dt.date | None
    question: str | None
    text: str
    label: str
    score: float


def prior_weight() -> float:
    """How many ratings the catalog mean counts as: the recommender's own setting."""
    from core.recommend.weights import BlendWeights

    return float(BlendWeights().prior_ratings)


def course_id_of(session: Session, course_code: str) -> int:
    found = session.execute(
        text("SELECT id FROM courses WHERE lower(code) = lower(:code)"), {"code": course_code}
    ).scalar()
    if found is None:
        raise InputRefused(msg("feedback.unknown_course", course=course_code))
    return int(found)


def _distributions(session: Session) -> dict[int, list[int]]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for course_id, rating, count in session.execute(
        text(
            "SELECT course_id, rating, count(*) FROM feedback WHERE rating BETWEEN 1 AND 5 "
            "GROUP BY course_id, rating"
        )
    ):
        counts[int(course_id)][int(rating) - 1] = int(count)
    return counts


def catalog_mean_rating(distributions: dict[int, list[int]]) -> float:
    total = sum(sum(d) for d in distributions.values())
    weighted = sum((i + 1) * n for d in distributions.values() for i, n in enumerate(d))
    return weighted / total if total else 3.5


def feedback_summary(
    session: Session,
    course_code: str | None = None,
    state: TaskState | None = None,
    themes_for: Collection[int] = (),
) -> FeedbackSummary:
    """Every course with feedback (or the one asked), most rated first; ``themes_for``:
    course ids whose negative themes are wanted besides those chosen by default."""
    state = state or TaskState()
    only = course_id_of(session, course_code) if course_code else None
    distributions = _distributions(session)
    prior_mean, weight = catalog_mean_rating(distributions), prior_weight()
    state.set_progress(0.05, msg("feedback.progress.sentiment").text())
    comments = scored_comments(session, only, state)
    by_course: dict[int, list[CommentSentiment]] = defaultdict(list)
    for comment in comments:
        by_course[comment.course_id].append(comment)
    courses = []
    titles = _titles(session)
    wanted = [only] if only is not None else sorted(set(distributions) | set(by_course))
    for done, course_id in enumerate(wanted):
        if done % 50 == 0:
            state.check()
            state.set_progress(0.7 + 0.3 * done / max(1, len(wanted)))
        if course_id not in titles:
            continue
        courses.append(
            _course_feedback(
                course_id, titles[course_id], distributions.get(course_id, [0] * 5),
                by_course.get(course_id, []), (prior_mean, weight),
            )
        )  # fmt: skip
    courses = _with_themes(session, courses, by_course, only, themes_for)
    courses.sort(key=lambda c: (-c.rating_count, -c.comment_count, c.code))
    return FeedbackSummary(prior_mean, weight, sentiment_method(session), courses)


def _with_themes(
    session: Session,
    courses: list[CourseFeedback],
    by_course: dict[int, list[CommentSentiment]],
    only: int | None,
    wanted: Collection[int],
) -> list[CourseFeedback]:
    candidates = [c for c in courses if c.negative >= MIN_NEGATIVE_FOR_THEMES]
    if only is None:
        by_negatives = sorted(candidates, key=lambda c: (-c.negative, c.code))
        chosen = {c.course_id for c in by_negatives[:THEMED_COURSES]} | set(wanted)
        candidates = [c for c in candidates if c.course_id in chosen]
    if not candidates:
        return courses
    background = theme_background(session)
    themes = {
        c.course_id: themes_of(by_course.get(c.course_id, []), background) for c in candidates
    }
    return [replace(c, themes=themes[c.course_id]) if c.course_id in themes else c for c in courses]


def theme_background(session: Session) -> list[str]:
    """An even sample of every comment in the file (all of them when there are few)."""
    everything = catalog_comments(session)
    step = max(1, len(everything) // BACKGROUND_SAMPLE)
    return everything[::step]


def themes_of(comments: Sequence[CommentSentiment], background: list[str]) -> tuple[Theme, ...]:
    negative = [c.text for c in comments if c.label == "negative"]
    if len(negative) < MIN_NEGATIVE_FOR_THEMES:
        return ()
    return tuple(distinctive_themes(negative, background, top=THEMES_PER_COURSE))


def course_themes(session: Session, course_ids: Collection[int]) -> dict[int, tuple[Theme, ...]]:
    """The negative themes of these courses (sentiment comes from the cache)."""
    wanted = set(course_ids)
    if not wanted:
        return {}
    by_course: dict[int, list[CommentSentiment]] = defaultdict(list)
    for comment in scored_comments(session, None, None):
        if comment.course_id in wanted:
            by_course[comment.course_id].append(comment)
    background = theme_background(session)
    return {i: themes_of(by_course.get(i, []), background) for i in wanted}


def _titles(session: Session) -> dict[int, tuple[str, str]]:
    rows = session.execute(text("SELECT id, code, title FROM courses"))
    return {int(i): (code, title) for i, code, title in rows}


def _course_feedback(
    course_id: int,
    code_title: tuple[str, str],
    distribution: list[int],
    comments: list[CommentSentiment],
    prior: tuple[float, float],
) -> CourseFeedback:
    count = sum(distribution)
    total = sum((i + 1) * n for i, n in enumerate(distribution))
    labels = [c.label for c in comments]
    negative = [c.text for c in comments if c.label == "negative"]
    return CourseFeedback(
        course_id=course_id,
        code=code_title[0],
        title=code_title[1],
        rating_count=count,
        rating_mean=total / count if count else None,
        bayesian=bayesian_rating(total, count, prior[0], prior[1]),
        distribution=(distribution[0], distribution[1], distribution[2], distribution[3],
                      distribution[4]),
        comment_count=len(comments),
        positive=labels.count("positive"),
        neutral=labels.count("neutral"),
        negative=len(negative),
        negative_share=len(negative) / len(comments) if comments else None,
        themes=(),
    )  # fmt: skip


def course_comments(
    session: Session, course_code: str, label: str | None = None
) -> list[CommentRow]:
    """A course's comments with their sentiment (only ``label`` ones when given), newest first."""
    course_id = course_id_of(session, course_code)
    code = str(
        session.execute(text("SELECT code FROM courses WHERE id = :i"), {"i": course_id}).scalar()
    )
    people = {
        int(row_id): (str(employee_id), str(name))
        for row_id, employee_id, name in session.execute(
            text(
                "SELECT id, employee_id, name FROM employees WHERE id IN "
                "(SELECT employee_id FROM feedback WHERE course_id = :course)"
            ),
            {"course": course_id},
        )
    }
    rows = []
    for comment in scored_comments(session, course_id, None):
        if label is not None and comment.label != label:
            continue
        person = people.get(comment.employee_id) if comment.employee_id is not None else None
        rows.append(
            CommentRow(
                feedback_id=comment.feedback_id,
                course_code=code,
                employee_id=person[0] if person else None,
                name=person[1] if person else None,
                rating=comment.rating,
                submitted_on=comment.submitted_on,
                question=comment.question,
                text=comment.text,
                label=comment.label,
                score=comment.score,
            )
        )
    rows.sort(key=lambda r: (r.submitted_on or dt.date.min, r.feedback_id), reverse=True)
    return rows


def sentiment_by_month(
    session: Session, course_code: str | None = None
) -> list[tuple[dt.date, int, int, int]]:
    """(first day of the month, positive, neutral, negative) for every month with comments."""
    only = course_id_of(session, course_code) if course_code else None
    months: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
    slot = {"positive": 0, "neutral": 1, "negative": 2}
    for comment in scored_comments(session, only, None):
        if comment.submitted_on is not None:
            months[comment.submitted_on.replace(day=1)][slot[comment.label]] += 1
    return [(month, *counts) for month, counts in sorted(months.items())]  # type: ignore[misc]
