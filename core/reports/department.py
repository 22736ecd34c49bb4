"""A department's training report: completion, overdue, expiring certificates, hours, spend
against budget and segment mix, with charts and the lists behind them.

The figures follow :mod:`core.dashboard`'s definitions (active people only; completion =
completed ÷ assignments completed or due by the day; spend this calendar year), restricted
to the department's people.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.compliance import due_state
from core.dashboard import SpendLine, department_spend, latest_certificates
from core.errors import AppError
from core.messages import Message, msg
from core.reports.base import Renderer, ReportResult, SectionStart, write_atomically
from core.reports.charts import bar_chart
from core.reports.plan import DASH, money
from core.reports.plan_data import people_of
from core.reports.text import para
from core.settings import AppSettings, load_settings
from core.tasks import TaskState
from db.models import Assignment, Course, Department, Employee, Role

EXPIRING_DAYS = 90
STATUSES = ("completed", "in_progress", "not_started", "failed", "withdrawn")


@dataclass
class PersonLine:
    employee_id: str
    name: str
    role: str
    completed: int = 0
    open: int = 0
    overdue: int = 0
    hours: float = 0.0
    segment: str = DASH


@dataclass
class DepartmentData:
    name: str
    people: dict[int, PersonLine]
    statuses: Counter[str] = field(default_factory=Counter)
    counted: int = 0
    completed: int = 0
    hours: float = 0.0
    overdue: list[tuple[str, str, str, str, dt.date]] = field(default_factory=list)
    expiring: list[tuple[str, str, str, str, str, dt.date]] = field(default_factory=list)
    spend: SpendLine | None = None
    segments: list[tuple[str, int]] | None = None


def _department_name(session: Session, department: str) -> str:
    value = department.strip()
    found = session.scalar(
        select(Department.name).where((Department.name == value) | (Department.code == value))
    )
    return found or value


def _people(session: Session, ids: list[int]) -> dict[int, PersonLine]:
    query = select(Employee.id, Employee.employee_id, Employee.name, Role.name).outerjoin(
        Role, Role.id == Employee.role_id
    )
    wanted = set(ids)
    found = {
        pid: PersonLine(eid, name, role or DASH)
        for pid, eid, name, role in session.execute(query)
        if pid in wanted
    }
    return {pid: found[pid] for pid in ids}


def _count_assignments(session: Session, data: DepartmentData, today: dt.date) -> None:
    query = select(
        Assignment.employee_id,
        Assignment.status,
        Assignment.due_date,
        Assignment.completed_on,
        Assignment.hours,
        Course.code,
        Course.title,
    ).join(Course, Course.id == Assignment.course_id)
    year_start = dt.date(today.year, 1, 1)
    for pid, status, due, completed_on, hours, code, title in session.execute(query):
        person = data.people.get(pid)
        if person is None:
            continue
        data.statuses[status] += 1
        if status == "completed" or (status != "withdrawn" and due is not None and due <= today):
            data.counted += 1
            data.completed += status == "completed"
        if status == "completed":
            person.completed += 1
            if completed_on is not None and year_start <= completed_on <= today:
                data.hours += hours or 0.0
                person.hours += hours or 0.0
        elif status != "withdrawn":
            person.open += 1
        if due_state(due, status, today) == "overdue" and due is not None:
            person.overdue += 1
            data.overdue.append((person.name, person.employee_id, code, title, due))
    data.overdue.sort(key=lambda row: (row[4], row[0]))


def _segments(session: Session, data: DepartmentData, today: dt.date) -> None:
    """Everyone's segments (clustering needs the whole company), counted for these people."""
    from core.analytics.segments import segment_learners

    try:
        result = segment_learners(session, as_of=today)
    except AppError:
        return  # too few people to cluster: the report says segments are not available
    names = {segment.index: segment.name.text() for segment in result.segments}
    ours = {p.employee_id: p for p in data.people.values()}
    mix: Counter[str] = Counter()
    for point in result.people:
        if point.employee_id in ours:
            ours[point.employee_id].segment = names[point.segment]
            mix[names[point.segment]] += 1
    data.segments = sorted(mix.items(), key=lambda item: (-item[1], item[0]))


def load_department(
    session: Session, department: str, today: dt.date, state: TaskState | None = None
) -> DepartmentData:
    ids = people_of(session, department=department)
    name = _department_name(session, department)
    data = DepartmentData(name, _people(session, ids))
    _count_assignments(session, data, today)
    if state is not None:
        state.check()
        state.set_progress(0.3)
    end = today + dt.timedelta(days=EXPIRING_DAYS + 1)
    ours = {p.employee_id for p in data.people.values()}
    data.expiring = [row for row in latest_certificates(session, today, end) if row[0] in ours]
    spend, _ = department_spend(session, today, load_settings(session))
    data.spend = next((line for line in spend if line.department == name), None)
    if state is not None:
        state.check()
        state.set_progress(0.5)
    _segments(session, data, today)
    return data


