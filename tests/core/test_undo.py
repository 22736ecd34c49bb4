"""Undo and redo replayed from the audit log: exact table content back, audited, refused safely."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from core import catalog, people
from core.catalog import CourseInput
from core.changes import Changes, note_bulk_change, perform
from core.database import open_database
from core.errors import AppError
from core.people import DepartmentInput, EmployeeInput, RoleInput
from core.undo import operation_action, undo_operation
from db.models import Assignment, AuditEntry, Course, PathItem, PathTemplate
from db.session import Database

Dump = dict[str, list[tuple[Any, ...]]]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "undo.db")
    yield opened.db
    opened.db.close()


def _dump(db: Database) -> Dump:
    """Every row of every table but the audit log, sorted: the file's whole content."""
    with db.engine.connect() as connection:
        tables = connection.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('audit_log', 'alembic_version')"
            )
        ).scalars()
        return {
            name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in tables
        }


def _do(db: Database, action: str, change: Callable[[Session], Any]) -> Changes:
    return perform(db, action, change)[1]


def _undo(db: Database, changes: Changes) -> Changes:
    operation = changes.operation
    assert operation is not None
    with db.reading() as session:
        action = operation_action(session, operation)
    return _do(db, f"Undo: {action}", lambda s: undo_operation(s, operation))


def _catalog(db: Database) -> dict[str, int]:
    def add(code: str) -> int:
        return perform(
            db, "Add", lambda s: catalog.create_course(s, CourseInput(code, code.title()))
        )[0]

    return {code: add(code) for code in ("BASE", "OTHER")}


RICH = CourseInput(
    code="SQL-1",
    title="SQL basics",
    price=10.0,
    currency="USD",
    skills=(("SQL", 2), ("Modelling", 1)),
    modules=(("Select", 1.0), ("Joins", 2.0)),
    prerequisites=("BASE",),
)


def test_undo_of_a_create_removes_it_with_its_children_and_redo_brings_it_back(
    db: Database,
) -> None:
    _catalog(db)
    before = _dump(db)
    created = _do(db, "Add course", lambda s: catalog.create_course(s, RICH))
    after = _dump(db)

    undone = _undo(db, created)
    assert _dump(db) == before
    redone = _undo(db, undone)
    assert _dump(db) == after
    _undo(db, redone)
    assert _dump(db) == before

    with db.reading() as session:
        actions = [
            a
            for (a,) in session.execute(
                select(AuditEntry.action).where(AuditEntry.operation == undone.operation)
            )
        ]
    assert set(actions) == {"Undo: Add course"}
    # The course, its 2 new skills, 2 course skills, 2 modules and 1 prerequisite.
    assert len(actions) == 8
    assert undone.touches("courses", "course_skills", "course_modules", "prerequisites", "skills")


def test_undo_of_an_update_with_child_changes_restores_the_exact_content(db: Database) -> None:
    ids = _catalog(db)
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, RICH))[0]
    before = _dump(db)
    edited = CourseInput(
        code="SQL-2",
        title="SQL 基础",
        price=None,
        currency=None,
        skills=(("SQL", 3), ("Python", 1)),
        modules=(("Select and filter", 1.5),),
        prerequisites=("OTHER",),
    )
    changed = _do(db, "Edit course", lambda s: catalog.update_course(s, course_id, edited))
    after = _dump(db)
    assert after != before

    undone = _undo(db, changed)
    assert _dump(db) == before
    _undo(db, undone)
    assert _dump(db) == after
    assert ids["OTHER"] in {row[1] for row in after["prerequisites"]}


