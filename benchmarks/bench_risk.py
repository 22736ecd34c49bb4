"""At-risk scores for every open assignment of the 20,000-person demo, phase by phase.

    .venv/bin/python benchmarks/bench_risk.py [--db FILE] [--as-of 2026-06-30] [--runs 1]

Reads the file only (default /tmp/td-bench/demo20k.db, written by
``training-desk --db FILE demo --learners 20000 --courses 3000 --as-of 2026-06-30``) and runs
``score_open_assignments`` as the At-risk tab does, timing each phase from its progress
reports: reading, features (training and open rows), fitting, scoring + explaining, listing.
Wall and CPU seconds are both printed: the machine is shared, CPU time is the steadier one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.tasks import TaskState  # noqa: E402

PHASES = {0.0: "read", 0.2: "features", 0.35: "fit", 0.7: "score+explain", 0.9: "list rows"}


class PhaseClock(TaskState):
    """Turns progress reports into (phase, wall s, CPU s)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[float, float, float]] = []

    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        self.marks.append((fraction, time.perf_counter(), time.process_time()))

    def phases(self) -> list[tuple[str, float, float]]:
        pairs = zip(self.marks, self.marks[1:], strict=False)
        return [(PHASES.get(a[0], str(a[0])), b[1] - a[1], b[2] - a[2]) for a, b in pairs]


def run_once(path: Path, as_of: dt.date) -> None:
    from core.analytics.risk import score_open_assignments
    from core.database import open_database

    opened = open_database(path, write=False, must_exist=True)
    clock = PhaseClock()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with opened.db.reading() as session:
            report = score_open_assignments(session, as_of=as_of, state=clock)
    finally:
        opened.db.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for name, phase_wall, phase_cpu in clock.phases():
        print(f"  {name:<14} {phase_wall:7.2f} s wall {phase_cpu:7.2f} s CPU")
    overdue = sum(1 for row in report.rows if row.overdue_days)
    print(
        f"  {'total':<14} {wall:7.2f} s wall {cpu:7.2f} s CPU — {len(report.rows):,} open "
        f"assignments ({overdue:,} already overdue), method {report.method}, "
        f"trained on {report.trained_on:,}, AUC {report.auc or 0:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/td-bench/demo20k.db"))
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 6, 30))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(
            f"{args.db} does not exist: write it with 'training-desk --db {args.db} demo "
            "--learners 20000 --courses 3000 --as-of 2026-06-30'"
        )
    print(f"risk scores for {args.db} as of {args.as_of} (load {os.getloadavg()[0]:.1f})")
    for _ in range(args.runs):
        run_once(args.db, args.as_of)


if __name__ == "__main__":
    main()
