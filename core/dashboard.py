"""The dashboard's figures, as of a given day, with the lists behind each of them.

Every figure is computed from dates and ``today`` (a parameter: nothing here reads the
clock). Only active people count, except in spend (money spent stays spent): an inactive
person's overdue course or lapsing certificate is nobody's work any more. Definitions:

- **completion rate**: completed ÷ (assignments that are completed, or not withdrawn and
  due on or before ``today``). Withdrawn assignments and ones not yet due do not count;
  ``None`` when nothing counts.
- **overdue**: due date before ``today`` and status neither completed nor withdrawn
  (:func:`core.compliance.due_state` says "overdue").
- **expiring in 30/60/90 days**: each person × course's latest certificate (the latest
  expiry among their completions and completed assignments) whose
  :func:`core.compliance.expiry_state` is ``expiring_30/60/90``; the counts are cumulative
  (within 60 days includes within 30).
- **lists behind the figures** are read only when asked for (:mod:`core.dashboard_lists`):
  the figures themselves are counts from SQL, so 20,000 people cost no row objects.
- **training hours this year**: the ``hours`` of assignments completed from 1 January to
  ``today`` — what the admin entered or imported per course taken, not raw event durations
  (events are optional and often lack one).
- **spend**: per department, price + certificate price of each assignment that is not
  withdrawn and was completed this year (or, not completed, assigned this year), converted
  to the base currency. An amount whose currency has no rate is left out and reported.
- **trend**: completions per calendar month, the 11 months before ``today``'s and its own.
- **compliance cliff**: latest certificates still valid on ``today`` that lapse in each of
  the 12 calendar months starting with ``today``'s.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, String, and_, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from core.calendar import add_months
from core.messages import Message, msg
from core.settings import AppSettings, load_settings
from core.tasks import TaskState
from db.models import Assignment, Completion, Course, Department, Employee

EXPIRY_WINDOWS = (30, 60, 90)
MONTHS = 12
CertificateRow = tuple[str, str, str, str, str, dt.date]


@dataclass(frozen=True)
class CertificateLine:
    employee_id: str
    name: str
    department: str
    course_code: str
    course_title: str
    expires: dt.date
    days_left: int


@dataclass(frozen=True)
class SpendLine:
    department: str
    budget: float | None
    spent: float
    assignments: int


@dataclass(frozen=True)
class MonthCount:
    month: dt.date  # the first day of the month
    count: float


@dataclass
class Dashboard:
    today: dt.date
    base_currency: str
    counted: int = 0  # the completion rate's base
    completed: int = 0
    overdue_by_department: dict[str, int] = field(default_factory=dict)
    expiring: dict[int, int] = field(default_factory=dict)  # window in days → certificates
    completed_this_year: int = 0
    hours_this_year: float = 0.0
    hours_by_month: list[MonthCount] = field(default_factory=list)
    spend: list[SpendLine] = field(default_factory=list)
    trend: list[MonthCount] = field(default_factory=list)
    cliff: list[MonthCount] = field(default_factory=list)
    notices: list[Message] = field(default_factory=list)

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.counted if self.counted else None

    @property
    def overdue(self) -> int:
        return sum(self.overdue_by_department.values())

    @property
    def lapsing(self) -> int:
        return int(sum(m.count for m in self.cliff))

    @property
    def total_spend(self) -> float:
        return sum(line.spent for line in self.spend)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def cliff_end(today: dt.date) -> dt.date:
    """The first day after the compliance cliff's 12 months."""
    return add_months(month_start(today), MONTHS)


def active_assignments() -> Select[Any]:
    """Assignments of active people (the FROM and WHERE every figure shares)."""
    return (
        select()
        .select_from(Assignment)
        .join(Employee, Employee.id == Assignment.employee_id)
        .where(Employee.active.is_(True))
    )


def counted_filter(today: dt.date) -> Any:
    return or_(
        Assignment.status == "completed",
        and_(Assignment.status != "withdrawn", Assignment.due_date <= today),
    )


def overdue_filter(today: dt.date) -> Any:
    # The same rule as core.compliance.due_state's "overdue", in SQL so it can count.
    return and_(
        without_index(Assignment.due_date) < today,
        Assignment.status.not_in(("completed", "withdrawn")),
    )


