"""Compliance: every person's mandatory training with its status and expiry, landscape.

Layout decision: one row per person × mandatory course they were assigned (or completed),
not a people × courses grid. The demo company alone has 42 mandatory courses across its
roles but about three per person; a grid would be mostly empty columns split over many
pages, while rows stay readable at any size (120 people ≈ 350 rows ≈ 9 pages) and the
header row repeats on every page. A per-course summary comes first.

States come from :mod:`core.compliance` (computed from the dates, never stored).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.compliance import ComplianceCell, compliance_matrix
from core.messages import msg
from core.reports.base import Renderer, ReportResult, SectionStart, write_atomically
from core.reports.plan import DASH
from core.reports.plan_data import people_of
from core.reports.text import para
from core.settings import load_settings
from core.tasks import TaskState
from db.models import Assignment

STATES = ("ok", "expiring", "due_soon", "overdue", "expired", "missing")
# Light fills: they help on screen and in colour, and the state is printed in words anyway.
FILL = {
    "overdue": colors.HexColor("#fee2e2"),
    "expired": colors.HexColor("#fee2e2"),
    "missing": colors.HexColor("#fef3c7"),
    "due_soon": colors.HexColor("#fef3c7"),
    "expiring": colors.HexColor("#fef3c7"),
}


@dataclass(frozen=True)
class ComplianceLine:
    name: str
    employee_id: str
    department: str
    code: str
    title: str
    cell: ComplianceCell


def _required_pairs(session: Session) -> set[tuple[int, int]]:
    """(person, course) pairs someone must do: a mandatory assignment, now or before."""
    query = select(Assignment.employee_id, Assignment.course_id).where(
        Assignment.mandatory.is_(True)
    )
    return {(person, course) for person, course in session.execute(query)}


def compliance_lines(
    session: Session, today: dt.date, department: str | None = None, state: TaskState | None = None
) -> list[ComplianceLine]:
    """Every required pair of active people, by department, name and course code."""
    matrix = compliance_matrix(session, today, department)
    if state is not None:
        state.check()
    required = _required_pairs(session)
    courses = {cid: (code, title) for cid, code, title in matrix.courses}
    lines = [
        ComplianceLine(name, eid, dept, *courses[cid], matrix.cell(pid, cid))
        for pid, eid, name, dept in matrix.people
        for cid in courses
        if (pid, cid) in required
    ]
    lines.sort(key=lambda line: (line.department, line.name, line.employee_id, line.code))
    return lines


def _summary_rows(r: Renderer, lines: list[ComplianceLine]) -> list[list[Any]]:
    by_course: dict[tuple[str, str], dict[str, int]] = {}
    for line in lines:
        counts = by_course.setdefault((line.code, line.title), {})
        counts[line.cell.state] = counts.get(line.cell.state, 0) + 1
    return [
        [
            r.course_cell(title, code),
            str(sum(counts.values())),
            *(str(counts.get(s, 0)) for s in STATES),
        ]
        for (code, title), counts in sorted(by_course.items())
    ]


def _status(cell: ComplianceCell) -> Any:
    return msg(f"report.status.{cell.status}") if cell.status else DASH


def compliance_story(r: Renderer, lines: list[ComplianceLine], today: dt.date) -> list[Flowable]:
    s = r.styles
    people = len({line.employee_id for line in lines})
    subtitle = msg(
        "report.compliance.subtitle", date=today.isoformat(), people=people, pairs=len(lines)
    )
    story: list[Flowable] = [
        para(msg("report.compliance.title"), s.title),
        para(subtitle, s.subtitle),
    ]
    if not lines:
        return [*story, para(msg("report.compliance.none"), s.body)]
    states = [msg(f"report.state.{state}") for state in STATES]
    head = [msg("report.col.course"), msg("report.col.required"), *states]
    widths = (0.4, 0.1, *([0.5 / len(STATES)] * len(STATES)))
    summary = r.table(head, _summary_rows(r, lines), widths, right=tuple(range(1, 2 + len(STATES))))
    story += [*r.heading(msg("report.compliance.by_course")), summary]
    rows, fills = [], []
    for i, line in enumerate(lines, start=1):
        cell = line.cell
        rows.append(
            [
                line.name,
                line.employee_id,
                line.department or DASH,
                f"{line.code} {line.title}",
                _status(cell),
                cell.due.isoformat() if cell.due else DASH,
                cell.expiry.isoformat() if cell.expiry else DASH,
                msg(f"report.state.{cell.state}"),
            ]
        )
        if cell.state in FILL:
            fills.append(("BACKGROUND", (7, i), (7, i), FILL[cell.state]))
    who = [msg(f"report.field.{c}") for c in ("name", "employee_id", "department")]
    head = [*who, *(msg(f"report.col.{c}") for c in ("course", "status", "due", "expiry", "state"))]
    widths = (0.16, 0.09, 0.12, 0.27, 0.09, 0.09, 0.09, 0.09)
    story += [
        *r.heading(msg("report.compliance.by_person")),
        r.table(head, rows, widths, extra=fills),
    ]
    return story


def write_compliance(
    session: Session,
    path: Path,
    department: str | None = None,
    today: dt.date | None = None,
    state: TaskState | None = None,
) -> ReportResult:
    day = today or dt.date.today()
    if department is not None:
        people_of(session, department=department)  # an unknown department is refused
    lines = compliance_lines(session, day, department, state)
    title = msg("report.compliance.title")
    renderer = Renderer(load_settings(session), title, day, wide=True)
    story = [SectionStart(renderer.title), *compliance_story(renderer, lines, day)]
    pages = write_atomically(path, lambda out: renderer.render(story, out))
    return ReportResult(Path(path), pages, len(lines))
