"""The evaluation: its metrics, and the edX figures against the baselines."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.recommend.evaluate_similarity import evaluate_edx, labelled_edx_rows
from core.recommend.metrics import label_scores, ndcg_at, precision_at


def test_ndcg_uses_binary_gain_and_an_ideal_of_min_k_relevant() -> None:
    assert ndcg_at([True, False, False], relevant_count=1, k=10) == 1.0
    assert ndcg_at([False, True], relevant_count=1, k=10) == pytest.approx(1 / np.log2(3))
    # 12 relevant courses: the ideal fills all 10 places.
    assert ndcg_at([True] * 10, relevant_count=12, k=10) == 1.0
    assert ndcg_at([False] * 10, relevant_count=3, k=10) == 0.0
    assert precision_at([True, False, True] + [False] * 7, k=10) == 0.2


def test_label_scores_rank_all_other_courses() -> None:
    similarity = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]])
    ndcg, precision = label_scores(similarity, ["a", "a", "b"], k=1)
    assert ndcg == pytest.approx(2 / 3) and precision == pytest.approx(2 / 3)


def test_edx_protocol_beats_plain_tfidf_and_reaches_the_goal(shared_data: Path) -> None:
    assert len(labelled_edx_rows(shared_data / "edx_courses" / "edx_courses.csv")) == 925
    figures = {row.name: row for row in evaluate_edx(shared_data)}
    assert figures["plain TF-IDF"].ndcg == pytest.approx(0.433, abs=0.002)
    assert figures["Training Desk"].ndcg >= 0.52
    assert figures["random"].ndcg < 0.15


def _zh_catalog_csv(folder: Path, with_titles: bool) -> Path:
    import csv
    import json

    data = Path(__file__).parent / "data" / "zh_catalog.json"
    with open(data, encoding="utf-8") as handle:
        courses = json.load(handle)["courses"]
    path = folder / "zh.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["课程名称", "课程简介", "topic"] if with_titles else ["课程简介", "topic"])
        for row in courses:
            text = [row["title"], row["description"]] if with_titles else [row["description"]]
            writer.writerow([*text, row["topic"]])
    return path


def test_any_labelled_catalog_file_can_be_evaluated_chinese_descriptions_only(
    tmp_path: Path,
) -> None:
    from core.recommend.evaluate_catalog import evaluate_catalog_file

    ours, plain, random = evaluate_catalog_file(_zh_catalog_csv(tmp_path, False), "topic")
    assert plain.name == "plain TF-IDF (description)"
    # Unsegmented Chinese defeats plain TF-IDF (whole clauses become tokens).
    assert ours.ndcg >= 2 * plain.ndcg
    assert ours.ndcg > random.ndcg


def test_the_evaluate_command_takes_a_catalog_and_its_label_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.recommend.evaluate import main

    assert main(["--catalog", str(_zh_catalog_csv(tmp_path, True)), "--label", "topic"]) == 0
    out = capsys.readouterr().out
    assert "Training Desk" in out and "plain TF-IDF (description)" in out and "random" in out
    assert main(["--catalog", str(tmp_path / "zh.csv"), "--label", "subject"]) == 2


def test_label_sets_count_as_relevant_when_they_share_a_label() -> None:
    from core.recommend.evaluate_catalog import label_set_scores

    similarity = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]])
    labels = [frozenset({"sql", "excel"}), frozenset({"excel"}), frozenset({"sql"})]
    ndcg, precision = label_set_scores(similarity, labels, k=1)
    # Course 2's top pick is course 1, which shares nothing with it.
    assert ndcg == pytest.approx(2 / 3) and precision == pytest.approx(2 / 3)
