"""The training plan for one person: who, their skills against the role, the plan, signatures.

The plan is :func:`core.path_cover.compose_plan`'s (via :mod:`core.reports.plan_data`):
courses in prerequisite order with dates, hours, cost in the base currency, the mandatory
flag and the reason each is there; totals; the prerequisite chain; the gaps left open.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from sqlalchemy.orm import Session

from core.messages import Message, msg
from core.reports.base import RULE, Renderer, ReportResult, SectionStart, write_atomically
from core.reports.charts import chain_diagram, skills_chart
from core.reports.plan_data import PlanDocument, find_person, load_plan_documents
from core.reports.text import bold, labelled, para
from core.settings import load_settings

DASH = "—"


def money(value: float, currency: str) -> str:
    return f"{value:,.2f} {currency}"


def hours(value: float) -> str:
    return f"{value:g}"


def person_block(r: Renderer, doc: PlanDocument) -> Table:
    """Name, employee id, department, role and manager in two columns."""
    p, s = doc.person, r.styles
    facts: list[tuple[Message, str]] = [
        (msg("report.field.name"), p.name),
        (msg("report.field.employee_id"), p.employee_id),
        (msg("report.field.department"), p.department or DASH),
        (msg("report.field.role"), p.role or DASH),
        (msg("report.field.manager"), p.manager or DASH),
    ]
    cells = [labelled(f"{label.text()}:", value, s.body) for label, value in facts]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return r.layout(rows, (0.5, 0.5))


def skills_block(r: Renderer, doc: PlanDocument) -> list[Flowable]:
    s = r.styles
    heading = r.heading(msg("report.plan.skills_heading"))
    if not doc.required:
        return [*heading, para(msg("report.plan.no_role_skills"), s.body)]
    rows = [
        [
            skill,
            str(doc.current.get(skill, 0)),
            str(need),
            str(max(0, need - doc.current.get(skill, 0))),
        ]
        for skill, need in sorted(doc.required.items())
    ]
    head = [msg(f"report.col.{c}") for c in ("skill", "has", "needs", "gap")]
    table = r.table(head, rows, (0.46, 0.18, 0.18, 0.18), right=(1, 2, 3), span=0.5)
    legend = (msg("report.chart.has").text(), msg("report.chart.needs").text())
    chart = skills_chart(doc.required, doc.current, r.width * 0.47, legend)
    return [*heading, r.layout([[table, chart]], (0.52, 0.48))]


def steps_block(r: Renderer, doc: PlanDocument) -> list[Flowable]:
    s, plan = r.styles, doc.plan
    assert plan is not None
    heading = r.heading(msg("report.plan.heading"))
    if not plan.steps:
        why = "report.plan.no_course" if plan.gaps else "report.plan.nothing_needed"
        return [*heading, para(msg(why), s.body)]
    rows: list[list[Any]] = []
    for number, step in enumerate(plan.steps, start=1):
        flag = "mandatory" if step.code in doc.mandatory else "optional"
        rows.append(
            [
                str(number),
                r.course_cell(step.title, step.code),
                f"{step.start.isoformat()}\n{step.end.isoformat()}",
                hours(step.hours),
                money(step.cost, doc.currency),
                msg(f"report.{flag}"),
                "; ".join(reason.text() for reason in step.reasons),
            ]
        )
    total = [
        "",
        bold(msg("report.plan.total"), s.cell),
        plan.end.isoformat() if plan.end else "",
        bold(hours(plan.total_hours), s.cell_right),
        bold(money(plan.total_cost, doc.currency), s.cell_right),
        "",
        "",
    ]
    head = [
        msg(f"report.plan.col.{c}")
        for c in ("n", "course", "dates", "hours", "cost", "flag", "why")
    ]
    widths = (0.04, 0.27, 0.12, 0.07, 0.13, 0.1, 0.27)
    extra = [("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE)]
    table = r.table(head, [*rows, total], widths, right=(0, 3, 4), extra=extra)
    summary = msg(
        "report.plan.summary",
        steps=len(plan.steps),
        hours=hours(plan.total_hours),
        cost=money(plan.total_cost, doc.currency),
        end=plan.end.isoformat() if plan.end else "",
    )
    return [*heading, table, Spacer(0, 3), para(summary, s.body)]


def chain_block(r: Renderer, doc: PlanDocument) -> list[Flowable]:
    s, plan = r.styles, doc.plan
    if plan is None or not plan.steps:
        return []
    codes = [step.code for step in plan.steps]
    requires = {code: plan.courses[code].requires for code in plan.courses}
    done = sorted({req for code in codes for req in requires[code] if req in plan.done})
    drawing = chain_diagram(codes, done, requires, r.width)
    heading = r.heading(msg("report.plan.chain_heading"))
    if drawing is None:
        return [*heading, para(msg("report.plan.chain_none"), s.body)]
    return [KeepTogether([*heading, drawing, para(msg("report.plan.chain_legend"), s.small)])]


def gaps_block(r: Renderer, doc: PlanDocument) -> list[Flowable]:
    """The gaps the plan leaves open and why, then the planner's notes (courses left out)."""
    s, plan = r.styles, doc.plan
    if plan is None or not plan.gaps:
        return []
    heading = r.heading(msg("report.plan.gaps_heading"))
    notes = [para(f"• {note.text()}", s.body) for note in getattr(plan, "notes", ())]
    if not plan.open_gaps:
        return [*heading, para(msg("report.plan.gaps_none"), s.body), *notes]
    gaps = [para(f"• {gap.reason.text()}", s.body) for gap in plan.open_gaps]
    return [*heading, *gaps, *notes]


