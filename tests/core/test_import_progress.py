"""``import progress``: states and activity events, one transaction, every problem listed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from import_support import dump, import_file, write_csv
from learning_support import build_company, do
from sqlalchemy import select

from core.assignments import AssignRequest, assign, assignment_rows
from core.database import open_database
from core.importing import export_table
from db.models import Completion, Employee, EmployeeSkill, ProgressEvent
from db.session import Database
from desktop.app import main

D = dt.date
HEADER = ["Employee ID", "Course", "Status", "Percent", "Score", "Hours", "Started",
          "Completed", "Due"]  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "progress.db")
    build_company(opened.db)
    request = AssignRequest("person", "A1", ("SAFE",), start=D(2025, 1, 2), due=D(2025, 3, 31))
    do(opened.db, lambda s: assign(s, request, D(2025, 1, 2)))
    yield opened.db
    opened.db.close()


def _states(db: Database) -> dict[tuple[str, str], tuple[object, ...]]:
    with db.reading() as s:
        return {
            (r.employee_id, r.course_code): (
                r.status, r.percent, r.score, r.hours, r.started_on, r.completed_on,
                r.due_date, r.certificate_expiry,
            )
            for r in assignment_rows(s, D(2025, 6, 1))
        }  # fmt: skip


def test_states_update_the_assignment_or_create_one_and_completions_are_history(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "progress.csv",
        [
            HEADER,
            ["A1", "safe", "Passed", "", "88", "3", "2025-01-05", "2025-03-10", ""],
            ["a2@example.com", "SQL", "in progress", "40%", "", "1.5", "2025-02-01", "",
             "2025-04-30"],
            ["B1", "EXCEL", "未开始", "", "", "", "", "", ""],
        ],
    )  # fmt: skip
    summary = import_file(db, "progress", path)
    assert (summary.added, summary.updated, summary.refused) == (2, 1, 0)
    assert _states(db) == {
        ("A1", "SAFE"): ("completed", 100.0, 88.0, 3.0, D(2025, 1, 5), D(2025, 3, 10),
                         D(2025, 3, 31), D(2026, 3, 10)),
        ("A2", "SQL"): ("in_progress", 40.0, None, 1.5, D(2025, 2, 1), None, D(2025, 4, 30),
                        None),
        ("B1", "EXCEL"): ("not_started", 0.0, None, 0.0, None, None, None, None),
    }  # fmt: skip
    with db.reading() as s:
        history = s.execute(select(Completion.completed_on, Completion.expires_on)).all()
    assert [tuple(h) for h in history] == [(D(2025, 3, 10), D(2026, 3, 10))]
    again = import_file(db, "progress", path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_a_completed_course_raises_the_skill_it_teaches(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [HEADER, ["A2", "SQL", "completed", "", "", "", "", "2025-02-03", ""]]
    )
    import_file(db, "progress", path)
    with db.reading() as s:
        level = s.scalar(
            select(EmployeeSkill.level)
            .join(Employee, Employee.id == EmployeeSkill.employee_id)
            .where(Employee.employee_id == "A2")
        )
    assert level == 3


def test_bad_rows_write_nothing_unless_skipped_and_each_has_its_reason(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            HEADER,
            ["A1", "SAFE", "in progress", "50", "", "", "", "", ""],
            ["ZZ", "SAFE", "completed", "", "", "", "", "", ""],
            ["A2", "NOPE", "completed", "", "", "", "", "", ""],
            ["A2", "SAFE", "finished?", "", "", "", "", "", ""],
            ["A2", "SQL", "in progress", "150", "", "", "", "", ""],
            ["A2", "EXCEL", "in progress", "", "101", "-1", "", "", ""],
        ],
    )
    before = dump(db)
    refused = import_file(db, "progress", path)
    assert refused.refused == 5 and not refused.written
    assert dump(db) == before
    codes = [(p.row, p.field, p.message.code) for p in refused.problems]
    assert codes == [
        (3, "employee_id", "progress_import.unknown_person"),
        (4, "course", "progress_import.unknown_course"),
        (5, "status", "progress_import.bad_progress_status"),
        (6, "percent", "progress_import.bad_percent"),
        (7, "score", "progress_import.bad_score"),
        (7, "hours", "progress_import.bad_progress_hours"),
    ]
    dry = import_file(db, "progress", path, skip_invalid=True, dry_run=True)
    assert (dry.updated, dry.refused, dry.written) == (1, 5, False)
    assert dump(db) == before
    skipped = import_file(db, "progress", path, skip_invalid=True)
    assert (skipped.updated, skipped.refused, skipped.written) == (1, 5, True)
    assert _states(db)[("A1", "SAFE")][:2] == ("in_progress", 50.0)


def test_activity_events_are_appended_once_by_event_id(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "events.csv",
        [
            ["employee_id", "course", "activity", "date", "score", "event_id"],
            ["A1", "SAFE", "attempted", "2025-02-01", "70", "quiz-1:A1"],
            ["A1", "SAFE", "attempted", "2025-02-01", "75", "quiz-2:A1"],
            ["A2", "SQL", "attempted", "", "", "quiz-1:A2"],
        ],
    )
    first = import_file(db, "progress", path)
    assert [(p.row, p.message.code) for p in first.problems] == [
        (4, "progress_import.event_needs_date")
    ]
    summary = import_file(db, "progress", path, skip_invalid=True)
    assert summary.added == 2
    again = import_file(db, "progress", path, skip_invalid=True)
    assert (again.added, again.unchanged) == (0, 2)
    with db.reading() as s:
        events = s.execute(select(ProgressEvent.kind, ProgressEvent.score)).all()
    assert sorted(tuple(e) for e in events) == [("attempted", 70.0), ("attempted", 75.0)]
    assert _states(db)[("A1", "SAFE")][0] == "not_started"  # events do not move states


def test_export_progress_reads_back_unchanged(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [HEADER, ["A2", "SQL", "failed", "60", "41.5", "2", "2025-02-01", "", "2025-03-01"]],
    )
    import_file(db, "progress", path)
    for suffix in (".csv", ".xlsx"):
        exported = tmp_path / f"out{suffix}"
        with db.reading() as s:
            assert export_table(s, "progress", exported) == 2
        summary = import_file(db, "progress", exported)
        assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 2)


def test_the_command_line_imports_and_exports_progress(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = db.path
    db.close()
    path = write_csv(
        tmp_path / "p.csv",
        [HEADER, ["B1", "SAFE", "completed", "", "", "", "", "2025-03-10", ""],
         ["B1", "NOPE", "completed", "", "", "", "", "", ""]],
    )  # fmt: skip
    assert main(["--db", str(db_path), "import", "progress", str(path), "--json"]) == 3
    refused = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (refused["written"], refused["problems"][0]["row"]) == (False, 3)
    code = main(["--db", str(db_path), "import", "progress", str(path), "--skip-invalid"])
    assert code == 3
    assert "1 added" in capsys.readouterr().out
    exported = tmp_path / "out.csv"
    assert main(["--db", str(db_path), "export", "progress", str(exported)]) == 0
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "employee_id,course,status,percent,score,hours,started,completed,due"
    assert "B1,SAFE,completed,100,,0,,2025-03-10," in lines
