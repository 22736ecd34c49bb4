"""Catalog search at scale: index build time and per-query time over 3,000 demo courses.

Run: ``.venv/bin/python benchmarks/bench_search.py [--courses 3000]``. Generates a demo
company (200 learners) in a temporary file, reads the course texts, builds the index a
few times and runs a mix of English, Chinese, prefix and mixed queries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from core.database import open_database
from core.demo import DemoParams, generate_demo
from core.search import CourseIndex, course_docs

QUERIES = [
    "security",
    "phish",
    "bribery gifts",
    "manag",
    "a",
    "cmp-101",
    "数据",
    "管理",
    "领导力",
    "安",
    "security 数据",
    "excel 分析",
]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--courses", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db").db
        started = time.perf_counter()
        generate_demo(
            db, DemoParams(learners=200, courses=args.courses, as_of=dt.date(2026, 6, 30))
        )
        print(f"demo generated in {time.perf_counter() - started:.1f} s")
        with db.reading() as session:
            started = time.perf_counter()
            docs = course_docs(session)
            read = time.perf_counter() - started
        db.close()
    # Wall and CPU time: on a shared machine the CPU time is the steadier figure.
    builds, build_cpu = [], []
    for _ in range(5):
        started, cpu = time.perf_counter(), time.process_time()
        index = CourseIndex.build(docs)
        builds.append(time.perf_counter() - started)
        build_cpu.append(time.process_time() - cpu)
    times = []
    for _ in range(args.repeat):
        for query in QUERIES:
            started = time.perf_counter()
            index.search(query, limit=50)
            times.append(time.perf_counter() - started)
    times.sort()
    print(f"courses: {len(docs)}; read course_docs: {_ms(read)} ms")
    print(
        f"build: median {_ms(statistics.median(builds))} ms wall, "
        f"{_ms(statistics.median(build_cpu))} ms CPU (of 5)"
    )
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
    print(
        f"query: p50 {_ms(p50)} ms, p95 {_ms(p95)} ms, "
        f"max {_ms(times[-1])} ms over {len(times)} queries"
    )
    for query in QUERIES:
        print(f"  {query!r}: {len(index.search(query))} hits")


if __name__ == "__main__":
    main()
