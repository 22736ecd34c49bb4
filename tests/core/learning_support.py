"""A small hand-built company for the learning tests: two departments, a role, four courses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from core import catalog, people
from core.catalog import CourseInput
from core.changes import perform
from core.people import DepartmentInput, EmployeeInput, RoleInput
from db.session import Database


def do(db: Database, change: Callable[[Session], Any]) -> Any:
    return perform(db, "Test", change)[0]


def build_company(db: Database) -> None:
    """Ops (A1, A2, A3 inactive) and Sales (B1); courses SAFE (12 months), FIRST (1 month),
    SQL (teaches SQL 3), EXCEL; everyone in Ops is an Analyst."""

    def build(s: Session) -> None:
        people.create_department(s, DepartmentInput("Ops", "OPS", None))
        people.create_department(s, DepartmentInput("Sales", "SAL", None))
        people.create_role(s, RoleInput("Analyst", "AN", "", (("SQL", 3),)))
        for eid, name, dept, active in (
            ("A1", "Ann One", "Ops", True),
            ("A2", "Al Two", "Ops", True),
            ("A3", "Ada Three", "Ops", False),
            ("B1", "Bo One", "Sales", True),
        ):
            role = "Analyst" if dept == "Ops" else None
            people.create_employee(
                s,
                EmployeeInput(
                    eid, name, f"{eid.lower()}@example.com", dept, role, None, None, active
                ),
            )
        catalog.create_course(s, CourseInput("SAFE", "Safety", validity_months=12))
        catalog.create_course(s, CourseInput("FIRST", "First aid", validity_months=1))
        catalog.create_course(s, CourseInput("SQL", "SQL basics", skills=(("SQL", 3),)))
        catalog.create_course(s, CourseInput("EXCEL", "Excel"))

    do(db, build)
