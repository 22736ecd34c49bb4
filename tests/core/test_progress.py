"""Progress by hand: validation, completions kept as history, skills raised, never lowered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from learning_support import build_company, do
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.assignments import AssignmentRow, AssignRequest, assign, assignment_rows
from core.changes import perform
from core.database import open_database
from core.errors import InputRefused
from core.progress import ProgressInput, progress_input, record_completion, update_progress
from db.models import Completion, Employee, EmployeeSkill, Skill
from db.session import Database

D = dt.date
TODAY = D(2025, 5, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "progress.db")
    build_company(opened.db)
    request = AssignRequest("person", "A1", ("SQL", "SAFE"), start=D(2025, 4, 1))
    do(opened.db, lambda s: assign(s, request, TODAY))
    yield opened.db
    opened.db.close()


def _row(db: Database, code: str) -> AssignmentRow:
    with db.reading() as s:
        return next(r for r in assignment_rows(s, TODAY) if r.course_code == code)


def _sql_level(db: Database) -> tuple[int, str] | None:
    with db.reading() as s:
        row = s.execute(
            select(EmployeeSkill.level, EmployeeSkill.source)
            .join(Skill, Skill.id == EmployeeSkill.skill_id)
            .join(Employee, Employee.id == EmployeeSkill.employee_id)
            .where(Skill.name == "SQL", Employee.employee_id == "A1")
        ).first()
    return None if row is None else (row[0], row[1])


def test_progress_edits_round_trip_and_in_progress_sets_a_start(db: Database) -> None:
    sql = _row(db, "SQL")
    data = ProgressInput("in_progress", 40, None, 3.5)
    do(db, lambda s: update_progress(s, sql.id, data, TODAY))
    with db.reading() as s:
        saved = progress_input(s, sql.id)
    assert saved == ProgressInput("in_progress", 40, None, 3.5, TODAY, None)
    assert _sql_level(db) is None


def test_completion_raises_the_skill_and_records_history_once(db: Database) -> None:
    sql = _row(db, "SQL")
    data = ProgressInput("completed", 80, 91.0, 6, D(2025, 4, 2), D(2025, 4, 20))
    do(db, lambda s: update_progress(s, sql.id, data, TODAY))
    do(db, lambda s: update_progress(s, sql.id, data, TODAY))  # saved again: no second record
    row = _row(db, "SQL")
    assert (row.status, row.percent, row.completed_on, row.certificate_expiry) == (
        "completed", 100.0, D(2025, 4, 20), None,
    )  # fmt: skip
    assert _sql_level(db) == (3, "course")
    with db.reading() as s:
        history = s.execute(select(Completion.completed_on, Completion.score)).all()
    assert [tuple(h) for h in history] == [(D(2025, 4, 20), 91.0)]


def test_a_completion_never_lowers_a_higher_skill(db: Database) -> None:
    def set_level_five(s: Session) -> None:
        person = s.scalar(select(Employee.id).where(Employee.employee_id == "A1"))
        skill = s.scalar(select(Skill.id).where(Skill.name == "SQL"))
        assert person is not None and skill is not None
        s.add(EmployeeSkill(employee_id=person, skill_id=skill, level=5, source="manual"))

    do(db, set_level_five)
    data = ProgressInput("completed", 100, None, 1, D(2025, 4, 2), D(2025, 4, 3))
    sql_id = _row(db, "SQL").id
    do(db, lambda s: update_progress(s, sql_id, data, TODAY))
    assert _sql_level(db) == (5, "manual")


def test_completion_defaults_to_today_when_no_date_is_given(db: Database) -> None:
    safe = _row(db, "SAFE")
    do(db, lambda s: update_progress(s, safe.id, ProgressInput("completed"), TODAY))
    row = _row(db, "SAFE")
    assert (row.completed_on, row.certificate_expiry) == (TODAY, D(2026, 5, 1))


def test_record_completion_of_past_history_adds_no_assignment(db: Database) -> None:
    with db.reading() as s:
        a2 = s.scalar(select(Employee.id).where(Employee.employee_id == "A2"))
    assert a2 is not None
    do(db, lambda s: record_completion(s, a2, 3, D(2024, 1, 31)))
    do(db, lambda s: record_completion(s, a2, 3, D(2024, 1, 31)))
    with db.reading() as s:
        rows = [r for r in assignment_rows(s, TODAY) if r.employee_id == "A2"]
        count = len(s.scalars(select(Completion).where(Completion.employee_id == a2)).all())
    assert rows == [] and count == 1


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (ProgressInput("done"), "progress.bad_status"),
        (ProgressInput("in_progress", 101), "progress.bad_percent"),
        (ProgressInput("completed", 100, -1), "progress.bad_score"),
        (ProgressInput("in_progress", 5, None, -2), "progress.bad_hours"),
        (
            ProgressInput("completed", 100, None, 0, D(2025, 4, 2), D(2025, 4, 1)),
            "progress.completed_before_start",
        ),
    ],
)
def test_bad_progress_is_refused_with_its_reason(
    db: Database, data: ProgressInput, code: str
) -> None:
    sql = _row(db, "SQL")
    assert [p.code for p in data.problems()] == [code]
    with pytest.raises(InputRefused):
        perform(db, "Edit", lambda s: update_progress(s, sql.id, data, TODAY))


def test_a_corrected_completion_date_updates_the_one_record(db: Database) -> None:
    safe = _row(db, "SAFE")
    first = ProgressInput("completed", 100, 70.0, 1, D(2025, 4, 2), D(2025, 4, 3))
    do(db, lambda s: update_progress(s, safe.id, first, TODAY))
    fixed = ProgressInput("completed", 100, 75.0, 1, D(2025, 4, 2), D(2025, 4, 30))
    do(db, lambda s: update_progress(s, safe.id, fixed, TODAY))
    with db.reading() as s:
        history = s.execute(
            select(Completion.completed_on, Completion.expires_on, Completion.score)
        ).all()
    assert [tuple(h) for h in history] == [(D(2025, 4, 30), D(2026, 4, 30), 75.0)]