def without_index(column: Any) -> Any:
    """``column`` in an expression SQLite cannot answer from its index.

    "Due before today" matches most assignments: walking ix_assignments_due_date for them
    took 2.0 s on the 20,000-person demo, a plain scan a fraction of that (EXPLAIN QUERY PLAN).
    """
    return func.coalesce(column, column)


def completed_this_year_filter(today: dt.date) -> Any:
    return and_(
        Assignment.status == "completed",
        Assignment.completed_on >= dt.date(today.year, 1, 1),
        Assignment.completed_on <= today,
    )


def _completion_counts(session: Session, today: dt.date) -> tuple[int, int]:
    done = func.sum(case((Assignment.status == "completed", 1), else_=0))
    query = active_assignments().add_columns(func.count(), done).where(counted_filter(today))
    counted, completed = session.execute(query).one()
    return int(counted or 0), int(completed or 0)


def _overdue_by_department(session: Session, today: dt.date) -> dict[str, int]:
    name = func.coalesce(Department.name, "")
    query = (
        active_assignments()
        .add_columns(name, func.count())
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(overdue_filter(today))
        .group_by(name)
    )
    return {department: count for department, count in session.execute(query)}


def _hours_by_month(session: Session, today: dt.date) -> tuple[list[MonthCount], int]:
    month = func.substr(Assignment.completed_on, 1, 7, type_=String)
    query = (
        active_assignments()
        .add_columns(month, func.count(), func.sum(Assignment.hours))
        .where(completed_this_year_filter(today))
        .group_by(month)
    )
    hours: dict[str, float] = {}
    courses = 0
    for key, count, total in session.execute(query):
        hours[key] = float(total or 0.0)
        courses += count
    months = [dt.date(today.year, m, 1) for m in range(1, today.month + 1)]
    return [MonthCount(m, hours.get(f"{m:%Y-%m}", 0.0)) for m in months], courses


def latest_certificates(session: Session, start: dt.date, end: dt.date) -> list[CertificateRow]:
    """Each active person × course whose latest expiry (from completions and completed
    assignments) falls in [start, end) — the filter applies to the latest one only."""
    expiries = union_all(
        select(
            Completion.employee_id.label("employee"),
            Completion.course_id.label("course"),
            Completion.expires_on.label("expires"),
        ).where(Completion.expires_on.is_not(None)),
        select(Assignment.employee_id, Assignment.course_id, Assignment.certificate_expiry).where(
            Assignment.status == "completed", Assignment.certificate_expiry.is_not(None)
        ),
    ).subquery()
    latest = (
        select(
            expiries.c.employee,
            expiries.c.course,
            func.max(expiries.c.expires).label("expires"),
        )
        .group_by(expiries.c.employee, expiries.c.course)
        .having(func.max(expiries.c.expires) >= start, func.max(expiries.c.expires) < end)
        .subquery()
    )
    query = (
        select(
            Employee.employee_id,
            Employee.name,
            func.coalesce(Department.name, ""),
            Course.code,
            Course.title,
            latest.c.expires,
        )
        .join(Employee, Employee.id == latest.c.employee)
        .join(Course, Course.id == latest.c.course)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.active.is_(True))
        .order_by(latest.c.expires, Employee.name)
    )
    return [
        (employee, name, department, code, title, expires)
        for employee, name, department, code, title, expires in session.execute(query)
    ]


def certificate_line(row: CertificateRow, today: dt.date) -> CertificateLine:
    employee, name, department, code, title, expires = row
    return CertificateLine(
        employee, name, department, code, title, expires, days_left=(expires - today).days
    )


def expiring_counts(certificates: list[CertificateRow], today: dt.date) -> dict[int, int]:
    """Certificates expiring within each window (cumulative), as compliance.expiry_state says."""
    from core.compliance import expiry_state

    states = Counter(expiry_state(row[-1], today) for row in certificates)
    counts, running = {}, 0
    for days in EXPIRY_WINDOWS:
        running += states.get(f"expiring_{days}", 0)
        counts[days] = running
    return counts


