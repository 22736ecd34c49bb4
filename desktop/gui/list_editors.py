"""Small list editors the dialogs share: skill levels, prerequisite courses, ordered modules."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.edit_support import editable_combo


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, table.fontMetrics().horizontalAdvance("0000.00") + 48)
    return table


class SkillLevelTable(QWidget):
    """(skill, level) rows: a skill picked from the known names or typed new, a level spin."""

    edited = Signal()

    def __init__(
        self, skill_names: Sequence[str], lowest: int, highest: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.skill_names = list(skill_names)
        self.lowest, self.highest = lowest, highest
        self.table = _table([self.tr("Skill"), self.tr("Level")])
        self.table.setObjectName("skillLevels")
        self.add_button = QPushButton(self.tr("&Add skill"))
        self.add_button.setToolTip(self.tr("Pick a skill from the list or type a new name."))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.add_button.clicked.connect(lambda: self.add_row("", max(1, lowest)))
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_button_row(self.add_button, self.remove_button))

    def add_row(self, skill: str, level: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = editable_combo(self.skill_names, skill)
        combo.currentTextChanged.connect(lambda _t: self.edited.emit())
        spin = QSpinBox()
        spin.setRange(self.lowest, self.highest)
        spin.setValue(level)
        spin.setToolTip(self.tr("Level {0} (none) to {1} (expert)").format(self.lowest, 5))
        spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, spin)
        self.table.setCurrentCell(row, 0)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_levels(self, levels: Sequence[tuple[str, int]]) -> None:
        self.table.setRowCount(0)
        for skill, level in levels:
            self.add_row(skill, level)

    def _cells(self, row: int) -> tuple[QComboBox, QSpinBox]:
        combo, spin = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
        return combo, spin

    def levels(self) -> list[tuple[str, int]]:
        found = []
        for row in range(self.table.rowCount()):
            combo, spin = self._cells(row)
            if combo.currentText().strip():
                found.append((combo.currentText().strip(), spin.value()))
        return found

    def problems(self) -> list[str]:
        blank = [
            str(row + 1)
            for row in range(self.table.rowCount())
            if not self._cells(row)[0].currentText().strip()
        ]
        if not blank:
            return []
        return [self.tr("Skills row {0}: choose or type a skill").format(", ".join(blank))]


class PrerequisitePicker(QWidget):
    """Courses this one requires: search the catalog by code or title, add, remove."""

    edited = Signal()

    def __init__(self, courses: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = dict(courses)
        self.search = QComboBox()
        self.search.setObjectName("prerequisiteSearch")
        self.search.setEditable(True)
        # Not sized to contents: that would measure every course title when the tab shows.
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.search.setSizeAdjustPolicy(policy)
        self.search.setMinimumContentsLength(30)
        self.search.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, title in courses:
            self.search.addItem(f"{code} · {title}", code)
        self.search.setCurrentIndex(-1)
        line = self.search.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Search courses by code or title…"))
        completer = self.search.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_current)
        self.chosen = QListWidget()
        self.chosen.setObjectName("prerequisiteList")
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chosen, 1)
        layout.addLayout(_button_row(self.remove_button))

    def add_code(self, code: str) -> None:
        if code in self.codes():
            return
        item = QListWidgetItem(f"{code} · {self.titles.get(code, '')}".rstrip(" ·"))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.chosen.addItem(item)
        self.edited.emit()

    def add_current(self) -> None:
        position = self.search.findText(self.search.currentText())
        code = self.search.itemData(position) if position >= 0 else None
        if isinstance(code, str):
            self.add_code(code)
            self.search.setCurrentIndex(-1)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.edited.emit()

    def set_codes(self, codes: Sequence[str]) -> None:
        self.chosen.clear()
        for code in codes:
            self.add_code(code)

    def codes(self) -> list[str]:
        return [
            str(self.chosen.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.chosen.count())
        ]


class ModuleTable(QWidget):
    """Ordered lessons: title and optional hours; add, remove, move up and down."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([self.tr("Title"), self.tr("Hours")])
        self.table.setObjectName("moduleTable")
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        buttons = [
            (self.tr("&Add module"), self.add_module),
            (self.tr("Remo&ve"), self.remove_selected),
            (self.tr("Move &up"), lambda: self.move_selected(-1)),
            (self.tr("Move &down"), lambda: self.move_selected(1)),
        ]
        self.buttons = []
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_button_row(*self.buttons))

    def add_module(self, title: str = "", hours: float | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, title, "" if hours is None else f"{hours:g}")
        self.table.setCurrentCell(row, 0)
        self.edited.emit()

    def _set_row(self, row: int, title: str, hours: str) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(title))
        hours_item = QTableWidgetItem(hours)
        hours_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, hours_item)

    def _texts(self, row: int) -> tuple[str, str]:
        title, hours = self.table.item(row, 0), self.table.item(row, 1)
        return (title.text() if title else "", hours.text().strip() if hours else "")

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        here, there = self._texts(row), self._texts(target)
        self.table.blockSignals(True)
        self._set_row(row, *there)
        self._set_row(target, *here)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)
        self.edited.emit()

    def set_modules(self, modules: Sequence[tuple[str, float | None]]) -> None:
        self.table.setRowCount(0)
        for title, hours in modules:
            self.add_module(title, hours)

    def modules(self) -> list[tuple[str, float | None]]:
        found: list[tuple[str, float | None]] = []
        for row in range(self.table.rowCount()):
            title, hours = self._texts(row)
            found.append((title.strip(), _hours(hours)))
        return found

    def problems(self) -> list[str]:
        found = []
        for row in range(self.table.rowCount()):
            hours = self._texts(row)[1]
            if hours and _hours(hours) is None:
                found.append(
                    self.tr("Module {0}: hours '{1}' is not a number").format(row + 1, hours)
                )
        return found


def _hours(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
