"""Edit one assignment's progress: status, percent, score, hours, started and completed dates.

The fields become a core ``ProgressInput`` on every change and its ``problems()`` show under
the form as the admin types (a completion before the start, a score over 100). Saving runs
``update_progress`` through the one door: completing records a completion, sets the
certificate's expiry and raises the person's skills.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui import states
from desktop.gui.detail_panel import plain_label
from desktop.gui.edit_support import (
    EditorDialog,
    bad_numbers,
    choice_combo,
    number_of,
    number_text,
    optional_number_edit,
)
from desktop.gui.person_dialog import NO_DATE


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else NO_DATE


class DateField(QWidget):
    """A date edit that may hold no date (shown as "No date"), with a button to clear it."""

    def __init__(self, value: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setDate(_qdate(value))
        self.clear_button = QPushButton(self.tr("No date"))
        self.clear_button.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        return None if date == NO_DATE else states.date_of(date)

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(_qdate(value))


class ProgressDialog(EditorDialog):
    def __init__(self, parent: QWidget, db: Database, row: Any, data: Any, today: dt.date) -> None:
        super().__init__(parent, db, self.tr("Edit progress"))
        self.setObjectName("progressDialog")
        self.assignment_id = int(row.id)
        self.today = today
        self.setWindowTitle(self.tr("Progress: {0} · {1}").format(row.name, row.course_code))
        self._build(row, data)
        self._connect()
        self.resize(480, 420)
        self.revalidate()

    def _build(self, row: Any, data: Any) -> None:
        tr = self.tr
        self.status = choice_combo(
            [(states.status_name(s), s) for s in states.STATUSES], data.status
        )
        self.status.setObjectName("progressStatus")
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(0)
        self.percent.setSuffix(" %")
        self.percent.setValue(float(data.percent or 0))
        self.score = optional_number_edit(tr("no score"))
        self.score.setText(number_text(data.score))
        self.hours = optional_number_edit(tr("0"))
        self.hours.setText(number_text(data.hours) if data.hours else "")
        self.started = DateField(data.started_on)
        self.completed = DateField(data.completed_on)
        form = QFormLayout()
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Percent"), self.percent)
        form.addRow(tr("Score (0–100)"), self.score)
        form.addRow(tr("Hours spent"), self.hours)
        form.addRow(tr("Started"), self.started)
        form.addRow(tr("Completed"), self.completed)
        layout = QVBoxLayout(self)
        heading = plain_label(f"{row.name} ({row.employee_id})", object_name="dialogTitle")
        layout.addWidget(heading)
        layout.addWidget(plain_label(f"{row.course_code} · {row.course_title}"))
        layout.addLayout(form)
        self.completion_note = plain_label(
            tr("Completing records a completion, sets the certificate's expiry and raises the "
               "skills the course teaches."),
            object_name="mutedText",
            selectable=False,
        )  # fmt: skip
        layout.addWidget(self.completion_note)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        for signal in (
            self.status.currentIndexChanged,
            self.percent.valueChanged,
            self.score.textChanged,
            self.hours.textChanged,
            self.started.edit.dateChanged,
            self.completed.edit.dateChanged,
        ):
            signal.connect(self.revalidate)

    def status_value(self) -> str:
        value = self.status.currentData()
        return value if isinstance(value, str) else ""

    def extra_problems(self) -> list[str]:
        return bad_numbers([(self.tr("Score"), self.score), (self.tr("Hours"), self.hours)])

    def current_input(self) -> Any:
        from core.progress import ProgressInput

        return ProgressInput(
            self.status_value(),
            percent=self.percent.value(),
            score=number_of(self.score),
            hours=number_of(self.hours) or 0.0,
            started_on=self.started.value(),
            completed_on=self.completed.value(),
        )

    def revalidate(self, *_args: object) -> None:
        super().revalidate()
        self.completion_note.setVisible(self.status_value() == "completed")

    def write(self, session: Any, data: Any) -> Any:
        from core.progress import update_progress

        return update_progress(session, self.assignment_id, data, self.today)
