"""`training-desk feedback [--course COURSE] [--as-of DATE] [--json]`: ratings, sentiment and
themes per course; without --course also the weak courses with their evidence and fix."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.messages import msg
from desktop.cli_support import iso_date

if TYPE_CHECKING:  # the analyses load only when the command runs
    from core.analytics.feedback import CourseFeedback, FeedbackSummary
    from core.analytics.themes import Theme
    from core.analytics.weak_courses import WeakCourse, WeakCourseReport

EXIT_OK = 0


def add_commands(commands: Any) -> None:
    """Adds this module's sub-commands to the top-level parser."""
    parser = commands.add_parser(
        "feedback", help="ratings, comment sentiment and themes per course; weak courses"
    )
    parser.add_argument("--course", metavar="COURSE", help="only this course (its code)")
    parser.add_argument(
        "--as-of", type=iso_date, default=None, metavar="DATE",
        help="weak courses: the day to judge from (default: the file's last activity)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true")


def cmd_feedback(args: argparse.Namespace, db_path: Path) -> int:
    from core.analytics.feedback import feedback_summary
    from core.analytics.weak_courses import weak_courses
    from core.database import open_database

    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            summary = feedback_summary(session, args.course)
            weak = None if args.course else weak_courses(session, args.as_of)
    finally:
        opened.db.close()
    if args.json:
        print(json.dumps(summary_json(summary, weak), ensure_ascii=False))
    else:
        print_summary(summary, weak)
    return EXIT_OK


def _theme_json(theme: Theme) -> dict[str, Any]:
    return {
        "phrase": theme.phrase,
        "count": theme.count,
        "share": round(theme.share, 4),
        "examples": list(theme.examples),
    }


def _course_json(course: CourseFeedback) -> dict[str, Any]:
    return {
        "code": course.code,
        "title": course.title,
        "rating_count": course.rating_count,
        "rating_mean": None if course.rating_mean is None else round(course.rating_mean, 4),
        "bayesian": round(course.bayesian, 4),
        "distribution": list(course.distribution),
        "comment_count": course.comment_count,
        "positive": course.positive,
        "neutral": course.neutral,
        "negative": course.negative,
        "negative_share": None
        if course.negative_share is None
        else round(course.negative_share, 4),
        "themes": [_theme_json(t) for t in course.themes],
    }


def _weak_json(course: WeakCourse) -> dict[str, Any]:
    module = course.dropoff_module
    return {
        "code": course.code,
        "title": course.title,
        "score": course.score,
        "evidence": [
            {
                "kind": e.kind,
                "value": round(e.value, 4),
                "threshold": round(e.threshold, 4),
                "catalog": round(e.catalog, 4),
                **e.text.as_json(),
            }
            for e in course.evidence
        ],
        "fix": course.fix.as_json(),
        "dropoff_module": None if module is None else {"position": module[0], "title": module[1]},
        "themes": [_theme_json(t) for t in course.themes],
    }


def summary_json(summary: FeedbackSummary, weak: WeakCourseReport | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "catalog_mean": round(summary.catalog_mean, 4),
        "prior_weight": summary.prior_weight,
        "method": summary.method.as_json(),
        "courses": [_course_json(c) for c in summary.courses],
    }
    if weak is not None:
        data["weak_courses"] = {
            "thresholds": {k: round(v, 4) for k, v in weak.thresholds.items()},
            "medians": {k: round(v, 4) for k, v in weak.medians.items()},
            "courses": [_weak_json(c) for c in weak.courses],
        }
    return data


def _number(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_summary(summary: FeedbackSummary, weak: WeakCourseReport | None) -> None:
    print(msg("feedback.cli.header", mean=summary.catalog_mean, weight=summary.prior_weight).text())
    print(summary.method.text())
    print()
    heading = msg("feedback.cli.columns").text()
    print(heading)
    for c in summary.courses:
        share = "-" if c.negative_share is None else f"{c.negative_share:.0%}"
        spread = "/".join(str(n) for n in c.distribution)
        print(
            f"{c.code:<12} {c.rating_count:>5} {_number(c.rating_mean):>5} {c.bayesian:>5.2f} "
            f"{spread:<16} {c.comment_count:>5} {c.positive:>4} {c.neutral:>4} {c.negative:>4} "
            f"{share:>5}  {c.title}"
        )
        if c.themes:
            phrases = ", ".join(t.phrase for t in c.themes)
            print("             " + msg("feedback.cli.themes", themes=phrases).text())
    if weak is None:
        return
    print()
    print(msg("feedback.cli.weak_header", count=len(weak.courses)).text())
    for number, course in enumerate(weak.courses, start=1):
        print(f"{number:>3}. {course.code}  {course.title}  ({course.score:.1f})")
        for evidence in course.evidence:
            print(f"       - {evidence.text.text()}")
        print("       " + msg("feedback.cli.fix", fix=course.fix.text()).text())


COMMANDS: dict[str, Callable[..., int]] = {"feedback": cmd_feedback}
