"""Editing people, departments and roles through the one door, and every refusal."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import people
from core.changes import perform
from core.database import open_database
from core.errors import AppError, InputRefused
from core.people import DepartmentInput, EmployeeInput, RoleInput
from db.models import AuditEntry, Department, Employee, EmployeeSkill, Role, RoleSkill
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "people.db")
    yield opened.db
    opened.db.close()


def _do(db: Database, change: Callable[[Session], Any]) -> Any:
    return perform(db, "Edit", change)[0]


def _refusal(db: Database, change: Callable[[Session], Any]) -> AppError:
    with pytest.raises(AppError) as refused:
        perform(db, "Try", change)
    return refused.value


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    """A department, a role and a manager to pick from."""
    return {
        "finance": _do(
            db, lambda s: people.create_department(s, DepartmentInput("Finance", "FIN", 5000.0))
        ),
        "analyst": _do(
            db,
            lambda s: people.create_role(
                s, RoleInput("Analyst", "AN", "Reads numbers", (("SQL", 3),))
            ),
        ),
        "boss": _do(db, lambda s: people.create_employee(s, EmployeeInput("001", "王芳"))),
    }


def test_a_person_is_created_with_department_role_manager_and_skills(
    db: Database, org: dict[str, int]
) -> None:
    data = EmployeeInput(
        employee_id=" 0042 ",
        name="Li Lei",
        email="li.lei@example.com",
        department="Finance",
        role="Analyst",
        manager="001",
        hire_date=dt.date(2024, 3, 1),
        skills=(("SQL", 1), ("Excel", 4)),
    )
    person_id = _do(db, lambda s: people.create_employee(s, data))
    with db.reading() as session:
        stored = people.employee_input(session, person_id)
        row = session.get(Employee, person_id)
        assert row is not None and row.department_id == org["finance"]
        sources = set(session.scalars(select(EmployeeSkill.source)))
    assert stored == EmployeeInput(
        employee_id="0042",
        name="Li Lei",
        email="li.lei@example.com",
        department="Finance",
        role="Analyst",
        manager="001",
        hire_date=dt.date(2024, 3, 1),
        skills=(("Excel", 4), ("SQL", 1)),
    )
    assert sources == {"manual"}


def test_update_writes_only_differences_and_skill_changes(
    db: Database, org: dict[str, int]
) -> None:
    person_id = _do(
        db, lambda s: people.create_employee(s, EmployeeInput("7", "Ann", skills=(("SQL", 1),)))
    )
    edited = EmployeeInput("7", "Ann Lee", department="Finance", skills=(("SQL", 2),))
    _, changes = perform(db, "Edit person", lambda s: people.update_employee(s, person_id, edited))
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.operation == changes.operation)
        ).all()
    by_table = {e.table_name: json.loads(e.changes) for e in entries}
    assert by_table["employees"] == {
        "name": ["Ann", "Ann Lee"],
        "department_id": [None, org["finance"]],
    }
    assert by_table["employee_skills"]["level"] == [1, 2]


def test_field_problems_for_a_person() -> None:
    bad = EmployeeInput(" ", "", email="not an email", skills=(("SQL", 6),))
    assert [m.code for m in bad.problems()] == [
        "person.id_blank",
        "person.name_blank",
        "person.bad_email",
        "skill.bad_level",
    ]
    own = EmployeeInput("5", "Self", manager="5").problems()
    assert [m.code for m in own] == ["person.own_manager"]
    assert EmployeeInput("5", "ok", email="a@b.cn", skills=(("SQL", 0),)).problems() == []


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (EmployeeInput("001", "Twin"), "person.duplicate_id", "001"),
        (EmployeeInput("9", "X", email="BOSS@example.com"), "person.duplicate_email", "BOSS@"),
        (EmployeeInput("9", "X", department="Sales"), "person.unknown_department", "Sales"),
        (EmployeeInput("9", "X", role="Pilot"), "person.unknown_role", "Pilot"),
        (EmployeeInput("9", "X", manager="404"), "person.unknown_manager", "404"),
        (EmployeeInput("9", ""), "person.name_blank", "name"),
    ],
)
def test_creating_a_person_refuses_with_a_message(
    db: Database, org: dict[str, int], data: EmployeeInput, code: str, words: str
) -> None:
    _do(
        db,
        lambda s: people.update_employee(
            s, org["boss"], EmployeeInput("001", "王芳", email="boss@example.com")
        ),
    )
    refused = _refusal(db, lambda s: people.create_employee(s, data))
    assert isinstance(refused, InputRefused)
    assert refused.message.code == code
    assert words in str(refused)
    with db.reading() as session:
        assert len(session.scalars(select(Employee)).all()) == 1


def test_a_reporting_loop_is_refused(db: Database, org: dict[str, int]) -> None:
    b = _do(db, lambda s: people.create_employee(s, EmployeeInput("002", "B", manager="001")))
    _do(db, lambda s: people.create_employee(s, EmployeeInput("003", "C", manager="002")))
    refused = _refusal(
        db,
        lambda s: people.update_employee(
            s, org["boss"], EmployeeInput("001", "王芳", manager="003")
        ),
    )
    assert refused.message.code == "person.manager_loop"
    assert "001 → 003 → 002 → 001" in str(refused)
    # Moving B under someone outside the chain is fine.
    _do(db, lambda s: people.create_employee(s, EmployeeInput("004", "D")))
    _do(db, lambda s: people.update_employee(s, b, EmployeeInput("002", "B", manager="004")))


def test_deactivate_and_reactivate(db: Database, org: dict[str, int]) -> None:
    _do(db, lambda s: people.deactivate_employee(s, org["boss"]))
    with db.reading() as session:
        assert session.get(Employee, org["boss"]).active is False  # type: ignore[union-attr]
    _do(db, lambda s: people.reactivate_employee(s, org["boss"]))
    with db.reading() as session:
        assert session.get(Employee, org["boss"]).active is True  # type: ignore[union-attr]
    missing = _refusal(db, lambda s: people.deactivate_employee(s, 999))
    assert missing.message.code == "person.not_found"


def test_departments_edit_list_and_refuse_deleting_while_people_belong(
    db: Database, org: dict[str, int]
) -> None:
    _do(
        db,
        lambda s: people.update_department(
            s, org["finance"], DepartmentInput("Finance", "FIN", 8000.0)
        ),
    )
    _do(
        db,
        lambda s: people.update_employee(
            s, org["boss"], EmployeeInput("001", "王芳", department="Finance")
        ),
    )
    empty = _do(db, lambda s: people.create_department(s, DepartmentInput("Empty")))
    with db.reading() as session:
        rows = people.department_rows(session)
    assert [(r.name, r.code, r.yearly_budget, r.people) for r in rows] == [
        ("Empty", None, None, 0),
        ("Finance", "FIN", 8000.0, 1),
    ]
    refused = _refusal(db, lambda s: people.delete_department(s, org["finance"]))
    assert refused.message.code == "department.has_people"
    assert "still has 1 people" in str(refused)
    _do(db, lambda s: people.delete_department(s, empty))
    with db.reading() as session:
        assert session.get(Department, empty) is None


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (DepartmentInput("Finance"), "department.duplicate_name"),
        (DepartmentInput("Sales", "FIN"), "department.duplicate_code"),
        (DepartmentInput(" "), "department.name_blank"),
        (DepartmentInput("Sales", yearly_budget=-1.0), "department.budget_negative"),
    ],
)
def test_department_refusals(
    db: Database, org: dict[str, int], data: DepartmentInput, code: str
) -> None:
    assert _refusal(db, lambda s: people.create_department(s, data)).message.code == code


def test_roles_edit_list_and_refuse_deleting_while_held(db: Database, org: dict[str, int]) -> None:
    new_skills = (("SQL", 4), ("Python", 2))
    _do(
        db,
        lambda s: people.update_role(
            s, org["analyst"], RoleInput("Analyst", "AN", "Reads numbers", new_skills)
        ),
    )
    _do(
        db,
        lambda s: people.update_employee(
            s, org["boss"], EmployeeInput("001", "王芳", role="Analyst")
        ),
    )
    with db.reading() as session:
        (row,) = people.role_rows(session)
    assert (row.name, row.code, row.skills, row.people) == (
        "Analyst",
        "AN",
        (("Python", 2), ("SQL", 4)),
        1,
    )

    refused = _refusal(db, lambda s: people.delete_role(s, org["analyst"]))
    assert refused.message.code == "role.has_people" and "1 people" in str(refused)
    assert (
        _refusal(db, lambda s: people.create_role(s, RoleInput("Analyst"))).message.code
        == "role.duplicate_name"
    )
    assert (
        _refusal(db, lambda s: people.create_role(s, RoleInput("X", "AN"))).message.code
        == "role.duplicate_code"
    )
    bad_level = _refusal(db, lambda s: people.create_role(s, RoleInput("X", skills=(("SQL", 0),))))
    assert bad_level.message.code == "skill.bad_level"

    _do(db, lambda s: people.update_employee(s, org["boss"], EmployeeInput("001", "王芳")))
    _, changes = perform(db, "Delete role", lambda s: people.delete_role(s, org["analyst"]))
    with db.reading() as session:
        assert session.scalars(select(Role)).all() == []
        assert session.scalars(select(RoleSkill)).all() == []
        kinds = sorted(
            session.execute(
                select(AuditEntry.table_name, AuditEntry.kind).where(
                    AuditEntry.operation == changes.operation
                )
            ).all()
        )
    assert kinds == [("role_skills", "delete"), ("role_skills", "delete"), ("roles", "delete")]
