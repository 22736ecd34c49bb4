"""Does the window stay responsive while the recommender (re)fits on the worker?

    .venv/bin/python benchmarks/bench_recommend_gui.py [--db /tmp/td-bench/demo20k.db]

Copies the demo file (20,000 people, 3,000 courses, ~2M progress events; the copy is
opened for writing and thrown away), opens the real main window offscreen, selects a
person and opens their Recommended tab — the first fit of the recommender on the worker —
then changes a blend weight in Settings, which makes the cached recommender stale and
refits it. Meanwhile bench_gui's 5 ms QTimer records how late each tick fires: the GUI thread's
stalls. Prints max and p99 stall per phase, the refit times, and the time for one
person's recommendations once the model is fitted. Target: no stall over 100 ms, one
person under 100 ms.

What was found and fixed (see desktop/gui/recommender_cache.py and
core/recommend/people_data.py): garbage collections on the worker during the build
(60-700 ms each, GIL held), one-call fetches of 200,000 history rows (100-160 ms), and
freeing the previous engine in one deallocation (~200 ms). What remains on the *first* fit
only: scipy's LAPACK calls inside the content model's TruncatedSVD (lu/svd, 100-500 ms
with the GIL held) and first-time imports; a refit after a settings change reuses the
fitted content model and has none of these.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
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
    pump_for,
)
from benchmarks.bench_gui import pump as pump_briefly  # noqa: E402

DEFAULT_DB = Path("/tmp/td-bench/demo20k.db")
PEOPLE_TIMED = 20


def pump(condition: Callable[[], bool]) -> None:
    """The event loop until ``condition``: a cold recommender fit at 20,000 people is slow."""
    pump_briefly(condition, timeout_s=600.0)


IDLE_S = 3.0


def stall_figures(stalls: list[float]) -> tuple[float, float, int]:
    ordered = sorted(stalls) or [0.0]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return ordered[-1], p99, len(stalls)


def timed_phase(probe: LatencyProbe, start: Callable[[], object], done: Callable[[], bool]) -> Any:
    """Run ``start``, pump until ``done``; (seconds, (max, p99, ticks))."""
    probe.start()
    began = time.perf_counter()
    start()
    pump(done)
    seconds = time.perf_counter() - began
    pump_for(0.2)  # the result reaching the widgets
    return seconds, stall_figures(probe.stop())


def change_a_weight(window: Any) -> None:
    """What Settings → Recommendations → Save does: store new weights through the one door."""
    from core.settings import load_settings, save_settings
    from desktop.gui.dbop import DbOp

    def write(session: Any) -> None:
        current = load_settings(session)
        weights = {"content": 0.4, "skill_gap": 0.2, "colleagues": 0.3, "quality": 0.1}
        save_settings(session, replace(current, recommend_weights=weights))

    DbOp(window, window.db, write, action="Edit settings").run()


def one_person_ms(window: Any, people: Any, ids: list[str]) -> list[float]:
    """One person's top 10 from the fitted, cached recommender (what the tab's read does)."""
    cache = people.recommender
    times = []
    with window.db.reading() as session:
        for employee_id in ids:
            began = time.perf_counter()
            found = cache.recommend(session, employee_id)
            times.append((time.perf_counter() - began) * 1000)
            assert found.items, employee_id
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the demo file to copy")
    args = parser.parse_args()
    if not args.db.exists():
        sys.stderr.write(f"{args.db} does not exist: generate the 20k demo first\n")
        return 2
    work = private_folders()
    path = work / "demo.db"
    shutil.copyfile(args.db, path)
    say = sys.stdout.write
    say(f"database: copy of {args.db} ({path.stat().st_size / 1e6:.0f} MB)\n")

    from desktop.gui.dbop import worker

    app, window = open_window(path, timeout_s=600.0)
    people: Any = window.section("people")
    window.show_section("people")
    pump(lambda: people.loaded)
    pump(lambda: not worker().busy)
    rows = people.model.all_rows
    active = [r.employee_id for r in rows if r.active]
    first = active[0]
    assert people.select_where(lambda r: r.employee_id == first)
    pump(lambda: not worker().busy)
    probe = LatencyProbe()
    panel = people.recommended
    results = []

    def shown() -> bool:
        return panel.shown_for == first and not people.recommender.stale and not worker().busy

    # The machine is shared: what the event loop suffers with the worker idle is the floor.
    probe.start()
    pump_for(IDLE_S)
    results.append(("idle (nothing running)", IDLE_S, stall_figures(probe.stop())))

    seconds, stalls = timed_phase(probe, lambda: people.detail_tabs.setCurrentWidget(panel), shown)
    results.append(("first fit (open Recommended)", seconds, stalls))

    before = people.recommender.current
    seconds, stalls = timed_phase(
        probe,
        lambda: change_a_weight(window),
        lambda: people.recommender.current is not before and shown(),
    )
    results.append(("refit after a weight change", seconds, stalls))

    step = max(1, len(active) // PEOPLE_TIMED)
    times = one_person_ms(window, people, active[::step][:PEOPLE_TIMED])
    window.close()
    app.processEvents()

    say(f"people: {len(rows):,} ({len(active):,} active)\n")
    say(f"{'phase':<34}{'seconds':>9}{'max stall ms':>14}{'p99 ms':>9}{'ticks':>7}\n")
    for name, secs, (worst, p99, ticks) in results:
        say(f"{name:<34}{secs:>9.2f}{worst:>14.1f}{p99:>9.1f}{ticks:>7}\n")
    say(
        f"one person's top 10 after the fit: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms over {len(times)} people\n"
    )
    refit_stall = results[-1][2][0]
    ok = refit_stall < TARGET_MS and statistics.median(times) < TARGET_MS
    say(f"longest GUI stall during the refit {refit_stall:.1f} ms (target < {TARGET_MS:.0f}): ")
    say("OK\n" if ok else "OVER TARGET\n")
    say(f"(the first fit also fits the content model: longest stall {results[1][2][0]:.1f} ms)\n")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
