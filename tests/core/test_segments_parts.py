"""The parts of segmenting on their own: scaling, clustering, the map, names."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score

from core.analytics.segment_cluster import CLIP, cluster_matrix, map_2d, relabel_by_size, scale
from core.analytics.segment_features import impute
from core.analytics.segment_naming import (
    distinctive_features,
    name_keys,
    segment_names,
)


def test_scale_is_robust_to_outliers_and_constant_columns() -> None:
    values = np.column_stack([np.arange(100.0), np.full(100, 7.0), np.r_[np.ones(99), 1e6]])
    values[0, 0] = -1e9
    scaled = scale(values)
    assert np.abs(scaled).max() <= CLIP
    assert np.all(scaled[:, 1] == 0.0)
    assert np.median(scaled[:, 0]) == pytest.approx(0.0)


def test_impute_fills_with_the_column_median_and_zero_when_all_missing() -> None:
    values = np.array([[1.0, np.nan], [np.nan, np.nan], [3.0, np.nan], [5.0, np.nan]])
    filled = impute(values)
    assert filled[1, 0] == 3.0 and np.all(filled[:, 1] == 0.0)
    assert np.isnan(values[1, 0]), "the input is left alone"


def test_well_separated_groups_are_found_with_their_number() -> None:
    points, truth = make_blobs(
        n_samples=[200, 120, 80, 40], centers=[[0, 0], [8, 0], [0, 8], [8, 8]], random_state=3
    )
    result = cluster_matrix(scale(points), seed=5)
    assert (result.k, result.chosen_by) == (4, "silhouette")
    assert adjusted_rand_score(truth, result.labels) == 1.0
    assert np.bincount(result.labels).tolist() == [200, 120, 80, 40]
    fixed = cluster_matrix(scale(points), k=2, seed=5)
    assert (fixed.k, fixed.chosen_by, list(fixed.silhouettes)) == (2, "fixed", [2])


def test_too_few_rows_cannot_be_clustered() -> None:
    with pytest.raises(ValueError):
        cluster_matrix(np.zeros((2, 3)))


def test_relabel_numbers_clusters_by_size_largest_first() -> None:
    scaled = np.arange(10.0).reshape(-1, 1)
    labels = np.array([2, 2, 0, 1, 1, 1, 1, 0, 0, 0])
    assert relabel_by_size(scaled, labels).tolist() == [2, 2, 1, 0, 0, 0, 0, 1, 1, 1]


def test_map_is_two_dimensional_and_repeatable() -> None:
    points, _ = make_blobs(n_samples=60, n_features=5, random_state=1)
    first, second = map_2d(scale(points)), map_2d(scale(points))
    assert first.shape == (60, 2) and np.array_equal(first, second)
    assert map_2d(np.zeros((1, 4))).shape == (1, 2)


def _z(**values: float) -> dict[str, float]:
    return values


def test_profiles_get_the_name_that_fits() -> None:
    zs = [
        _z(optional_start_rate=-1.5, mandatory_share=1.4),
        _z(session_gap=-1.0, start_delay=-0.8, completion_rate=0.6, on_time_rate=0.5),
        _z(start_delay=1.2, average_delay=0.5, on_time_rate=-0.7),
        _z(stall_rate=0.9, completion_rate=-0.5),
        _z(days_since_optional_start=1.0, stall_rate=0.8, days_since_active=0.4),
        _z(completion_rate=0.1, hours_per_month=0.1),
        _z(days_since_active=1.5, hours_per_month=-1.5),
    ]
    assert name_keys(zs) == [
        "mandatory_only",
        "fast_finishers",
        "late_finishers",
        "stalled_starters",
        "dropouts",
        "steady",
        "inactive",
    ]


def test_colliding_names_get_a_qualifier_then_a_number() -> None:
    zs = [_z(hours_per_month=0.5), _z(hours_per_month=-0.5), _z(hours_per_month=0.6)]
    texts = [name.text("en") for _key, name in segment_names(zs)]
    assert texts[0] == "Steady learners"
    assert len(set(texts)) == 3
    assert all(text.startswith("Steady learners") for text in texts)
    zh = [name.text("zh_CN") for _key, name in segment_names(zs)]
    assert len(set(zh)) == 3 and all(text.startswith("稳定学习者") for text in zh)


def test_distinctive_features_are_the_largest_differences_either_way() -> None:
    z = _z(a=0.1, b=-2.0, c=1.5, d=0.0, e=-1.6)
    assert distinctive_features(z) == ["b", "e", "c"]