def test_undo_of_a_delete_puts_the_course_and_every_child_back_with_the_same_keys(
    db: Database,
) -> None:
    ids = _catalog(db)
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, RICH))[0]
    perform(
        db,
        "Add",
        lambda s: catalog.create_course(s, CourseInput("NEXT", "Next", prerequisites=("SQL-1",))),
    )

    def add_path(session: Session) -> None:
        template = PathTemplate(name="Onboarding")
        session.add(template)
        session.flush()
        session.add(
            PathItem(template_id=template.id, position=1, course_id=course_id, due_offset_days=7)
        )

    perform(db, "Path", add_path)
    before = _dump(db)
    deleted = _do(db, "Delete course", lambda s: catalog.delete_course(s, course_id))
    assert len(_dump(db)["courses"]) == 3

    undone = _undo(db, deleted)
    assert _dump(db) == before
    _undo(db, undone)
    assert {row[0] for row in _dump(db)["courses"]} == {ids["BASE"], ids["OTHER"], course_id + 1}


def test_people_departments_and_roles_undo_too(db: Database) -> None:
    empty = _dump(db)
    department = _do(
        db,
        "Add department",
        lambda s: people.create_department(s, DepartmentInput("Ops", None, 10.0)),
    )
    role = _do(
        db, "Add role", lambda s: people.create_role(s, RoleInput("Clerk", skills=(("Excel", 2),)))
    )
    person = _do(
        db,
        "Add person",
        lambda s: people.create_employee(
            s,
            EmployeeInput(
                "0007",
                "Bond",
                department="Ops",
                role="Clerk",
                hire_date=dt.date(2020, 1, 2),
                skills=(("Excel", 3),),
            ),
        ),
    )
    with db.reading() as session:
        person_id = session.scalar(
            select(AuditEntry.employee_ref).where(AuditEntry.operation == person.operation)
        )
    assert person_id is not None
    full = _dump(db)
    edit = _do(
        db,
        "Edit person",
        lambda s: people.update_employee(
            s, person_id, EmployeeInput("0007", "Bond", hire_date=dt.date(2021, 5, 6))
        ),
    )
    _undo(db, edit)
    assert _dump(db) == full  # dates came back as dates, department and role as ids

    deactivated = _do(db, "Deactivate", lambda s: people.deactivate_employee(s, person_id))
    _undo(db, deactivated)
    assert _dump(db) == full
    for changes in (person, role, department):
        _undo(db, changes)
    assert _dump(db) == empty


def test_a_record_changed_since_refuses_the_undo_and_changes_nothing(db: Database) -> None:
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("A", "First")))[0]
    first = _do(
        db, "Edit course", lambda s: catalog.update_course(s, course_id, CourseInput("A", "Second"))
    )
    _do(db, "Edit course", lambda s: catalog.update_course(s, course_id, CourseInput("A", "Third")))
    before = _dump(db)
    operation = first.operation
    assert operation is not None

    with pytest.raises(AppError) as refused:
        perform(db, "Undo: Edit course", lambda s: undo_operation(s, operation))
    assert refused.value.message.code == "undo.conflict"
    assert "courses A has changed since" in str(refused.value)
    assert _dump(db) == before


def test_a_create_whose_empty_field_was_filled_since_is_not_undone(db: Database) -> None:
    created = _do(db, "Add course", lambda s: catalog.create_course(s, CourseInput("A", "Alpha")))
    course_id = perform(db, "Read", lambda s: s.scalar(select(Course.id)))[0]
    assert course_id is not None
    _do(
        db,
        "Edit",
        lambda s: catalog.update_course(s, course_id, CourseInput("A", "Alpha", hours=3.0)),
    )
    with pytest.raises(AppError) as refused:
        _undo(db, created)
    assert refused.value.message.code == "undo.conflict"


def test_a_create_whose_course_has_since_been_assigned_is_not_undone(db: Database) -> None:
    created = _do(db, "Add course", lambda s: catalog.create_course(s, CourseInput("A", "Alpha")))

    def assign(session: Session) -> None:
        course_id = session.scalar(select(Course.id))
        assert course_id is not None
        session.add(Assignment(employee_id=_person(session), course_id=course_id))

    _do(db, "Assign", assign)
    before = _dump(db)
    with pytest.raises(AppError) as refused:
        _undo(db, created)
    assert refused.value.message.code == "undo.in_use"
    assert _dump(db) == before


