"""Learner segments on the demo company: the planted groups, stability, names, the map."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score
from sqlalchemy import func, select

from core.analytics.segment_features import FEATURES, read_features
from core.analytics.segment_signature import (
    PRIOR_COURSES,
    SIGNATURE,
    read_signatures,
    standardise,
)
from core.analytics.segments import SegmentResult, segment_learners
from core.database import open_database
from core.demo import DemoParams, DemoTruth, generate_demo, read_demo_truth
from core.errors import AppError
from core.tasks import Cancelled, TaskState
from db.models import Assignment, Employee
from db.session import Database

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    opened = open_database(tmp_path_factory.mktemp("segments") / "demo.db")
    generate_demo(opened.db, DemoParams(learners=600, courses=80, seed=1, as_of=AS_OF))
    yield opened.db
    opened.db.close()


@pytest.fixture(scope="module")
def truth(demo_db: Database) -> DemoTruth:
    with demo_db.reading() as session:
        return read_demo_truth(session)


@pytest.fixture(scope="module")
def runs(demo_db: Database) -> dict[tuple[int | None, int], SegmentResult]:
    """(k, seed) → result, for auto k and k=6 with seeds 0, 1, 2."""
    with demo_db.reading() as session:
        return {
            (k, seed): segment_learners(session, k=k, seed=seed, as_of=AS_OF)
            for k in (None, 6)
            for seed in (0, 1, 2)
        }


def _labels(result: SegmentResult) -> list[int]:
    return [p.segment for p in result.people]


def _planted_ari(result: SegmentResult, truth: DemoTruth) -> float:
    planted = [truth.group_of(p.employee_id) for p in result.people]
    return float(adjusted_rand_score(planted, _labels(result)))


def test_result_has_the_contract_shape(runs: dict[tuple[int | None, int], SegmentResult]) -> None:
    result = runs[(6, 0)]
    assert (result.k, result.chosen_by, len(result.segments)) == (6, "fixed", 6)
    assert result.feature_names == FEATURES
    assert set(result.feature_labels) == set(FEATURES) == set(result.catalog_profile)
    assert [s.index for s in result.segments] == list(range(6))
    sizes = [s.size for s in result.segments]
    assert sizes == sorted(sizes, reverse=True), "segment 0 is the largest"
    assert sum(sizes) == len(result.people)
    for segment in result.segments:
        assert sum(p.segment == segment.index for p in result.people) == segment.size
        assert len(segment.distinctive) == 3 and set(segment.profile) == set(FEATURES)
        for message in (segment.name, segment.action, *segment.distinctive):
            assert message.text("en") and message.text("zh_CN") != message.text("en")
    names = [s.name.text("en") for s in result.segments]
    assert len(set(names)) == len(names), names
    assert all(p.name and p.employee_id for p in result.people)
    assert len({(round(p.x, 6), round(p.y, 6)) for p in result.people}) > len(result.people) / 2


def test_auto_k_is_chosen_by_the_best_silhouette(
    runs: dict[tuple[int | None, int], SegmentResult],
) -> None:
    result = runs[(None, 0)]
    assert result.chosen_by == "silhouette" and result.silhouettes is not None
    assert sorted(result.silhouettes) == list(range(2, 9))
    assert result.silhouette == max(result.silhouettes.values())
    assert result.k == max(result.silhouettes, key=lambda k: result.silhouettes[k])  # type: ignore[index]


def test_same_data_and_seed_give_identical_segments(
    demo_db: Database, runs: dict[tuple[int | None, int], SegmentResult]
) -> None:
    with demo_db.reading() as session:
        again = segment_learners(session, k=6, seed=0, as_of=AS_OF)
    assert again == runs[(6, 0)]


@pytest.mark.parametrize("k", [None, 6])
def test_other_seeds_give_nearly_the_same_segments(
    runs: dict[tuple[int | None, int], SegmentResult], k: int | None
) -> None:
    for a, b in itertools.combinations((0, 1, 2), 2):
        ari = adjusted_rand_score(_labels(runs[(k, a)]), _labels(runs[(k, b)]))
        assert ari >= 0.8, (k, a, b, ari)


def test_segments_recover_the_planted_groups(
    runs: dict[tuple[int | None, int], SegmentResult], truth: DemoTruth
) -> None:
    # Issue 6, acceptance 1. Measured on this demo: ARI 0.71 at the silhouette's k (7) and
    # 0.74 at k=6; a supervised logistic regression on the same signatures reaches 0.78
    # (5-fold), the ceiling the planted overlap and noise leave.
    assert _planted_ari(runs[(None, 0)], truth) >= 0.6
    assert _planted_ari(runs[(6, 0)], truth) >= 0.6


def test_names_fit_the_groups_they_mostly_hold(
    runs: dict[tuple[int | None, int], SegmentResult], truth: DemoTruth
) -> None:
    result = runs[(6, 0)]
    by_key = {s.key: s.index for s in result.segments}
    for key in ("mandatory_only", "fast_finishers", "late_finishers"):
        members = [truth.group_of(p.employee_id) for p in result.people if p.segment == by_key[key]]
        top = max(set(members), key=members.count)
        assert top == key, (key, top)


def test_everyone_active_with_assignments_is_segmented_the_rest_counted(
    demo_db: Database, runs: dict[tuple[int | None, int], SegmentResult]
) -> None:
    with demo_db.reading() as session:
        everyone = session.scalar(select(func.count()).select_from(Employee)) or 0
        with_assignments = set(
            session.scalars(
                select(Employee.employee_id)
                .join(Assignment, Assignment.employee_id == Employee.id)
                .where(Employee.active)
            )
        )
    result = runs[(None, 0)]
    assert {p.employee_id for p in result.people} == with_assignments
    assert result.left_out == everyone - len(with_assignments) > 0


def test_features_match_the_records_of_one_person(demo_db: Database) -> None:
    with demo_db.reading() as session:
        table = read_features(session, AS_OF)
        person = table.people[0]
        rows = session.execute(
            select(Assignment.mandatory, Assignment.started_on).where(
                Assignment.employee_id == person.id, Assignment.assigned_on <= AS_OF
            )
        ).all()
    started = [mandatory for mandatory, started_on in rows if started_on is not None]
    optional = [started_on is not None for mandatory, started_on in rows if not mandatory]
    values = dict(zip(FEATURES, table.matrix[0].tolist(), strict=True))
    if started:
        assert values["mandatory_share"] == pytest.approx(sum(started) / len(started))
    if optional:
        assert values["optional_start_rate"] == pytest.approx(sum(optional) / len(optional))
    assert not any(v != v for v in table.matrix.ravel()), "no missing values left"


def test_signatures_shrink_each_persons_rates_towards_everyones(demo_db: Database) -> None:
    with demo_db.reading() as session:
        table = read_features(session, AS_OF)
        ids = [p.id for p in table.people]
        signatures = read_signatures(session, ids, AS_OF)
        optional = session.execute(
            select(Assignment.employee_id, Assignment.started_on)
            .join(Employee, Employee.id == Assignment.employee_id)
            .where(Employee.active, ~Assignment.mandatory, Assignment.assigned_on <= AS_OF)
        ).all()
    assert signatures.shape == (len(ids), len(SIGNATURE))
    assert not any(v != v for v in signatures.ravel()), "no missing values left"
    everyone = sum(started is not None for _, started in optional) / len(optional)
    for row, person in enumerate(ids[:20]):
        own = [started is not None for who, started in optional if who == person]
        expected = (sum(own) + PRIOR_COURSES * everyone) / (len(own) + PRIOR_COURSES)
        assert signatures[row, SIGNATURE.index("optional_start_rate")] == pytest.approx(expected)
    rates = signatures[:, [SIGNATURE.index("abandon_rate"), SIGNATURE.index("withdrawal_rate")]]
    assert ((rates > 0) & (rates < 1)).all(), "shrunk rates never reach 0 or 1"
    scaled = standardise(np.column_stack([signatures, np.full(len(ids), 3.0)]))
    assert scaled.mean(axis=0) == pytest.approx(np.zeros(len(SIGNATURE) + 1), abs=1e-9)
    assert scaled.std(axis=0)[:-1] == pytest.approx(np.ones(len(SIGNATURE)))
    assert np.all(scaled[:, -1] == 0.0), "a constant column adds no distance"


def test_wrong_k_and_too_few_people_are_refused(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session, pytest.raises(AppError) as refused:
        segment_learners(session, k=1, as_of=AS_OF)
    assert refused.value.message.code == "segment.bad_k"
    opened = open_database(tmp_path / "empty.db")
    try:
        with opened.db.reading() as session, pytest.raises(AppError) as empty:
            segment_learners(session)
    finally:
        opened.db.close()
    assert empty.value.message.code == "segment.too_few"


class RecordingState(TaskState):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[float] = []

    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        self.seen.append(self.progress)


def test_progress_only_rises_and_cancel_stops_the_work(demo_db: Database) -> None:
    state = RecordingState()
    with demo_db.reading() as session:
        segment_learners(session, as_of=AS_OF, state=state)
        assert state.seen == sorted(state.seen) and state.seen[-1] == 1.0
        assert len(state.seen) >= 9, "a step per k tried"
        state = RecordingState()
        state.cancelled = True
        with pytest.raises(Cancelled):
            segment_learners(session, as_of=AS_OF, state=state)
