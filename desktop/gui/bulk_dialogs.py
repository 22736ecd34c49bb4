"""The small dialogs of the Assignments bulk actions: extend due dates, re-assign to someone.

Both act on the assignment ids selected when they opened and save through the one door
(:class:`~desktop.gui.edit_support.EditorDialog`), so the action is audited and undoable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.detail_panel import plain_label
from desktop.gui.edit_support import EditorDialog
from desktop.gui.person_dialog import manager_model
from desktop.gui.states import date_of


def read_people(session: Any) -> list[tuple[str, str]]:
    """(employee id, name) of everyone, for the person pickers."""
    from core.listing import people_rows

    return [(p.employee_id, p.name) for p in people_rows(session) if p.active]


def person_picker(people: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    """An editable combo of "Name (id)" holding the id; typing part of either finds them."""
    from PySide6.QtCore import Qt

    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setModel(manager_model(people, None, combo))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def coded_model(courses: list[tuple[str, str]], parent: QObject) -> QStandardItemModel:
    """Items "CODE · title" holding the code, built in one go rather than 3,000 addItem calls."""
    items = []
    for code, title in courses:
        item = QStandardItem(f"{code} · {title}")
        item.setData(code, Qt.ItemDataRole.UserRole)
        items.append(item)
    model = QStandardItemModel(parent)
    if items:
        model.appendColumn(items)
    return model


def picked_id(combo: QComboBox) -> str | None:
    """The employee id of the person chosen, or of the one whose "Name (id)" was typed."""
    from PySide6.QtCore import Qt

    position = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    if position <= 0:
        return None
    value = combo.itemData(position)
    return value if isinstance(value, str) else None


class _Problems:
    """What the widgets say (``payload``, read on the GUI thread) and what is wrong with it."""

    def __init__(self, found: list[str], payload: Any = None) -> None:
        self._found = found
        self.payload = payload

    def problems(self) -> list[Any]:
        return [_Text(text) for text in self._found]


class _Text:
    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text


class ExtendDueDialog(EditorDialog):
    """Move the due dates of the selected assignments by some days, or to one date."""

    def __init__(self, parent: QWidget, db: Database, ids: list[int]) -> None:
        super().__init__(parent, db, self.tr("Extend due dates"))
        self.setObjectName("extendDueDialog")
        self.ids = list(ids)
        self.setWindowTitle(self.tr("Extend due dates"))
        tr = self.tr
        self.by_days = QRadioButton(tr("Later by"))
        self.to_date = QRadioButton(tr("All due on"))
        self.by_days.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_days)
        group.addButton(self.to_date)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(tr(" days"))
        self.new_due = QDateEdit(QDate.currentDate().addDays(30))
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.by_days, self.days)
        form.addRow(self.to_date, self.new_due)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("{0:,} assignments selected.").format(len(self.ids))))
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for signal in (
            self.by_days.toggled,
            self.days.valueChanged,
            self.new_due.dateChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()

    def chosen(self) -> tuple[int | None, dt.date | None]:
        if self.by_days.isChecked():
            return self.days.value(), None
        return None, date_of(self.new_due.date())

    def current_input(self) -> Any:
        found = [] if self.ids else [self.tr("No assignment is selected.")]
        return _Problems(found, (list(self.ids), *self.chosen()))

    def write(self, session: Any, data: Any) -> Any:
        from core.assignments import extend_due_dates

        ids, days, new_due = data.payload
        return extend_due_dates(session, ids, days=days, new_due=new_due)


class ReassignDialog(EditorDialog):
    """Hand the selected assignments, with their progress, to another person."""

    def __init__(
        self, parent: QWidget, db: Database, ids: list[int], people: list[tuple[str, str]]
    ) -> None:
        super().__init__(parent, db, self.tr("Re-assign"))
        self.setObjectName("reassignDialog")
        self.ids = list(ids)
        self.setWindowTitle(self.tr("Re-assign to…"))
        self.person = person_picker(people, self)
        self.person.setObjectName("reassignPerson")
        form = QFormLayout()
        form.addRow(self.tr("New person"), self.person)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("{0:,} assignments selected.").format(len(ids))))
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.person.currentTextChanged.connect(self.revalidate)
        self.resize(460, 180)
        self.revalidate()

    def current_input(self) -> Any:
        person = picked_id(self.person)
        found = [] if person else [self.tr("Choose the person to re-assign to.")]
        return _Problems(found, (list(self.ids), person))

    def write(self, session: Any, data: Any) -> Any:
        from core.assignments import reassign

        ids, person = data.payload
        return reassign(session, ids, person)