def _person(session: Session) -> int:
    return people.create_employee(session, EmployeeInput("1", "Someone"))


def test_bulk_writes_and_unknown_operations_are_refused(db: Database) -> None:
    def bulk(session: Session) -> None:
        session.execute(
            insert(Course),
            [{"code": "B1", "title": "b", "description": "", "tags": "", "status": "active"}],
        )
        note_bulk_change(session, "courses", {"rows": 1})

    imported = _do(db, "Import courses", bulk)
    with pytest.raises(AppError) as refused:
        _undo(db, imported)
    assert refused.value.message.code == "undo.bulk"
    assert "Restore a backup" in str(refused.value)
    with pytest.raises(AppError) as nothing:
        perform(db, "Undo", lambda s: undo_operation(s, 12345))
    assert nothing.value.message.code == "undo.nothing"
    with db.reading() as session:
        assert operation_action(session, 12345) is None
        assert operation_action(session, imported.operation or 0) == "Import courses"


def test_changes_carry_the_operation_id_and_none_when_nothing_was_written(db: Database) -> None:
    first = _do(db, "Add", lambda s: catalog.create_course(s, CourseInput("A", "Alpha")))
    nothing = _do(db, "Nothing", lambda s: None)
    assert first.operation is not None and nothing.operation is None
    assert (first | nothing).operation == first.operation
    assert (nothing | first).tables == first.tables


def test_orm_cascade_and_orphan_deletes_are_audited_children_first_and_undone(
    db: Database,
) -> None:
    data = CourseInput("A", "Alpha", skills=(("SQL", 2),), modules=(("One", 1.0), ("Two", None)))
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, data))[0]
    full = _dump(db)

    def drop_last_module(session: Session) -> None:
        course = session.get(Course, course_id)
        assert course is not None
        course.modules.pop()  # delete-orphan: the flush deletes it, before_flush never sees it

    orphaned = _do(db, "Drop module", drop_last_module)

    def delete_through_cascade(session: Session) -> None:
        session.delete(session.get(Course, course_id))

    cascaded = _do(db, "Delete course", delete_through_cascade)
    with db.reading() as session:
        tables = session.scalars(
            select(AuditEntry.table_name)
            .where(AuditEntry.operation.in_([orphaned.operation, cascaded.operation]))
            .order_by(AuditEntry.id)
        ).all()
    assert tables == ["course_modules", "course_skills", "course_modules", "courses"]
    _undo(db, cascaded)
    _undo(db, orphaned)
    assert _dump(db) == full


def test_entries_written_before_record_pk_existed_are_still_undone(db: Database) -> None:
    _catalog(db)
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, RICH))[0]
    before = _dump(db)
    edited = CourseInput("SQL-1", "New title", skills=(("SQL", 5),), modules=(("Select", 9.0),))
    changed = _do(db, "Edit course", lambda s: catalog.update_course(s, course_id, edited))
    with db.engine.begin() as connection:  # as a file upgraded from schema 0002 would hold
        connection.execute(text("UPDATE audit_log SET record_pk = NULL"))
    _undo(db, changed)
    assert _dump(db) == before


def test_undoing_a_delete_whose_code_was_taken_since_is_refused(db: Database) -> None:
    _catalog(db)
    course_id = perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("A", "Alpha")))[0]
    perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("Z", "Last")))
    deleted = _do(db, "Delete course", lambda s: catalog.delete_course(s, course_id))
    # A new id (the row's old one is free), but the code clashes on the way back.
    again = perform(db, "Add", lambda s: catalog.create_course(s, CourseInput("A", "Alpha 2")))[0]
    assert again != course_id
    before = _dump(db)
    with pytest.raises(AppError) as refused:
        _undo(db, deleted)
    assert refused.value.message.code == "undo.conflict"
    assert _dump(db) == before
