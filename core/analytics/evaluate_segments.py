"""How well segmenting works: against the demo's planted groups, across seeds, and on xAPI-Edu.

``python -m core.analytics.evaluate_segments [--data ../shared/data] [--learners N]`` prints

- the adjusted Rand index (ARI) of the segments against the behaviour groups the demo
  generator planted, at the k the code picks and at k=6 (the number planted), for demo
  seeds 1, 2 and 3;
- the ceiling: the ARI of a supervised classifier told the groups (logistic regression on
  the same signatures, 5-fold), i.e. how separable the planted overlap and noise leave them;
- stability: the ARI between the segments of clustering seeds 0, 1 and 2;
- on xAPI-Edu-Data (480 students' activity counts), the adjusted mutual information (AMI) of
  the segments with the L/M/H performance class, clustered by the same code path.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from core.analytics.segment_cluster import cluster_matrix, scale
from core.analytics.segments import SegmentResult, clustered_signatures, segment_learners

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
DEMO_AS_OF = dt.date(2026, 6, 30)
SEEDS = (0, 1, 2)
DEMO_SEEDS = (1, 2, 3)
XAPI_FILE = Path("xapi_edu_data") / "xAPI-Edu-Data.csv"
# Activity counts and absence, the behaviour columns of the file; the rest are who and where.
XAPI_COUNTS = ("raisedhands", "VisITedResources", "AnnouncementsView", "Discussion")
XAPI_ABSENCE = "StudentAbsenceDays"  # "Under-7" or "Above-7"
XAPI_CLASS = "Class"  # L, M, H


@dataclass(frozen=True)
class DemoFigures:
    people: int
    auto_k: int
    auto_ari: float
    k6_ari: float
    seed_ari_auto: tuple[float, ...]  # ARI between seeds (0,1), (0,2), (1,2) at auto k
    seed_ari_k6: tuple[float, ...]
    sizes_auto: tuple[int, ...]
    ceiling_ari: float = float("nan")  # supervised, on the same signatures


@dataclass(frozen=True)
class XapiFigures:
    students: int
    auto_k: int
    auto_ami: float
    k3_ami: float  # three segments, as many as classes


def _ari(a: list[int] | list[str], b: list[int] | list[str]) -> float:
    from sklearn.metrics import adjusted_rand_score

    return float(adjusted_rand_score(a, b))


def _pairwise(results: list[SegmentResult]) -> tuple[float, ...]:
    labels = [[p.segment for p in r.people] for r in results]
    return tuple(_ari(a, b) for a, b in itertools.combinations(labels, 2))


def evaluate_demo(learners: int = 600, courses: int = 80, seed: int = 1) -> DemoFigures:
    """Generates a demo company in a temporary file and scores the segments against it."""
    from core.analytics.segment_features import read_features
    from core.database import open_database
    from core.demo import DemoParams, generate_demo, read_demo_truth

    with tempfile.TemporaryDirectory() as folder:
        opened = open_database(Path(folder) / "demo.db")
        try:
            params = DemoParams(learners=learners, courses=courses, seed=seed, as_of=DEMO_AS_OF)
            generate_demo(opened.db, params)
            with opened.db.reading() as session:
                truth = read_demo_truth(session)
                auto = [segment_learners(session, None, s, DEMO_AS_OF) for s in SEEDS]
                fixed = [segment_learners(session, 6, s, DEMO_AS_OF) for s in SEEDS]
                signatures = clustered_signatures(session, read_features(session, DEMO_AS_OF))
        finally:
            opened.db.close()
    figures = demo_figures(truth.behaviour_groups, auto, fixed)
    planted = [truth.group_of(p.employee_id) or "" for p in auto[0].people]
    return replace(figures, ceiling_ari=_supervised_ari(signatures, planted))


def _supervised_ari(signatures: npt.NDArray[np.float64], planted: list[str]) -> float:
    """5-fold cross-validated; fewer folds when a group is that small, none below 2."""
    from collections import Counter

    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from threadpoolctl import threadpool_limits

    folds = min(5, min(Counter(planted).values()))
    if folds < 2:
        return float("nan")
    with threadpool_limits(1):
        model = LogisticRegression(max_iter=2000)
        predicted = cross_val_predict(model, signatures, planted, cv=folds)
    return _ari(planted, [str(label) for label in predicted])


def demo_figures(
    groups: Mapping[str, tuple[str, ...]],
    auto: list[SegmentResult],
    fixed: list[SegmentResult],
) -> DemoFigures:
    """Figures of runs over seeds :data:`SEEDS` at auto k and at k=6, against the groups."""
    group_of = {member: group for group, members in groups.items() for member in members}
    planted = [group_of[p.employee_id] for p in auto[0].people]
    return DemoFigures(
        people=len(planted),
        auto_k=auto[0].k,
        auto_ari=_ari(planted, [p.segment for p in auto[0].people]),
        k6_ari=_ari(planted, [p.segment for p in fixed[0].people]),
        seed_ari_auto=_pairwise(auto),
        seed_ari_k6=_pairwise(fixed),
        sizes_auto=tuple(s.size for s in auto[0].segments),
    )


def read_xapi(path: Path) -> tuple[list[list[float]], list[str]]:
    """Rows of activity counts plus absence (0 under 7 days, 1 above), and each class."""
    rows: list[list[float]] = []
    classes: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle):
            counts = [float(record[column]) for column in XAPI_COUNTS]
            rows.append([*counts, 1.0 if record[XAPI_ABSENCE] == "Above-7" else 0.0])
            classes.append(record[XAPI_CLASS])
    return rows, classes


def evaluate_xapi(data: Path) -> XapiFigures:
    import numpy as np
    from sklearn.metrics import adjusted_mutual_info_score

    rows, classes = read_xapi(data / XAPI_FILE)
    scaled = scale(np.array(rows, dtype=np.float64))
    auto = cluster_matrix(scaled, None, seed=0)
    three = cluster_matrix(scaled, 3, seed=0)
    return XapiFigures(
        students=len(rows),
        auto_k=auto.k,
        auto_ami=float(adjusted_mutual_info_score(classes, auto.labels)),
        k3_ami=float(adjusted_mutual_info_score(classes, three.labels)),
    )


def _seeds(values: tuple[float, ...]) -> str:
    return ", ".join(f"{v:.3f}" for v in values)


def _say(line: str) -> None:
    # The command's output is the report itself.
    sys.stdout.write(line + "\n")


def _report_demo(demo: DemoFigures, demo_seed: int) -> None:
    _say(f"Demo: {demo.people} active people with assignments, 80 courses, seed {demo_seed}")
    _say(f"  auto k = {demo.auto_k} (sizes {list(demo.sizes_auto)}): ARI {demo.auto_ari:.3f}")
    _say(f"  k = 6, the number planted: ARI {demo.k6_ari:.3f}")
    _say(f"  supervised ceiling (logistic regression told the groups): {demo.ceiling_ari:.3f}")
    _say(f"  seed stability, ARI of seeds 0-1, 0-2, 1-2 at auto k: {_seeds(demo.seed_ari_auto)}")
    _say(f"  seed stability at k = 6: {_seeds(demo.seed_ari_k6)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.analytics.evaluate_segments")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, metavar="DATA_DIR")
    parser.add_argument("--learners", type=int, default=600, metavar="N")
    args = parser.parse_args(argv)
    for demo_seed in DEMO_SEEDS:
        _report_demo(evaluate_demo(args.learners, seed=demo_seed), demo_seed)
    if not (args.data / XAPI_FILE).is_file():
        _say(f"xAPI-Edu-Data: {args.data / XAPI_FILE} not found, skipped")
        return 0
    xapi = evaluate_xapi(args.data)
    _say(f"xAPI-Edu-Data: {xapi.students} students, activity counts and absence")
    _say(f"  auto k = {xapi.auto_k}: AMI with the L/M/H class {xapi.auto_ami:.3f}")
    _say(f"  k = 3: AMI {xapi.k3_ami:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
