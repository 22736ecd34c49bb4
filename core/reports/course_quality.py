"""The course quality report: the courses that need attention (with the evidence and a
suggested fix), then every course with feedback — ratings, sentiment, completion.

The analysis is :mod:`core.analytics.feedback` and :mod:`core.analytics.weak_courses`;
this module only prints it. Courses are listed worst first by their adjusted (Bayesian)
rating, so the page a manager reads first holds the problems.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.messages import msg
from core.reports.base import Renderer, ReportResult, SectionStart, write_atomically
from core.reports.plan import DASH
from core.reports.text import bold, para
from core.settings import load_settings
from core.tasks import TaskState
from db.models import Assignment

if TYPE_CHECKING:
    from core.analytics.feedback import FeedbackSummary
    from core.analytics.weak_courses import WeakCourse, WeakCourseReport


def completion_rates(session: Session, today: dt.date) -> dict[int, float]:
    """Per course: completed ÷ assignments completed or due by ``today`` (the dashboard's rule)."""
    counted: Counter[int] = Counter()
    done: Counter[int] = Counter()
    query = select(Assignment.course_id, Assignment.status, Assignment.due_date)
    for course, status, due in session.execute(query):
        if status == "completed" or (status != "withdrawn" and due is not None and due <= today):
            counted[course] += 1
            done[course] += status == "completed"
    return {course: done[course] / n for course, n in counted.items()}


def _percent(value: float | None) -> str:
    return DASH if value is None else f"{100 * value:.0f}%"


def _weak_block(r: Renderer, course: WeakCourse) -> Flowable:
    s = r.styles
    parts: list[Flowable] = [bold(f"{course.code} {course.title}", s.body)]
    parts += [para(f"• {evidence.text.text()}", s.body) for evidence in course.evidence]
    if course.themes:
        themes = ", ".join(theme.phrase for theme in course.themes)
        parts.append(para(msg("report.courses.themes", themes=themes), s.body))
    parts += [para(msg("report.courses.fix", fix=course.fix.text()), s.body), Spacer(0, 6)]
    return KeepTogether(parts)


def _ratings_table(
    r: Renderer, summary: FeedbackSummary, rates: dict[int, float], flagged: set[int]
) -> Flowable:
    rows: list[list[Any]] = []
    for c in sorted(summary.courses, key=lambda c: (c.bayesian, c.code)):
        mean = DASH if c.rating_mean is None else f"{c.rating_mean:.2f}"
        mark = "⚑ " if c.course_id in flagged else ""
        rows.append(
            [
                r.course_cell(f"{mark}{c.title}", c.code),
                str(c.rating_count),
                mean,
                f"{c.bayesian:.2f}",
                str(c.comment_count),
                f"{c.positive} / {c.neutral} / {c.negative}",
                _percent(c.negative_share),
                _percent(rates.get(c.course_id)),
            ]
        )
    cols = ("ratings", "mean", "bayesian", "comments", "sentiment", "negative", "completion")
    head = [msg("report.col.course"), *(msg(f"report.col.{c}") for c in cols)]
    widths = (0.34, 0.08, 0.07, 0.095, 0.1, 0.11, 0.095, 0.11)
    return r.table(head, rows, widths, right=(1, 2, 3, 4, 5, 6, 7))


def course_quality_story(
    r: Renderer,
    summary: FeedbackSummary,
    weak: WeakCourseReport,
    rates: dict[int, float],
    today: dt.date,
) -> list[Flowable]:
    s = r.styles
    subtitle = msg(
        "report.courses.subtitle",
        courses=len(summary.courses),
        date=today.isoformat(),
        method=summary.method.text(),
    )
    story: list[Flowable] = [para(msg("report.courses.title"), s.title), para(subtitle, s.subtitle)]
    story += r.heading(msg("report.courses.weak"))
    if weak.courses:
        story += [_weak_block(r, course) for course in weak.courses]
    else:
        story.append(para(msg("report.courses.weak_none"), s.body))
    flagged = {course.course_id for course in weak.courses}
    story += r.heading(msg("report.courses.ratings"))
    story += [
        _ratings_table(r, summary, rates, flagged),
        para(msg("report.courses.legend"), s.small),
    ]
    return story


def write_course_quality(
    session: Session, path: Path, today: dt.date | None = None, state: TaskState | None = None
) -> ReportResult:
    from core.analytics.feedback import feedback_summary
    from core.analytics.weak_courses import weak_courses

    day = today or dt.date.today()
    summary = feedback_summary(session, state=state)
    weak = weak_courses(session, as_of=day, state=state)
    rates = completion_rates(session, day)
    renderer = Renderer(load_settings(session), msg("report.courses.title"), day)
    story = [
        SectionStart(renderer.title),
        *course_quality_story(renderer, summary, weak, rates, day),
    ]
    pages = write_atomically(path, lambda out: renderer.render(story, out))
    return ReportResult(Path(path), pages, len(summary.courses))
