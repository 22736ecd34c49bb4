"""Recommendations at scale: fit time, all people, one person.

    .venv/bin/python benchmarks/bench_recommend.py --db FILE

FILE is a 20,000-person, 3,000-course demo (make one with ``training-desk --db FILE demo
--learners 20000 --courses 3000``, ~30 s). Reports the time to read everything and fit the
content model, recommendations for every person (people/s, beside PERFORMANCE.md's 18k/s for
raw scoring from a precomputed similarity matrix) and one person's time once fitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from core.database import open_database
from core.recommend import build_recommender, recommend_for
from core.recommend.content import _CACHE

RAW_PEOPLE_PER_SECOND = 18_000  # PERFORMANCE.md, scoring only from the course × course matrix


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--people", type=int, default=0, help="limit the all-people run")
    args = parser.parse_args()
    opened = open_database(args.db, write=False, must_exist=True)
    try:
        _CACHE.clear()
        started = time.perf_counter()
        with opened.db.reading() as session:
            engine = build_recommender(session, today=args.as_of)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        with opened.db.reading() as session:
            build_recommender(session, today=args.as_of)
        warm = time.perf_counter() - started
    finally:
        opened.db.close()
    people = list(engine.people.values())
    chosen = people[: args.people] if args.people else people
    started = time.perf_counter()
    for person in chosen:
        recommend_for(engine, person, 10)
    total = time.perf_counter() - started
    # Like for like with PERFORMANCE.md's raw figure: the blended score and a plain top 10,
    # without MMR and reasons.
    started = time.perf_counter()
    for person in chosen:
        scores = engine.score(person)
        np.argpartition(-np.where(scores.candidates, scores.total, -np.inf), 10)[:10]
    raw = time.perf_counter() - started
    singles = []
    for person in people[:200]:
        one = time.perf_counter()
        recommend_for(engine, person, 10)
        singles.append(time.perf_counter() - one)
    print(f"catalog: {engine.size} courses, {len(people)} active people")
    print(f"build (read all + fit content model + signals), cold cache: {cold:.1f} s")
    print(f"build again, content model from cache: {warm:.1f} s")
    rate = len(chosen) / total
    print(
        f"top-10 with reasons and MMR for {len(chosen)} people: {total:.1f} s = {rate:,.0f} "
        f"people/s (PERFORMANCE.md raw matrix scoring: {RAW_PEOPLE_PER_SECOND:,}/s)"
    )
    print(f"blended score + plain top 10 only: {len(chosen) / raw:,.0f} people/s")
    print(
        f"one person once fitted: median {statistics.median(singles) * 1000:.1f} ms, "
        f"max {max(singles) * 1000:.1f} ms (target < 100 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
