"""``import xapi``: the specification's examples each get their reason; our own statements
import completely and move their people's assignments on."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from import_support import dump
from learning_support import build_company, do
from sqlalchemy import select

from core.assignments import AssignRequest, assign, assignment_rows
from core.database import open_database
from core.errors import InputRefused
from core.importing import ImportOptions
from core.importing.xapi import run_xapi_import
from db.models import Assignment, Completion, ProgressEvent
from db.session import Database
from desktop.app import main

D = dt.date
OURS = Path(__file__).parent / "data" / "xapi_company_statements.json"
SPEC_REASONS = [
    (1, "verb", "xapi.voiding"),
    (2, "actor", "xapi.unknown_person"),
    (3, "object", "xapi.statement_ref"),
    (4, "object", "xapi.sub_statement"),
    (5, "actor", "xapi.unknown_person"),
    (6, "actor", "xapi.group_actor"),
    (7, "object", "xapi.statement_ref"),
    (8, "actor", "xapi.unknown_person"),
    (9, "id", "xapi.repeated_id"),
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "xapi.db")
    build_company(opened.db)
    for person, course in (("A1", "SAFE"), ("A2", "SQL"), ("B1", "EXCEL")):
        request = AssignRequest("person", person, (course,), start=D(2025, 2, 1))
        do(opened.db, functools.partial(assign, request=request, today=D(2025, 2, 1)))
    yield opened.db
    opened.db.close()


def test_each_specification_example_is_reported_with_its_reason(
    db: Database, shared_data: Path
) -> None:
    path = shared_data / "xapi_spec_examples" / "xapi_spec_example_statements.json"
    before = dump(db)
    summary = run_xapi_import(db, path, ImportOptions(skip_invalid=True))
    assert [(p.row, p.field, p.message.code) for p in summary.problems] == SPEC_REASONS
    assert summary.problems[8].message.values["first_row"] == 8
    assert summary.problems[5].message.values["name"] == "Team PB"
    assert (summary.added, summary.refused) == (0, 9)
    assert dump(db) == before


def _states(db: Database) -> dict[tuple[str, str], tuple[object, ...]]:
    with db.reading() as s:
        return {
            (r.employee_id, r.course_code): (r.status, r.score, r.started_on, r.completed_on,
                                             r.certificate_expiry)
            for r in assignment_rows(s, D(2025, 4, 1))
        }  # fmt: skip


def test_our_statements_import_completely_and_update_status(db: Database) -> None:
    summary = run_xapi_import(db, OURS, ImportOptions())
    assert (summary.added, summary.updated, summary.refused) == (5, 3, 0)
    assert _states(db) == {
        ("A1", "SAFE"): ("completed", 92.0, D(2025, 3, 1), D(2025, 3, 10), D(2026, 3, 10)),
        ("A2", "SQL"): ("in_progress", None, D(2025, 3, 12), None, None),
        ("B1", "EXCEL"): ("failed", 30.0, D(2025, 3, 20), None, None),
    }
    with db.reading() as s:
        events = s.execute(
            select(
                ProgressEvent.kind, ProgressEvent.duration_minutes, ProgressEvent.occurred_at
            ).order_by(ProgressEvent.occurred_at)
        ).all()
        history = s.execute(select(Completion.completed_on, Completion.expires_on)).all()
        assignments = s.scalar(select(Assignment.id).where(Assignment.course_id == 2))
    assert [tuple(e) for e in events] == [
        ("completed", None, dt.datetime(2024, 11, 2, 8, 0)),
        ("attempted", 45.0, dt.datetime(2025, 3, 1, 1, 0)),  # +08:00 read as UTC
        ("passed", 75.0, dt.datetime(2025, 3, 10, 16, 30)),
        ("progressed", 30.0, dt.datetime(2025, 3, 12, 10, 0)),
        ("failed", None, dt.datetime(2025, 3, 20, 10, 0)),
    ]
    # B1's first aid is past history: a completion, not a new assignment.
    assert sorted(tuple(h) for h in history) == [
        (D(2024, 11, 2), D(2024, 12, 2)),
        (D(2025, 3, 10), D(2026, 3, 10)),
    ]
    assert assignments is None
    again = run_xapi_import(db, OURS, ImportOptions())
    assert (again.added, again.unchanged, again.refused) == (0, 5, 0)


def test_a_mixed_file_writes_nothing_without_skip_invalid_and_dry_run_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    statements = json.loads(OURS.read_text(encoding="utf-8"))
    bad = dict(statements[2], id="0b6f1c1e-0000-4000-8000-0000000000ff")
    bad["object"] = {"id": "https://lms.example.com/courses/NOPE"}
    lines = tmp_path / "mixed.jsonl"
    lines.write_text("\n".join(json.dumps(s) for s in [*statements, bad]) + "\n", encoding="utf-8")
    before = dump(db)
    refused = run_xapi_import(db, lines, ImportOptions())
    assert [(p.row, p.message.code) for p in refused.problems] == [(6, "xapi.unknown_course")]
    assert not refused.written and dump(db) == before
    dry = run_xapi_import(db, lines, ImportOptions(skip_invalid=True, dry_run=True))
    assert (dry.added, dry.refused, dry.written) == (5, 1, False)
    assert dump(db) == before
    done = run_xapi_import(db, lines, ImportOptions(skip_invalid=True))
    assert (done.added, done.refused, done.written) == (5, 1, True)


def test_a_file_that_is_not_json_is_refused_whole(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputRefused) as refused:
        run_xapi_import(db, path, ImportOptions())
    assert refused.value.message.code == "xapi.unreadable"


def test_the_command_line_imports_xapi_and_exits_3_on_refusals(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = db.path
    db.close()
    code = main(["--db", str(db_path), "import", "xapi", str(OURS), "--json"])
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (code, out["added"], out["refused"]) == (0, 5, 0)
    bad = tmp_path / "bad.json"
    bad.write_text('[{"actor": {"objectType": "Group", "name": "G"}}]', encoding="utf-8")
    code = main(["--db", str(db_path), "import", "xapi", str(bad)])
    captured = capsys.readouterr()
    assert code == 3
    assert "group" in captured.err.lower()
