"""Dates against literal values and a frozen clock: due, overdue, expiry and recertification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from learning_support import build_company, do
from sqlalchemy import select

from core import compliance
from core.assignments import AssignRequest, assign, assignment_rows
from core.calendar import add_months
from core.compliance import certificate_expiry, compliance_matrix, due_state, expiry_state
from core.database import open_database
from core.progress import ProgressInput, update_progress
from db.models import Assignment, Completion
from db.session import Database

D = dt.date


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "dates.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 3, 10), 12, D(2026, 3, 10)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_a_shorter_month(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_overdue_starts_the_day_after_the_due_date() -> None:
    due = D(2025, 6, 30)
    assert due_state(due, "in_progress", D(2025, 6, 30)) == "due_30"
    assert due_state(due, "in_progress", D(2025, 7, 1)) == "overdue"
    assert due_state(due, "completed", D(2025, 7, 1)) is None
    assert due_state(due, "withdrawn", D(2025, 7, 1)) is None
    assert due_state(due, "not_started", D(2025, 5, 31)) == "due_30"
    assert due_state(due, "not_started", D(2025, 5, 30)) == "due_60"
    assert due_state(due, "not_started", D(2025, 4, 1)) == "due_90"
    assert due_state(due, "not_started", D(2025, 3, 31)) is None
    assert due_state(None, "not_started", D(2025, 7, 1)) is None


def test_expiry_windows_on_literal_dates() -> None:
    assert certificate_expiry(D(2025, 3, 10), 12) == D(2026, 3, 10)
    assert certificate_expiry(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert certificate_expiry(D(2025, 3, 10), None) is None
    expiry = D(2026, 3, 10)
    assert expiry_state(expiry, D(2026, 2, 20)) == "expiring_30"
    assert expiry_state(expiry, D(2026, 1, 9)) == "expiring_60"
    assert expiry_state(expiry, D(2025, 12, 10)) == "expiring_90"
    assert expiry_state(expiry, D(2025, 12, 9)) is None
    assert expiry_state(expiry, D(2026, 3, 10)) == "expiring_30"
    assert expiry_state(expiry, D(2026, 3, 11)) == "expired"


def _assign_one(db: Database, person: str, course: str, due: dt.date | None) -> int:
    request = AssignRequest(
        "person", person, (course,), start=D(2025, 1, 2), due=due, mandatory=True
    )
    do(db, lambda s: assign(s, request, D(2025, 1, 2)))
    with db.reading() as s:
        return s.scalars(select(Assignment.id).order_by(Assignment.id.desc())).first() or 0


def _complete(db: Database, assignment_id: int, on: dt.date) -> None:
    data = ProgressInput("completed", 100, 90.0, 2, on, on)
    do(db, lambda s: update_progress(s, assignment_id, data, on))


def test_completion_sets_expiry_and_the_frozen_clock_reads_it_as_expiring(
    db: Database,
) -> None:
    first = _assign_one(db, "A1", "SAFE", D(2025, 3, 31))
    _complete(db, first, D(2025, 3, 10))
    aid = _assign_one(db, "A2", "FIRST", D(2025, 2, 15))
    _complete(db, aid, D(2025, 1, 31))
    with db.reading() as s:
        rows = {r.employee_id: r for r in assignment_rows(s, D(2026, 2, 20))}
    assert rows["A1"].certificate_expiry == D(2026, 3, 10)
    assert rows["A1"].expiry_state == "expiring_30"
    assert rows["A2"].certificate_expiry == D(2025, 2, 28)
    assert rows["A2"].expiry_state == "expired"


def test_recertification_keeps_both_completion_records(db: Database) -> None:
    first = _assign_one(db, "A1", "SAFE", D(2025, 3, 31))
    _complete(db, first, D(2025, 3, 10))
    # Within 90 days of expiry a new assignment is allowed: the recertification.
    request = AssignRequest("person", "A1", ("SAFE",), start=D(2026, 2, 1), due=D(2026, 3, 10))
    result = do(db, lambda s: assign(s, request, D(2026, 2, 1)))
    assert result.created == 1
    with db.reading() as s:
        second = s.scalars(select(Assignment.id).order_by(Assignment.id.desc())).first()
    assert second is not None and second != first
    _complete(db, second, D(2026, 2, 25))
    with db.reading() as s:
        history = s.execute(
            select(Completion.completed_on, Completion.expires_on).order_by(Completion.id)
        ).all()
    assert [tuple(r) for r in history] == [
        (D(2025, 3, 10), D(2026, 3, 10)),
        (D(2026, 2, 25), D(2027, 2, 25)),
    ]


def test_compliance_matrix_states_on_a_frozen_day(db: Database) -> None:
    done = _assign_one(db, "A1", "SAFE", D(2025, 3, 31))
    _complete(db, done, D(2025, 3, 10))
    _assign_one(db, "A2", "SAFE", D(2026, 2, 10))  # overdue on 2026-02-20
    _assign_one(db, "B1", "SAFE", D(2026, 3, 1))  # due in 9 days
    _assign_one(db, "A1", "FIRST", D(2026, 6, 1))  # due in 101 days
    with db.reading() as s:
        matrix = compliance_matrix(s, D(2026, 2, 20))
        ops = compliance_matrix(s, D(2026, 2, 20), department="Ops")
    assert [c[1] for c in matrix.courses] == ["FIRST", "SAFE"]
    ids = {p[1]: p[0] for p in matrix.people}
    assert set(ids) == {"A1", "A2", "B1"}  # A3 is inactive
    first_aid, course = matrix.courses[0][0], matrix.courses[1][0]
    assert matrix.cell(ids["A1"], first_aid).state == "ok"
    assert matrix.cell(ids["B1"], first_aid).state == "missing"
    assert matrix.cell(ids["A1"], course).state == "expiring"
    assert matrix.cell(ids["A1"], course).expiry == D(2026, 3, 10)
    assert matrix.cell(ids["A2"], course).state == "overdue"
    assert matrix.cell(ids["B1"], course).state == "due_soon"
    assert {p[1] for p in ops.people} == {"A1", "A2"}
    later = D(2026, 3, 11)
    with db.reading() as s:
        after = compliance_matrix(s, later)
    assert after.cell(ids["A1"], course).state == "expired"
    assert compliance.MISSING.state == "missing"
