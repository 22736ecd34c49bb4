"""The one door: every change is one transaction with an audit entry and a Changes value."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from core.changes import note_bulk_change, perform
from core.database import open_database
from db.models import AuditEntry, Course, Department
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "audit.db")
    yield opened.db
    opened.db.close()


def _audit(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_editing_a_course_leaves_an_audit_entry_with_old_and_new(db: Database) -> None:
    perform(db, "Add course", lambda s: s.add(Course(code="SQL-1", title="SQL basics")))

    def retitle(session: Session) -> None:
        course = session.scalars(select(Course).where(Course.code == "SQL-1")).one()
        course.title = "SQL 基础"
        course.hours = 6.0

    _, changes = perform(db, "Edit course", retitle)

    assert changes.tables == frozenset({"courses"})
    edit = _audit(db)[-1]
    assert (edit.action, edit.kind, edit.table_name, edit.record_key) == (
        "Edit course",
        "update",
        "courses",
        "SQL-1",
    )
    assert json.loads(edit.changes) == {"title": ["SQL basics", "SQL 基础"], "hours": [None, 6.0]}
    assert edit.operation == _audit(db)[0].operation + 1


def test_deletes_are_audited_with_their_old_values(db: Database) -> None:
    perform(db, "Add", lambda s: s.add(Department(name="Finance", yearly_budget=5000.0)))

    def delete(session: Session) -> None:
        session.delete(session.scalars(select(Department)).one())

    _, changes = perform(db, "Delete department", delete)
    assert changes.touches("departments")
    entry = _audit(db)[-1]
    assert entry.kind == "delete"
    assert json.loads(entry.changes)["yearly_budget"] == [5000.0, None]


def test_a_failed_change_writes_nothing_not_even_audit(db: Database) -> None:
    def half_done(session: Session) -> None:
        session.add(Course(code="OK", title="would be fine"))
        session.flush()
        raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        perform(db, "Broken", half_done)
    with db.reading() as session:
        assert session.scalars(select(Course)).all() == []
    assert _audit(db) == []


def test_bulk_writes_are_audited_by_their_summary(db: Database) -> None:
    def bulk(session: Session) -> None:
        session.execute(
            insert(Course),
            [
                {
                    "code": f"C{i}",
                    "title": f"T{i}",
                    "description": "",
                    "tags": "",
                    "status": "active",
                }
                for i in range(3)
            ],
        )
        note_bulk_change(session, "courses", {"rows": 3})

    _, changes = perform(db, "Import courses", bulk)
    assert changes.tables == frozenset({"courses"})
    entry = _audit(db)[-1]
    assert (entry.kind, json.loads(entry.changes)) == ("bulk", {"rows": 3})
