"""Comments as analyses read them: each with its sentiment, computed once per comment text.

The summary, the comment list and the chart by month all need the same sentiments; scoring
200,000 comments takes seconds, and the company model takes longer to fit, so both are kept
for as long as the file's feedback stays the same (same count, last id and rating sum).
Identical texts ("Very useful.") are scored once.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.messages import Message, msg
from core.reading import batched_rows
from core.tasks import TaskState

_BATCH = 5000
_MAX_CACHED_TEXTS = 500_000


@dataclass(frozen=True)
class CommentSentiment:
    feedback_id: int
    course_id: int
    employee_id: int | None
    rating: int | None
    submitted_on: dt.date | None
    question: str | None
    text: str
    label: str
    score: float


@dataclass
class _Cache:
    key: tuple[Any, ...] | None = None
    model: Any = None
    scores: dict[str, tuple[str, float]] | None = None
    # Every comment of the file, scored: the summary, the months chart and the comment
    # lists all start from it while the feedback stays the same.
    everything: list[CommentSentiment] | None = None


_cache = _Cache()
_lock = threading.Lock()


def _feedback_state(session: Session) -> tuple[Any, ...]:
    count, last, total = session.execute(
        text("SELECT count(*), max(id), total(rating) FROM feedback")
    ).one()
    bind = session.get_bind()
    return (str(getattr(bind, "url", id(bind))), count, last, total)


def _current(session: Session) -> _Cache:
    """The model and scores for the file's feedback as it is now (refitted when it changed)."""
    key = _feedback_state(session)
    with _lock:
        if _cache.key == key and _cache.scores is not None:
            return _cache
    from core.sentiment import company_model

    model = company_model(session)
    with _lock:
        _cache.key, _cache.model, _cache.scores, _cache.everything = key, model, {}, None
        return _cache


def sentiment_method(session: Session) -> Message:
    model = _current(session).model
    if model is None:
        return msg("feedback.method_lexicon")
    trained = getattr(model, "trained_on", None) or getattr(model, "size", None)
    if trained:
        return msg("feedback.method_model_count", count=int(trained))
    return msg("feedback.method_model")


def _score_texts(cache: _Cache, texts: list[str], state: TaskState | None) -> None:
    from core.sentiment import analyse

    assert cache.scores is not None
    missing = sorted({t for t in texts if t not in cache.scores})
    if len(cache.scores) + len(missing) > _MAX_CACHED_TEXTS:
        cache.scores.clear()
    for start in range(0, len(missing), _BATCH):
        if state is not None:
            state.check()
            done = start / max(1, len(missing))
            state.set_progress(0.05 + 0.6 * done, msg("feedback.progress.sentiment").text())
        batch = missing[start : start + _BATCH]
        for comment, result in zip(batch, analyse(batch, cache.model), strict=True):
            cache.scores[comment] = (result.label, float(result.score))


def scored_comments(
    session: Session, course_id: int | None, state: TaskState | None
) -> list[CommentSentiment]:
    """Every comment (of one course, or all), with its sentiment."""
    cache = _current(session)
    if cache.everything is not None:
        every = cache.everything
        return every if course_id is None else [c for c in every if c.course_id == course_id]
    found = _read_scored(session, course_id, cache, state)
    if course_id is None:
        cache.everything = found
    return found


def _read_scored(
    session: Session, course_id: int | None, cache: _Cache, state: TaskState | None
) -> list[CommentSentiment]:
    where = "comment IS NOT NULL AND trim(comment) != ''"
    params: dict[str, Any] = {}
    if course_id is not None:
        where += " AND course_id = :course"
        params["course"] = course_id
    rows = list(
        batched_rows(
            session,
            text(
                "SELECT id, course_id, employee_id, rating, submitted_on, question, comment "
                f"FROM feedback WHERE {where} ORDER BY id"
            ),
            params,
        )
    )
    _score_texts(cache, [row[6] for row in rows], state)
    scores = cache.scores
    assert scores is not None
    found = []
    for feedback_id, course, person, rating, day, question, comment in rows:
        label, score = scores[comment]
        found.append(
            CommentSentiment(
                int(feedback_id), int(course), person, rating, _day(day), question, comment,
                label, score,
            )
        )  # fmt: skip
    return found


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def catalog_comments(session: Session) -> list[str]:
    """The text of every comment in the file: the background themes are measured against."""
    rows = batched_rows(
        session,
        text("SELECT comment FROM feedback WHERE comment IS NOT NULL AND trim(comment) != ''"),
    )
    return [str(row[0]) for row in rows]
