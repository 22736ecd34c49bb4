"""What every editing dialog shares: inline problems, Save only when valid, saving through DbOp.

A dialog builds a core input value (``CourseInput``, ``EmployeeInput``…) from its widgets
on every change and shows ``problems()`` under the form, so the admin sees what to fix as
they type. Save runs the write through the one door (:class:`DbOp`); when the core refuses
it (a prerequisite cycle, a duplicate code) the message shows in the dialog, which stays
open with everything the admin typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.errors import AppError
from db.session import Database
from desktop.gui.dbop import DbOp, services_for
from desktop.gui.detail_panel import plain_label


def optional_number_edit(placeholder: str, decimals: int = 2) -> QLineEdit:
    """A line edit for an optional amount: blank means "not known", never 0."""
    edit = QLineEdit()
    validator = QDoubleValidator(0.0, 1e12, decimals, edit)
    validator.setNotation(QDoubleValidator.Notation.StandardNotation)
    validator.setLocale(QLocale.c())  # "12.5" whatever the system's decimal comma
    edit.setValidator(validator)
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def number_of(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", "")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def bad_numbers(fields: Sequence[tuple[str, QLineEdit]]) -> list[str]:
    """A problem for each amount field holding text that is not an amount (pasted text)."""
    return [
        QCoreApplication.translate("EditorDialog", "{0}: '{1}' is not an amount").format(
            name, edit.text()
        )
        for name, edit in fields
        if edit.text().strip() and not edit.hasAcceptableInput()
    ]


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if float(value).is_integer() else f"{value}"


def editable_combo(values: Sequence[str], current: str | None = None) -> QComboBox:
    """A combo that offers known ``values`` and accepts a new one typed in."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(list(values))
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentText(current or "")
    return combo


def choice_combo(choices: Sequence[tuple[str, str | None]], current: str | None) -> QComboBox:
    """A fixed list of (shown text, stored value); an unknown stored value is kept as is."""
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, value)
    position = combo.findData(current)
    if position < 0 and current:
        combo.addItem(current, current)
        position = combo.count() - 1
    combo.setCurrentIndex(max(0, position))
    return combo


def text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class EditorDialog(QDialog):
    """Base of the course, person, department and role dialogs."""

    def __init__(self, parent: QWidget, db: Database, action: str) -> None:
        super().__init__(parent)
        self.db = db
        self.action = action
        self.saved_result: Any = None
        self.saving = False
        self.problems_label = plain_label("", object_name="problemsText", selectable=False)
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.problems_label.hide()
        self.error_label = plain_label("", object_name="errorText")
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._on_saved: list[Callable[[Any], object]] = []

    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    # -- what subclasses provide -------------------------------------------------------------
    def current_input(self) -> Any:
        """The core input value the widgets describe right now."""
        raise NotImplementedError

    def write(self, session: Any, data: Any) -> Any:
        """Runs on the worker inside ``perform``: create or update the record."""
        raise NotImplementedError

    def extra_problems(self) -> list[str]:
        """Problems the widgets know of before the core sees the value."""
        return []

    # -- validation --------------------------------------------------------------------------
    def problems(self) -> list[str]:
        found = list(self.extra_problems())
        data = self.current_input()
        found.extend(message.text() for message in data.problems())
        return found

    def revalidate(self, *_args: object) -> None:
        problems = self.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.save_button.setEnabled(not problems and not self.saving)
        self.error_label.hide()  # a refusal is about the value that was saved, not this one

    # -- saving ------------------------------------------------------------------------------
    def when_saved(self, callback: Callable[[Any], object]) -> None:
        self._on_saved.append(callback)

    def save(self) -> None:
        if self.saving or self.problems():
            return
        data = self.current_input()
        self.saving = True
        self.save_button.setEnabled(False)
        DbOp(self, self.db, lambda s: self.write(s, data), action=self.action).success(
            self._saved
        ).failure(self._failed).run()

    def reject(self) -> None:
        # Closing while the write runs would drop its broadcast (views, Undo): wait for it.
        if not self.saving:
            super().reject()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.saved_result = result
        for callback in self._on_saved:
            callback(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, AppError):
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        services = services_for(self.parent())
        if services is not None:
            services.report(error, self.action)
        else:
            raise error


def caption(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    return label
