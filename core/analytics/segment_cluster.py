"""Clustering of a feature matrix: scaling, KMeans, k by silhouette, stable labels, a 2-D map.

Works on any matrix — the demo's behaviour features and the xAPI-Edu activity counts go
through the same code. All scikit-learn work runs under ``threadpool_limits(1)``: on two
busy cores one thread is several times faster (PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.tasks import TaskState

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float64]
    Labels = npt.NDArray[np.int64]

K_RANGE = range(2, 9)
N_INIT = 10
SILHOUETTE_SAMPLE = 3000
# Scaled values beyond this many interquartile ranges are one extreme, not a new cluster.
CLIP = 3.0


@dataclass(frozen=True)
class Clustering:
    labels: Labels  # 0 = the largest cluster
    k: int
    chosen_by: str  # "silhouette" | "fixed"
    silhouette: float
    # k → silhouette, for every k tried (only the fixed one when k was given).
    silhouettes: dict[int, float]


def scale(matrix: Matrix, logged: Sequence[int] = ()) -> Matrix:
    """Robustly scaled columns: log1p on the long-tailed ones, then median/IQR, clipped.

    A column with no spread (IQR 0) falls back to its standard deviation, and to zeros when
    it is constant, so one dull column cannot blow up the distances.
    """
    import numpy as np

    values = matrix.astype(np.float64, copy=True)
    for column in logged:
        values[:, column] = np.log1p(np.maximum(values[:, column], 0.0))
    median = np.median(values, axis=0)
    q75, q25 = np.percentile(values, [75, 25], axis=0)
    spread = q75 - q25
    spread = np.where(spread > 0, spread, values.std(axis=0))
    spread = np.where(spread > 0, spread, 1.0)
    return np.clip((values - median) / spread, -CLIP, CLIP)


def _silhouette(scaled: Matrix, labels: Labels, seed: int) -> float:
    from sklearn.metrics import silhouette_score

    size = min(SILHOUETTE_SAMPLE, len(scaled))
    return float(silhouette_score(scaled, labels, sample_size=size, random_state=seed))


def _kmeans(scaled: Matrix, k: int, seed: int) -> Labels:
    import numpy as np
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=k, n_init=N_INIT, random_state=seed).fit(scaled)
    return np.asarray(model.labels_, dtype=np.int64)


def relabel_by_size(scaled: Matrix, labels: Labels) -> Labels:
    """Cluster 0 is the largest; ties go by the centroid, so runs number clusters alike."""
    import numpy as np

    keys = []
    for label in np.unique(labels):
        members = scaled[labels == label]
        keys.append((-len(members), tuple(np.round(members.mean(axis=0), 6)), int(label)))
    order = {old: new for new, (_, _, old) in enumerate(sorted(keys))}
    return np.array([order[int(label)] for label in labels], dtype=np.int64)


def cluster_matrix(
    scaled: Matrix,
    k: int | None = None,
    seed: int = 0,
    state: TaskState | None = None,
    span: tuple[float, float] = (0.0, 1.0),
) -> Clustering:
    """KMeans on an already scaled matrix; k by the best silhouette over 2–8 unless given.

    Progress goes from ``span[0]`` to ``span[1]`` of the caller's task, one step per k.
    """
    from threadpoolctl import threadpool_limits

    if len(scaled) < 3:
        raise ValueError("at least 3 rows are needed to form segments")
    largest = min(max(K_RANGE), len(scaled) - 1)
    candidates = [k] if k is not None else [c for c in K_RANGE if c <= largest]
    tried: dict[int, float] = {}
    best: tuple[float, int, Labels] | None = None
    with threadpool_limits(1):
        for step, candidate in enumerate(candidates):
            if state is not None:
                state.check()
                state.set_progress(span[0] + (span[1] - span[0]) * step / len(candidates))
            labels = _kmeans(scaled, candidate, seed)
            score = _silhouette(scaled, labels, seed) if len(set(labels.tolist())) > 1 else 0.0
            tried[candidate] = score
            if best is None or score > best[0]:
                best = (score, candidate, labels)
    assert best is not None
    score, chosen, labels = best
    return Clustering(
        labels=relabel_by_size(scaled, labels),
        k=chosen,
        chosen_by="fixed" if k is not None else "silhouette",
        silhouette=score,
        silhouettes=tried,
    )


def map_2d(scaled: Matrix) -> Matrix:
    """The first two principal components, signs fixed so the same data draws the same map."""
    import numpy as np
    from sklearn.decomposition import PCA
    from threadpoolctl import threadpool_limits

    if len(scaled) < 2 or scaled.shape[1] < 2:
        return np.zeros((len(scaled), 2))
    with threadpool_limits(1):
        points = PCA(n_components=2, svd_solver="full").fit_transform(scaled)
    # PCA's sign is arbitrary: flip each axis so its most extreme point lies on the + side.
    for axis in range(2):
        column = points[:, axis]
        if column[np.argmax(np.abs(column))] < 0:
            points[:, axis] = -column
    return np.asarray(points, dtype=np.float64)
