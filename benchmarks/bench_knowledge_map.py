"""The knowledge map at scale: reading + selecting + laying out on the worker, drawing on the GUI.

    .venv/bin/python benchmarks/bench_knowledge_map.py --db FILE

FILE is a demo with 3,000 courses (``training-desk --db FILE demo --learners 20000 --courses
3000``, ~30 s; ``--learners 500`` is enough for the map, only the skill-holder counts grow
with people). For each filter and cap it prints the median of 3 runs of
``load_knowledge_map`` (what the worker does) and of building the scene (what the GUI
thread does, offscreen), with the node, link and crossing counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from core.database import open_database
from core.knowledge_map import MapFilter, load_knowledge_map
from db.models import Assignment, Course, Employee, Prerequisite, Role, RoleSkill


def median_ms(work: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def examples(session: Any) -> tuple[str, str, str]:
    role = session.execute(
        select(Role.name)
        .join(RoleSkill, RoleSkill.role_id == Role.id)
        .group_by(Role.id)
        .order_by(func.count().desc(), Role.name)
    ).scalar()
    course = session.execute(
        select(Course.code)
        .join(Prerequisite, Prerequisite.required_course_id == Course.id)
        .group_by(Course.id)
        .order_by(func.count().desc(), Course.code)
    ).scalar()
    person = session.execute(
        select(Employee.employee_id)
        .join(Assignment, Assignment.employee_id == Employee.id)
        .where(Assignment.status.in_(("not_started", "in_progress")))
        .group_by(Employee.id)
        .order_by(func.count().desc(), Employee.employee_id)
    ).scalar()
    return role or "", course or "", person or ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop.gui.knowledge_scene import build_scene

    app = QApplication([])
    opened = open_database(args.db, write=False, must_exist=True)
    today = dt.date.today()
    try:
        with opened.db.reading() as session:
            courses = session.scalar(select(func.count()).select_from(Course))
            role, course, person = examples(session)
        print(f"{courses:,} courses; role {role!r}, course {course}, person {person}")
        print(
            f"{'filter':<26}{'cap':>6}{'nodes':>7}{'of':>7}{'links':>7}{'crossings':>11}"
            f"{'worker ms':>11}{'scene ms':>10}"
        )
        filters = [
            ("whole catalog", MapFilter(limit=300)),
            ("whole catalog", MapFilter(limit=1000)),
            ("whole catalog", MapFilter(limit=3000)),
            ("whole catalog", MapFilter(limit=10_000)),
            (f"role {role}", MapFilter("role", role)),
            (f"role {role}", MapFilter("role", role, limit=1000)),
            (f"course {course}, 2 links", MapFilter("course", course, 2)),
            (f"person {person}", MapFilter("person", person)),
        ]
        for name, map_filter in filters:

            def read(f: MapFilter = map_filter) -> Any:
                with opened.db.reading() as session:
                    return load_knowledge_map(session, f, today)

            worker_ms, found = median_ms(read)

            def draw(m: Any = found) -> Any:
                return build_scene(m, "", "", app.font(), print)

            scene_ms, _ = median_ms(draw)
            print(
                f"{name[:25]:<26}{map_filter.limit:>6,}{len(found.nodes):>7,}{found.total:>7,}"
                f"{len(found.edges):>7,}{found.crossings:>11,}{worker_ms:>11.0f}{scene_ms:>10.0f}"
            )
    finally:
        opened.db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
