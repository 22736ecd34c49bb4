"""A small catalog for the path builder tests: an Analyst role and courses with prerequisites.

BASICS (SQL 1, free, 4 h) ← SQL2 (SQL 3, 100 USD, 10 h) ← PY (Python 3, 200 USD, 12 h);
SQLX (SQL 3, 900 USD, 30 h) needs nothing; EXCEL (Excel 2, 50 EUR = 55 USD, 6 h);
PREP (no skill, free, 2 h) ← EXCELPRO (Excel 3, 500 USD, 8 h). The Analyst role needs
SQL 3, Excel 2 and Python 3; P1 has Excel 1 and nothing else.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from core import catalog, people
from core.catalog import CourseInput
from core.changes import perform
from core.people import EmployeeInput, RoleInput
from core.settings import AppSettings, save_settings
from db.session import Database

COURSES = (
    CourseInput("BASICS", "SQL first steps", hours=4, skills=(("SQL", 1),)),
    CourseInput(
        "SQL2", "SQL in depth", price=100, hours=10, skills=(("SQL", 3),), prerequisites=("BASICS",)
    ),
    CourseInput("SQLX", "SQL bootcamp", price=900, hours=30, skills=(("SQL", 3),)),
    CourseInput(
        "PY",
        "Python for analysts",
        price=200,
        hours=12,
        skills=(("Python", 3),),
        prerequisites=("SQL2",),
    ),
    CourseInput("EXCEL", "Excel", price=50, currency="EUR", hours=6, skills=(("Excel", 2),)),
    CourseInput("PREP", "Spreadsheet prep", hours=2),
    CourseInput(
        "EXCELPRO", "Excel pro", price=500, hours=8, skills=(("Excel", 3),), prerequisites=("PREP",)
    ),
)


def build_path_company(db: Database) -> None:
    def build(s: Session) -> None:
        save_settings(s, AppSettings(base_currency="USD", exchange_rates={"EUR": 1.1}))
        people.create_role(
            s, RoleInput("Analyst", "AN", "", (("SQL", 3), ("Excel", 2), ("Python", 3)))
        )
        for course in COURSES:
            catalog.create_course(s, course)
        people.create_employee(
            s,
            EmployeeInput(
                "P1", "Pat One", "p1@example.com", None, "Analyst", skills=(("Excel", 1),)
            ),
        )
        people.create_employee(s, EmployeeInput("P2", "Pia Two", None, None, "Analyst"))

    perform(db, "Test company", build)
