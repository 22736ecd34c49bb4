"""A sample company with assignments in every due and expiry state, on a frozen "today"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import build_sample_database
from sqlalchemy import select

from core.assignments import AssignRequest, assign
from core.changes import perform
from core.database import open_database
from core.progress import ProgressInput, update_progress
from db.models import Assignment, Course

D = dt.date
TODAY = D(2026, 2, 20)
# (employee id, course, due date, mandatory)
PLANNED = [
    ("E001", "C-SQL1", D(2026, 2, 10), True),  # overdue
    ("E002", "C-SQL1", D(2026, 3, 10), True),  # due in 30 days (18 left)
    ("E003", "C-NEG", D(2026, 4, 15), False),  # due in 60 days (54 left)
    ("E004", "C-NEG", D(2025, 6, 1), True),  # completed 2025-03-10, 12 months' validity
    ("E007", "C-LEAD", D(2026, 7, 1), False),  # due later than 90 days: no state
]


def fill_assignments(session: Any) -> None:
    session.scalar(select(Course).where(Course.code == "C-NEG")).validity_months = 12
    for person, code, due, mandatory in PLANNED:
        request = AssignRequest(
            "person", person, (code,), start=D(2025, 1, 6), due=due, mandatory=mandatory
        )
        assign(session, request, TODAY)
    done = session.scalar(
        select(Assignment.id).join(Course).where(Course.code == "C-NEG", Assignment.mandatory)
    )
    update_progress(
        session, done, ProgressInput("completed", score=88, completed_on=D(2025, 3, 10)), TODAY
    )


def build_assignment_database(path: Path) -> Path:
    build_sample_database(path)
    opened = open_database(path)
    try:
        perform(opened.db, "Sample assignments", fill_assignments)
    finally:
        opened.db.close()
    return path


@pytest.fixture
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setattr("desktop.gui.states.today", lambda: TODAY)
    return TODAY


@pytest.fixture
def assignment_db(tmp_path: Path, frozen_today: dt.date) -> Path:
    return build_assignment_database(tmp_path / "assignments.db")
