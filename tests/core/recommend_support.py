"""A small company for the recommender tests: Finance analysts who like Excel, an SQL gap,
a prerequisite chain, a retired course and people with no history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from core.changes import perform
from db.models import (
    Assignment,
    Completion,
    Course,
    CourseSkill,
    Department,
    Employee,
    EmployeeSkill,
    Feedback,
    Prerequisite,
    Role,
    RoleSkill,
    Skill,
)
from db.session import Database

TODAY = dt.date(2026, 6, 1)

COURSES = {
    "XL1": ("Excel for Analysts", "Spreadsheet formulas, pivot tables and charts.", "Excel", 2),
    "XL2": (
        "Advanced Excel Pivot Tables",
        "Pivot tables, spreadsheet formulas, macros.",
        "Excel",
        3,
    ),
    "XL3": (
        "Excel Charts and Dashboards",
        "Spreadsheet charts, pivot charts, dashboards.",
        "Excel",
        2,
    ),
    "SQL1": ("SQL for Beginners", "Database queries: select, filter, sort.", "SQL", 2),
    "SQL2": ("SQL Joins and Reporting", "Database queries with joins and grouping.", "SQL", 3),
    "FIRE": ("Fire Safety", "Fire extinguishers, evacuation and alarms.", "Safety", 1),
    "CHEM": ("Chemical Handling", "Storing and handling hazardous chemicals safely.", "Safety", 2),
    "LEAD": ("Leading Teams", "Delegation, feedback and motivating a team.", "Leadership", 2),
    "OLD": ("Old Excel Tricks", "Spreadsheet formulas and pivot tables (retired).", "Excel", 2),
}


def add(db: Database, change: Any) -> Any:
    return perform(db, "Test", change)[0]


def build_company(db: Database) -> None:
    def build(s: Session) -> None:
        skills = {name: Skill(name=name) for name in ("Excel", "SQL", "Safety", "Leadership")}
        finance, ops = Department(name="Finance"), Department(name="Operations")
        analyst = Role(name="Analyst")
        s.add_all([*skills.values(), finance, ops, analyst])
        s.flush()
        s.add_all(
            [
                RoleSkill(role_id=analyst.id, skill_id=skills["SQL"].id, level=3),
                RoleSkill(role_id=analyst.id, skill_id=skills["Excel"].id, level=2),
            ]
        )
        courses = {}
        for code, (title, text, skill, level) in COURSES.items():
            course = Course(code=code, title=title, description=text, status="active")
            if code == "OLD":
                course.status = "retired"
            s.add(course)
            s.flush()
            s.add(CourseSkill(course_id=course.id, skill_id=skills[skill].id, level=level))
            courses[code] = course
        s.add(Prerequisite(course_id=courses["SQL2"].id, required_course_id=courses["SQL1"].id))
        s.add(Prerequisite(course_id=courses["XL2"].id, required_course_id=courses["XL1"].id))
        people = {}
        for eid, dept, role in (
            ("F1", finance, analyst),
            ("F2", finance, analyst),
            ("F3", finance, analyst),
            ("F4", finance, analyst),
            ("F5", finance, analyst),
            ("NEW", finance, analyst),
            ("O1", ops, None),
        ):
            person = Employee(
                employee_id=eid,
                name=f"Person {eid}",
                email=f"{eid.lower()}@example.com",
                department_id=dept.id,
                role_id=role.id if role else None,
                active=True,
            )
            s.add(person)
            people[eid] = person
        s.flush()
        s.add(EmployeeSkill(employee_id=people["F1"].id, skill_id=skills["SQL"].id, level=1))
        s.add(EmployeeSkill(employee_id=people["F1"].id, skill_id=skills["Excel"].id, level=2))
        complete(s, people["F1"], courses["XL1"], rating=5, score=92)
        complete(s, people["F1"], courses["FIRE"], expires=TODAY - dt.timedelta(days=10))
        s.add(Assignment(employee_id=people["F1"].id, course_id=courses["LEAD"].id))
        for eid in ("F2", "F3", "F4", "F5"):
            for code in ("XL1", "SQL1", "XL3"):
                complete(s, people[eid], courses[code], rating=5, score=80)

    add(db, build)


def complete(
    s: Session,
    person: Employee,
    course: Course,
    *,
    rating: int | None = None,
    score: float | None = None,
    expires: dt.date | None = None,
    on: dt.date = TODAY - dt.timedelta(days=30),
) -> None:
    s.add(
        Completion(
            employee_id=person.id,
            course_id=course.id,
            completed_on=on,
            score=score,
            expires_on=expires,
        )
    )
    if rating is not None:
        s.add(Feedback(employee_id=person.id, course_id=course.id, rating=rating))
