"""Catalog-wide signals computed once per query batch: co-completion, quality, colleagues."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core.recommend.people_data import PersonRecord
from core.recommend.quality import bayesian_rating, quality_score
from core.recommend.weights import BlendWeights

# A completion counts as "taken and liked" unless its rating is below this.
LIKED_FROM = 4


@dataclass
class DepartmentStat:
    count: int
    rating_sum: float
    rating_count: int


@dataclass
class Signals:
    # Course index → course index: cosine co-completion of liked completions (diagonal 0).
    co_completion: NDArray[np.float32]
    # 0..1 quality per course index, and the Bayesian rating and rating count behind it.
    quality: NDArray[np.float32]
    bayes: NDArray[np.float32]
    rating_counts: NDArray[np.int64]
    # Share of all people who completed each course (the popularity baseline, cold start).
    popularity: NDArray[np.float32]
    # (department id, course index) → completions and ratings by people in it.
    by_department: dict[tuple[int, int], DepartmentStat]
    department_sizes: dict[int, int]


def build_signals(
    people: dict[int, PersonRecord], index_of_id: dict[int, int], weights: BlendWeights
) -> Signals:
    size = len(index_of_id)
    rating_sum = np.zeros(size)
    rating_count = np.zeros(size, dtype=np.int64)
    completed = np.zeros(size)
    assigned = np.zeros(size)
    by_department: dict[tuple[int, int], DepartmentStat] = {}
    department_sizes: dict[int, int] = defaultdict(int)
    liked_rows: list[int] = []
    liked_cols: list[int] = []
    for row, person in enumerate(people.values()):
        if person.department_id is not None:
            department_sizes[person.department_id] += 1
        _count_person(person, index_of_id, rating_sum, rating_count, completed, assigned)
        for course_id in person.completed:
            col = index_of_id.get(course_id)
            rating = person.ratings.get(course_id)
            if col is None:
                continue
            if rating is None or rating >= LIKED_FROM:
                liked_rows.append(row)
                liked_cols.append(col)
            if person.department_id is not None:
                _add_department(by_department, person.department_id, col, rating)
    prior = float(rating_sum.sum() / rating_count.sum()) if rating_count.sum() else 3.5
    bayes = np.array(
        [
            bayesian_rating(rating_sum[i], int(rating_count[i]), prior, weights.prior_ratings)
            for i in range(size)
        ],
        dtype=np.float32,
    )
    rates = [completed[i] / assigned[i] if assigned[i] else None for i in range(size)]
    quality = np.array([quality_score(bayes[i], rates[i]) for i in range(size)], np.float32)
    return Signals(
        co_completion=_co_completion(liked_rows, liked_cols, len(people), size),
        quality=quality,
        bayes=bayes,
        rating_counts=rating_count,
        popularity=(completed / max(1, len(people))).astype(np.float32),
        by_department=by_department,
        department_sizes=dict(department_sizes),
    )


def _count_person(
    person: PersonRecord,
    index_of_id: dict[int, int],
    rating_sum: NDArray[np.float64],
    rating_count: NDArray[np.int64],
    completed: NDArray[np.float64],
    assigned: NDArray[np.float64],
) -> None:
    for course_id, rating in person.ratings.items():
        col = index_of_id.get(course_id)
        if col is not None:
            rating_sum[col] += rating
            rating_count[col] += 1
    for course_id in person.completed:
        col = index_of_id.get(course_id)
        if col is not None:
            completed[col] += 1
            assigned[col] += 1
    for course_id in person.assigned_open - set(person.completed):
        col = index_of_id.get(course_id)
        if col is not None:
            assigned[col] += 1


def _add_department(
    stats: dict[tuple[int, int], DepartmentStat], department: int, col: int, rating: int | None
) -> None:
    stat = stats.setdefault((department, col), DepartmentStat(0, 0.0, 0))
    stat.count += 1
    if rating is not None:
        stat.rating_sum += rating
        stat.rating_count += 1


def _co_completion(rows: list[int], cols: list[int], people: int, size: int) -> NDArray[np.float32]:
    from scipy import sparse
    from sklearn.preprocessing import normalize

    taken = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(max(people, 1), size)
    )
    taken.data[:] = 1.0  # duplicates (recertifications) count once
    columns = normalize(taken.T.tocsr())
    product: NDArray[np.float32] = (columns @ columns.T).toarray().astype(np.float32)
    np.fill_diagonal(product, 0.0)
    return product
