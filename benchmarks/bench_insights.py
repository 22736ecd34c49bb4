"""Dashboard and skills matrix at scale: their times and the longest GUI-thread stall.

    .venv/bin/python benchmarks/bench_insights.py [--db FILE] [--people 20000] [--courses 3000]

Builds (or reuses, with --db) the core.demo company of 20,000 people and 3,000 courses
(as of 2026-06-15, ~30 s), opens the real main window offscreen and, with bench_gui's
event-loop latency probe running, opens the Dashboard (figures and charts built on the
worker, canvases placed one at a time), clicks Overdue for the list behind it, opens the
Skills Matrix (read on the worker; the table model reads cells from numpy arrays), then
filters the matrix by a department and scrolls it. Also times the core functions alone
and the matrix export. Target: the longest stall under 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_gui import (  # noqa: E402 - after the path is set
    TARGET_MS,
    LatencyProbe,
    open_window,
    private_folders,
    pump,
    pump_for,
    summary,
)

AS_OF = dt.date(2026, 6, 15)


class GcPauses:
    """Records each garbage collection's length: a pause that holds the GIL stalls the GUI."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, int]] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(((time.perf_counter() - self._started) * 1000, info["generation"]))

    def longest(self) -> tuple[float, int]:
        return max(self.pauses, default=(0.0, 0))


def build(path: Path, people: int, courses: int) -> str:
    if path.exists():
        return "existing file"
    from core.database import open_database
    from core.demo.generate import DemoParams, generate_demo

    started = time.perf_counter()
    opened = open_database(path)
    try:
        generate_demo(opened.db, DemoParams(learners=people, courses=courses, as_of=AS_OF))
    finally:
        opened.db.close()
    return f"core.demo in {time.perf_counter() - started:.1f} s"


def time_core(path: Path, out: Path) -> dict[str, float]:
    """The core work alone (what the worker does), in ms."""
    from core.charts import dashboard_figures
    from core.dashboard import build_dashboard
    from core.dashboard_lists import figure_rows
    from core.database import open_database
    from core.skills_matrix import export_matrix, load_matrix

    timings: dict[str, float] = {}
    opened = open_database(path, write=False)
    try:
        with opened.db.reading() as session:
            started = time.perf_counter()
            board = build_dashboard(session, AS_OF)
            timings["build_dashboard"] = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            dashboard_figures(board)
            timings["dashboard_figures"] = (time.perf_counter() - started) * 1000
            for key in ("overdue", "completion"):
                started = time.perf_counter()
                rows = figure_rows(session, key, AS_OF)
                timings[f"list behind {key} ({len(rows):,} rows)"] = (
                    time.perf_counter() - started
                ) * 1000
            started = time.perf_counter()
            load_matrix(session)
            timings["load_matrix"] = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            export_matrix(session, out)
            timings["export_matrix (xlsx)"] = (time.perf_counter() - started) * 1000
    finally:
        opened.db.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--courses", type=int, default=3_000)
    args = parser.parse_args()
    work = private_folders()
    path = args.db or work / "bench.db"
    say = sys.stdout.write
    say(f"database: {path} ({build(path, args.people, args.courses)})\n")

    app, window = open_window(path)
    pump(lambda: window.section("catalog").loaded)  # type: ignore[attr-defined]
    pump_for(0.3)
    probe = LatencyProbe()
    pauses = GcPauses()
    results: list[dict[str, Any]] = []
    times: dict[str, float] = {}
    progress_seen: dict[str, bool] = {}

    dashboard: Any = window.section("dashboard")
    dashboard.today = lambda: AS_OF
    probe.start()
    started = time.perf_counter()
    window.show_section("dashboard")
    progress_seen["dashboard"] = dashboard.progress.isVisible()
    pump(lambda: dashboard.loaded)
    times["open Dashboard"] = (time.perf_counter() - started) * 1000
    pump_for(0.3)
    results.append(summary("open Dashboard", probe.stop()))
    overdue = dashboard.board.overdue

    probe.start()
    started = time.perf_counter()
    dashboard.open_list("overdue")
    pump(lambda: dashboard.list_dialog is not None)
    times["open the list behind Overdue"] = (time.perf_counter() - started) * 1000
    pump_for(0.3)
    results.append(summary("open the Overdue list", probe.stop()))
    dashboard.list_dialog.close()

    matrix: Any = window.section("skills")
    probe.start()
    started = time.perf_counter()
    window.show_section("skills")
    progress_seen["skills matrix"] = matrix.progress.isVisible()
    pump(lambda: matrix.loaded)
    times["open Skills Matrix"] = (time.perf_counter() - started) * 1000
    pump_for(0.3)
    results.append(summary("open Skills Matrix", probe.stop()))
    shape = (matrix.model.rowCount(), matrix.model.columnCount())

    probe.start()
    started = time.perf_counter()
    matrix.department_filter.setCurrentIndex(1)
    app.processEvents()
    times["filter matrix by department"] = (time.perf_counter() - started) * 1000
    bar = matrix.table.verticalScrollBar()
    for step in range(10):
        bar.setValue(bar.maximum() * step // 10)
        pump_for(0.05)
    matrix.department_filter.setCurrentIndex(0)
    pump_for(0.3)
    results.append(summary("filter and scroll matrix", probe.stop()))
    window.close()

    say(f"dashboard: {overdue:,} overdue; matrix: {shape[0]:,} rows × {shape[1]} columns\n")
    say(f"progress shown while loading: {progress_seen}\n")
    for name, ms in times.items():
        say(f"{name}: {ms:,.0f} ms\n")
    for name, ms in time_core(path, work / "matrix.xlsx").items():
        say(f"core {name}: {ms:,.0f} ms\n")
    pause, generation = pauses.longest()
    say(f"longest garbage collection: {pause:.0f} ms (generation {generation})\n")
    say(f"{'phase':<32}{'max stall ms':>14}{'p95 ms':>10}{'ticks':>8}\n")
    for r in results:
        say(f"{r['phase']:<32}{r['max']:>14.1f}{r['p95']:>10.1f}{r['ticks']:>8}\n")
    worst = max(float(r["max"]) for r in results)
    verdict = "OK" if worst < TARGET_MS else "OVER TARGET"
    say(f"longest GUI stall: {worst:.1f} ms (target < {TARGET_MS:.0f} ms): {verdict}\n")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
