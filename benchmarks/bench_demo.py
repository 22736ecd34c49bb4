"""How long the demo generator takes at the product's full scale, and what it writes.

    .venv/bin/python benchmarks/bench_demo.py [--learners 20000 --courses 3000 --seed 1]

Creates the demo in a temporary file and prints seconds (generation alone and including
opening the new file), rows per table, events per person, file size and peak RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.database import open_database  # noqa: E402
from core.demo import DemoParams, generate_demo  # noqa: E402
from core.tasks import TaskState  # noqa: E402

AS_OF = dt.date(2026, 6, 30)


class PrintedProgress(TaskState):
    """Prints each new tenth of the work, to show progress is reported as it goes."""

    def __init__(self) -> None:
        super().__init__()
        self.started = time.perf_counter()
        self.last_tenth = -1

    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        tenth = int(self.progress * 10)
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            elapsed = time.perf_counter() - self.started
            print(f"  {elapsed:6.1f} s  {self.progress:4.0%}  {self.status}")


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def _row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {n: int(conn.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0]) for n in names}


def _largest_department(path: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        name, size = conn.execute(
            "SELECT d.name, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id"
            " GROUP BY d.id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
    return str(name), int(size)


def run(learners: int, courses: int, seed: int) -> None:
    params = DemoParams(learners=learners, courses=courses, seed=seed, as_of=AS_OF)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-demo.db"
        print(f"demo: {learners} learners x {courses} courses, seed {seed}, as of {AS_OF}")
        total_start = time.perf_counter()
        opened = open_database(path)
        try:
            start = time.perf_counter()
            summary = generate_demo(opened.db, params, PrintedProgress())
            generation = time.perf_counter() - start
        finally:
            opened.db.close()
        total = time.perf_counter() - total_start
        counts = _row_counts(path)
        department, department_size = _largest_department(path)
        size_mb = sum(p.stat().st_size for p in Path(folder).glob("bench-demo.db*")) / 2**20
    print(f"generation: {generation:.1f} s (with creating the file: {total:.1f} s)")
    print(f"rows: {sum(counts.values()):,}")
    for table, count in counts.items():
        print(f"  {table:18s} {count:>10,}")
    print(f"largest department: {department} ({department_size:,} people)")
    print(f"events per person: {summary.events / summary.people:.1f}")
    print(f"events per second: {summary.events / generation:,.0f}")
    print(f"file size: {size_mb:.1f} MB")
    print(f"peak RSS: {_peak_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument("--courses", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    run(args.learners, args.courses, args.seed)


if __name__ == "__main__":
    main()
