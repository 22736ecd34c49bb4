"""The window's cached recommender: built once per database on the worker, queried many times.

Building a recommender reads the whole catalog and everyone's history (seconds on a big
file), so :class:`RecommenderCache` keeps one between queries. It is only ever built and
queried inside ``DbRead`` functions, i.e. on the one worker thread, never on the GUI
thread. A write to what it reads — including Settings, where the blend weights live —
marks it stale and the next read rebuilds it. The admin's cheap controls (hidden courses,
"not interested") are re-read on every query instead, so they never cost a rebuild.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from core.changes import Changes

TOP = 10
# What the recommender reads: a write to any of these makes the cached one stale.
READS_TABLES = (
    "courses",
    "course_skills",
    "prerequisites",
    "completions",
    "assignments",
    "progress_events",
    "feedback",
    "employees",
    "employee_skills",
    "departments",
    "roles",
    "role_skills",
    "skills",
    "settings",
)
# Read fresh with every query: a write here changes the results, not the cached model.
CONTROL_TABLES = ("recommendation_dismissals",)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while the recommender is built; its objects frozen after.

    A build allocates millions of objects (everyone's history); with the collector on,
    collections of the young generations ran on the worker for 60-700 ms while holding the
    GIL, freezing the window (benchmarks/bench_recommend_gui.py). The built engine lives
    until the next rebuild, so freezing it keeps later collections from walking it too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _release(engine: Any) -> None:
    """Free the old engine's people one by one: dropping 20,000 records at once is a single
    deallocation that keeps the GIL for ~200 ms; popped one at a time, the GUI thread gets
    its turns in between."""
    if engine is None:
        return
    people = engine.people
    while people:
        people.popitem()


@dataclass(frozen=True)
class Recommendations:
    """One person's top results, read on the worker (reasons are translated when shown)."""

    employee_id: str
    items: list[Any]  # core.recommend.Scored, best first
    # core.recommend.controls.DismissedCourse: what they are "not interested" in
    dismissed: list[Any] = field(default_factory=list)


class RecommenderCache:
    """The recommender of one database, kept until a write makes it stale."""

    def __init__(self) -> None:
        self._engine: Any = None  # core.recommend.Recommender
        self._generation = 0  # bumped on the GUI thread by invalidate()
        self._built_for = -1  # the generation the engine was built at (worker thread)

    def __del__(self) -> None:
        # A cache dropped on the GUI thread (another file opened, the window closed) would
        # free the whole engine there in one go; a short-lived thread frees it in steps.
        engine, self._engine = self._engine, None
        if engine is not None:
            with suppress(RuntimeError):  # no new threads while the interpreter shuts down
                threading.Thread(target=_release, args=(engine,), daemon=True).start()

    def invalidate(self) -> None:
        self._generation += 1

    def note_changes(self, changes: Changes) -> bool:
        """True when ``changes`` alter recommendations; stale only if the model must rebuild."""
        if changes.touches(*READS_TABLES):
            self.invalidate()
            return True
        return changes.touches(*CONTROL_TABLES)

    @property
    def built(self) -> bool:
        return self._engine is not None

    @property
    def current(self) -> Any:
        """The engine as last built (None before), for benchmarks and tests."""
        return self._engine

    @property
    def stale(self) -> bool:
        return self._engine is None or self._built_for != self._generation

    def engine(self, session: Any) -> Any:
        """The built recommender (None with no courses), rebuilt when stale. Worker only."""
        if self.stale:
            from core.recommend import build_recommender, load_catalog
            from desktop.gui import states

            wanted = self._generation
            with collector_paused():
                _release(self._engine)
                self._engine = None
                # The content model cannot be fitted on an empty catalog (a new file with
                # only people yet): nothing to recommend then, rather than an error.
                if not load_catalog(session).courses:
                    return None
                self._engine = build_recommender(session, today=states.today())
            self._built_for = wanted
        return self._engine

    def recommend(self, session: Any, employee_id: str, top: int = TOP) -> Recommendations:
        from core.recommend import find_person, recommend_for
        from core.recommend.controls import dismissed_courses
        from core.recommend.service import refresh_controls

        engine = self.engine(session)
        person = find_person(engine, employee_id) if engine is not None else None
        items = []
        if person is not None:
            refresh_controls(session, engine, person)
            items = recommend_for(engine, person, top)
        return Recommendations(employee_id, items, dismissed_courses(session, employee_id))
