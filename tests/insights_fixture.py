"""A small hand-built company for the dashboard and skills-matrix tests, with literal dates.

The tests write the figures they expect as literal numbers worked out by hand from this
data (see the comments), never recomputed by the program's own code. "Today" is TODAY.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from core.changes import perform
from core.database import open_database
from core.settings import AppSettings, save_settings
from db.models import (
    Assignment,
    Completion,
    Course,
    Department,
    Employee,
    EmployeeSkill,
    Role,
    RoleSkill,
    Skill,
)

TODAY = dt.date(2026, 6, 15)
D = dt.date


def fill_insights(session: Any) -> None:
    save_settings(session, AppSettings(base_currency="USD", exchange_rates={"EUR": 1.1}))
    ops = Department(name="Ops", yearly_budget=1000.0)
    sales = Department(name="Sales", yearly_budget=500.0)
    analyst = Role(name="Analyst")
    lead = Role(name="Lead")
    sql, excel, talk = Skill(name="SQL"), Skill(name="Excel"), Skill(name="谈判")
    session.add_all([ops, sales, analyst, lead, sql, excel, talk])
    session.flush()
    session.add_all(
        [
            RoleSkill(role_id=analyst.id, skill_id=sql.id, level=3),
            RoleSkill(role_id=analyst.id, skill_id=excel.id, level=2),
            RoleSkill(role_id=lead.id, skill_id=talk.id, level=2),
        ]
    )
    people = {}
    for emp_id, name, dept, role, active in (
        ("A", "王芳", ops, analyst, True),
        ("B", "Bob", ops, analyst, True),
        ("C", "Carol", sales, lead, True),
        ("D", "Dan", sales, lead, False),
    ):
        person = Employee(
            employee_id=emp_id, name=name, department_id=dept.id, role_id=role.id, active=active
        )
        session.add(person)
        people[emp_id] = person
    session.flush()
    # Levels: A SQL 3 (met), Excel 1 (gap 1); B SQL 1 (gap 2), Excel 2 (met); C 谈判 2 (met).
    for emp_id, skill, level in (("A", sql, 3), ("A", excel, 1), ("B", sql, 1), ("B", excel, 2)):
        session.add(EmployeeSkill(employee_id=people[emp_id].id, skill_id=skill.id, level=level))
    session.add(EmployeeSkill(employee_id=people["C"].id, skill_id=talk.id, level=2))
    c1 = Course(
        code="C1",
        title="安全培训",
        price=100.0,
        currency="USD",
        certificate_price=20.0,
        hours=10.0,
        validity_months=12,
    )
    c2 = Course(code="C2", title="Excel", price=200.0, currency="EUR", hours=5.0)
    c3 = Course(code="C3", title="British law", price=50.0, currency="GBP", hours=4.0)
    session.add_all([c1, c2, c3])
    session.flush()
    rows = (
        # person, course, status, assigned, due, completed, hours, certificate expiry
        ("A", c1, "completed", D(2026, 1, 5), D(2026, 3, 1), D(2026, 2, 10), 10.0, D(2027, 2, 10)),
        ("A", c2, "in_progress", D(2026, 4, 1), D(2026, 6, 1), None, 2.0, None),
        ("B", c1, "not_started", D(2025, 12, 1), D(2026, 6, 14), None, 0.0, None),
        ("B", c2, "not_started", D(2026, 5, 1), D(2026, 6, 15), None, 0.0, None),
        ("C", c1, "withdrawn", D(2026, 1, 1), D(2026, 1, 1), None, 0.0, None),
        ("C", c3, "completed", D(2025, 10, 1), D(2025, 12, 1), D(2025, 11, 20), 4.0, None),
        ("C", c2, "not_started", D(2026, 6, 1), D(2026, 9, 1), None, 0.0, None),
        ("D", c1, "not_started", D(2026, 1, 2), D(2026, 1, 1), None, 0.0, None),
        ("C", c3, "in_progress", D(2026, 3, 1), D(2026, 12, 1), None, 0.0, None),
    )
    assignments = []
    for emp_id, course, status, assigned, due, done, hours, expiry in rows:
        assignment = Assignment(
            employee_id=people[emp_id].id,
            course_id=course.id,
            status=status,
            assigned_on=assigned,
            due_date=due,
            completed_on=done,
            hours=hours,
            certificate_expiry=expiry,
        )
        session.add(assignment)
        assignments.append(assignment)
    session.flush()
    for emp_id, assignment_id, done, expires in (
        ("A", assignments[0].id, D(2026, 2, 10), D(2027, 2, 10)),
        ("B", None, D(2025, 7, 1), D(2026, 7, 1)),
        ("B", None, D(2024, 7, 1), D(2025, 7, 1)),
        ("C", None, D(2025, 8, 20), D(2026, 8, 20)),
        ("D", None, D(2025, 7, 1), D(2026, 7, 1)),
    ):
        session.add(
            Completion(
                employee_id=people[emp_id].id,
                course_id=c1.id,
                assignment_id=assignment_id,
                completed_on=done,
                expires_on=expires,
            )
        )


def build_insights_database(path: Path) -> Path:
    opened = open_database(path)
    try:
        perform(opened.db, "Insights sample", fill_insights)
    finally:
        opened.db.close()
    return path
