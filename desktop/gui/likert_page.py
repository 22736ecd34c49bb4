"""Feedback imports only: the course a survey is about, its questions, and the Likert table.

The Likert table (answer → rating 1–5) starts from the defaults in English and Chinese, or
from the admin's last edits (kept in the user's settings); answers found in the file's
rating columns that the table does not know are listed and can be added in one click.
Every edit re-runs the same mapping ``import feedback`` uses, since which columns hold
ratings is decided by the answers the table knows.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.errors import AppError
from desktop.gui import prefs
from desktop.gui.detail_panel import plain_label
from desktop.gui.import_pages import dim, error_label, show_error
from desktop.gui.import_tables import GridModel, grid_view

if TYPE_CHECKING:
    from desktop.gui.import_wizard import ImportWizard

LIKERT_SETTING = "import/likertTable"
NEW_ANSWER_RATING = 3


def saved_likert() -> dict[str, int] | None:
    value = prefs.qsettings().value(LIKERT_SETTING, "")
    try:
        table = json.loads(str(value)) if value else None
    except ValueError:
        return None
    if not isinstance(table, dict):
        return None
    return {str(k): int(v) for k, v in table.items() if str(v) in ("1", "2", "3", "4", "5")}


def save_likert(table: dict[str, int]) -> None:
    prefs.qsettings().setValue(LIKERT_SETTING, json.dumps(table, ensure_ascii=False))


class LikertEditor(QWidget):
    """An editable two-column table: answer text, rating 1–5 (a spin box)."""

    def __init__(self, on_change: Any) -> None:
        super().__init__()
        self.on_change = on_change
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("likertTable")
        self.table.setHorizontalHeaderLabels([self.tr("Answer"), self.tr("Rating (1–5)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(lambda _item: self.on_change())
        self.add_button = QPushButton(self.tr("Add answer"))
        self.add_button.clicked.connect(lambda: self.add_answer("", NEW_ANSWER_RATING, edit=True))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Restore defaults"))
        self.reset_button.setObjectName("likertReset")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_answers(self, answers: dict[str, int]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for answer, rating in answers.items():
            self._append(answer, rating)
        self.table.blockSignals(False)

    def _append(self, answer: str, rating: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(answer))
        spin = QSpinBox()
        spin.setRange(1, 5)
        spin.setValue(rating)
        spin.valueChanged.connect(lambda _v: self.on_change())
        self.table.setCellWidget(row, 1, spin)
        return row

    def add_answer(self, answer: str, rating: int, *, edit: bool = False) -> None:
        self.table.blockSignals(True)
        row = self._append(answer, rating)
        self.table.blockSignals(False)
        self.table.selectRow(row)
        item = self.table.item(row, 0)
        if edit and item is not None:
            self.table.scrollToItem(item)
            self.table.editItem(item)
        self.on_change()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.on_change()

    def set_rating(self, answer: str, rating: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == answer:
                spin = self.table.cellWidget(row, 1)
                assert isinstance(spin, QSpinBox)
                spin.setValue(rating)

    def answers(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            item, spin = self.table.item(row, 0), self.table.cellWidget(row, 1)
            if item is not None and item.text().strip() and isinstance(spin, QSpinBox):
                found[item.text().strip()] = spin.value()
        return found


class LikertPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Course and answers"))
        self.setSubTitle(
            self.tr(
                "Which course the feedback is about, the survey's questions, and the rating "
                "each answer stands for. Edit the table to rate answers it does not know."
            )
        )
        self.course_edit = QLineEdit()
        self.course_edit.setObjectName("feedbackCourse")
        self.course_edit.setPlaceholderText(self.tr("course code, e.g. FSML-2025"))
        self.course_edit.textChanged.connect(self._course_changed)
        self.course_hint = plain_label("")
        dim(self.course_hint)
        self.questions = GridModel(self)
        self.questions_view = grid_view(self.questions)
        self.questions_view.setObjectName("surveyQuestions")
        self.unknown_label = plain_label("")
        self.unknown_label.setObjectName("unknownAnswers")
        self.add_unknown_button = QPushButton(self.tr("Add them to the table"))
        self.add_unknown_button.setObjectName("addUnknownAnswers")
        self.add_unknown_button.clicked.connect(self.add_unknown)
        self.error_label = error_label()
        self.editor = LikertEditor(self._table_changed)
        self.editor.reset_button.clicked.connect(self.restore_defaults)
        self._unknown: list[str] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Course:"), self.course_edit)
        form.addRow("", self.course_hint)
        layout.addLayout(form)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Questions")))
        left_layout.addWidget(self.questions_view, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Likert answers → ratings")))
        right_layout.addWidget(self.editor, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout.addWidget(splitter, 1)
        unknown = QHBoxLayout()
        unknown.addWidget(self.unknown_label, 1)
        unknown.addWidget(self.add_unknown_button)
        layout.addLayout(unknown)
        layout.addWidget(self.error_label)

    # -- state -------------------------------------------------------------------------------
    def initializePage(self) -> None:
        job = self.import_wizard.job
        if job.likert is None:
            job.likert = saved_likert() or job.likert_answers()
        self.editor.set_answers(job.likert_answers())
        self.course_edit.blockSignals(True)
        self.course_edit.setText(job.course or "")
        self.course_edit.blockSignals(False)
        self._remap()

    def _course_changed(self, text: str) -> None:
        job = self.import_wizard.job
        job.course = text.strip() or None
        job.preview = None
        self._show_course_hint()
        self.completeChanged.emit()

    def _table_changed(self) -> None:
        job = self.import_wizard.job
        job.likert = self.editor.answers()
        job.preview = None
        save_likert(job.likert)
        self._remap()

    def restore_defaults(self) -> None:
        from core.importing.likert import DEFAULT_LIKERT

        self.editor.set_answers(dict(DEFAULT_LIKERT))
        self._table_changed()

    def add_unknown(self) -> None:
        for answer in self._unknown:
            self.editor.add_answer(answer, NEW_ANSWER_RATING)

    def _remap(self) -> None:
        """Questions depend on the answers the table knows: map again, as the CLI would."""
        job = self.import_wizard.job
        try:
            job.mapping = job.map_feedback()
        except AppError as error:
            job.mapping = None
            show_error(self.error_label, str(error))
            self.completeChanged.emit()
            return
        show_error(self.error_label, "")
        self._show_questions(job.mapping)
        self._show_course_hint()
        self.completeChanged.emit()

    def _show_questions(self, mapping: Any) -> None:
        from core.importing.feedback import questions_of

        def column(index: int | None) -> str:
            return self.tr("—") if index is None else self.tr("column {0}").format(index + 1)

        rows = [
            [
                q.question or self.tr("(the file's question column, if any)"),
                column(q.rating),
                column(q.comment),
            ]
            for q in questions_of(mapping)
        ]
        titles = [self.tr("Question"), self.tr("Rating column"), self.tr("Comment column")]
        self.questions.set_grid(titles, rows)
        self._unknown = self.unknown_answers(mapping)
        self.unknown_label.setText(
            self.tr("Answers the table does not know (rows with them are refused): {0}").format(
                ", ".join(f"“{a}”" for a in self._unknown)
            )
            if self._unknown
            else self.tr("Every answer in the rating columns has a rating.")
        )
        self.add_unknown_button.setVisible(bool(self._unknown))

    def unknown_answers(self, mapping: Any) -> list[str]:
        from core.importing.feedback import questions_of
        from core.importing.likert import likert_table, rating_of

        job = self.import_wizard.job
        assert job.table is not None
        table = likert_table(job.likert_answers())
        columns = [q.rating for q in questions_of(mapping) if q.rating is not None]
        found: dict[str, None] = {}
        for row in job.table.rows:
            for column in columns:
                value = row[column].strip() if column < len(row) else ""
                if value and value not in found and rating_of(value, table) is None:
                    found[value] = None
        return list(found)

    def _show_course_hint(self) -> None:
        job = self.import_wizard.job
        in_file = job.mapping is not None and "course" in job.mapping.columns
        if job.course:
            text = self.tr("Every row is about this course.")
        elif in_file:
            text = self.tr("Each row's course comes from the file's course column.")
        else:
            text = self.tr("The file has no course column: enter the course it is about.")
        self.course_hint.setText(text)

    def isComplete(self) -> bool:
        from core.importing.feedback import questions_of

        job = self.import_wizard.job
        if job.mapping is None or not questions_of(job.mapping):
            return False
        return bool(job.course) or "course" in job.mapping.columns
