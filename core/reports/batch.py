"""Training plans for a whole department or role: one PDF, or a ZIP with one PDF per person.

In one PDF each plan starts on a new page and numbers its own pages ("Page 1 of 2"). Both
forms are written to a temporary file and moved into place at the end, so Cancel (or a
failure) part-way leaves no partial file. Progress: reading is the first 30 %, each plan
laid out moves the bar on, and Cancel is checked between plans.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak
from sqlalchemy.orm import Session

from core.errors import InputRefused
from core.messages import msg
from core.reports.base import Renderer, ReportResult, SectionStart, write_atomically
from core.reports.plan import plan_story
from core.reports.plan_data import PlanDocument, find_person, load_plan_documents, people_of
from core.settings import AppSettings, load_settings
from core.tasks import TaskState

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _plan_title(doc: PlanDocument) -> str:
    return f"{msg('report.plan.title').text()} — {doc.person.name}"


def _progress(state: TaskState | None, done: int, total: int) -> Callable[[], None]:
    def report() -> None:
        if state is not None:
            state.check()
            status = msg("report.batch.progress", done=done, total=total).text()
            state.set_progress(0.3 + 0.7 * done / max(1, total), status)

    return report


def render_plans(
    documents: Sequence[PlanDocument],
    settings: AppSettings,
    out: BinaryIO,
    today: dt.date,
    state: TaskState | None = None,
) -> int:
    """Every plan into one document, each in its own page-numbering section; returns pages."""
    renderer = Renderer(settings, msg("report.batch.title"), today)
    story: list[Flowable] = []
    for number, doc in enumerate(documents, start=1):
        if story:
            story.append(PageBreak())
        story.append(SectionStart(_plan_title(doc), _progress(state, number, len(documents))))
        story += plan_story(renderer, doc)
    return renderer.render(story, out)


def archive_name(doc: PlanDocument, used: set[str]) -> str:
    """``NW00012 Jennifer Nelson.pdf``: safe on every file system, unique in the archive."""
    stem = _UNSAFE.sub("_", f"{doc.person.employee_id} {doc.person.name}").strip(" .") or "plan"
    name, n = f"{stem}.pdf", 1
    while name.casefold() in used:
        n += 1
        name = f"{stem} ({n}).pdf"
    used.add(name.casefold())
    return name


def zip_plans(
    documents: Sequence[PlanDocument],
    settings: AppSettings,
    out: BinaryIO,
    today: dt.date,
    state: TaskState | None = None,
) -> int:
    """One PDF per person in a ZIP; returns the number of pages in all."""
    pages = 0
    used: set[str] = set()
    # PDFs are compressed already: deflating them again costs time and saves ~nothing.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for number, doc in enumerate(documents, start=1):
            _progress(state, number - 1, len(documents))()
            renderer = Renderer(settings, _plan_title(doc), today)
            buffer = io.BytesIO()
            pages += renderer.render(plan_story(renderer, doc), buffer)
            archive.writestr(archive_name(doc, used), buffer.getvalue())
    _progress(state, len(documents), len(documents))()
    return pages


def write_plans(
    session: Session,
    path: Path,
    *,
    learner: str | None = None,
    department: str | None = None,
    role: str | None = None,
    today: dt.date | None = None,
    state: TaskState | None = None,
) -> ReportResult:
    """Plans for one person, a department or a role; ``.zip`` → one PDF each, else one PDF."""
    day = today or dt.date.today()
    if learner is not None:
        ids = [find_person(session, learner)]
    else:
        ids = people_of(session, department=department, role=role)
        if not ids:
            name = department if department is not None else role
            raise InputRefused(msg("report.no_people", field="department", name=name))
    documents = load_plan_documents(session, ids, day, state)
    settings = load_settings(session)
    write = zip_plans if Path(path).suffix.lower() == ".zip" else render_plans
    pages = write_atomically(path, lambda out: write(documents, settings, out, day, state))
    if state is not None:
        state.set_progress(1.0)
    return ReportResult(Path(path), pages, len(documents))
