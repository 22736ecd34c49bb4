"""The person dialog: employee id, name, email, department, role, manager, hire date, skills."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.edit_support import EditorDialog, caption, editable_combo, text_or_none
from desktop.gui.list_editors import SkillLevelTable

NO_DATE = QDate(1900, 1, 1)  # the date edit's "no date" value, shown as its special text


@dataclass(frozen=True)
class PersonChoices:
    """What the pickers offer, read on the worker before the dialog opens."""

    departments: list[str]
    roles: list[str]
    people: list[tuple[str, str]]  # (employee id, name), for the manager picker
    skills: list[str]


def read_person_choices(session: Any) -> PersonChoices:
    from core.catalog import skill_names
    from core.listing import people_rows
    from core.people import department_rows, role_rows

    return PersonChoices(
        [d.name for d in department_rows(session)],
        [r.name for r in role_rows(session)],
        [(p.employee_id, p.name) for p in people_rows(session)],
        skill_names(session),
    )


def manager_model(
    people: list[tuple[str, str]], own_id: str | None, parent: QObject
) -> QStandardItemModel:
    """Items "Name (id)" holding the id: one model for 20,000 people, not 20,000 addItem calls."""
    items = [QStandardItem("")]
    for hr_id, name in people:
        if hr_id != own_id:
            item = QStandardItem(f"{name} ({hr_id})")
            item.setData(hr_id, Qt.ItemDataRole.UserRole)
            items.append(item)
    model = QStandardItemModel(parent)
    model.appendColumn(items)
    return model


class PersonDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget,
        db: Database,
        choices: PersonChoices,
        data: Any = None,
        person_id: int | None = None,
    ) -> None:
        action = self.tr("Edit person") if person_id is not None else self.tr("New person")
        super().__init__(parent, db, action)
        self.setObjectName("personDialog")
        self.person_id = person_id
        self.setWindowTitle(
            self.tr("Edit {0}").format(data.name) if data is not None else self.tr("New person")
        )
        own_id = data.employee_id if data is not None else None
        self._build(choices, own_id)
        if data is not None:
            self._fill(data)
        self._connect()
        self.resize(600, 620)
        self.revalidate()

    def _build(self, choices: PersonChoices, own_id: str | None) -> None:
        tr = self.tr
        self.employee_id = QLineEdit()
        self.employee_id.setToolTip(tr("Your HR system's id; kept as text, leading zeros too."))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("name@company.com"))
        self.department = editable_combo(choices.departments)
        self.department.setToolTip(tr("Departments are managed under People → Departments…"))
        self.role = editable_combo(choices.roles)
        self.role.setToolTip(tr("Roles and the skills they need: People → Roles…"))
        self.manager = QComboBox()
        self.manager.setObjectName("managerPicker")
        self.manager.setEditable(True)
        self.manager.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.manager.setModel(manager_model(choices.people, own_id, self.manager))
        # Sizing to contents would measure every one of 20,000 names when the dialog shows.
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.manager.setSizeAdjustPolicy(policy)
        self.manager.setMinimumContentsLength(24)
        completer = self.manager.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.manager.setToolTip(tr("Type part of a name or an employee id to search."))
        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("yyyy-MM-dd")
        self.hire_date.setMinimumDate(NO_DATE)
        self.hire_date.setSpecialValueText(tr("No date"))
        self.hire_date.setDate(NO_DATE)
        self.clear_date = QPushButton(tr("No date"))
        self.clear_date.setToolTip(tr("Clear the hire date (not known)"))
        self.clear_date.clicked.connect(lambda: self.hire_date.setDate(NO_DATE))
        date_row = QHBoxLayout()
        date_row.addWidget(self.hire_date, 1)
        date_row.addWidget(self.clear_date)
        self.active = QCheckBox(tr("Works here (uncheck when they leave)"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("&Employee ID"), self.employee_id)
        form.addRow(self.tr("&Name"), self.name)  # under PersonDialog: a person's name is 姓名
        form.addRow(tr("E&mail"), self.email)
        form.addRow(tr("&Department"), self.department)
        form.addRow(tr("&Role"), self.role)
        form.addRow(tr("Mana&ger"), self.manager)
        form.addRow(caption(tr("&Hire date"), self.hire_date), date_row)
        form.addRow(tr("Active"), self.active)
        self.skills = SkillLevelTable(choices.skills, 0, 5, self)
        self.skills.setToolTip(tr("Current levels set by hand (0 none … 5 expert)."))
        skills_box = QGroupBox(tr("Current skill levels"))
        box_layout = QVBoxLayout(skills_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.skills)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(skills_box, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _fill(self, data: Any) -> None:
        self.employee_id.setText(data.employee_id)
        self.name.setText(data.name)
        self.email.setText(data.email or "")
        self.department.setCurrentText(data.department or "")
        self.role.setCurrentText(data.role or "")
        position = self.manager.findData(data.manager) if data.manager else 0
        if position < 0:
            self.manager.addItem(data.manager, data.manager)
            position = self.manager.count() - 1
        self.manager.setCurrentIndex(position)
        if data.hire_date is not None:
            self.hire_date.setDate(QDate(data.hire_date))
        self.active.setChecked(bool(data.active))
        self.skills.set_levels(list(data.skills))

    def _connect(self) -> None:
        for edit in (self.employee_id, self.name, self.email):
            edit.textChanged.connect(self.revalidate)
        for combo in (self.department, self.role, self.manager):
            combo.currentTextChanged.connect(self.revalidate)
        self.hire_date.dateChanged.connect(self.revalidate)
        self.active.toggled.connect(self.revalidate)
        self.skills.edited.connect(self.revalidate)

    def manager_id(self) -> str | None:
        text = self.manager.currentText().strip()
        if not text:
            return None
        position = self.manager.findText(text)
        data = self.manager.itemData(position) if position >= 0 else None
        return data if isinstance(data, str) else text  # a typed id the core will check

    def hire(self) -> dt.date | None:
        date = self.hire_date.date()
        if date == NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def current_input(self) -> Any:
        from core.people import EmployeeInput

        return EmployeeInput(
            employee_id=self.employee_id.text().strip(),
            name=self.name.text().strip(),
            email=text_or_none(self.email.text()),
            department=text_or_none(self.department.currentText()),
            role=text_or_none(self.role.currentText()),
            manager=self.manager_id(),
            hire_date=self.hire(),
            active=self.active.isChecked(),
            skills=tuple(self.skills.levels()),
        )

    def extra_problems(self) -> list[str]:
        return self.skills.problems()

    def write(self, session: Any, data: Any) -> Any:
        from core.people import create_employee, update_employee

        if self.person_id is None:
            return create_employee(session, data)
        update_employee(session, self.person_id, data)
        return self.person_id
