"""A quick synthetic company for screenshots and the GUI benchmark when core.demo is absent.

Bulk-inserted through the raw DB-API connection inside one audited transaction
(PERFORMANCE.md: ``executemany`` is ~40x faster than ORM objects). 20,000 people and
3,000 courses take a few seconds. Names mix Chinese and English, like a real admin's data.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from core.changes import note_bulk_change, perform
from core.database import open_database

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = [
    "芳",
    "娜",
    "伟",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "小明",
    "海燕",
]
FIRST = [
    "Alice",
    "Bob",
    "Carol",
    "David",
    "Emma",
    "Frank",
    "Grace",
    "Henry",
    "Isla",
    "Jack",
    "Karen",
    "Liam",
    "Mia",
    "Noah",
    "Olivia",
    "Priya",
    "Quinn",
    "Ravi",
    "Sofia",
    "Tom",
]
LAST = [
    "Smith",
    "Jones",
    "Brown",
    "Taylor",
    "Wilson",
    "Davies",
    "Evans",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Chen",
    "Nguyen",
    "Patel",
    "Garcia",
]
DEPARTMENTS = [
    "工程部",
    "销售部",
    "Finance",
    "Marketing",
    "人力资源部",
    "Operations",
    "Customer Success",
    "产品部",
    "Legal",
    "IT Support",
    "财务部",
    "Research",
]
ROLES = [
    "数据分析师",
    "软件工程师",
    "Team Lead",
    "Account Manager",
    "HR Generalist",
    "Product Manager",
    "Support Specialist",
    "财务专员",
    "Marketing Specialist",
    "Operations Coordinator",
    "Sales Representative",
    "Legal Counsel",
]
SKILLS = [
    "SQL",
    "Python",
    "Excel",
    "Leadership",
    "谈判",
    "Public speaking",
    "Project management",
    "数据可视化",
    "Customer service",
    "Budgeting",
    "Contract law",
    "Cloud basics",
    "Agile",
    "Coaching",
    "Time management",
    "Business writing",
    "Statistics",
    "Machine learning",
    "Cybersecurity",
    "Design thinking",
]
TOPICS = [
    ("SQL", "Data"),
    ("Python 编程", "Data"),
    ("Excel 数据透视表", "Data"),
    ("Leadership", "Leadership"),
    ("Negotiation", "Sales"),
    ("高效沟通", "Soft skills"),
    ("Project Management", "Management"),
    ("数据可视化", "Data"),
    ("Customer Service", "Service"),
    ("Budgeting", "Finance"),
    ("Contract Law", "Legal"),
    ("Cloud Foundations", "IT"),
    ("Agile Scrum", "Management"),
    ("Coaching", "Leadership"),
    ("Time Management", "Soft skills"),
    ("Business Writing", "Soft skills"),
    ("统计学基础", "Data"),
    ("Machine Learning", "Data"),
    ("Cybersecurity Awareness", "Compliance"),
    ("Design Thinking", "Innovation"),
]
LEVELS = [
    ("Introduction to", "beginner"),
    ("Practical", "intermediate"),
    ("Advanced", "advanced"),
    ("入门", "beginner"),
    ("进阶", "intermediate"),
]
PROVIDERS = [
    ("Coursera", "USD"),
    ("LinkedIn Learning", "USD"),
    ("Udemy", "USD"),
    ("网易云课堂", "CNY"),
    ("中国大学MOOC", "CNY"),
    ("Harvard ManageMentor", "EUR"),
    ("", None),
]
FORMATS = ("online", "classroom", "blended", "video")


def _person_name(rng: random.Random, index: int) -> str:
    if index % 3:
        return rng.choice(SURNAMES) + rng.choice(GIVEN)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(session: Any, people: int, courses: int, seed: int) -> None:
    rng = random.Random(seed)
    con = session.connection().connection.driver_connection
    con.executemany("INSERT INTO skills (id, name) VALUES (?, ?)", list(enumerate(SKILLS, 1)))
    con.executemany(
        "INSERT INTO departments (id, name, yearly_budget) VALUES (?, ?, ?)",
        [(i, n, float(rng.randrange(20, 200) * 1000)) for i, n in enumerate(DEPARTMENTS, 1)],
    )
    con.executemany(
        "INSERT INTO roles (id, name, description) VALUES (?, ?, '')", list(enumerate(ROLES, 1))
    )
    con.executemany(
        "INSERT INTO role_skills (role_id, skill_id, level) VALUES (?, ?, ?)",
        [
            (role, skill, rng.randint(2, 4))
            for role in range(1, len(ROLES) + 1)
            for skill in rng.sample(range(1, len(SKILLS) + 1), 4)
        ],
    )
    managers = max(1, people // 20)
    start = dt.date(2008, 1, 1)
    employees = []
    for i in range(1, people + 1):
        hired = start + dt.timedelta(days=rng.randrange(0, 6400)) if rng.random() > 0.03 else None
        employees.append(
            (
                i,
                f"E{i:05d}",
                _person_name(rng, i),
                f"person{i:05d}@example.com",
                rng.randrange(1, len(DEPARTMENTS) + 1),
                rng.randrange(1, len(ROLES) + 1),
                None if i <= managers else rng.randrange(1, managers + 1),
                hired,
                rng.random() > 0.05,
            )
        )
    con.executemany(
        "INSERT INTO employees (id, employee_id, name, email, department_id, role_id, manager_id,"
        " hire_date, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*e[:7], e[7].isoformat() if e[7] else None, e[8]) for e in employees],
    )
    con.executemany(
        "INSERT INTO employee_skills (employee_id, skill_id, level, source) VALUES (?, ?, ?, ?)",
        [
            (person, skill, rng.randint(1, 5), "manual")
            for person in range(1, people + 1)
            for skill in rng.sample(range(1, len(SKILLS) + 1), 3)
        ],
    )
    course_rows, course_skills, modules, prerequisites = [], [], [], []
    for c in range(1, courses + 1):
        topic, category = TOPICS[(c - 1) % len(TOPICS)]
        prefix, difficulty = LEVELS[(c - 1) // len(TOPICS) % len(LEVELS)]
        title = f"{topic} {prefix}" if prefix in ("入门", "进阶") else f"{prefix} {topic}"
        if c > len(TOPICS) * len(LEVELS):
            title += f" ({c // (len(TOPICS) * len(LEVELS)) + 1})"
        provider, currency = rng.choice(PROVIDERS)
        price = None if not provider else float(rng.randrange(2, 120) * 10 - 1)
        course_rows.append(
            (
                c,
                f"C{c:04d}",
                title,
                f"{title}: practical lessons and exercises for {category.lower()} work.",
                category,
                "",
                provider or None,
                price,
                currency,
                round(rng.uniform(1, 40) * 2) / 2,
                rng.choice(FORMATS),
                "zh" if any(ord(ch) > 0x3000 for ch in title) else "en",
                difficulty,
                24 if category == "Compliance" else None,
                "retired" if rng.random() < 0.08 else "active",
            )
        )
        skill = (c - 1) % len(SKILLS) + 1
        course_skills.append(
            (c, skill, {"beginner": 2, "intermediate": 3, "advanced": 4}[difficulty])
        )
        if c <= 600:
            modules += [(c, p, f"Module {p}", 1.5) for p in range(1, 4)]
        if c > len(TOPICS) and difficulty != "beginner":
            prerequisites.append((c, c - len(TOPICS)))
    con.executemany(
        "INSERT INTO courses (id, code, title, description, category, tags, provider, price,"
        " currency, hours, format, language, difficulty, validity_months, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        course_rows,
    )
    con.executemany(
        "INSERT INTO course_skills (course_id, skill_id, level) VALUES (?, ?, ?)", course_skills
    )
    con.executemany(
        "INSERT INTO course_modules (course_id, position, title, hours) VALUES (?, ?, ?, ?)",
        modules,
    )
    con.executemany(
        "INSERT INTO prerequisites (course_id, required_course_id) VALUES (?, ?)", prerequisites
    )
    for table in ("employees", "courses"):
        note_bulk_change(session, table, {"rows": people if table == "employees" else courses})


def build_company(path: Path, people: int = 120, courses: int = 80, seed: int = 1) -> Path:
    opened = open_database(path)
    try:
        perform(opened.db, "Sample company", lambda s: _fill(s, people, courses, seed))
    finally:
        opened.db.close()
    return path


def build_demo_or_company(path: Path, people: int, courses: int, seed: int = 1) -> str:
    """core.demo when it is installed (the real demo company), else the quick synthetic one."""
    try:
        from core.demo import DemoParams, generate_demo
    except ImportError:
        build_company(path, people, courses, seed)
        return "scripts/sample_company.py"
    opened = open_database(path)
    try:
        params = DemoParams(learners=people, courses=courses, seed=seed, as_of=dt.date.today())
        generate_demo(opened.db, params)
    finally:
        opened.db.close()
    return "core.demo"
