"""The course dialog: every field of a course, its skills, prerequisites and modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.edit_support import (
    EditorDialog,
    bad_numbers,
    choice_combo,
    editable_combo,
    number_of,
    number_text,
    optional_number_edit,
    text_or_none,
)
from desktop.gui.list_editors import ModuleTable, PrerequisitePicker, SkillLevelTable

CURRENCIES = ("USD", "EUR", "CNY", "GBP", "JPY", "HKD", "SGD")
LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class CourseChoices:
    """What the dialog's pickers offer, read on the worker before it opens."""

    categories: list[str]
    tags: list[str]
    skills: list[str]
    courses: list[tuple[str, str]]  # (code, title)


def read_course_choices(session: Any) -> CourseChoices:
    from core.catalog import category_names, course_choices, skill_names, tag_names

    return CourseChoices(
        category_names(session), tag_names(session), skill_names(session), course_choices(session)
    )


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def __init__(self, tags: list[str], edit: QLineEdit) -> None:
        super().__init__(QStringListModel(tags), edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setWidget(edit)
        self.activated.connect(self._insert)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if not last:
            popup = self.popup()
            if popup is not None:
                popup.hide()
            return
        self.setCompletionPrefix(last)
        self.complete()

    def _insert(self, tag: str) -> None:
        done = [t.strip() for t in self._edit.text().split(",")[:-1] if t.strip()]
        self._edit.setText(", ".join([*done, tag]) + ", ")


class CourseDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget,
        db: Database,
        choices: CourseChoices,
        data: Any = None,
        course_id: int | None = None,
        hidden: bool = False,
    ) -> None:
        action = self.tr("Edit course") if course_id is not None else self.tr("New course")
        super().__init__(parent, db, action)
        self.setObjectName("courseDialog")
        self.course_id = course_id
        self.setWindowTitle(
            self.tr("Edit course {0}").format(data.code) if data is not None else action
        )
        own_code = data.code if data is not None else None
        self._build(choices, own_code)
        if data is not None:
            self._fill(data)
        self.hidden_box.setChecked(hidden)
        self._connect()
        self.resize(720, 600)
        self.revalidate()

    # -- layout ------------------------------------------------------------------------------
    def _build(self, choices: CourseChoices, own_code: str | None) -> None:
        tr = self.tr
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(choices), tr("General"))
        self.tabs.addTab(self._terms_tab(), tr("Price && format"))
        self.skills = SkillLevelTable(choices.skills, 1, 5, self)
        self.tabs.addTab(self.skills, tr("Skills taught"))
        courses = [(code, title) for code, title in choices.courses if code != own_code]
        self.prerequisites = PrerequisitePicker(courses, self)
        self.tabs.addTab(self.prerequisites, tr("Prerequisites"))
        self.modules = ModuleTable(self)
        self.tabs.addTab(self.modules, tr("Modules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _general_tab(self, choices: CourseChoices) -> QWidget:
        tr = self.tr
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit()
        self.code.setToolTip(tr("A short unique code, e.g. SQL-101. Imports match on it."))
        self.title_edit = QLineEdit()
        self.category = editable_combo(choices.categories)
        self.category.setToolTip(tr("Pick a category or type a new one."))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("Comma-separated, e.g. sql, reporting"))
        self.tag_completer = TagCompleter(choices.tags, self.tags)
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(tr("Blank for an internal course"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        form.addRow(tr("&Code"), self.code)
        form.addRow(tr("&Title"), self.title_edit)
        form.addRow(tr("C&ategory"), self.category)
        form.addRow(tr("Ta&gs"), self.tags)
        form.addRow(tr("&Provider"), self.provider)
        form.addRow(tr("&Description"), self.description)
        self.hidden_box = QCheckBox(tr("&Hide from recommendations"))
        self.hidden_box.setObjectName("hiddenFromRecommendations")
        self.hidden_box.setToolTip(
            tr(
                "Never suggest this course on anyone's Recommended tab. It stays in the "
                "catalog, in learning paths and in assignments."
            )
        )
        form.addRow("", self.hidden_box)
        return page

    def _terms_tab(self) -> QWidget:
        tr = self.tr
        page = QWidget()
        form = QFormLayout(page)
        self.price = optional_number_edit(tr("Blank if unknown; 0 if free"))
        self.currency = editable_combo(CURRENCIES)
        self.currency.setToolTip(tr("Three-letter currency code (ISO 4217), e.g. USD or CNY."))
        self.certificate_price = optional_number_edit(tr("Blank if no paid certificate"))
        self.certificate_price.setToolTip(
            tr("What a verified certificate costs on top of the course price.")
        )
        self.hours = optional_number_edit(tr("Estimated hours of study"), 1)
        self.format = choice_combo(
            [
                ("", None),
                (tr("Online"), "online"),
                (tr("Classroom"), "classroom"),
                (tr("Blended"), "blended"),
                (tr("Video"), "video"),
            ],
            None,
        )
        self.language = editable_combo(LANGUAGES)
        self.language.setToolTip(tr("Language code, e.g. en or zh."))
        self.difficulty = choice_combo(
            [
                ("", None),
                (tr("Beginner"), "beginner"),
                (tr("Intermediate"), "intermediate"),
                (tr("Advanced"), "advanced"),
            ],
            None,
        )
        self.validity = QSpinBox()
        self.validity.setRange(0, 240)
        self.validity.setSpecialValueText(tr("Does not expire"))
        self.validity.setSuffix(tr(" months"))
        self.validity.setToolTip(
            tr("For certifications that expire: months until a completion must be renewed.")
        )
        # self.tr files it under CourseDialog: a course's "Active" is not a person's in Chinese.
        self.status = choice_combo(
            [(self.tr("Active"), "active"), (tr("Retired"), "retired")], None
        )
        self.status.setToolTip(tr("Retired courses stay in history but are not offered."))
        form.addRow(tr("P&rice"), self.price)
        form.addRow(tr("C&urrency"), self.currency)
        form.addRow(tr("Certificate p&rice"), self.certificate_price)
        form.addRow(tr("&Hours"), self.hours)
        form.addRow(tr("&Format"), self.format)
        form.addRow(tr("&Language"), self.language)
        form.addRow(tr("D&ifficulty"), self.difficulty)
        form.addRow(tr("&Valid for"), self.validity)
        form.addRow(tr("&Status"), self.status)
        return page

    def _fill(self, data: Any) -> None:
        self.code.setText(data.code)
        self.title_edit.setText(data.title)
        self.category.setCurrentText(data.category or "")
        self.tags.setText(", ".join(data.tags))
        self.provider.setText(data.provider or "")
        self.description.setPlainText(data.description or "")
        self.price.setText(number_text(data.price))
        self.currency.setCurrentText(data.currency or "")
        self.certificate_price.setText(number_text(data.certificate_price))
        self.hours.setText(number_text(data.hours))
        _select(self.format, data.format)
        self.language.setCurrentText(data.language or "")
        _select(self.difficulty, data.difficulty)
        self.validity.setValue(data.validity_months or 0)
        _select(self.status, data.status)
        self.skills.set_levels(list(data.skills))
        self.prerequisites.set_codes(list(data.prerequisites))
        self.modules.set_modules(list(data.modules))

    def _connect(self) -> None:
        for edit in (self.code, self.title_edit, self.tags, self.provider, self.price):
            edit.textChanged.connect(self.revalidate)
        for edit in (self.certificate_price, self.hours):
            edit.textChanged.connect(self.revalidate)
        for combo in (self.category, self.currency, self.language):
            combo.currentTextChanged.connect(self.revalidate)
        for combo in (self.format, self.difficulty, self.status):
            combo.currentIndexChanged.connect(self.revalidate)
        self.description.textChanged.connect(self.revalidate)
        self.validity.valueChanged.connect(self.revalidate)
        for editor in (self.skills, self.prerequisites, self.modules):
            editor.edited.connect(self.revalidate)

    # -- the value ---------------------------------------------------------------------------
    def current_input(self) -> Any:
        from core.catalog import CourseInput

        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return CourseInput(
            code=self.code.text().strip(),
            title=self.title_edit.text().strip(),
            description=self.description.toPlainText(),
            category=text_or_none(self.category.currentText()),
            tags=tags,
            provider=text_or_none(self.provider.text()),
            price=number_of(self.price),
            currency=text_or_none(self.currency.currentText().upper()),
            certificate_price=number_of(self.certificate_price),
            hours=number_of(self.hours),
            format=self.format.currentData(),
            language=text_or_none(self.language.currentText()),
            difficulty=self.difficulty.currentData(),
            validity_months=self.validity.value() or None,
            status=self.status.currentData() or "active",
            skills=tuple(self.skills.levels()),
            prerequisites=tuple(self.prerequisites.codes()),
            modules=tuple(self.modules.modules()),
        )

    def extra_problems(self) -> list[str]:
        amounts = [
            (self.tr("Price"), self.price),
            (self.tr("Certificate price"), self.certificate_price),
            (self.tr("Hours"), self.hours),
        ]
        return bad_numbers(amounts) + self.skills.problems() + self.modules.problems()

    def write(self, session: Any, data: Any) -> Any:
        from core.catalog import create_course, update_course
        from core.recommend.controls import set_course_hidden

        if self.course_id is None:
            course_id = create_course(session, data)
        else:
            update_course(session, self.course_id, data)
            course_id = self.course_id
        session.flush()  # a new or renamed code must be found by the next step
        set_course_hidden(session, data.code, self.hidden_box.isChecked())
        return course_id


def _select(combo: Any, value: str | None) -> None:
    position = combo.findData(value)
    if position < 0 and value:
        combo.addItem(value, value)
        position = combo.count() - 1
    combo.setCurrentIndex(max(0, position))