def signature_block(r: Renderer, doc: PlanDocument) -> Flowable:
    s = r.styles
    who = ("employee", "manager", "admin")
    names = (doc.person.name, doc.person.manager or "", "")
    cells = [
        [
            para(msg(f"report.sign.{role}"), s.small),
            para(name, s.body),
            para(msg("report.sign.date"), s.small),
        ]
        for role, name in zip(who, names, strict=True)
    ]
    table = r.layout([cells], (1 / 3, 1 / 3, 1 / 3))
    return KeepTogether([*r.heading(msg("report.sign.heading")), SignatureLines(r.width), table])


class SignatureLines(Flowable):  # type: ignore[misc]
    """Three lines to sign on, above the names (drawn lines print crisper than underscores)."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 11 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        third = self.width / 3
        self.canv.setStrokeColor(RULE)
        for i in range(3):
            self.canv.line(i * third, 0, (i + 1) * third - 8 * mm, 0)


def plan_story(r: Renderer, doc: PlanDocument) -> list[Flowable]:
    s = r.styles
    story: list[Flowable] = [para(msg("report.plan.title"), s.title)]
    if doc.plan is None:
        story += [
            person_block(r, doc),
            Spacer(0, 4),
            para(msg("report.plan.no_role", name=doc.person.name), s.body),
        ]
        return story
    plan = doc.plan
    subtitle = msg(
        "report.plan.subtitle",
        name=doc.person.name,
        role=plan.target,
        start=plan.start.isoformat(),
        hours=hours(plan.hours_per_week),
    )
    story += [para(subtitle, s.subtitle), person_block(r, doc)]
    story += skills_block(r, doc) + steps_block(r, doc) + chain_block(r, doc) + gaps_block(r, doc)
    story.append(signature_block(r, doc))
    return story


def write_plan(
    session: Session, learner: str, path: Path, today: dt.date | None = None
) -> ReportResult:
    """The training plan PDF of one person (employee id or email) at ``path``."""
    day = today or dt.date.today()
    documents = load_plan_documents(session, [find_person(session, learner)], day)
    doc = documents[0]
    title = f"{msg('report.plan.title').text()} — {doc.person.name}"
    renderer = Renderer(load_settings(session), title, day)
    story: list[Flowable] = [SectionStart(title), *plan_story(renderer, doc)]
    pages = write_atomically(path, lambda out: renderer.render(story, out))
    return ReportResult(Path(path), pages, 1)