def compliance_cliff(certificates: list[CertificateRow], today: dt.date) -> list[MonthCount]:
    per_month = Counter(month_start(row[-1]) for row in certificates)
    months = [add_months(month_start(today), n) for n in range(MONTHS)]
    return [MonthCount(m, per_month.get(m, 0)) for m in months]


def completion_trend(session: Session, today: dt.date) -> list[MonthCount]:
    """Completions per month: every completion record, plus completed assignments that
    have none (a record names its assignment, so nothing is counted twice)."""
    first = add_months(month_start(today), -(MONTHS - 1))
    recorded = select(Completion.assignment_id).where(Completion.assignment_id.is_not(None))
    days = union_all(
        select(Completion.completed_on.label("day")).where(
            Completion.completed_on >= first, Completion.completed_on <= today
        ),
        select(Assignment.completed_on).where(
            Assignment.status == "completed",
            Assignment.completed_on >= first,
            Assignment.completed_on <= today,
            Assignment.id.not_in(recorded),
        ),
    ).subquery()
    month = func.substr(days.c.day, 1, 7, type_=String)
    counts = {m: n for m, n in session.execute(select(month, func.count()).group_by(month))}
    months = [add_months(first, n) for n in range(MONTHS)]
    return [MonthCount(m, counts.get(m.strftime("%Y-%m"), 0)) for m in months]


def department_spend(
    session: Session, today: dt.date, settings: AppSettings
) -> tuple[list[SpendLine], list[Message]]:
    start = dt.date(today.year, 1, 1)
    this_year = or_(
        and_(Assignment.status == "completed", Assignment.completed_on.between(start, today)),
        and_(
            Assignment.status != "completed",
            Assignment.status != "withdrawn",
            Assignment.assigned_on.between(start, today),
        ),
    )
    cost = func.coalesce(Course.price, 0.0) + func.coalesce(Course.certificate_price, 0.0)
    query = (
        select(Employee.department_id, Course.currency, func.sum(cost), func.count())
        .select_from(Assignment)
        .join(Employee, Employee.id == Assignment.employee_id)
        .join(Course, Course.id == Assignment.course_id)
        .where(this_year)
        .group_by(Employee.department_id, Course.currency)
    )
    spent: dict[int | None, float] = defaultdict(float)
    counts: Counter[int | None] = Counter()
    missing: Counter[str] = Counter()
    rates_known = set(settings.exchange_rates) | {settings.base_currency}
    for department, currency, amount, count in session.execute(query):
        if currency and currency not in rates_known:
            missing[currency] += count
            continue
        spent[department] += settings.to_base(amount or 0.0, currency)
        counts[department] += count
    notices = [
        msg("dashboard.missing_rate", currency=c, count=n) for c, n in sorted(missing.items())
    ]
    lines = [
        SpendLine(d.name, d.yearly_budget, spent.get(d.id, 0.0), counts.get(d.id, 0))
        for d in session.scalars(select(Department).order_by(Department.name))
        if d.yearly_budget or d.id in spent
    ]
    if None in spent:
        lines.append(SpendLine("", None, spent[None], counts[None]))
    return lines, notices


def _step(state: TaskState, done: int, steps: int = 6) -> None:
    state.check()
    state.set_progress(done / steps)


def build_dashboard(session: Session, today: dt.date, state: TaskState | None = None) -> Dashboard:
    """Every figure of the dashboard as of ``today`` (see the module's definitions)."""
    state = state or TaskState()
    settings = load_settings(session)
    board = Dashboard(today=today, base_currency=settings.base_currency)
    board.counted, board.completed = _completion_counts(session, today)
    _step(state, 1)
    board.overdue_by_department = _overdue_by_department(session, today)
    _step(state, 2)
    board.hours_by_month, board.completed_this_year = _hours_by_month(session, today)
    board.hours_this_year = sum(m.count for m in board.hours_by_month)
    _step(state, 3)
    board.trend = completion_trend(session, today)
    _step(state, 4)
    certificates = latest_certificates(session, today, cliff_end(today))
    board.expiring = expiring_counts(certificates, today)
    board.cliff = compliance_cliff(certificates, today)
    _step(state, 5)
    board.spend, board.notices = department_spend(session, today, settings)
    state.set_progress(1.0)
    return board
