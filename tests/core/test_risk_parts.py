"""The parts of at-risk scoring: wording, rules, the model's fit and calibration, no hindsight."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.analytics.risk_data import RiskData, read_risk_data
from core.analytics.risk_factors import describe, distinct_factors, overdue_story
from core.analytics.risk_features import FEATURES, build_features, training_rows
from core.analytics.risk_model import contributions, enough_to_learn, fit_risk_model
from core.analytics.risk_rules import points_to_probability, score_row
from core.database import open_database
from core.demo import DemoParams, generate_demo

AS_OF = dt.date(2026, 6, 30)
NAN = math.nan


def _values(**changes: float) -> dict[str, float]:
    """An unremarkable open assignment, with ``changes``."""
    values = dict.fromkeys(FEATURES, 0.0)
    values.update(
        days_inactive_course=2.0, started=1.0, days_inactive_any=1.0, percent=50.0,
        first_score=80.0, mean_score=80.0, events=6.0, days_to_due=20.0, days_assigned=10.0,
        time_used=0.33, mandatory=1.0, on_time_rate=0.9, course_hours=4.0,
        course_difficulty=1.0, course_missed_rate=0.2,
    )  # fmt: skip
    values.update(changes)
    return values


def test_factors_read_as_plain_words_with_their_numbers_in_both_languages() -> None:
    row = _values(days_inactive_course=23.0, first_score=41.0, other_overdue=3.0)
    assert describe("days_inactive_course", row).text("en") == (  # type: ignore[union-attr]
        "no activity on this course for 23 days"
    )
    assert describe("first_score", row).text("en") == "first quiz 41%"  # type: ignore[union-attr]
    assert describe("other_overdue", row).text("en") == "3 other overdue"  # type: ignore[union-attr]
    behind = describe("percent", _values(days_to_due=5.0, percent=10.0))
    assert behind is not None and behind.text("en") == "due in 5 days at 10%"
    assert behind.text("zh_CN") == "还有 5 天到期，进度 10%"
    not_started = _values(started=0.0, days_inactive_course=12.0, percent=0.0)
    assert describe("percent", not_started) == describe("started", not_started)
    assert describe("started", not_started).text("en") == (  # type: ignore[union-attr]
        "not started 12 days after being assigned"
    )
    assert describe("first_score", _values(first_score=NAN)).code == (  # type: ignore[union-attr]
        "risk.factor.no_score"
    )


def test_a_story_is_told_once_and_overdue_comes_first() -> None:
    row = _values(started=0.0, percent=0.0, days_inactive_course=40.0, other_overdue=2.0)
    told = distinct_factors([describe("started", row), describe("percent", row), None])
    assert len(told) == 1
    story = overdue_story(row, days=9)
    assert [m.code for m in story] == [
        "risk.factor.overdue",
        "risk.factor.not_started",
        "risk.factor.other_overdue",
    ]


def test_rules_add_points_per_warning_sign_and_map_them_to_a_probability() -> None:
    assert points_to_probability(0) == pytest.approx(0.10, abs=0.01)
    assert points_to_probability(4) == pytest.approx(0.5, abs=0.01)
    assert points_to_probability(8) == pytest.approx(0.9, abs=0.01)
    calm, calm_factors = score_row(_values())
    assert calm == points_to_probability(0) and calm_factors == ()
    worried, factors = score_row(
        _values(days_inactive_course=30.0, first_score=35.0, other_overdue=3.0, time_used=0.8)
    )
    # idle 2 + behind (50% done with 80% of the time gone) 2 + 3 overdue 2 + first quiz 1
    assert worried == pytest.approx(points_to_probability(7))
    assert [m.code for m in factors] == [
        "risk.factor.inactive_course",
        "risk.factor.behind",
        "risk.factor.other_overdue",
    ]


def test_learning_needs_200_finished_with_30_of_each_outcome() -> None:
    assert enough_to_learn(np.array([1] * 100 + [0] * 100))
    assert not enough_to_learn(np.array([1] * 50 + [0] * 149))
    assert not enough_to_learn(np.array([1] * 29 + [0] * 400))


def _synthetic(n: int, seed: int) -> tuple[pd.DataFrame, np.ndarray]:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "days_inactive_course": rng.exponential(15, n),
            "first_score": np.where(rng.random(n) < 0.2, np.nan, rng.normal(70, 15, n)),
            "noise": rng.normal(0, 1, n),
        }
    )
    score = frame["first_score"].fillna(55)
    logit = -1.0 + 0.08 * frame["days_inactive_course"] - 0.05 * (score - 70)
    missed = (rng.random(n) < 1 / (1 + np.exp(-logit.to_numpy()))).astype(int)
    return frame, missed


def test_the_model_ranks_well_is_calibrated_and_explains_with_the_right_feature() -> None:
    frame, missed = _synthetic(3000, seed=1)
    model = fit_risk_model(frame, missed, groups=np.arange(3000) // 3, seed=0)
    assert model.trained_on == 3000 and model.missed == int(missed.sum())
    assert model.auc > 0.7  # the true logit itself reaches about 0.76 here
    fresh, fresh_missed = _synthetic(3000, seed=2)
    predicted = model.predict(fresh)
    assert ((predicted >= 0) & (predicted <= 1)).all()
    # Calibrated: in each fifth of the predictions, the observed share is close to the mean.
    order = np.argsort(predicted)
    for part in np.array_split(order, 5):
        assert abs(predicted[part].mean() - fresh_missed[part].mean()) < 0.08
    idle = fresh.assign(days_inactive_course=60.0, first_score=75.0).iloc[:50]
    effects = contributions(model, idle, [("days_inactive_course",), ("first_score",), ("noise",)])
    assert (effects.idxmax(axis=1) == "days_inactive_course").all()


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> RiskData:
    path = tmp_path_factory.mktemp("riskparts") / "demo.db"
    opened = open_database(path)
    try:
        generate_demo(opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=AS_OF))
        with opened.db.reading() as session:
            return read_risk_data(session)
    finally:
        opened.db.close()


def _as_known_on(data: RiskData, day: int) -> RiskData:
    """The file as it stood at the end of ``day``: later events and completions unknown."""
    events = data.events[data.events["day"] <= day]
    assignments = data.assignments.copy()
    later = assignments["completed"] > day
    assignments.loc[later, "completed"] = np.nan
    assignments.loc[later, "status"] = "in_progress"
    return RiskData(assignments, events, data.courses)


def test_training_features_use_nothing_after_their_cut_off(demo_data: RiskData) -> None:
    rows = training_rows(demo_data, AS_OF.toordinal())
    assert len(rows) > 200 and rows["missed"].isin([0, 1]).all()
    assert (rows["cutoff"] >= rows["assigned"]).all()
    assert (rows["due"].isna() | (rows["cutoff"] < rows["due"])).all()
    assert not (rows["completed"] <= rows["cutoff"]).any()  # still open at its cut-off
    day = (AS_OF - dt.timedelta(days=150)).toordinal()
    early = rows[rows["cutoff"] <= day].reset_index(drop=True)
    assert len(early) > 50
    full = build_features(early, demo_data)
    then = build_features(early, _as_known_on(demo_data, day))
    pd.testing.assert_frame_equal(full, then)


def test_features_of_open_rows_are_in_range(demo_data: RiskData, tmp_path: Path) -> None:
    from core.analytics.risk_features import open_rows

    rows = open_rows(demo_data, AS_OF.toordinal())
    frame = build_features(rows, demo_data)
    assert list(frame.columns) == list(FEATURES) and len(frame) == len(rows)
    assert frame["percent"].between(0, 100).all()
    assert (frame["days_inactive_course"] >= 0).all() and (frame["other_overdue"] >= 0).all()
    assert frame["course_missed_rate"].between(0, 1).all()
    assert frame["started"].isin([0.0, 1.0]).all()


def test_time_since_assigned_of_an_unstarted_course_is_the_not_started_story() -> None:
    row = _values(started=0.0, percent=0.0, days_inactive_course=93.0, days_assigned=93.0)
    assert describe("days_assigned", row) == describe("started", row)
    assert describe("days_assigned", _values()).code == (  # type: ignore[union-attr]
        "risk.factor.assigned_long_ago"
    )
