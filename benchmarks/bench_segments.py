"""Learner segments at scale: feature extraction, fitting (k auto), map, total, peak memory.

    .venv/bin/python benchmarks/bench_segments.py [--db /tmp/td-bench/demo20k.db] [--k auto|N]

Reads the 20,000-person demo file (opened read-only; build one with
``training-desk --db FILE demo --learners 20000 --courses 3000 --seed 1 --as-of 2026-06-30``)
and times each part of ``segment_learners``: the SQL feature queries, the KMeans fits over
k = 2..8 with their silhouettes (under threadpool_limits(1)), and the whole call. Prints wall and
CPU seconds of each part (the machine is shared: CPU time is the steadier figure) and the
peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = Path("/tmp/td-bench/demo20k.db")
AS_OF = dt.date(2026, 6, 30)


class Clock:
    """Wall and CPU seconds since the last lap: on a shared machine CPU time is the steadier."""

    def __init__(self) -> None:
        self.lap()

    def lap(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def text(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:6.2f} s wall {cpu:6.2f} s CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--k", default="auto")
    args = parser.parse_args()
    k = None if args.k == "auto" else int(args.k)

    from core.analytics.segment_cluster import cluster_matrix, map_2d
    from core.analytics.segment_features import read_features
    from core.analytics.segments import clustered_signatures, segment_learners
    from core.database import open_database

    clock = Clock()
    import sklearn.cluster  # noqa: F401  (imports timed apart from the work)

    print(f"import scikit-learn       {clock.text()}")
    opened = open_database(args.db, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            clock.lap()
            table = read_features(session, AS_OF)
            print(f"feature extraction        {clock.text()}  ({len(table.people)} people)")
            clock.lap()
            clustered = clustered_signatures(session, table)
            print(f"behaviour signatures      {clock.text()}")
            clock.lap()
            clustering = cluster_matrix(clustered, k)
            tried = ", ".join(f"{c}: {s:.3f}" for c, s in clustering.silhouettes.items())
            print(f"fit, k {args.k:<4}              {clock.text()}  (k={clustering.k}; {tried})")
            clock.lap()
            map_2d(clustered)
            print(f"2-D map (PCA)             {clock.text()}")
            clock.lap()
            result = segment_learners(session, k=k, as_of=AS_OF)
            print(f"total segment_learners    {clock.text()}")
    finally:
        opened.db.close()
    sizes = ", ".join(f"{s.name.text()} {s.size}" for s in result.segments)
    print(f"segments: {sizes}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS                  {peak:6.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
