"""Export courses, learners, roles, progress and feedback as CSV or XLSX, in the layout
imports read.

Header row = FIELDS[kind]. Text a spreadsheet would run as a formula gets a leading quote
(the importer removes it again); numbers stay numbers, so -5 in a numeric column needs none.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.errors import AppError
from core.files import write_beside
from core.importing.fields import FIELDS
from core.importing.values import neutralise
from core.messages import msg

Row = tuple[Any, ...]


def _course_rows(session: Session) -> Iterator[Row]:
    skills: dict[int, list[tuple[str, int]]] = {}
    for course_id, name, level in session.execute(
        text(
            "SELECT cs.course_id, s.name, cs.level FROM course_skills cs "
            "JOIN skills s ON s.id = cs.skill_id"
        )
    ):
        skills.setdefault(course_id, []).append((name, level))
    prerequisites: dict[int, list[str]] = {}
    for course_id, code in session.execute(
        text(
            "SELECT p.course_id, r.code FROM prerequisites p "
            "JOIN courses r ON r.id = p.required_course_id"
        )
    ):
        prerequisites.setdefault(course_id, []).append(code)
    for row in session.execute(
        text(
            "SELECT id, code, title, description, category, tags, NULL, provider, price, "
            "currency, certificate_price, hours, format, language, difficulty, "
            "validity_months, status FROM courses ORDER BY code"
        )
    ):
        course_id, *values = row
        taught = sorted(skills.get(course_id, []), key=lambda s: (s[0].casefold(), s[0]))
        values[5] = "; ".join(f"{name}:{level}" for name, level in taught)
        values.append("; ".join(sorted(prerequisites.get(course_id, []))))
        yield tuple(values)


def _learner_rows(session: Session) -> Iterator[Row]:
    for row in session.execute(
        text(
            "SELECT e.employee_id, e.name, e.email, d.name, r.name, m.employee_id, "
            "e.hire_date, e.active FROM employees e "
            "LEFT JOIN departments d ON d.id = e.department_id "
            "LEFT JOIN roles r ON r.id = e.role_id "
            "LEFT JOIN employees m ON m.id = e.manager_id ORDER BY e.employee_id"
        )
    ):
        *values, hire_date, active = row
        when = dt.date.fromisoformat(hire_date) if hire_date else None
        yield (*values, when, "yes" if active else "no")


def _role_rows(session: Session) -> Iterator[Row]:
    yield from session.execute(
        text(
            "SELECT r.name, s.name, rs.level FROM role_skills rs "
            "JOIN roles r ON r.id = rs.role_id JOIN skills s ON s.id = rs.skill_id "
            "ORDER BY r.name, s.name"
        )
    ).all()


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _progress_rows(session: Session) -> Iterator[Row]:
    """Every assignment's state, in the layout ``import progress`` reads back."""
    for row in session.execute(
        text(
            "SELECT e.employee_id, c.code, a.status, a.percent, a.score, a.hours, "
            "a.started_on, a.completed_on, a.due_date FROM assignments a "
            "JOIN employees e ON e.id = a.employee_id JOIN courses c ON c.id = a.course_id "
            "ORDER BY e.employee_id, c.code, a.id"
        )
    ):
        *values, started, completed, due = row
        yield (*values, _day(started), _day(completed), _day(due))


def _feedback_rows(session: Session) -> Iterator[Row]:
    """Every feedback answer (anonymous ones with a blank employee id), oldest first."""
    for row in session.execute(
        text(
            "SELECT e.employee_id, c.code, f.rating, f.comment, f.submitted_on, f.question "
            "FROM feedback f JOIN courses c ON c.id = f.course_id "
            "LEFT JOIN employees e ON e.id = f.employee_id "
            "ORDER BY c.code, f.submitted_on IS NULL, f.submitted_on, f.id"
        )
    ):
        *values, submitted, question = row
        yield (*values, _day(submitted), question)


ROWS: dict[str, Callable[[Session], Iterator[Row]]] = {
    "courses": _course_rows,
    "learners": _learner_rows,
    "roles": _role_rows,
    "progress": _progress_rows,
    "feedback": _feedback_rows,
}


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


def xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(value)
    return value


def export_table(session: Session, kind: str, path: Path) -> int:
    """Write ``kind`` to ``path`` (.csv or .xlsx); returns the number of rows written."""
    suffix = path.suffix.lower()
    if kind not in ROWS or suffix not in (".csv", ".xlsx"):
        raise AppError(msg("export.bad_extension", file=str(path)))
    rows = list(ROWS[kind](session))
    if suffix == ".csv":
        write_beside(path, lambda partial: _write_csv(partial, FIELDS[kind], rows))
    else:
        write_beside(path, lambda partial: _write_xlsx(partial, kind, FIELDS[kind], rows))
    return len(rows)


def _write_csv(path: Path, header: Sequence[str], rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([csv_cell(v) for v in row] for row in rows)


def _write_xlsx(path: Path, kind: str, header: Sequence[str], rows: list[Row]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(kind)
    sheet.append(list(header))
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=xlsx_cell(value))
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
