"""GUI latency at scale: does the window stay responsive with 20,000 people?

    .venv/bin/python benchmarks/bench_gui.py [--db FILE] [--people 20000] [--courses 3000]

Builds (or reuses, with --db) a database of 20,000 people and 3,000 courses — core.demo
when installed, else the quick bulk insert in scripts/sample_company.py — opens the real
main window offscreen and runs an event-loop latency probe: a QTimer that should fire every
5 ms records how late each tick is. Any tick later than that is time the GUI thread could
not react. The probe runs while the People table loads, while a search is typed one
keystroke at a time (through the 150 ms debounce), and while it is sorted by two columns.
Target: the longest stall under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TICK_MS = 5
TARGET_MS = 100.0
KEYSTROKES = "sales"
KEY_GAP_S = 0.12  # a brisk typist; shorter than the debounce, so most keystrokes coalesce


class LatencyProbe:
    """Records how late a 5 ms timer fires: the GUI thread's stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.stalls: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now

    def start(self) -> None:
        self.stalls.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.stalls)


def pump(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop (so the probe ticks) until ``condition`` holds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def pump_for(seconds: float) -> None:
    end = time.monotonic() + seconds
    pump(lambda: time.monotonic() >= end)


def summary(name: str, stalls: list[float]) -> dict[str, Any]:
    ordered = sorted(stalls) or [0.0]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {"phase": name, "max": ordered[-1], "p95": p95, "ticks": len(stalls)}


def private_folders() -> Path:
    """A throw-away folder for this run's settings and data; the user's are never touched."""
    work = Path(tempfile.mkdtemp(prefix="training-desk-bench-"))
    os.environ["TRAINING_DESK_DATA_DIR"] = str(work / "data")
    os.environ["TRAINING_DESK_CONFIG_DIR"] = str(work / "config")
    return work


def open_window(path: Path, *, timeout_s: float = 120.0) -> tuple[Any, Any]:
    """The QApplication and the real main window on ``path``, set up as run_gui does, idle."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.dbop import worker
    from desktop.gui.launch import configure_application, tune_garbage_collector
    from desktop.gui.main_window import MainWindow
    from desktop.gui.style import apply_style

    app = QApplication([])
    configure_application(app)
    apply_style(app)
    window = MainWindow(ask_first_run=False)
    tune_garbage_collector()
    window.resize(1400, 900)
    window.show()
    window.open_path(path)
    pump(lambda: window.db is not None, timeout_s)
    pump(lambda: not worker().busy, timeout_s)
    return app, window


def build(path: Path, people: int, courses: int, bulk: bool) -> str:
    from scripts.sample_company import build_company, build_demo_or_company

    if path.exists():
        return "existing file"
    started = time.perf_counter()
    if bulk:
        build_company(path, people, courses)
        source = "scripts/sample_company.py"
    else:
        source = build_demo_or_company(path, people, courses)
    return f"{source} in {time.perf_counter() - started:.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--courses", type=int, default=3_000)
    parser.add_argument("--bulk", action="store_true", help="skip core.demo (faster to build)")
    args = parser.parse_args()
    path = args.db or private_folders() / "bench.db"
    say = sys.stdout.write
    say(f"database: {path} ({build(path, args.people, args.courses, args.bulk)})\n")

    from PySide6.QtCore import Qt

    from desktop.gui.people import HIRE_DATE_COLUMN, NAME_COLUMN

    app, window = open_window(path)
    catalog = window.section("catalog")
    pump(lambda: catalog.loaded)
    people = window.section("people")
    probe = LatencyProbe()
    results = []

    probe.start()
    started = time.perf_counter()
    window.show_section("people")
    pump(lambda: people.loaded)
    load_ms = (time.perf_counter() - started) * 1000
    pump_for(0.2)
    results.append(summary("load People table", probe.stop()))
    rows = people.model.rowCount()

    probe.start()
    window.focus_search()
    for key in KEYSTROKES:
        window.search_box.insert(key)
        pump_for(KEY_GAP_S)
    pump(lambda: people.search_text == KEYSTROKES)
    pump_for(0.2)
    results.append(summary(f"type '{KEYSTROKES}' in search", probe.stop()))
    matches = people.model.rowCount()

    # Per-keystroke cost of the filter itself (what one debounced update does).
    filter_ms = []
    for n in range(1, len(KEYSTROKES) + 1):
        started = time.perf_counter()
        people.set_search(KEYSTROKES[:n])
        filter_ms.append((time.perf_counter() - started) * 1000)
    people.set_search("")
    window.search_box.clear()
    pump_for(0.3)

    probe.start()
    sort_ms = {}
    for label, column, order in (
        ("hire date", HIRE_DATE_COLUMN, Qt.SortOrder.DescendingOrder),
        ("name", NAME_COLUMN, Qt.SortOrder.AscendingOrder),
    ):
        started = time.perf_counter()
        people.table.sortByColumn(column, order)
        app.processEvents()
        sort_ms[label] = (time.perf_counter() - started) * 1000
        pump_for(0.2)
    results.append(summary("sort by two columns", probe.stop()))
    window.close()

    say(f"People rows: {rows:,}; search '{KEYSTROKES}' leaves {matches:,}\n")
    say(f"time to load the People table: {load_ms:.0f} ms (reading on the worker)\n")
    say(
        "filter per keystroke (ms): "
        + ", ".join(f"{k!r}={ms:.1f}" for k, ms in zip(KEYSTROKES, filter_ms, strict=True))
        + f"  (median {statistics.median(filter_ms):.1f})\n"
    )
    say("sort (ms): " + ", ".join(f"{k}={ms:.0f}" for k, ms in sort_ms.items()) + "\n")
    say(f"{'phase':<32}{'max stall ms':>14}{'p95 ms':>10}{'ticks':>8}\n")
    for r in results:
        say(f"{r['phase']:<32}{r['max']:>14.1f}{r['p95']:>10.1f}{r['ticks']:>8}\n")
    worst = max(float(r["max"]) for r in results)
    verdict = "OK" if worst < TARGET_MS else "OVER TARGET"
    say(f"longest GUI stall: {worst:.1f} ms (target < {TARGET_MS:.0f} ms): {verdict}\n")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
