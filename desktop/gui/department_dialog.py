"""Departments… : every department with its yearly training budget; add, edit, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from db.session import Database
from desktop.gui.edit_support import (
    EditorDialog,
    bad_numbers,
    number_of,
    number_text,
    optional_number_edit,
    text_or_none,
)
from desktop.gui.record_list import RecordListDialog
from desktop.gui.rowmodel import Column


def budget_text(amount: float | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


class DepartmentEditor(EditorDialog):
    """Name, short code and yearly budget of one department."""

    def __init__(self, parent: QWidget, db: Database, row: Any | None = None) -> None:
        action = self.tr("Edit department") if row is not None else self.tr("New department")
        super().__init__(parent, db, action)
        self.setObjectName("departmentEditor")
        self.department_id = row.id if row is not None else None
        self.setWindowTitle(action)
        tr = self.tr
        self.name = QLineEdit(row.name if row is not None else "")
        self.code = QLineEdit((row.code or "") if row is not None else "")
        self.code.setToolTip(tr("An optional short code, e.g. FIN; the CLI accepts it too."))
        self.budget = optional_number_edit(tr("Blank if there is no budget"))
        self.budget.setToolTip(tr("Yearly training budget in the base currency (Settings)."))
        self.budget.setText(number_text(row.yearly_budget) if row is not None else "")
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Code"), self.code)
        form.addRow(tr("Yearly &budget"), self.budget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.code, self.budget):
            edit.textChanged.connect(self.revalidate)
        self.resize(420, 200)
        self.revalidate()

    def current_input(self) -> Any:
        from core.people import DepartmentInput

        return DepartmentInput(
            name=self.name.text().strip(),
            code=text_or_none(self.code.text()),
            yearly_budget=number_of(self.budget),
        )

    def extra_problems(self) -> list[str]:
        return bad_numbers([(self.tr("Yearly budget"), self.budget)])

    def write(self, session: Any, data: Any) -> Any:
        from core.people import create_department, update_department

        if self.department_id is None:
            return create_department(session, data)
        update_department(session, self.department_id, data)
        return self.department_id


class DepartmentsDialog(RecordListDialog):
    def __init__(self, parent: QWidget, db: Database) -> None:
        tr = self.tr
        columns = [
            Column[Any](tr("Department"), lambda r: r.name, width=200),
            Column[Any](tr("Code"), lambda r: r.code, width=80),
            Column[Any](
                tr("Yearly budget"),
                lambda r: r.yearly_budget,
                lambda r: budget_text(r.yearly_budget),
                width=130,
                align_right=True,
            ),
            Column[Any](tr("People"), lambda r: r.people, width=70, align_right=True),
        ]
        super().__init__(parent, db, columns, tr("Departments"))
        self.setObjectName("departmentsDialog")

    def load(self, session: Any) -> list[Any]:
        from core.people import department_rows

        return list(department_rows(session))

    def editor(self, row: Any | None) -> EditorDialog:
        return DepartmentEditor(self, self.db, row)

    def remover(self, row: Any) -> tuple[str, str, Callable[[Any], object]]:
        from core.people import delete_department

        question = self.tr("Delete the department {0}?").format(row.name)
        return question, self.tr("Delete department"), lambda s: delete_department(s, row.id)
