"""Audit subjects (which person / course an entry concerns) and the History tabs built on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import catalog, people
from core.catalog import CourseInput
from core.changes import perform
from core.database import open_database
from core.history import course_history, person_history
from core.people import DepartmentInput, EmployeeInput
from db.models import Assignment, AuditEntry, Feedback
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "history.db")
    yield opened.db
    opened.db.close()


def _clock(minute: int) -> dt.datetime:
    return dt.datetime(2026, 3, 1, 9, minute)


def test_entries_name_the_person_and_course_of_their_own_and_child_rows(db: Database) -> None:
    base = perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("BASE", "Base")))[0]
    course_id = perform(
        db,
        "Add course",
        lambda s: catalog.create_course(
            s,
            CourseInput(
                "A", "Alpha", skills=(("SQL", 2),), modules=(("One", 1.0),), prerequisites=("BASE",)
            ),
        ),
    )[0]
    person_id = perform(
        db,
        "Add person",
        lambda s: people.create_employee(s, EmployeeInput("7", "Ann", skills=(("SQL", 1),))),
    )[0]

    def assign_and_rate(session: Session) -> None:
        session.add(Assignment(employee_id=person_id, course_id=course_id))
        session.add(Feedback(employee_id=person_id, course_id=course_id, rating=5))

    perform(db, "Assign", assign_and_rate)
    perform(db, "Add department", lambda s: people.create_department(s, DepartmentInput("Ops")))

    with db.reading() as session:
        refs = {
            (e.table_name, e.employee_ref, e.course_ref)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.kind == "insert"))
        }
    assert refs == {
        ("courses", None, base),
        ("courses", None, course_id),
        ("skills", None, None),
        ("course_skills", None, course_id),
        ("course_modules", None, course_id),
        ("prerequisites", None, course_id),  # belongs to the course that requires BASE
        ("employees", person_id, None),
        ("employee_skills", person_id, None),
        ("assignments", person_id, course_id),
        ("feedback", person_id, course_id),
        ("departments", None, None),
    }
    with db.reading() as session:
        mine = {r.table: r.record for r in person_history(session, person_id)}
        theirs = {r.table: r.record for r in course_history(session, course_id)}
    # Linking rows read as the record on the other side.
    assert (mine["assignments"], mine["feedback"], mine["employee_skills"]) == ("A", "A", "SQL")
    assert (theirs["assignments"], theirs["prerequisites"]) == ("7", "BASE")


def test_course_history_is_newest_first_and_readable(db: Database) -> None:
    course_id = perform(
        db,
        "Add course",
        lambda s: catalog.create_course(
            s, CourseInput("SQL-1", "SQL basics", skills=(("SQL", 2),))
        ),
        now=lambda: _clock(0),
    )[0]
    perform(
        db,
        "Edit course",
        lambda s: catalog.update_course(
            s, course_id, CourseInput("SQL-1", "SQL 基础", hours=6.0, skills=(("SQL", 3),))
        ),
        now=lambda: _clock(5),
    )
    perform(
        db, "Retire course", lambda s: catalog.retire_course(s, course_id), now=lambda: _clock(9)
    )
    perform(db, "Other", lambda s: catalog.create_course(s, CourseInput("X", "Unrelated")))

    with db.reading() as session:
        rows = course_history(session, course_id)
    assert [(r.action, r.kind, r.table) for r in rows] == [
        ("Retire course", "update", "courses"),
        ("Edit course", "update", "course_skills"),
        ("Edit course", "update", "courses"),
        ("Add course", "insert", "course_skills"),
        ("Add course", "insert", "courses"),
    ]
    assert rows[0].at == _clock(9)
    assert rows[0].summary == "status: 'active' → 'retired'"
    assert rows[2].summary == "hours: — → 6.0; title: 'SQL basics' → 'SQL 基础'"
    assert rows[1].record == "SQL"  # the skill's name, not "course_id=1,skill_id=1"
    assert rows[1].summary == "level: 2 → 3"
    assert rows[3].summary == "level: 2; skill: 'SQL'"
    assert rows[4].record == "SQL-1" and "title: 'SQL basics'" in rows[4].summary


def test_person_history_shows_their_edits_skills_and_deactivation(db: Database) -> None:
    perform(db, "Add department", lambda s: people.create_department(s, DepartmentInput("Finance")))
    person_id = perform(
        db, "Add person", lambda s: people.create_employee(s, EmployeeInput("0042", "Li Lei"))
    )[0]
    other = perform(
        db, "Add person", lambda s: people.create_employee(s, EmployeeInput("0043", "Han Meimei"))
    )[0]
    perform(
        db,
        "Edit person",
        lambda s: people.update_employee(
            s,
            person_id,
            EmployeeInput("0042", "Li Lei", department="Finance", skills=(("Excel", 4),)),
        ),
    )
    perform(db, "Deactivate person", lambda s: people.deactivate_employee(s, person_id))

    with db.reading() as session:
        rows = person_history(session, person_id)
        assert len(person_history(session, other)) == 1
    assert [r.action for r in rows] == [
        "Deactivate person",
        "Edit person",
        "Edit person",
        "Add person",
    ]
    assert rows[0].summary == "active: True → False"
    edits = {r.table: r.summary for r in rows[1:3]}
    assert edits["employees"] == "department: — → 'Finance'"
    assert "level: 4" in edits["employee_skills"] and "'Excel'" in edits["employee_skills"]
    assert rows[-1].record == "0042" and "name: 'Li Lei'" in rows[-1].summary


def test_long_values_are_shortened(db: Database) -> None:
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("L", "Long")))[0]
    perform(
        db,
        "Edit",
        lambda s: catalog.update_course(
            s, course_id, CourseInput("L", "Long", description="word " * 200)
        ),
    )
    with db.reading() as session:
        summary = course_history(session, course_id)[0].summary
    assert len(summary) < 100 and "…" in summary
