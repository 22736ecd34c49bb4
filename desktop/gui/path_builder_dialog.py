"""Build a learning path for one person: target, time and budget in; a dated plan out.

The plan comes from :func:`core.pathbuilder.build_plan` on the worker. Moving and removing
steps are pure functions on the plan (no database), so they run here and the dates shown
are recomputed at once; a refused edit (a course before its prerequisite) is shown in the
dialog. Assign writes the whole plan through ``DbOp`` with
:func:`core.pathbuilder.assign_plan`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from db.session import Database
from desktop.gui.dbop import DbOp, DbRead, services_for
from desktop.gui.detail_panel import plain_label

COLUMNS = 7  # order, course, start, due, hours, cost, why
WHY_COLUMN = 6


class PathBuilderDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        person: tuple[str, str],  # (employee id, name)
        roles: list[str],
        role: str,
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pathBuilder")
        self.db = db
        self.employee_id, name = person
        self.today = today
        self.plan: Any = None  # core.path_plan.Plan once built
        self.assigned: Any = None  # core.assignments.AssignResult once assigned
        self.setWindowTitle(self.tr("Build a learning path for {0}").format(name))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.addLayout(self._inputs(roles, role))
        self.problem = plain_label("", object_name="problem")
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.notice = plain_label("", object_name="notice")  # what the last edit did
        layout.addWidget(self.notice)
        self.swap_dialog: Any = None  # desktop.gui.path_swap_dialog.SwapDialog while open
        self.summary = plain_label("", object_name="summary")
        layout.addWidget(self.summary)
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._step_buttons())
        self.gaps = plain_label("", object_name="openGaps")
        layout.addWidget(self.gaps)
        layout.addWidget(self._buttons())
        self._show_plan()

    # -- building the widgets ----------------------------------------------------------------
    def _inputs(self, roles: list[str], role: str) -> QFormLayout:
        form = QFormLayout()
        self.role = QComboBox()
        self.role.addItem(self.tr("(the skills below)"), None)
        for name in roles:
            self.role.addItem(name, name)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        form.addRow(self.tr("Target role"), self.role)
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("or skills with levels, e.g. SQL=3, Excel=2"))
        form.addRow(self.tr("Target skills"), self.skills)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 80.0)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(4.0)
        form.addRow(self.tr("Hours per week"), self.hours)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.0, 10_000_000.0)
        self.budget.setDecimals(2)
        self.budget.setSingleStep(100.0)
        self.budget.setSpecialValueText(self.tr("No limit"))  # shown at 0
        form.addRow(self.tr("Budget"), self.budget)
        self.start = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Start"), self.start)
        self.build_button = QPushButton(self.tr("Build plan"))
        self.build_button.clicked.connect(self.build)
        form.addRow("", self.build_button)
        return form

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("planTable")
        tr = self.tr
        headers = [
            tr("#"),
            tr("Course"),
            tr("Start"),
            tr("Due"),
            tr("Hours"),
            tr("Cost"),
            tr("Why"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 260)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        return self.table

    def _step_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_step)
        self.swap_button = QPushButton(self.tr("&Swap…"))
        self.swap_button.setToolTip(
            self.tr("Replace this course with one that closes the same gaps")
        )
        self.swap_button.clicked.connect(self.swap_step)
        for button in (self.up_button, self.down_button, self.remove_button, self.swap_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.assign_button = box.addButton(
            self.tr("&Assign path"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.assign_button.clicked.connect(self.assign)
        box.rejected.connect(self.reject)
        return box

    # -- building and editing the plan -------------------------------------------------------
    def request(self) -> Any:
        from core.pathbuilder import PathRequest, parse_skill_levels

        role = self.role.currentData()
        text = self.skills.text().strip()
        skills = parse_skill_levels(text) if role is None and text else None
        budget = self.budget.value() or None
        day = self.start.date()
        return PathRequest(
            self.employee_id,
            role=role,
            skills=skills,
            hours_per_week=self.hours.value(),
            budget=budget,
            start=dt.date(day.year(), day.month(), day.day()),
        )

    def build(self) -> None:
        from core.pathbuilder import build_plan

        try:
            request = self.request()
        except AppError as error:
            self._build_failed(error)
            return
        self.problem.setText("")
        self.build_button.setEnabled(False)
        today = self.today
        DbRead(self, self.db, lambda s: build_plan(s, request, today)).success(self._built).failure(
            self._build_failed
        ).run()

    def _built(self, plan: Any) -> None:
        self.build_button.setEnabled(True)
        self._set_plan(plan, selected=0)

    def _build_failed(self, error: BaseException) -> None:
        self.build_button.setEnabled(True)
        if not isinstance(error, AppError):  # a bug, not a refusal: the crash dialog
            services = services_for(self)
            if services is not None:
                services.report(error, self.windowTitle())
            return
        self.plan = None  # the plan shown was for the previous target
        self._show_plan()
        self._refused(error)

    def _refused(self, error: AppError) -> None:
        self.problem.setText(str(error))

    def selected_step(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_step(self, offset: int) -> None:
        from core.pathbuilder import reorder

        index = self.selected_step()
        if self.plan is None or index is None:
            return
        code = self.plan.steps[index].code
        try:
            plan = reorder(self.plan, code, index + 1 + offset)
        except AppError as error:
            self._refused(error)
            return
        self._set_plan(plan, selected=index + offset)

    def remove_step(self) -> None:
        from core.pathbuilder import remove

        index = self.selected_step()
        if self.plan is None or index is None:
            return
        try:
            plan = remove(self.plan, self.plan.steps[index].code)
        except AppError as error:
            self._refused(error)
            return
        self._set_plan(plan, selected=min(index, len(plan.steps) - 1))

    def swap_step(self) -> None:
        from desktop.gui.path_swap_dialog import open_swap

        self.problem.setText("")
        self.swap_dialog = open_swap(self)

    def assign(self) -> None:
        from core.pathbuilder import assign_plan

        plan, today = self.plan, self.today
        if plan is None or not plan.steps:
            return
        self.assign_button.setEnabled(False)
        action = self.tr("Assign learning path")
        DbOp(self, self.db, lambda s: assign_plan(s, plan, today), action=action).success(
            self._assigned
        ).run()

    def _assigned(self, result: Any) -> None:
        self.assigned = result
        text = self.tr("Assigned {0} courses.").format(result.created)
        skipped = len(result.skipped_done) + len(result.skipped_assigned)
        if skipped:
            text += " " + self.tr("{0} skipped: already assigned or completed.").format(skipped)
        self.summary.setText(text)

    # -- showing the plan --------------------------------------------------------------------
    def set_plan(self, plan: Any, selected: int) -> None:
        """Show an edited (or new) plan, its dates recomputed, with one step selected."""
        self._set_plan(plan, selected)

    def _set_plan(self, plan: Any, selected: int) -> None:
        self.plan = plan
        self.problem.setText("")
        self.notice.setText("")
        self._show_plan()
        if 0 <= selected < self.table.rowCount():
            self.table.selectRow(selected)
        self._sync_buttons()

    def _show_plan(self) -> None:
        plan = self.plan
        steps = plan.steps if plan is not None else ()
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            cells = [
                str(row + 1),
                f"{step.code} · {step.title}",
                step.start.isoformat(),
                step.end.isoformat(),
                f"{step.hours:g}",
                f"{step.cost:,.2f}",
                "\n".join(reason.text() for reason in step.reasons),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # Top-aligned, so a row with several reasons still reads as one line of facts.
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if column in (0, 4, 5)
                    else Qt.AlignmentFlag.AlignLeft
                )
                item.setTextAlignment(side | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._show_summary(plan)
        self._sync_buttons()

    def _show_summary(self, plan: Any) -> None:
        if plan is None:
            self.summary.setText(self.tr("Choose a target and press Build plan."))
            self.gaps.setText("")
            return
        summary = self.tr("{0} courses towards {1}: {2:g} hours, cost {3:,.2f}").format(
            len(plan.steps), plan.target, plan.total_hours, plan.total_cost
        )
        if plan.end is not None:
            summary += " · " + self.tr("last due {0}").format(plan.end.isoformat())
        left = plan.budget_left
        if left is not None:
            summary += " · " + (
                self.tr("{0:,.2f} over budget").format(-left)
                if left < 0
                else self.tr("{0:,.2f} of the budget left").format(left)
            )
        self.summary.setText(summary)
        if plan.open_gaps:
            lines = [self.tr("Gaps left open:")]
            lines += [f"• {gap.reason.text()}" for gap in plan.open_gaps]
        else:
            lines = [self.tr("The plan closes every gap.")]
        lines += [f"• {note.text()}" for note in plan.notes]
        self.gaps.setText("\n".join(lines))

    def _sync_buttons(self) -> None:
        index = self.selected_step()
        count = len(self.plan.steps) if self.plan is not None else 0
        self.up_button.setEnabled(index is not None and index > 0)
        self.down_button.setEnabled(index is not None and index < count - 1)
        self.remove_button.setEnabled(index is not None)
        self.swap_button.setEnabled(index is not None)
        self.assign_button.setEnabled(count > 0 and self.assigned is None)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def shown_dates(self) -> list[tuple[str, str, str]]:
        """(course, start, due) of each row as shown, for tests."""
        return [
            (self.cell(r, 1), self.cell(r, 2), self.cell(r, 3))
            for r in range(self.table.rowCount())
        ]


def open_path_builder(parent: Any, person: tuple[str, str], role: str) -> None:
    """Read the role names on the worker, then show the dialog through the window's dialogs."""
    db = parent.db
    if db is None:
        return

    def read_roles(session: Any) -> list[str]:
        from core.people import role_rows

        return [r.name for r in role_rows(session)]

    def opened(roles: list[str]) -> None:
        from desktop.gui import states

        dialogs = parent.dialogs()
        if dialogs is not None:
            dialog = PathBuilderDialog(parent, db, person, roles, role, states.today())
            if role in roles:
                dialog.build()  # their own role: the plan is the first thing wanted
            dialogs.run_editor(dialog)  # modal in the app: build() above is queued already

    DbRead(parent, db, read_roles).success(opened).run()
