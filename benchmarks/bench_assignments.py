"""Assignments & Paths at scale: does the window stay responsive with 200,000 assignments?

    .venv/bin/python benchmarks/bench_assignments.py --db FILE

FILE is a 20,000-person demo (make one with ``training-desk --db FILE demo --learners 20000
--courses 3000``, ~30 s). Opens the real window offscreen and, with bench_gui's event-loop
probe, reports the longest GUI-thread stall while the Assignments table loads, is searched,
filtered and sorted, and while the compliance view opens.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_gui import (
    TARGET_MS,
    LatencyProbe,
    open_window,
    pump,
    pump_for,
    summary,
)


def measure(probe: LatencyProbe, name: str, action: object, done: object) -> dict[str, object]:
    probe.start()
    started = time.perf_counter()
    action()  # type: ignore[operator]
    pump(done)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    pump_for(0.3)
    result = summary(name, probe.stop())
    result["seconds"] = seconds
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()

    from PySide6.QtCore import Qt

    _app, window = open_window(args.db)
    section = window.section("assignments")
    probe = LatencyProbe()
    results = [
        measure(
            probe,
            "load Assignments",
            lambda: window.show_section("assignments"),
            lambda: section.loaded,
        ),
    ]
    print(f"rows: {section.model.rowCount():,}")

    def type_search() -> None:
        for key in "sales":
            window.search_box.insert(key)
            pump_for(0.05)

    results.append(measure(probe, "type 'sales'", type_search, lambda: True))
    status = section.filters[0].combo
    results.append(measure(probe, "status filter", lambda: status.setCurrentIndex(2), lambda: True))
    window.search_box.clear()
    status.setCurrentIndex(0)
    pump_for(0.5)
    results.append(
        measure(
            probe,
            "sort by name",
            lambda: section.table.sortByColumn(1, Qt.SortOrder.AscendingOrder),
            lambda: True,
        )
    )
    results.append(
        measure(
            probe,
            "open compliance view",
            lambda: section.compliance_action.trigger(),
            lambda: section.compliance.loaded,
        )
    )
    print(f"compliance: {section.compliance.count_label.text()}")
    print(f"{'phase':28}{'max stall ms':>14}{'p95 ms':>10}{'seconds':>10}")
    for r in results:
        print(f"{r['phase']:28}{r['max']:>14.1f}{r['p95']:>10.1f}{r['seconds']:>10.2f}")
    worst = max(float(r["max"]) for r in results)  # type: ignore[arg-type]
    print(f"longest GUI stall: {worst:.1f} ms (target < {TARGET_MS} ms)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
