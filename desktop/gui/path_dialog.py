"""Learning paths…: reusable ordered sets of courses, each optionally due N days after the start.

The list shows every template with its courses and how many people it was assigned to; the
editor orders the courses with Up/Down and gives each an optional due offset. Saving and
deleting run through the one door, so both are audited and undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.bulk_dialogs import coded_model
from desktop.gui.dbop import DbRead
from desktop.gui.edit_support import EditorDialog
from desktop.gui.record_list import RecordListDialog
from desktop.gui.rowmodel import Column

NO_OFFSET = -1  # the offset spin box's "spread" value, shown as its special text


def read_course_list(session: Any) -> list[tuple[str, str]]:
    from core.listing import course_rows

    return [(c.code, c.title) for c in course_rows(session) if c.status == "active"]


class StepTable(QWidget):
    """The path's courses in order: a course picker and an optional due offset per row."""

    def __init__(self, courses: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.courses = list(courses)
        tr = self.tr
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("pathSteps")
        self.table.setHorizontalHeaderLabels([tr("Course"), tr("Due after start")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(tr("&Add course"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.up_button = QPushButton(tr("&Up"))
        self.down_button = QPushButton(tr("Do&wn"))
        self.add_button.clicked.connect(lambda: self.add_step())
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)
        self._listeners: list[Callable[[], object]] = []

    def on_change(self, callback: Callable[[], object]) -> None:
        self._listeners.append(callback)

    def _changed(self, *_args: object) -> None:
        for callback in self._listeners:
            callback()

    def add_step(self, code: str = "", offset: int | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, code or (self.courses[0][0] if self.courses else ""), offset)
        self.table.selectRow(row)
        self._changed()

    def _set_row(self, row: int, code: str, offset: int | None) -> None:
        combo = QComboBox()
        combo.setModel(coded_model(self.courses, combo))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        position = combo.findData(code)
        if position < 0 and code:
            combo.addItem(code, code)  # a retired course the path still names
            position = combo.count() - 1
        combo.setCurrentIndex(max(0, position))
        combo.currentIndexChanged.connect(self._changed)
        days = QSpinBox()
        days.setRange(NO_OFFSET, 3650)
        days.setSpecialValueText(self.tr("spread"))
        days.setSuffix(self.tr(" days"))
        days.setToolTip(
            self.tr('Days after the start; "spread" shares the time up to the due date.')
        )
        days.setValue(NO_OFFSET if offset is None else offset)
        days.valueChanged.connect(self._changed)
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, days)

    def _cells(self, row: int) -> tuple[QComboBox, QSpinBox]:
        combo, days = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox) and isinstance(days, QSpinBox)
        return combo, days

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self._selected()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def move_selected(self, step: int) -> None:
        steps = self.steps()
        row = self._selected()
        target = row + step
        if row < 0 or not 0 <= target < len(steps):
            return
        steps[row], steps[target] = steps[target], steps[row]
        self.set_steps(steps)
        self.table.selectRow(target)

    def set_steps(self, steps: Sequence[tuple[str, int | None]]) -> None:
        self.table.setRowCount(0)
        for code, offset in steps:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._set_row(row, code, offset)
        self._changed()

    def steps(self) -> list[tuple[str, int | None]]:
        found = []
        for row in range(self.table.rowCount()):
            combo, days = self._cells(row)
            code = combo.currentData()
            offset = days.value()
            found.append((str(code or ""), None if offset == NO_OFFSET else offset))
        return found


class PathEditor(EditorDialog):
    """Name, description and ordered courses of one learning-path template."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        courses: Sequence[tuple[str, str]],
        path_id: int | None = None,
        data: Any = None,
    ) -> None:
        action = (
            self.tr("Edit learning path") if path_id is not None else self.tr("New learning path")
        )
        super().__init__(parent, db, action)
        self.setObjectName("pathEditor")
        self.setWindowTitle(action)
        self.path_id = path_id
        tr = self.tr
        self.name = QLineEdit(data.name if data is not None else "")
        self.name.setPlaceholderText(tr("e.g. New manager onboarding"))
        self.description = QLineEdit(data.description if data is not None else "")
        self.description.setCursorPosition(0)  # show its start, not its end
        self.steps = StepTable(courses, self)
        if data is not None:
            self.steps.set_steps(data.items)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self.revalidate)
        self.description.textChanged.connect(self.revalidate)
        self.steps.on_change(self.revalidate)
        self.resize(640, 460)
        self.revalidate()

    def current_input(self) -> Any:
        from core.paths import PathInput

        return PathInput(
            self.name.text().strip(), self.description.text().strip(), tuple(self.steps.steps())
        )

    def extra_problems(self) -> list[str]:
        return [] if self.steps.steps() else [self.tr("Add at least one course")]

    def write(self, session: Any, data: Any) -> Any:
        from core.paths import create_path, update_path

        if self.path_id is None:
            return create_path(session, data)
        update_path(session, self.path_id, data)
        return self.path_id


def steps_text(row: Any) -> str:
    return " → ".join(code for code, _title, _offset in row.items)


class PathsDialog(RecordListDialog):
    def __init__(self, parent: QWidget, db: Database) -> None:
        tr = self.tr
        self.courses: list[tuple[str, str]] = []
        columns = [
            Column[Any](tr("Learning path"), lambda r: r.name, width=200),
            Column[Any](tr("Courses"), lambda r: len(r.items), width=70, align_right=True),
            Column[Any](tr("Assigned to"), lambda r: r.assigned_people, width=90, align_right=True),
            Column[Any](tr("Steps"), steps_text, width=260),
        ]
        super().__init__(parent, db, columns, tr("Learning paths"))
        self.setObjectName("pathsDialog")
        self.resize(780, 420)

    def reload(self) -> None:
        # The course picker's list comes with the rows, so Add… always has it.
        self.loaded = False
        DbRead(self, self.db, lambda s: (read_course_list(s), self.load(s))).success(
            self._both_loaded
        ).run()

    def _both_loaded(self, loaded: tuple[list[tuple[str, str]], list[Any]]) -> None:
        self.courses = loaded[0]
        self._loaded(loaded[1])

    def load(self, session: Any) -> list[Any]:
        from core.paths import path_rows

        return list(path_rows(session))

    def editor(self, row: Any | None) -> EditorDialog:
        if row is None:
            return PathEditor(self, self.db, self.courses)
        from core.paths import PathInput

        steps = tuple((code, offset) for code, _title, offset in row.items)
        data = PathInput(row.name, row.description, steps)
        return PathEditor(self, self.db, self.courses, row.id, data)

    def remover(self, row: Any) -> tuple[str, str, Callable[[Any], object]]:
        from core.paths import delete_path

        question = self.tr("Delete the learning path {0}? Assignments made from it stay.")
        return (
            question.format(row.name),
            self.tr("Delete learning path"),
            lambda s: delete_path(s, row.id),
        )
