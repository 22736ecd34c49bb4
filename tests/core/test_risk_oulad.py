"""OULAD, trained on 2013 and tested on 2014 as of day 60: the model beats the one rule."""

from __future__ import annotations

from pathlib import Path

from core.analytics.evaluate_risk import evaluate_oulad
from core.analytics.risk_oulad import DAY, load_oulad_rows


def test_only_what_is_known_by_day_60_and_no_one_who_left_by_then(shared_data: Path) -> None:
    rows = load_oulad_rows(shared_data / "oulad")
    assert len(rows.features) == len(rows.missed) == len(rows.baseline)
    assert 25_000 < len(rows.features) < 32_593  # those gone by day 60 are left out
    assert "date_unregistration" not in rows.features.columns
    assert (rows.features["days_inactive_course"] >= 0).all()
    assert rows.features["time_used"].max() <= DAY / 230
    assert rows.is_train.any() and (~rows.is_train).any()


def test_oulad_auc_beats_the_first_assessment_rule(shared_data: Path) -> None:
    result = evaluate_oulad(shared_data / "oulad")
    assert result.baseline_auc > 0.55
    assert result.auc > result.baseline_auc + 0.1
    assert result.auc > 0.75
    assert result.tested_on > 10_000 and 0.3 < result.missed_share < 0.5
    assert abs(result.mean_predicted - result.missed_share) < 0.1  # 2014 differs from 2013
    assert "ROC-AUC" in result.line().text("en")
