"""Which report, about whom, as of which day: the left side of the Reports section."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.report_requests import ReportRequest, ReportSubjects

ALL = ""


class ReportForm(QWidget):
    """Emits ``changed`` whenever the request it describes changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.kinds = QListWidget()
        self.kinds.setObjectName("reportKinds")
        for kind, title, about in self._kind_texts():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(about)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("reportAbout")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("One person"), "person")
        self.scope.addItem(self.tr("Everyone in a department"), "department")
        self.scope.addItem(self.tr("Everyone in a role"), "role")
        self.scope.setToolTip(self.tr("A batch prints one plan per person, each from page 1"))
        self.person = self._searchable_combo()
        self.person.setToolTip(self.tr("Type a name or an employee ID"))
        self.department = QComboBox()
        self.role = QComboBox()
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(self.tr("Statuses, overdue and expiry are computed as of this day"))
        self._last_kind = ""
        self._build_layout()
        for signal in (
            self.kinds.currentRowChanged,
            self.scope.currentIndexChanged,
            self.person.currentIndexChanged,
            self.department.currentIndexChanged,
            self.role.currentIndexChanged,
            self.as_of.dateChanged,
        ):
            signal.connect(self._changed)
        self._changed()

    def _kind_texts(self) -> list[tuple[str, str, str]]:
        return [
            (
                "plan",
                self.tr("Training plan"),
                self.tr(
                    "A person's plan: skills against the role, the courses in order with dates, "
                    "hours, cost and reasons, open gaps and signature lines. Or one per person "
                    "for a department or a role."
                ),
            ),
            (
                "department",
                self.tr("Department report"),
                self.tr(
                    "Completion, overdue, expiring certificates, hours, spend against budget and "
                    "segment mix for one department, with the lists behind them."
                ),
            ),
            (
                "courses",
                self.tr("Course quality report"),
                self.tr(
                    "Ratings, sentiment, themes of complaints, completion and the weak courses "
                    "with their evidence."
                ),
            ),
            (
                "compliance",
                self.tr("Compliance report"),
                self.tr(
                    "People against mandatory courses, with status and expiry dates (landscape)."
                ),
            ),
            (
                "transcript",
                self.tr("Transcript"),
                self.tr("One person's full training history, for appraisals and audits."),
            ),
        ]

    def _searchable_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Report")))
        rows = self.kinds.count()
        self.kinds.setFixedHeight(
            self.kinds.sizeHintForRow(0) * rows + 2 * self.kinds.frameWidth() + 4
        )
        layout.addWidget(self.kinds)
        layout.addWidget(self.about)
        self.fields = QFormLayout()
        self.fields.addRow(self.tr("Plans for"), self.scope)
        self.fields.addRow(self.tr("Person"), self.person)
        self.fields.addRow(self.tr("Department"), self.department)
        self.fields.addRow(self.tr("Role"), self.role)
        self.fields.addRow(self.tr("As of"), self.as_of)
        layout.addLayout(self.fields)
        layout.addStretch(1)

    # -- data --------------------------------------------------------------------------------
    def set_subjects(self, subjects: ReportSubjects) -> None:
        keep = (self.person.currentData(), self.department.currentData(), self.role.currentData())
        for combo in (self.person, self.department, self.role):
            combo.blockSignals(True)
            combo.clear()
        for choice in subjects.people:
            where = f" — {choice.department}" if choice.department else ""
            self.person.addItem(f"{choice.name} ({choice.employee_id}){where}", choice.employee_id)
        self.department.addItem(self.tr("All departments"), ALL)
        for name in subjects.departments:
            self.department.addItem(name, name)
        for name in subjects.roles:
            self.role.addItem(name, name)
        for combo, value in zip((self.person, self.department, self.role), keep, strict=True):
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self._changed()

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "plan"

    def choose(self, kind: str, employee_id: str | None = None) -> None:
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
        if employee_id is not None:
            self.scope.setCurrentIndex(0)
            self.person.setCurrentIndex(self.person.findData(employee_id))
        self._changed()

    def request(self) -> ReportRequest | None:
        """The request described, or None while its subject is missing."""
        kind, day = self.kind(), self._day()
        scope = self.scope.currentData() if kind == "plan" else None
        if kind == "transcript" or scope == "person":
            learner = self.person.currentData()
            return ReportRequest(kind, learner=learner, as_of=day) if learner else None
        if kind == "department" or scope == "department":
            department = self.department.currentData()
            return ReportRequest(kind, department=department, as_of=day) if department else None
        if scope == "role":
            role = self.role.currentData()
            return ReportRequest(kind, role=role, as_of=day) if role else None
        if kind == "compliance":
            department = self.department.currentData() or None
            return ReportRequest(kind, department=department, as_of=day)
        return ReportRequest(kind, as_of=day)

    def _day(self) -> dt.date:
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def _changed(self, *_args: object) -> None:
        kind = self.kind()
        scope = self.scope.currentData() if kind == "plan" else None
        needs_person = kind == "transcript" or scope == "person"
        needs_department = kind in ("department", "compliance") or scope == "department"
        self.fields.setRowVisible(self.scope, kind == "plan")
        self.fields.setRowVisible(self.person, needs_person)
        self.fields.setRowVisible(self.department, needs_department)
        self.fields.setRowVisible(self.role, scope == "role")
        # "All departments" makes sense for compliance only, and is where it starts.
        all_item = self.department.findData(ALL)
        if kind == "compliance" and kind != self._last_kind and all_item >= 0:
            self.department.blockSignals(True)
            self.department.setCurrentIndex(all_item)
            self.department.blockSignals(False)
        self._last_kind = kind
        if all_item >= 0 and kind != "compliance" and self.department.currentIndex() == all_item:
            self.department.blockSignals(True)
            self.department.setCurrentIndex(min(1, self.department.count() - 1))
            self.department.blockSignals(False)
        item = self.kinds.currentItem()
        self.about.setText(item.toolTip() if item is not None else "")
        self.changed.emit()
