"""Assign a course or a learning path to a person, a department or a role.

As the admin fills the form, the core's ``plan_assignment`` runs on the worker (a moment
after the last change) and the dialog says what Assign will do: how many assignments it
creates and who is skipped because they completed the course (still valid) or have it open.
Assign then runs ``assign`` through the one door, audited and undoable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui import states
from desktop.gui.bulk_dialogs import coded_model, person_picker, picked_id, read_people
from desktop.gui.dbop import DbRead
from desktop.gui.detail_panel import plain_label
from desktop.gui.edit_support import EditorDialog, editable_combo

PLAN_DELAY_MS = 250
KINDS = ("person", "department", "role")
SHOWN_SKIPS = 5


@dataclass(frozen=True)
class AssignChoices:
    """What the pickers offer, read on the worker before the dialog opens."""

    people: list[tuple[str, str]]  # (employee id, name)
    departments: list[str]
    roles: list[str]
    courses: list[tuple[str, str]]  # (code, title) of active courses
    paths: list[tuple[str, int]]  # (name, number of courses)


@dataclass(frozen=True)
class AssignPreset:
    """What the dialog opens with: from a person's or a course's right-click menu."""

    target_kind: str = "person"
    target: str = ""
    course_code: str = ""
    path: str = ""


def read_assign_choices(session: Any) -> AssignChoices:
    from core.listing import course_rows
    from core.paths import path_rows
    from core.people import department_rows, role_rows

    return AssignChoices(
        read_people(session),
        [d.name for d in department_rows(session)],
        [r.name for r in role_rows(session)],
        [(c.code, c.title) for c in course_rows(session) if c.status == "active"],
        [(p.name, len(p.items)) for p in path_rows(session)],
    )


def open_assign_dialog(parent: Any, preset: AssignPreset | None = None) -> None:
    """Read the choices on the worker, then show the dialog through the window's dialogs."""
    db = parent.db
    if db is None:
        return

    def opened(choices: AssignChoices) -> None:
        dialogs = parent.dialogs()
        if dialogs is not None:
            dialogs.run_editor(AssignDialog(parent, db, choices, preset, states.today()))

    DbRead(parent, db, read_assign_choices).success(opened).run()


class AssignDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget,
        db: Database,
        choices: AssignChoices,
        preset: AssignPreset | None,
        today: dt.date,
    ) -> None:
        super().__init__(parent, db, self.tr("Assign"))
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign a course or a learning path"))
        self.today = today
        self.plan_result: Any = None
        self.planning = False
        self._plan_generation = 0
        self.save_button.setText(self.tr("Assign"))
        self._build(choices)
        self._apply_preset(preset or AssignPreset())
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.plan)
        self._connect()
        self.resize(620, 560)
        self.revalidate()

    # -- layout ------------------------------------------------------------------------------
    def _build(self, choices: AssignChoices) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.addWidget(self._who_box(choices))
        layout.addWidget(self._what_box(choices))
        layout.addWidget(self._when_box())
        self.plan_label = plain_label(tr("Checking who this reaches…"), object_name="planText")
        self.plan_label.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _who_box(self, choices: AssignChoices) -> QGroupBox:
        tr = self.tr
        box = QGroupBox(tr("Who"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("targetKind")
        for text, value in ((tr("A person"), "person"), (tr("A department"), "department")):
            self.kind.addItem(text, value)
        self.kind.addItem(tr("Everyone in a role"), "role")
        self.person = person_picker(choices.people, self)
        self.person.setObjectName("targetPerson")
        self.department = editable_combo(choices.departments)
        self.role = editable_combo(choices.roles)
        self.targets = QStackedWidget()
        for combo in (self.person, self.department, self.role):
            self.targets.addWidget(combo)
        form.addRow(tr("Assign to"), self.kind)
        form.addRow(tr("Whom"), self.targets)
        return box

    def _what_box(self, choices: AssignChoices) -> QGroupBox:
        tr = self.tr
        box = QGroupBox(tr("What"))
        form = QFormLayout(box)
        self.course_choice = QRadioButton(tr("A course"))
        self.path_choice = QRadioButton(tr("A learning path"))
        self.course_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.course_choice)
        group.addButton(self.path_choice)
        self.course = QComboBox()
        self.course.setObjectName("courseChoice")
        self.course.setModel(coded_model(choices.courses, self.course))
        # Sizing to contents would measure each of 3,000 titles when the dialog shows.
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.course.setSizeAdjustPolicy(policy)
        self.course.setMinimumContentsLength(30)
        self.path = QComboBox()
        self.path.setObjectName("pathChoice")
        for name, steps in choices.paths:
            self.path.addItem(tr("{0} ({1} courses)").format(name, steps), name)
        self.path_choice.setEnabled(bool(choices.paths))
        self.path_choice.setToolTip(tr("Build learning paths under Learning paths…"))
        form.addRow(self.course_choice, self.course)
        form.addRow(self.path_choice, self.path)
        return box

    def _when_box(self) -> QGroupBox:
        tr = self.tr
        box = QGroupBox(tr("When"))
        form = QFormLayout(box)
        start = QDate(self.today.year, self.today.month, self.today.day)
        self.start = QDateEdit(start)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.has_due = QCheckBox(tr("Due by"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(start.addDays(30))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.spread_note = plain_label(
            tr(
                "A path's courses are due on their day offsets from the start; courses "
                "without an offset are spread evenly up to this date."
            ),
            object_name="mutedText",
            selectable=False,
        )
        self.mandatory = QCheckBox(tr("Mandatory (counts for compliance)"))
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        form.addRow(tr("Start"), start_row)
        form.addRow(self.has_due, due_row)
        form.addRow("", self.spread_note)
        form.addRow("", self.mandatory)
        return box

    def _apply_preset(self, preset: AssignPreset) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(preset.target_kind)))
        self.targets.setCurrentIndex(KINDS.index(self.target_kind()))
        if preset.target_kind == "person" and preset.target:
            position = self.person.findData(preset.target)
            self.person.setCurrentIndex(max(0, position))
        elif preset.target_kind == "department":
            self.department.setCurrentText(preset.target)
        elif preset.target_kind == "role":
            self.role.setCurrentText(preset.target)
        if preset.course_code:
            self.course.setCurrentIndex(max(0, self.course.findData(preset.course_code)))
        if preset.path and self.path.findData(preset.path) >= 0:
            self.path.setCurrentIndex(self.path.findData(preset.path))
            self.path_choice.setChecked(True)
        self._sync_enabled()

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(
            lambda _i: self.targets.setCurrentIndex(KINDS.index(self.target_kind()))
        )
        signals = [
            self.kind.currentIndexChanged,
            self.person.currentTextChanged,
            self.department.currentTextChanged,
            self.role.currentTextChanged,
            self.course_choice.toggled,
            self.course.currentIndexChanged,
            self.path.currentIndexChanged,
            self.start.dateChanged,
            self.has_due.toggled,
            self.due.dateChanged,
            self.mandatory.toggled,
        ]
        for signal in signals:
            signal.connect(self._changed)

    def _sync_enabled(self) -> None:
        self.course.setEnabled(self.course_choice.isChecked())
        self.path.setEnabled(self.path_choice.isChecked())
        self.due.setEnabled(self.has_due.isChecked())
        self.spread_note.setVisible(self.path_choice.isChecked())

    def _changed(self, *_args: object) -> None:
        self._sync_enabled()
        self.revalidate()

    # -- the request -------------------------------------------------------------------------
    def target_kind(self) -> str:
        value = self.kind.currentData()
        return value if isinstance(value, str) else "person"

    def target(self) -> str:
        kind = self.target_kind()
        if kind == "person":
            return picked_id(self.person) or ""
        combo = self.department if kind == "department" else self.role
        return combo.currentText().strip()

    def current_input(self) -> Any:
        from core.assignments import AssignRequest

        by_path = self.path_choice.isChecked()
        code = self.course.currentData()
        path = self.path.currentData()
        due = states.date_of(self.due.date()) if self.has_due.isChecked() else None
        return AssignRequest(
            self.target_kind(),
            self.target(),
            course_codes=() if by_path or not isinstance(code, str) else (code,),
            path=path if by_path and isinstance(path, str) else None,
            start=states.date_of(self.start.date()),
            due=due,
            mandatory=self.mandatory.isChecked(),
            source="path" if by_path else "manual",
        )

    def problems(self) -> list[str]:
        tr = self.tr
        request = self.current_input()
        found = []
        if not request.target:
            names = {
                "person": tr("Choose the person"),
                "department": tr("Choose the department"),
                "role": tr("Choose the role"),
            }
            found.append(names[request.target_kind])
        if not request.course_codes and not request.path:
            found.append(tr("Choose a course or a learning path"))
        if request.due is not None and request.due < request.start:
            found.append(tr("The due date is before the start"))
        return found

    def revalidate(self, *_args: object) -> None:
        super().revalidate()
        if not self.problems():
            self.save_button.setEnabled(False)  # until the plan for this request is in
            self.planning = True
            self.plan_label.setText(self.tr("Checking who this reaches…"))
            self._plan_timer.start()
        else:
            self._plan_generation += 1
            self.planning = False
            self.plan_result = None
            self.plan_label.setText("")

    def plan(self) -> None:
        from core.assignments import plan_assignment

        request, today = self.current_input(), self.today
        self._plan_generation += 1
        generation = self._plan_generation
        DbRead(self, self.db, lambda s: plan_assignment(s, request, today)).success(
            lambda result: self._planned(generation, result, None)
        ).failure(lambda error: self._planned(generation, None, error)).run()

    def _planned(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._plan_generation:
            return  # the form changed since; a newer plan is on its way
        self.planning = False
        self.plan_result = result
        if error is not None:
            self.plan_label.setText(str(error))
            self.save_button.setEnabled(False)
            return
        self.plan_label.setText(plan_text(result))
        self.save_button.setEnabled(result.created > 0 and not self.saving)

    def write(self, session: Any, data: Any) -> Any:
        from core.assignments import assign

        return assign(session, data, self.today)

    @property
    def assign_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AssignDialog", text)


def people_text(count: int) -> str:
    return _tr("1 person") if count == 1 else _tr("{0:,} people").format(count)


def plan_text(result: Any) -> str:
    """ "42 assignments will be created; 3 people already completed it (still valid) — skipped…"""
    created = (
        _tr("1 assignment will be created")
        if result.created == 1
        else _tr("{0:,} assignments will be created").format(result.created)
    )
    parts = [created]
    done_people = {employee for employee, _code in result.skipped_done}
    if done_people:
        parts.append(
            _tr("{0} already completed it (still valid) — skipped").format(
                people_text(len(done_people))
            )
        )
    open_people = {employee for employee, _code in result.skipped_assigned}
    if open_people:
        parts.append(_tr("{0} already assigned — skipped").format(people_text(len(open_people))))
    text = _tr("{0}.").format(_tr("; ").join(parts))  # Chinese ends "；…。"
    skipped = [*result.skipped_done, *result.skipped_assigned]
    if skipped:
        shown = ", ".join(f"{employee} · {code}" for employee, code in skipped[:SHOWN_SKIPS])
        more = len(skipped) - SHOWN_SKIPS
        text += "\n" + _tr("Skipped: {0}").format(shown)
        if more > 0:
            text += " " + _tr("and {0:,} more").format(more)
    if result.created == 0:
        text += "\n" + _tr("Nothing to assign.")
    return text
