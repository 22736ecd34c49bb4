"""The Analytics section at scale: time to fill each tab, and does the window stay responsive?

    .venv/bin/python benchmarks/bench_analytics_gui.py [--db FILE] [--people 20000]
        [--courses 3000]

Builds (or reuses, with --db) the demo company, opens the real main window offscreen and,
with bench_gui's 5 ms latency probe running, opens each Analytics tab (Segments, Feedback,
Weak courses, At-risk) and waits for its result, then drills down: clicks the biggest
segment (its people listed), hovers the map, opens the feedback course with most comments,
the first weak course, and filters At-risk by a department. Prints the seconds each tab
took (the work runs on the worker) and the longest stall of the GUI thread per phase.
Target: the longest stall under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_gui import (  # noqa: E402 - after the path is set
    TARGET_MS,
    LatencyProbe,
    build,
    open_window,
    private_folders,
    pump,
    pump_for,
    summary,
)

LOAD_TIMEOUT_S = 1800.0


def load_tab(section: Any, tab: Any) -> float:
    started = time.perf_counter()
    section.show_tab(tab)
    pump(lambda: tab.loaded and not tab.running, LOAD_TIMEOUT_S)
    return time.perf_counter() - started


def hover_map(tab: Any, moves: int = 40) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    for person in tab.result.people[:: max(1, len(tab.result.people) // moves)][:moves]:
        point = QPointF(tab.map.point_of(person))
        button, modifier = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        event = QMouseEvent(QEvent.Type.MouseMove, point, point, button, button, modifier)
        QApplication.sendEvent(tab.map, event)
        pump_for(0.01)


def drill_steps(section: Any, shown: dict[str, str]) -> list[tuple[str, Callable[[], None]]]:
    """Each click an admin makes after the tabs are filled; ``shown`` notes what it showed."""
    segments, feedback = section.segments, section.feedback
    weak, risk = section.weak_courses, section.risk

    def segment() -> None:
        section.show_tab(segments)
        biggest = max(segments.result.segments, key=lambda s: s.size)
        segments.select_segment(biggest.index)
        pump_for(0.2)
        shown["segment people"] = f"{segments.people_model.rowCount():,}"

    def course() -> None:
        section.show_tab(feedback)
        line = max(feedback.summary.courses, key=lambda c: c.comment_count)
        feedback.select_course(line.code)
        pump(lambda: feedback.shown_course == line.code)
        shown["feedback comments"] = f"{len(feedback.comments.model.all_rows):,} on {line.code}"

    def weak_course() -> None:
        section.show_tab(weak)
        code = weak.report.courses[0].code
        weak.select_course(code)
        pump(lambda: weak.shown_course == code, LOAD_TIMEOUT_S)
        learners = len(weak.learners.model.all_rows)
        comments = len(weak.comments.model.all_rows)
        shown["weak course"] = f"{code}: {comments:,} comments, {learners:,} did not finish"

    def risk_filters() -> None:
        section.show_tab(risk)
        risk.overdue_box.setChecked(True)
        pump_for(0.1)
        risk.department_combo.setCurrentIndex(1)
        pump_for(0.2)
        shown["risk rows in one department"] = f"{risk.model.rowCount():,}"

    return [
        ("click the biggest segment", segment),
        ("hover 40 dots on the map", lambda: hover_map(segments)),
        ("open the most-commented course", course),
        ("open the first weak course", weak_course),
        ("filter At-risk twice", risk_filters),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--courses", type=int, default=3_000)
    args = parser.parse_args()
    path = args.db or private_folders() / "bench.db"
    say = sys.stdout.write
    say(f"database: {path} ({build(path, args.people, args.courses, False)})\n")

    app, window = open_window(path, timeout_s=LOAD_TIMEOUT_S)
    section: Any = window.section("analytics")
    probe = LatencyProbe()
    results, seconds = [], {}
    window.show_section("analytics")
    for tab in (section.segments, section.feedback, section.weak_courses, section.risk):
        probe.start()
        seconds[tab.title()] = load_tab(section, tab)
        pump_for(0.3)
        results.append(summary(f"load {tab.title()}", probe.stop()))
    shown: dict[str, str] = {}
    for name, step in drill_steps(section, shown):
        probe.start()
        step()
        pump_for(0.2)
        results.append(summary(name, probe.stop()))
    people = len(section.segments.result.people)
    rows = len(section.risk.report.rows)
    window.close()
    del app

    say(f"segmented {people:,} people; scored {rows:,} open assignments\n")
    for title, took in seconds.items():
        say(f"time to fill {title}: {took:.1f} s (on the worker)\n")
    for what, text in shown.items():
        say(f"{what}: {text}\n")
    say(f"{'phase':<32}{'max stall ms':>14}{'p95 ms':>10}{'ticks':>8}\n")
    for r in results:
        say(f"{r['phase']:<32}{r['max']:>14.1f}{r['p95']:>10.1f}{r['ticks']:>8}\n")
    worst = max(float(r["max"]) for r in results)
    verdict = "OK" if worst < TARGET_MS else "OVER TARGET"
    say(f"longest GUI stall: {worst:.1f} ms (target < {TARGET_MS:.0f} ms): {verdict}\n")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
