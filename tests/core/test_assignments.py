"""Assigning courses and paths to people, departments and roles; paths; bulk actions."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from learning_support import build_company, do
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import paths
from core.assignments import (
    AssignRequest,
    assign,
    assignment_rows,
    extend_due_dates,
    plan_assignment,
    reassign,
    withdraw,
)
from core.changes import perform
from core.database import open_database
from core.errors import InputRefused
from core.paths import PathInput
from core.progress import ProgressInput, update_progress
from db.models import Assignment, AuditEntry
from db.session import Database

D = dt.date
TODAY = D(2025, 5, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "assign.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


def _dues(db: Database) -> dict[tuple[str, str], dt.date | None]:
    with db.reading() as s:
        return {(r.employee_id, r.course_code): r.due_date for r in assignment_rows(s, TODAY)}


def test_a_path_to_a_department_spreads_due_dates_over_active_members(db: Database) -> None:
    path_id = do(
        db,
        lambda s: paths.create_path(
            s,
            PathInput(
                "Onboarding", "first weeks", (("SAFE", None), ("SQL", None), ("EXCEL", None))
            ),
        ),
    )
    request = AssignRequest(
        "department", "Ops", path="Onboarding", start=D(2025, 5, 1), due=D(2025, 5, 31)
    )
    with db.reading() as s:
        planned = plan_assignment(s, request, TODAY)
    assert planned.created == 6
    assert _dues(db) == {}  # planning writes nothing
    result = do(db, lambda s: assign(s, request, TODAY))
    assert result.created == 6
    assert _dues(db) == {
        (person, code): due
        for person in ("A1", "A2")  # A3 is inactive
        for code, due in (
            ("SAFE", D(2025, 5, 11)),
            ("SQL", D(2025, 5, 21)),
            ("EXCEL", D(2025, 5, 31)),
        )
    }
    with db.reading() as s:
        rows = paths.path_rows(s)
        sources = set(s.scalars(select(Assignment.source)))
    assert rows[0].assigned_people == 2
    assert [i[0] for i in rows[0].items] == ["SAFE", "SQL", "EXCEL"]
    assert sources == {"path"}
    assert rows[0].id == path_id


def test_path_offsets_win_over_spreading(db: Database) -> None:
    do(db, lambda s: paths.create_path(s, PathInput("P", "", (("SAFE", 7), ("SQL", None)))))
    request = AssignRequest("person", "A1", path="P", start=D(2025, 5, 1), due=D(2025, 6, 30))
    do(db, lambda s: assign(s, request, TODAY))
    assert _dues(db) == {("A1", "SAFE"): D(2025, 5, 8), ("A1", "SQL"): D(2025, 6, 30)}


def test_open_and_validly_completed_courses_are_flagged_not_duplicated(db: Database) -> None:
    first = AssignRequest("role", "Analyst", ("SAFE", "EXCEL"), start=D(2025, 1, 1))
    do(db, lambda s: assign(s, first, D(2025, 1, 1)))
    a1_safe = _ids(db)[("A1", "SAFE")]
    done = ProgressInput("completed", 100, None, 1, D(2025, 2, 1), D(2025, 2, 1))
    do(db, lambda s: update_progress(s, a1_safe, done, D(2025, 2, 1)))
    again = AssignRequest("department", "Ops", ("SAFE", "EXCEL"), start=TODAY)
    result = do(db, lambda s: assign(s, again, TODAY))
    # A2's SAFE and both EXCELs are still open; A1's SAFE is valid until 2026-02-01.
    assert result.created == 0
    assert result.skipped_done == [("A1", "SAFE")]
    assert sorted(result.skipped_assigned) == [("A1", "EXCEL"), ("A2", "EXCEL"), ("A2", "SAFE")]
    later = AssignRequest("person", "A1", ("SAFE",), start=D(2025, 11, 10))
    assert do(db, lambda s: assign(s, later, D(2025, 11, 10))).created == 1  # renewal window


@pytest.mark.parametrize(
    ("request_", "code"),
    [
        (AssignRequest("person", "nobody", ("SAFE",), start=TODAY), "assign.unknown_person"),
        (AssignRequest("department", "Nope", ("SAFE",), start=TODAY), "assign.unknown_department"),
        (AssignRequest("role", "Nope", ("SAFE",), start=TODAY), "assign.unknown_role"),
        (AssignRequest("person", "A1", ("NOPE",), start=TODAY), "assign.unknown_course"),
        (AssignRequest("person", "A1", path="Nope", start=TODAY), "assign.unknown_path"),
        (AssignRequest("person", "A1", start=TODAY), "assign.nothing"),
        (AssignRequest("team", "A1", ("SAFE",), start=TODAY), "assign.bad_target_kind"),
        (
            AssignRequest("person", "A1", ("SAFE",), start=TODAY, due=D(2025, 4, 1)),
            "assign.due_before_start",
        ),
    ],
)
def test_bad_requests_are_refused_with_their_reason(
    db: Database, request_: AssignRequest, code: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        perform(db, "Assign", lambda s: assign(s, request_, TODAY))
    assert refused.value.message.code == code


def _ids(db: Database) -> dict[tuple[str, str], int]:
    with db.reading() as s:
        return {(r.employee_id, r.course_code): r.id for r in assignment_rows(s, TODAY)}


def test_bulk_extend_withdraw_and_reassign(db: Database) -> None:
    request = AssignRequest("person", "A1", ("SAFE", "SQL"), start=TODAY, due=D(2025, 6, 1))
    do(db, lambda s: assign(s, request, TODAY))
    do(db, lambda s: assign(s, AssignRequest("person", "B1", ("SQL",), start=TODAY), TODAY))
    ids = _ids(db)
    both = [ids[("A1", "SAFE")], ids[("A1", "SQL")]]
    assert do(db, lambda s: extend_due_dates(s, both, days=10)) == 2
    assert _dues(db)[("A1", "SAFE")] == D(2025, 6, 11)
    assert do(db, lambda s: extend_due_dates(s, both, new_due=D(2025, 7, 1))) == 2
    assert _dues(db)[("A1", "SQL")] == D(2025, 7, 1)
    with pytest.raises(InputRefused):
        perform(db, "Extend", lambda s: extend_due_dates(s, both))
    # B1 already has SQL open: only SAFE moves.
    assert do(db, lambda s: reassign(s, both, "B1")) == 1
    assert set(_ids(db)) == {("B1", "SAFE"), ("A1", "SQL"), ("B1", "SQL")}
    assert do(db, lambda s: withdraw(s, both)) == 2
    assert do(db, lambda s: withdraw(s, both)) == 0
    with db.reading() as s:
        statuses = {r.status for r in assignment_rows(s, TODAY) if r.id in both}
        audited = s.scalar(select(AuditEntry.id).where(AuditEntry.table_name == "assignments"))
    assert statuses == {"withdrawn"}
    assert audited is not None


def _create_path(session: Session, data: PathInput) -> int:
    return paths.create_path(session, data)


def test_path_templates_are_edited_and_refused_with_reasons(db: Database) -> None:
    path_id = do(db, lambda s: paths.create_path(s, PathInput("P", "", (("SAFE", None),))))
    do(
        db,
        lambda s: paths.update_path(s, path_id, PathInput("Q", "d", (("SQL", 3), ("SAFE", None)))),
    )
    with db.reading() as s:
        assert paths.path_input(s, path_id) == PathInput("Q", "d", (("SQL", 3), ("SAFE", None)))
    for bad, code in (
        (PathInput(" "), "path.name_blank"),
        (PathInput("R", "", (("SAFE", None), ("safe", None))), "path.duplicate_course"),
        (PathInput("R", "", (("SAFE", -1),)), "path.bad_offset"),
        (PathInput("R", "", (("NOPE", None),)), "path.unknown_course"),
        (PathInput("Q"), "path.duplicate_name"),
    ):
        with pytest.raises(InputRefused) as refused:
            perform(db, "Path", functools.partial(_create_path, data=bad))
        assert refused.value.message.code == code
    do(db, lambda s: paths.delete_path(s, path_id))
    with db.reading() as s:
        assert paths.path_rows(s) == []
