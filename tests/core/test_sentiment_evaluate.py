"""The sentiment evaluation: macro-F1 beside the majority baseline and plain VADER, on the
hand-labelled sets and (when ../shared/data is there) the DSTI class survey."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.sentiment.datasets import dsti_comments, hand_labelled
from core.sentiment.evaluate import evaluate_all, macro_f1, main, majority_baseline


def test_macro_f1_averages_the_three_labels() -> None:
    truth = ["positive", "negative", "neutral", "positive"]
    assert macro_f1(truth, truth) == 1.0
    # All "positive": F1 2/3 for positive, 0 for the two others.
    assert majority_baseline(truth) == pytest.approx((2 / 3) / 3)


def test_hand_labelled_sets_are_big_enough_and_well_formed() -> None:
    for language in ("en", "zh"):
        labelled = hand_labelled(language)
        assert len(labelled.texts) >= 120
        assert set(labelled.labels) == {"positive", "neutral", "negative"}
        assert len(set(labelled.texts)) == len(labelled.texts)


def test_beats_the_majority_baseline_and_plain_vader_on_the_hand_labelled_sets() -> None:
    english, chinese = evaluate_all(None)
    assert english.vader is not None
    assert english.ours >= english.vader + 0.1
    assert english.ours >= 0.75 and chinese.ours >= 0.75
    assert min(english.majority, chinese.majority) < 0.25


def test_dsti_comments_are_labelled_by_the_answer_beside_them(shared_data: Path) -> None:
    dsti = dsti_comments(shared_data)
    assert len(dsti.texts) >= 100
    assert set(dsti.labels) == {"positive", "neutral", "negative"}
    assert "No comment" not in dsti.texts
    figures = evaluate_all(shared_data)[0]
    assert figures.name.startswith("DSTI")
    assert figures.vader is not None
    assert figures.ours > figures.vader > figures.majority


def test_the_command_prints_each_set_beside_its_baselines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--data", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert "majority" in out and "VADER" in out
    assert "hand-labelled EN" in out and "hand-labelled ZH" in out
