"""Helpers for the window tests: a small demo-like company and fake dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from core.changes import perform
from core.database import open_database
from core.listing import BackupRow, FileFacts
from core.settings import AppSettings
from db.models import (
    Course,
    CourseModule,
    CourseSkill,
    Department,
    Employee,
    EmployeeSkill,
    Prerequisite,
    Role,
    RoleSkill,
    Skill,
)

# (employee id, name, department, role, hire date, active)
PEOPLE = [
    ("E001", "王芳", "工程部", "数据分析师", dt.date(2019, 3, 1), True),
    ("E002", "李娜", "工程部", "Team Lead", dt.date(2015, 7, 15), True),
    ("E003", "张伟", "Sales", "Account Manager", dt.date(2021, 1, 4), True),
    ("E004", "Alice Wang", "Sales", "Account Manager", dt.date(2018, 11, 30), True),
    ("E005", "Bob Smith", "Finance", "Team Lead", None, True),
    ("E006", "Carol Jones", "Finance", "数据分析师", dt.date(2023, 6, 1), False),
    ("E007", "王小明", "Sales", "Account Manager", dt.date(2020, 2, 29), True),
]
COURSES = [
    ("C-SQL1", "SQL 入门", "Data", "Coursera", 49.0, "USD", 12.0, "online"),
    ("C-SQL2", "高级 SQL 查询", "Data", "Coursera", 99.0, "USD", 20.0, "online"),
    ("C-LEAD", "New Manager Essentials", "Leadership", "", None, None, 8.0, "classroom"),
    (
        "C-NEG",
        "Negotiation <Advanced> & More",
        "Sales",
        "Harvard ManageMentor",
        300.0,
        "EUR",
        6.5,
        "blended",
    ),
    ("C-XLS", "Excel 数据透视表", "Data", "网易云课堂", 199.0, "CNY", 4.0, "video"),
]


def fill_sample(session: Any) -> None:
    """Write the sample company in ``session`` (an empty file)."""
    skills = {n: Skill(name=n) for n in ("SQL", "Excel", "Leadership", "谈判")}
    departments = {
        n: Department(name=n, yearly_budget=10000.0) for n in ("工程部", "Sales", "Finance")
    }
    roles = {n: Role(name=n) for n in ("数据分析师", "Team Lead", "Account Manager")}
    session.add_all([*skills.values(), *departments.values(), *roles.values()])
    session.flush()
    session.add_all(
        [
            RoleSkill(role_id=roles["数据分析师"].id, skill_id=skills["SQL"].id, level=3),
            RoleSkill(role_id=roles["数据分析师"].id, skill_id=skills["Excel"].id, level=2),
            RoleSkill(role_id=roles["Team Lead"].id, skill_id=skills["Leadership"].id, level=4),
        ]
    )
    people = {}
    for emp_id, name, dept, role, hired, active in PEOPLE:
        person = Employee(
            employee_id=emp_id,
            name=name,
            email=f"{emp_id.lower()}@example.com",
            department_id=departments[dept].id,
            role_id=roles[role].id,
            hire_date=hired,
            active=active,
        )
        people[emp_id] = person
        session.add(person)
    session.flush()
    people["E001"].manager_id = people["E002"].id
    session.add(EmployeeSkill(employee_id=people["E001"].id, skill_id=skills["SQL"].id, level=1))
    courses = {}
    for code, title, category, provider, price, currency, hours, fmt in COURSES:
        course = Course(
            code=code,
            title=title,
            description=f"{title}: a course about {category}.",
            category=category,
            provider=provider or None,
            price=price,
            currency=currency,
            hours=hours,
            format=fmt,
            language="zh" if any(ord(c) > 0x3000 for c in title) else "en",
            difficulty="beginner",
            status="retired" if code == "C-XLS" else "active",
        )
        courses[code] = course
        session.add(course)
    session.flush()
    session.add_all(
        [
            CourseSkill(course_id=courses["C-SQL1"].id, skill_id=skills["SQL"].id, level=2),
            CourseSkill(course_id=courses["C-SQL2"].id, skill_id=skills["SQL"].id, level=4),
            Prerequisite(course_id=courses["C-SQL2"].id, required_course_id=courses["C-SQL1"].id),
            CourseModule(course_id=courses["C-SQL1"].id, position=1, title="SELECT 基础"),
            CourseModule(course_id=courses["C-SQL1"].id, position=2, title="JOIN", hours=3),
        ]
    )


def build_sample_database(path: Path) -> Path:
    """A small company with Chinese and English names, written through the audited door."""
    opened = open_database(path)
    try:
        perform(opened.db, "Sample data", fill_sample)
    finally:
        opened.db.close()
    return path


class FakeDialogs:
    """Stands in for :class:`desktop.gui.dialogs.Dialogs`: answers set up front, calls recorded."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.first_run_choice: Any = None
        self.open_file: Path | None = None
        self.save_file: Path | None = None
        self.backup_choice: Path | None = None
        self.settings_result: AppSettings | None = None
        self.confirm_answer = True
        self.backup_rows: list[BackupRow] | None = None
        self.facts: FileFacts | None = None
        self.editors: list[Any] = []  # editing dialogs shown (not exec'd) for tests to fill
        self.import_wizard: Any = None  # the last import wizard shown
        self.print_to: Path | None = None  # choose_printer prints to this PDF file
        self.opened_in_viewer: list[Path] = []

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.calls if call == name]

    def ask_first_run(self) -> Any:
        self._record("ask_first_run")
        return self.first_run_choice

    def confirm(self, title: str, text: str, action: str) -> bool:
        self._record("confirm", title, text, action)
        return self.confirm_answer

    def show_error(self, title: str, text: str) -> None:
        self._record("show_error", title, text)

    def show_crash(self, details: str, log_path: Path) -> None:
        self._record("show_crash", details, log_path)

    def get_open_file(self, title: str, filter_: str = "", start: str = "") -> Path | None:
        self._record("get_open_file", title)
        chosen, self.open_file = self.open_file, None  # answer once
        return chosen

    def get_save_file(self, title: str, filter_: str = "", start: str = "") -> Path | None:
        self._record("get_save_file", title)
        return self.save_file

    def choose_backup(self, rows: list[BackupRow]) -> Path | None:
        self._record("choose_backup", rows)
        self.backup_rows = rows
        return self.backup_choice

    def edit_settings(self, settings: AppSettings) -> AppSettings | None:
        self._record("edit_settings", settings)
        return self.settings_result

    def show_about(self, facts: FileFacts | None) -> None:
        self._record("show_about", facts)
        self.facts = facts

    def run_editor(self, dialog: Any) -> None:
        self._record("run_editor", dialog)
        self.editors.append(dialog)
        dialog.show()  # modeless, so the test drives it and clicks Save

    def run_import_wizard(self, wizard: Any) -> None:
        self._record("run_import_wizard", wizard)
        self.import_wizard = wizard
        wizard.show()  # modeless, so the test drives it with next() and its buttons

    def choose_printer(self, printer: Any, pages: int) -> bool:
        """ "Prints" to the PDF file ``print_to`` (None: the user cancels the print dialog)."""
        self._record("choose_printer", pages)
        if self.print_to is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        return True

    def open_in_viewer(self, path: Path) -> None:
        self._record("open_in_viewer", path)
        self.opened_in_viewer.append(path)


def drain() -> None:
    from desktop.gui.dbop import worker

    assert worker().drain(), "the background worker did not finish"