def _figures(r: Renderer, data: DepartmentData, currency: str) -> list[Flowable]:
    rate = f"{100 * data.completed / data.counted:.0f}%" if data.counted else DASH
    spent = money(data.spend.spent if data.spend else 0.0, currency)
    budget = data.spend.budget if data.spend else None
    spend: Message = (
        msg("report.department.spend_value", spend=spent, budget=money(budget, currency))
        if budget
        else msg("report.department.no_budget", spend=spent)
    )
    rows: list[list[str | Message]] = [
        [msg("report.department.completion"), rate],
        [msg("report.department.overdue"), str(len(data.overdue))],
        [msg("report.department.expiring"), str(len(data.expiring))],
        [msg("report.department.hours"), f"{data.hours:,.1f}"],
        [msg("report.department.spend"), spend],
    ]
    return [*r.heading(msg("report.department.figures")), r.table([], rows, (0.6, 0.4), span=0.7)]


def _charts(r: Renderer, data: DepartmentData) -> list[Flowable]:
    half = r.width * 0.48
    statuses = [(msg(f"report.status.{s}").text(), float(data.statuses[s])) for s in STATUSES]
    left = [*r.heading(msg("report.department.by_status")), bar_chart(statuses, half)]
    if data.segments:
        mix = [(name, float(count)) for name, count in data.segments]
        right = [*r.heading(msg("report.department.segments")), bar_chart(mix, half)]
    else:
        none = para(msg("report.department.segments_none"), r.styles.body)
        right = [*r.heading(msg("report.department.segments")), none]
    return [r.layout([[left, right]], (0.5, 0.5))]


def _lists(r: Renderer, data: DepartmentData, today: dt.date) -> list[Flowable]:
    story = r.heading(msg("report.department.people"))
    people_rows = [
        [
            p.name,
            p.employee_id,
            p.role,
            str(p.completed),
            str(p.open),
            str(p.overdue),
            f"{p.hours:.1f}",
            p.segment,
        ]
        for p in sorted(data.people.values(), key=lambda p: p.name)
    ]
    head = [
        msg("report.field.name"),
        msg("report.field.employee_id"),
        msg("report.field.role"),
        msg("report.col.done"),
        msg("report.col.open"),
        msg("report.col.overdue"),
        msg("report.col.hours"),
        msg("report.col.segment"),
    ]
    widths = (0.2, 0.11, 0.2, 0.08, 0.08, 0.09, 0.08, 0.16)
    story.append(r.table(head, people_rows, widths, right=(3, 4, 5, 6)))
    story += r.heading(msg("report.department.overdue_list"))
    if data.overdue:
        rows = [
            [name, eid, f"{code} {title}", due.isoformat(), str((today - due).days)]
            for name, eid, code, title, due in data.overdue
        ]
        head = [
            msg("report.field.name"),
            msg("report.field.employee_id"),
            msg("report.col.course"),
            msg("report.col.due"),
            msg("report.col.days"),
        ]
        story.append(r.table(head, rows, (0.22, 0.12, 0.46, 0.12, 0.08), right=(4,)))
    else:
        story.append(para(msg("report.transcript.none"), r.styles.body))
    story += r.heading(msg("report.department.expiring_list"))
    if data.expiring:
        rows = [
            [name, eid, f"{code} {title}", expires.isoformat(), str((expires - today).days)]
            for eid, name, _, code, title, expires in data.expiring
        ]
        head = [
            msg("report.field.name"),
            msg("report.field.employee_id"),
            msg("report.col.course"),
            msg("report.col.expiry"),
            msg("report.col.days"),
        ]
        story.append(r.table(head, rows, (0.22, 0.12, 0.42, 0.16, 0.08), right=(4,)))
    else:
        story.append(para(msg("report.transcript.none"), r.styles.body))
    return story


def department_story(
    r: Renderer, data: DepartmentData, today: dt.date, currency: str
) -> list[Flowable]:
    s = r.styles
    subtitle = msg(
        "report.department.subtitle",
        department=data.name,
        date=today.isoformat(),
        people=len(data.people),
    )
    story: list[Flowable] = [
        para(msg("report.department.title"), s.title),
        para(subtitle, s.subtitle),
    ]
    return story + _figures(r, data, currency) + _charts(r, data) + _lists(r, data, today)


def department_pdf(data: DepartmentData, settings: AppSettings, out: BinaryIO, day: dt.date) -> int:
    """Lay the report out into ``out``; returns the number of pages."""
    title = f"{msg('report.department.title').text()} — {data.name}"
    renderer = Renderer(settings, title, day)
    story = [SectionStart(title), *department_story(renderer, data, day, settings.base_currency)]
    return renderer.render(story, out)


def write_department(
    session: Session,
    department: str,
    path: Path,
    today: dt.date | None = None,
    state: TaskState | None = None,
) -> ReportResult:
    day = today or dt.date.today()
    data = load_department(session, department, day, state)
    settings = load_settings(session)
    pages = write_atomically(path, lambda out: department_pdf(data, settings, out, day))
    return ReportResult(Path(path), pages, len(data.people))
