"""Training plan batches: plans per second as one PDF and as a ZIP of PDFs.

    .venv/bin/python benchmarks/bench_reports.py [--db FILE] [--people 500] [--runs 3]

Builds (or reuses, with --db) a core.demo company of 500 people and 80 courses, moves
everyone into one department (so the batch is a real 500-person ``--department`` run) and
times ``core.reports.batch.write_plans`` into one PDF and into a ZIP, after one warm-up
that loads the fonts (once per process). Also times reading the plans alone and one
plan on its own. Goal (issue 7): at least 30 plans/s; PERFORMANCE.md has the raw
reportlab figure (one document 110-130/s, separate files 50-65/s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 6, 30)
DEPARTMENT = "Everyone"


def build(path: Path, people: int) -> None:
    """The demo company, everyone in one department (created once per file)."""
    from sqlalchemy import select, update
    from sqlalchemy.orm import Session

    from core.changes import perform
    from core.database import open_database
    from core.demo import DemoParams, generate_demo
    from db.models import Department, Employee

    opened = open_database(path)
    try:
        with opened.db.reading() as session:
            ready = session.scalar(select(Department.id).where(Department.name == DEPARTMENT))
        if ready is None:
            generate_demo(opened.db, DemoParams(learners=people, courses=80, seed=1, as_of=AS_OF))

            def one_department(s: Session) -> None:
                department = Department(name=DEPARTMENT, code="ALL", yearly_budget=None)
                s.add(department)
                s.flush()
                s.execute(update(Employee).values(department_id=department.id))

            perform(opened.db, "Benchmark: one department", one_department)
    finally:
        opened.db.close()


def timed(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """Median wall and CPU seconds. The CPU time is the fairer figure on a shared machine:
    other processes' load stretches the wall time, not this process's work."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_reports_"))
    db_path = args.db or folder / "bench.db"
    started = time.perf_counter()
    build(db_path, args.people)
    print(f"company ready in {time.perf_counter() - started:.1f} s ({db_path})")

    from core.database import open_database
    from core.reports.batch import write_plans
    from core.reports.plan import write_plan
    from core.reports.plan_data import load_plan_documents, people_of

    opened = open_database(db_path, write=False, must_exist=True)
    with opened.db.reading() as session:
        ids = people_of(session, department=DEPARTMENT)
        started = time.perf_counter()
        write_plans(session, folder / "warm.pdf", department=DEPARTMENT, today=AS_OF)
        print(f"first batch (loads the fonts): {time.perf_counter() - started:.2f} s")
        read, _ = timed(args.runs, lambda: load_plan_documents(session, ids, AS_OF))
        print(f"read and compose {len(ids)} plans: {read:.2f} s ({len(ids) / read:.0f} plans/s)")
        for name in ("plans.pdf", "plans.zip"):
            out = folder / name

            def batch(out: Path = out) -> object:
                return write_plans(session, out, department=DEPARTMENT, today=AS_OF)

            wall, cpu = timed(args.runs, batch)
            print(
                f"{name}: {len(ids)} plans in {wall:.2f} s = {len(ids) / wall:.0f} plans/s wall, "
                f"{len(ids) / cpu:.0f} plans/s CPU ({out.stat().st_size / 1e6:.1f} MB)"
            )
        one, _ = timed(args.runs, lambda: write_plan(session, "NW00001", folder / "one.pdf", AS_OF))
        print(f"one plan on its own: {one * 1000:.0f} ms")
    opened.db.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
