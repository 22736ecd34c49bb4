"""``training-desk --self-test``: prove a build works, headless, on a throw-away database.

Each step runs the real code path a user's action would, in order; the first failure stops
the test, names the step and exits 1. Nothing touches the user's files: the database, the
settings and the output live in a temporary folder removed afterwards.

Steps: create a database and demo data; recommend for a person; fit learner segments; score
comment sentiment in English and Chinese; write a training-plan PDF (fonts embedded); open
the main window offscreen and save it as a PNG.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AS_OF = dt.date(2026, 6, 30)


@dataclass
class Context:
    folder: Path
    db_path: Path
    learner: str = ""


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def step_database(ctx: Context) -> str:
    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    opened = open_database(ctx.db_path)
    try:
        generate_demo(opened.db, DemoParams(learners=60, courses=30, seed=1, as_of=AS_OF))
    finally:
        opened.db.close()
    return f"demo data in {ctx.db_path.name}"


def _read(ctx: Context, fn: Callable[[Any], Any]) -> Any:
    from desktop.cli_support import read_file

    return read_file(ctx.db_path, fn)


def step_recommend(ctx: Context) -> str:
    from core.recommend import build_recommender, recommend_for

    def recommend(session: Any) -> tuple[str, int]:
        engine = build_recommender(session, today=AS_OF)
        person = next(p for p in engine.people.values() if p.has_history)
        results = recommend_for(engine, person, 5)
        if not results or not all(r.reasons for r in results):
            raise RuntimeError("no recommendations with reasons")
        return person.employee_id, len(results)

    ctx.learner, count = _read(ctx, recommend)
    return f"{count} courses for {ctx.learner}"


def step_segments(ctx: Context) -> str:
    from core.analytics.segments import segment_learners

    result = _read(ctx, lambda s: segment_learners(s, as_of=AS_OF))
    if result.k < 2 or not result.people:
        raise RuntimeError("no segments")
    return f"{result.k} segments over {len(result.people)} people"


def step_sentiment(ctx: Context) -> str:
    from core.sentiment import analyse

    found = analyse(["The trainer was excellent, very practical.", "内容太浅了，浪费时间。"])
    labels = [s.label for s in found]
    if labels != ["positive", "negative"]:
        raise RuntimeError(f"unexpected labels {labels}")
    return "English and Chinese comments scored"


def step_plan_pdf(ctx: Context) -> str:
    from core.report_requests import ReportRequest, write_report

    path = ctx.folder / "plan.pdf"
    request = ReportRequest("plan", learner=ctx.learner, as_of=AS_OF)
    result = _read(ctx, lambda s: write_report(s, request, path))
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"FontFile2" not in data:
        raise RuntimeError("the PDF has no embedded TrueType font")
    return f"{result.pages} page(s), {len(data) // 1024} KB"


def step_window(ctx: Context) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.gui.launch import configure_application

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
    from desktop.gui.dbop import worker
    from desktop.gui.main_window import MainWindow

    window = MainWindow(ask_first_run=False)
    window.resize(1280, 800)
    window.show()
    window.open_path(ctx.db_path)
    deadline = time.monotonic() + 60
    while window.db is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    worker().drain()
    app.processEvents()
    png = ctx.folder / "window.png"
    if not window.grab().save(str(png)) or png.stat().st_size < 10_000:
        raise RuntimeError("the window could not be rendered")
    window.close()
    worker().drain()
    return f"main window rendered ({png.stat().st_size // 1024} KB PNG)"


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("database and demo data", step_database),
    ("recommendation", step_recommend),
    ("segment fit", step_segments),
    ("sentiment", step_sentiment),
    ("training-plan PDF", step_plan_pdf),
    ("main window offscreen", step_window),
]


_PRIVATE_FOLDERS = {"TRAINING_DESK_CONFIG_DIR": "config", "TRAINING_DESK_DATA_DIR": "data"}


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="training-desk-self-test-") as folder:
        work = Path(folder)
        # The test's own settings and data folders: the user's are never touched.
        saved = {name: os.environ.get(name) for name in _PRIVATE_FOLDERS}
        os.environ.update({name: str(work / sub) for name, sub in _PRIVATE_FOLDERS.items()})
        try:
            return _run_steps(Context(work, work / "self-test.db"))
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _run_steps(ctx: Context) -> int:
    for number, (name, step) in enumerate(STEPS, start=1):
        started = time.perf_counter()
        try:
            detail = step(ctx)
        except Exception:  # noqa: BLE001 - any failure is the step's failure, reported
            _say(f"[{number}/{len(STEPS)}] {name}: FAILED")
            _say(traceback.format_exc().rstrip())
            _say(f"self-test failed at step {number}: {name}")
            return 1
        took = time.perf_counter() - started
        _say(f"[{number}/{len(STEPS)}] {name}: ok ({detail}; {took:.1f} s)")
    _say("self-test passed")
    return 0
