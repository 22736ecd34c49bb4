"""Editing the catalog through the one door: add, edit, retire, delete, and every refusal."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import catalog
from core.catalog import CourseInput
from core.changes import perform
from core.database import open_database
from core.errors import AppError, InputRefused
from db.models import (
    Assignment,
    AuditEntry,
    Course,
    CourseModule,
    CourseSkill,
    Employee,
    PathItem,
    PathTemplate,
    Prerequisite,
)
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "catalog.db")
    yield opened.db
    opened.db.close()


def _add(db: Database, data: CourseInput) -> int:
    course_id, _ = perform(db, "Add course", lambda s: catalog.create_course(s, data))
    return course_id


def _refusal(db: Database, change: object) -> AppError:
    with pytest.raises(AppError) as refused:
        perform(db, "Try", change)  # type: ignore[arg-type]
    return refused.value


FULL = CourseInput(
    code=" SQL-1 ",
    title="SQL basics",
    description="Queries, joins and 数据 modelling.",
    category="Data",
    tags=("sql", " 数据库 "),
    provider="In-house",
    price=1299.0,
    currency="cny",
    certificate_price=49.0,
    hours=6.5,
    format="online",
    language="zh",
    difficulty="beginner",
    validity_months=24,
    skills=(("SQL", 3), ("Data modelling", 2)),
    modules=(("Select", 2.0), ("Joins", None)),
)


def test_a_course_is_created_with_every_field_and_read_back_for_editing(db: Database) -> None:
    base = _add(db, CourseInput(code="DB-0", title="Databases"))
    course_id = _add(db, replace(FULL, prerequisites=("DB-0",)))

    with db.reading() as session:
        stored = catalog.course_input(session, course_id)
        assert session.get(Course, course_id).tags == "sql,数据库"  # type: ignore[union-attr]
        assert catalog.skill_names(session) == ["Data modelling", "SQL"]
        assert catalog.tag_names(session) == ["sql", "数据库"]
        assert catalog.category_names(session) == ["Data"]
        assert catalog.course_choices(session) == [("DB-0", "Databases"), ("SQL-1", "SQL basics")]
    assert stored.code == "SQL-1" and stored.currency == "CNY"
    assert stored.skills == (("Data modelling", 2), ("SQL", 3))
    assert stored.modules == (("Select", 2.0), ("Joins", None))
    assert stored.prerequisites == ("DB-0",)
    assert (stored.price, stored.hours, stored.validity_months) == (1299.0, 6.5, 24)
    assert base != course_id


def test_update_changes_fields_and_children_and_audits_only_the_differences(
    db: Database,
) -> None:
    course_id = _add(db, FULL)
    edited = CourseInput(
        code="SQL-1",
        title="SQL 基础",
        description=FULL.description,
        category="Data",
        tags=FULL.tags,
        provider="In-house",
        price=1299.0,
        currency="CNY",
        certificate_price=49.0,
        hours=6.5,
        format="online",
        language="zh",
        difficulty="beginner",
        validity_months=24,
        skills=(("sql", 4), ("Python", 1)),  # "sql" is the existing SQL skill
        modules=(("Select and filter", 2.0),),
    )
    _, changes = perform(db, "Edit course", lambda s: catalog.update_course(s, course_id, edited))

    with db.reading() as session:
        assert catalog.course_input(session, course_id).skills == (("Python", 1), ("SQL", 4))
        assert catalog.skill_names(session) == ["Data modelling", "Python", "SQL"]
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.operation == changes.operation)
        ).all()
    by_table = {(e.table_name, e.kind): json.loads(e.changes) for e in entries}
    assert by_table[("courses", "update")] == {"title": ["SQL basics", "SQL 基础"]}
    assert by_table[("course_skills", "update")] == {"level": [3, 4]}
    assert ("course_skills", "delete") in by_table  # Data modelling dropped
    assert by_table[("course_modules", "update")] == {"title": ["Select", "Select and filter"]}
    assert by_table[("course_modules", "delete")]["title"] == ["Joins", None]
    assert changes.touches("courses", "course_skills", "course_modules", "skills")


def test_field_problems_are_reported_as_you_type() -> None:
    bad = CourseInput(
        code=" ",
        title="",
        price=-1.0,
        certificate_price=-2.0,
        hours=-3.0,
        currency="RMB1",
        format="podcast",
        difficulty="expert",
        status="draft",
        validity_months=0,
        skills=(("SQL", 6), ("sql", 2), ("", 1)),
        modules=(("", -1.0),),
    )
    codes = [m.code for m in bad.problems()]
    assert codes == [
        "course.code_blank",
        "course.title_blank",
        "course.price_negative",
        "course.certificate_price_negative",
        "course.hours_negative",
        "course.bad_currency",
        "course.bad_validity",
        "course.bad_format",
        "course.bad_difficulty",
        "course.bad_status",
        "skill.bad_level",
        "skill.duplicate",
        "skill.blank",
        "course.module_title_blank",
        "course.module_hours_negative",
    ]
    fields = {m.values["field"] for m in bad.problems()}
    assert {"code", "title", "price", "currency", "skills", "modules"} <= fields
    assert CourseInput(code="A", title="ok").problems() == []
    # Empty optional fields, as a dialog hands them over, are fine and stored as NULL.
    empty = CourseInput(code="A", title="ok", currency=" ", format="", difficulty="", provider="")
    assert empty.problems() == []
    assert {empty.column_values()[k] for k in ("currency", "format", "provider")} == {None}
    itself = CourseInput(code="A", title="t", prerequisites=("A", "B", "B")).problems()
    assert [m.code for m in itself] == ["course.requires_itself", "course.duplicate_prerequisite"]
    assert "A cannot be its own prerequisite" in itself[0].text("en")


def test_saving_refuses_bad_input_duplicates_and_unknown_prerequisites(db: Database) -> None:
    _add(db, CourseInput(code="A", title="Alpha"))
    refused = _refusal(db, lambda s: catalog.create_course(s, CourseInput(code="A", title="x")))
    assert isinstance(refused, InputRefused) and refused.message.code == "course.duplicate_code"
    assert "already has the code A" in str(refused)

    unknown = CourseInput(code="B", title="Beta", prerequisites=("NOPE",))
    refused = _refusal(db, lambda s: catalog.create_course(s, unknown))
    assert refused.message.code == "course.unknown_prerequisite"
    assert "NOPE" in str(refused)

    refused = _refusal(db, lambda s: catalog.create_course(s, CourseInput(code="C", title="")))
    assert refused.message.code == "course.title_blank"
    with db.reading() as session:
        assert catalog.course_choices(session) == [("A", "Alpha")]


def test_renaming_to_another_courses_code_is_refused_but_keeping_its_own_is_fine(
    db: Database,
) -> None:
    _add(db, CourseInput(code="A", title="Alpha"))
    b = _add(db, CourseInput(code="B", title="Beta"))
    refused = _refusal(db, lambda s: catalog.update_course(s, b, CourseInput("A", "Beta")))
    assert refused.message.code == "course.duplicate_code"
    perform(db, "Edit", lambda s: catalog.update_course(s, b, CourseInput("B", "Beta 2")))
    missing = _refusal(db, lambda s: catalog.update_course(s, 999, CourseInput("Z", "z")))
    assert missing.message.code == "course.not_found"


def test_a_prerequisite_loop_is_refused_naming_the_loop(db: Database) -> None:
    a = _add(db, CourseInput(code="A", title="Alpha"))
    b = _add(db, CourseInput(code="B", title="Beta"))
    c = _add(db, CourseInput(code="C", title="Gamma"))
    perform(
        db,
        "Edit",
        lambda s: catalog.update_course(s, a, CourseInput("A", "Alpha", prerequisites=("B",))),
    )
    perform(
        db,
        "Edit",
        lambda s: catalog.update_course(s, b, CourseInput("B", "Beta", prerequisites=("C",))),
    )

    with db.reading() as session:
        assert catalog.find_prerequisite_cycle(session, c, "C", ["A"]) == ["C", "A", "B", "C"]
        assert catalog.find_prerequisite_cycle(session, c, "C", []) is None
        assert catalog.find_prerequisite_cycle(session, None, "NEW", ["A"]) is None
    closing = CourseInput("C", "Gamma", prerequisites=("A",))
    refused = _refusal(db, lambda s: catalog.update_course(s, c, closing))
    assert refused.message.code == "course.prerequisite_cycle"
    assert "C → A → B → C" in str(refused)
    assert "C → A → B → C" in refused.message.text("zh_CN")
    with db.reading() as session:
        assert session.scalars(select(Prerequisite).where(Prerequisite.course_id == c)).all() == []


def test_retire_and_reactivate(db: Database) -> None:
    course_id = _add(db, CourseInput(code="A", title="Alpha"))
    perform(db, "Retire", lambda s: catalog.retire_course(s, course_id))
    with db.reading() as session:
        assert session.get(Course, course_id).status == "retired"  # type: ignore[union-attr]
    perform(db, "Reactivate", lambda s: catalog.reactivate_course(s, course_id))
    with db.reading() as session:
        assert session.get(Course, course_id).status == "active"  # type: ignore[union-attr]


def test_a_course_with_history_cannot_be_deleted_but_can_be_retired(db: Database) -> None:
    course_id = _add(db, CourseInput(code="A", title="Alpha"))

    def assign(session: Session) -> None:
        person = Employee(employee_id="007", name="Li Lei")
        session.add(person)
        session.flush()
        session.add(
            Assignment(employee_id=person.id, course_id=course_id, assigned_on=dt.date(2026, 1, 5))
        )

    perform(db, "Assign", assign)
    with db.reading() as session:
        assert catalog.course_history_counts(session, course_id) == {
            "assignments": 1,
            "completions": 0,
            "events": 0,
            "feedback": 0,
        }
    refused = _refusal(db, lambda s: catalog.delete_course(s, course_id))
    assert refused.message.code == "course.has_history"
    assert "1 assignments" in str(refused) and "Retire it instead" in str(refused)
    perform(db, "Retire", lambda s: catalog.retire_course(s, course_id))
    with db.reading() as session:
        assert session.get(Course, course_id).status == "retired"  # type: ignore[union-attr]


def test_deleting_a_course_deletes_and_audits_each_child_row(db: Database) -> None:
    base = _add(db, CourseInput(code="BASE", title="Base"))
    course_id = _add(
        db,
        CourseInput(
            code="A",
            title="Alpha",
            skills=(("SQL", 2),),
            modules=(("One", 1.0), ("Two", 2.0)),
            prerequisites=("BASE",),
        ),
    )
    _add(db, CourseInput(code="NEXT", title="Next", prerequisites=("A",)))

    def add_to_path(session: Session) -> None:
        path = PathTemplate(name="Onboarding")
        session.add(path)
        session.flush()
        session.add(PathItem(template_id=path.id, position=1, course_id=course_id))

    perform(db, "Path", add_to_path)
    _, changes = perform(db, "Delete course", lambda s: catalog.delete_course(s, course_id))

    with db.reading() as session:
        assert session.get(Course, course_id) is None
        assert session.get(Course, base) is not None
        for model in (CourseModule, CourseSkill, Prerequisite, PathItem):
            assert session.scalars(select(model)).all() == [], model
        kinds = session.execute(
            select(AuditEntry.table_name, AuditEntry.kind).where(
                AuditEntry.operation == changes.operation
            )
        ).all()
    assert sorted(kinds) == sorted(
        [
            ("course_modules", "delete"),
            ("course_modules", "delete"),
            ("course_skills", "delete"),
            ("prerequisites", "delete"),
            ("prerequisites", "delete"),
            ("path_items", "delete"),
            ("courses", "delete"),
        ]
    )
    assert kinds[-1] == ("courses", "delete")
