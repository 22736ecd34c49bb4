"""Weak courses (acceptance 4): the courses the demo made weak top the list, with the evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.analytics.weak_courses import WeakCourseReport, weak_courses
from core.database import open_database
from core.demo import DemoParams, generate_demo, read_demo_truth
from core.demo.truth import DemoTruth
from core.tasks import Cancelled, TaskState

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WeakCourseReport, DemoTruth]]:
    path: Path = tmp_path_factory.mktemp("weak") / "demo.db"
    opened = open_database(path)
    generate_demo(opened.db, DemoParams(learners=300, courses=80, seed=1, as_of=AS_OF))
    with opened.db.reading() as session:
        yield weak_courses(session, AS_OF), read_demo_truth(session)
    opened.db.close()


def test_every_planted_weak_course_is_near_the_top_with_low_rating_and_its_dropoff_module(
    demo: tuple[WeakCourseReport, DemoTruth],
) -> None:
    report, truth = demo
    planted = {w.code: w for w in truth.weak_courses}
    assert planted
    top = report.courses[: len(planted) + 2]
    found = {c.code: c for c in top}
    for code, weak in planted.items():
        assert code in found, (code, [c.code for c in report.courses[:12]])
        course = found[code]
        kinds = {e.kind for e in course.evidence}
        assert "low_rating" in kinds
        assert course.dropoff_module is not None
        assert course.dropoff_module[0] == weak.dropoff_position


def test_evidence_shows_value_and_threshold_relative_to_the_catalog(
    demo: tuple[WeakCourseReport, DemoTruth],
) -> None:
    report, _ = demo
    assert set(report.thresholds) >= {"low_completion", "low_rating", "dropoff", "overdue"}
    assert report.thresholds["low_rating"] < report.medians["low_rating"]
    assert report.thresholds["dropoff"] > report.medians["dropoff"]
    scores = [c.score for c in report.courses]
    assert scores == sorted(scores, reverse=True)
    for course in report.courses:
        assert course.evidence and course.fix.text() and course.fix.text("zh_CN")
        for evidence in course.evidence:
            if evidence.kind in ("low_completion", "low_rating"):
                assert evidence.value < evidence.threshold
            else:
                assert evidence.value > evidence.threshold
            assert evidence.text.text() and evidence.text.text("zh_CN")
    first = report.courses[0]
    if first.dropoff_module is not None:
        assert f"module {first.dropoff_module[0]}" in first.fix.text()


def test_a_file_without_activity_or_feedback_has_no_weak_courses(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "empty.db")
    try:
        with opened.db.reading() as session:
            report = weak_courses(session, AS_OF)
            assert report.courses == []
            state = TaskState(cancelled=True)
            with pytest.raises(Cancelled):
                weak_courses(session, AS_OF, state)
    finally:
        opened.db.close()
