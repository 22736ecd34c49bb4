"""At-risk scoring on the demo company: the model in use, planted people found, rules fallback."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from statistics import mean

import pytest

from core.analytics.risk import RiskReport, score_open_assignments
from core.database import open_database
from core.demo import DemoParams, DemoTruth, generate_demo, read_demo_truth
from core.messages import Message
from core.tasks import TaskState

AS_OF = dt.date(2026, 6, 30)


def _demo(path: Path, learners: int, courses: int) -> Path:
    opened = open_database(path)
    try:
        generate_demo(
            opened.db, DemoParams(learners=learners, courses=courses, seed=1, as_of=AS_OF)
        )
    finally:
        opened.db.close()
    return path


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("risk") / "demo.db", learners=120, courses=80)


@pytest.fixture(scope="module")
def scored(demo_path: Path) -> Iterator[tuple[RiskReport, DemoTruth]]:
    opened = open_database(demo_path, write=False)
    try:
        with opened.db.reading() as session:
            yield score_open_assignments(session, as_of=AS_OF), read_demo_truth(session)
    finally:
        opened.db.close()


def test_the_model_is_learned_from_finished_assignments_and_says_so(
    scored: tuple[RiskReport, DemoTruth],
) -> None:
    report, _ = scored
    assert report.method == "model" and report.trained_on >= 200
    assert report.auc is not None and report.auc > 0.75
    assert report.method_note.code == "risk.method.model"
    assert f"{report.trained_on:,}" in report.method_note.text("en")
    assert report.as_of == AS_OF


def test_every_open_assignment_of_an_active_person_is_scored_highest_first(
    scored: tuple[RiskReport, DemoTruth], demo_path: Path
) -> None:
    report, _ = scored
    with sqlite3.connect(demo_path) as connection:
        (expected,) = connection.execute(
            "SELECT count(*) FROM assignments a JOIN employees e ON e.id = a.employee_id "
            "WHERE e.active AND a.status IN ('not_started', 'in_progress')"
        ).fetchone()
    assert len(report.rows) == expected > 0
    chances = [row.probability for row in report.rows]
    assert chances == sorted(chances, reverse=True)
    assert all(0.0 <= p <= 1.0 for p in chances)
    assert len({row.assignment_id for row in report.rows}) == len(report.rows)


def test_overdue_assignments_are_already_missed_and_say_by_how_long(
    scored: tuple[RiskReport, DemoTruth],
) -> None:
    report, _ = scored
    overdue = [row for row in report.rows if row.overdue_days > 0]
    assert overdue
    for row in overdue:
        assert row.probability == 1.0 and row.due_date is not None
        assert row.overdue_days == (AS_OF - row.due_date).days
        assert row.factors[0] == Message("risk.factor.overdue", {"days": row.overdue_days})
    pending = [row for row in report.rows if row.overdue_days == 0]
    assert pending and all(row.probability < 1.0 for row in pending)


def test_factors_are_plain_words_with_numbers_at_most_three_most_important_first(
    scored: tuple[RiskReport, DemoTruth],
) -> None:
    report, _ = scored
    assert all(len(row.factors) <= 3 for row in report.rows)
    risky = [r for r in report.rows if r.overdue_days == 0 and r.probability >= 0.3]
    assert risky and all(row.factors for row in risky)
    for row in risky:
        for factor in row.factors:
            assert factor.text("en") and factor.text("zh_CN") != factor.text("en")
    codes = {factor.code for row in report.rows for factor in row.factors}
    assert {"risk.factor.overdue", "risk.factor.other_overdue"} <= codes


def test_planted_at_risk_people_score_higher_on_their_mandatory_training(
    scored: tuple[RiskReport, DemoTruth],
) -> None:
    report, truth = scored
    planted = set(truth.at_risk)
    mandatory = [row for row in report.rows if row.mandatory]
    at_risk = [row.probability for row in mandatory if row.employee_id in planted]
    others = [row.probability for row in mandatory if row.employee_id not in planted]
    assert len(at_risk) >= 10 and len(others) >= 10
    assert mean(at_risk) > mean(others) + 0.1


def test_progress_is_reported_and_cancel_stops_it(demo_path: Path) -> None:
    seen: list[float] = []

    class Recording(TaskState):
        def set_progress(self, fraction: float, status: str = "") -> None:
            super().set_progress(fraction, status)
            seen.append(fraction)

    opened = open_database(demo_path, write=False)
    try:
        with opened.db.reading() as session:
            score_open_assignments(session, as_of=AS_OF, state=Recording())
            assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
            from core.tasks import Cancelled

            with pytest.raises(Cancelled):
                score_open_assignments(session, as_of=AS_OF, state=TaskState(cancelled=True))
    finally:
        opened.db.close()


def test_with_few_finished_assignments_transparent_rules_are_used_and_say_so(
    tmp_path: Path,
) -> None:
    path = _demo(tmp_path / "small.db", learners=8, courses=20)
    opened = open_database(path, write=False)
    try:
        with opened.db.reading() as session:
            report = score_open_assignments(session, as_of=AS_OF)
    finally:
        opened.db.close()
    assert report.method == "rules" and report.auc is None
    assert 0 < report.trained_on < 200
    assert report.method_note.code == "risk.method.rules"
    assert str(report.trained_on) in report.method_note.text("en")
    assert report.rows
    pending = [row for row in report.rows if row.overdue_days == 0]
    assert all(0.05 < row.probability < 1.0 for row in pending)
    flagged = [row for row in pending if row.probability > 0.2]
    assert all(row.factors for row in flagged)


def test_on_later_assignments_the_model_beats_the_rules_and_is_calibrated(
    demo_path: Path,
) -> None:
    from core.analytics.evaluate_risk import evaluate_demo_file

    result = evaluate_demo_file(demo_path, AS_OF)
    assert result.trained_on >= 200 and result.tested_on >= 50
    assert result.auc > result.baseline_auc + 0.05 and result.auc > 0.8
    assert abs(result.mean_predicted - result.missed_share) < 0.08
    assert result.brier < 0.15


def test_a_hand_made_file_without_events_or_due_dates_is_scored_by_rules(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from learning_support import build_company

    path = tmp_path / "small.db"
    opened = open_database(path)
    build_company(opened.db)
    opened.db.close()
    with sqlite3.connect(path) as connection:
        ids = dict(connection.execute("SELECT code, id FROM courses"))
        people = dict(connection.execute("SELECT employee_id, id FROM employees"))
        connection.executemany(
            "INSERT INTO assignments (employee_id, course_id, assigned_on, due_date, mandatory, "
            "status, percent, hours, completed_on, source) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, "
            "'manual')",
            [
                (people["A1"], ids["SAFE"], "2026-05-01", "2026-06-01", 1, "in_progress", 40, None),
                (people["A1"], ids["SQL"], "2026-06-01", None, 0, "not_started", 0, None),
                (
                    people["B1"],
                    ids["EXCEL"],
                    "2026-06-20",
                    "2026-07-20",
                    0,
                    "in_progress",
                    10,
                    None,
                ),
                (people["A2"], ids["EXCEL"], "2026-04-01", "2026-05-01", 0, "completed", 100, None),
                (people["A3"], ids["SQL"], "2026-06-01", "2026-07-01", 0, "not_started", 0, None),
            ],
        )
    opened = open_database(path, write=False)
    try:
        with opened.db.reading() as session:
            report = score_open_assignments(session, as_of=AS_OF)
    finally:
        opened.db.close()
    assert report.method == "rules" and report.trained_on == 1  # the undated completion: out
    by_course = {(row.employee_id, row.course_code): row for row in report.rows}
    assert set(by_course) == {("A1", "SAFE"), ("A1", "SQL"), ("B1", "EXCEL")}  # A3 left
    overdue = by_course["A1", "SAFE"]
    assert overdue.probability == 1.0 and overdue.overdue_days == 29 and overdue.percent == 40
    no_due = by_course["A1", "SQL"]
    assert no_due.due_date is None and no_due.overdue_days == 0 and no_due.probability < 1
    assert [f.code for f in no_due.factors][:1] == ["risk.factor.not_started"]
    assert report.rows[0] is overdue
