"""Column mapping: one row per field, a drop-down of the file's columns by number and header.

``core.importing.auto_map`` fills it from the header names (English and Chinese); each
change the user makes becomes a ``--map``-style override (``field=3``, ``field=``) given to
``apply_overrides``, so the wizard and the CLI map columns by exactly the same rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.errors import AppError
from desktop.gui.detail_panel import plain_label
from desktop.gui.import_pages import error_label, show_error
from desktop.gui.import_tables import numbered

if TYPE_CHECKING:
    from desktop.gui.import_wizard import ImportWizard

# Kinds whose fields hold dates, for which a date format may be needed.
DATED_KINDS = frozenset({"learners", "feedback"})
SAMPLE_WIDTH = 40


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Columns were matched by their names. Check each field, and choose a column "
                "for those that were not recognised. Fields marked * are required."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self._auto: Any = None
        self._built_for: tuple[str, tuple[str, ...]] | None = None
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.problems_label = error_label()
        self.problems_label.setObjectName("headerProblems")
        self.unmapped_label = plain_label("")
        self.survey_label = plain_label("")
        self.survey_label.setObjectName("surveyLayout")
        self.survey_label.setVisible(False)
        self.date_format_edit = QLineEdit()
        self.date_format_edit.setObjectName("dateFormat")
        self.date_format_edit.setPlaceholderText(self.tr("e.g. %d/%m/%Y — empty: detect"))
        self.date_format_edit.textChanged.connect(self._date_format_changed)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.survey_label)
        layout.addWidget(self.unmapped_label)
        self.date_form = QWidget()
        form = QFormLayout(self.date_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Date format:"), self.date_format_edit)
        layout.addWidget(self.date_form)

    # -- building the rows ---------------------------------------------------------------
    def initializePage(self) -> None:
        job = self.import_wizard.job
        assert job.table is not None  # the source page is complete
        headers = tuple(job.table.headers)
        self._auto = self._automatic(job)
        if self._built_for != (job.kind, headers):
            self._build_rows(job.kind, headers)
        if job.mapping is None:
            job.mapping = self._auto
        self._show_mapping(job.mapping)
        self.date_form.setVisible(job.kind in DATED_KINDS)
        self.date_format_edit.setText(job.date_format or "")
        self._refresh_problems()

    @staticmethod
    def _automatic(job: Any) -> Any:
        """The mapping before any change of the user's (feedback: with the survey found)."""
        from core.importing import auto_map

        if job.kind != "feedback":
            return auto_map(job.kind, tuple(job.table.headers))
        saved, job.overrides = job.overrides, []
        try:
            return job.map_feedback()
        finally:
            job.overrides = saved

    def _build_rows(self, kind: str, headers: tuple[str, ...]) -> None:
        from core.importing import REQUIRED
        from core.importing.fields import mappable_fields

        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos.clear()
        self.samples.clear()
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Column in the file"), self.tr("First value"))
        ):
            heading = QLabel(title)
            heading.setFont(_bold(heading.font()))
            self.grid.addWidget(heading, 0, column)
        required = set(REQUIRED[kind])
        for row, name in enumerate(mappable_fields(kind), start=1):
            label = QLabel(f"{name} *" if name in required else name)
            if name in required:
                label.setFont(_bold(label.font()))
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.setMinimumContentsLength(24)
            combo.addItem(self.tr("— not imported —"), None)
            for index, text in enumerate(numbered(headers)):
                combo.addItem(text, index)
            combo.currentIndexChanged.connect(lambda _i, f=name: self._combo_changed(f))
            sample = plain_label("", selectable=False)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(sample, row, 2)
            self.combos[name] = combo
            self.samples[name] = sample
        self.grid.setRowStretch(len(self.combos) + 1, 1)
        self._built_for = (kind, headers)

    def _show_mapping(self, mapping: Any) -> None:
        for name, combo in self.combos.items():
            column = mapping.columns.get(name)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if column is None else max(0, combo.findData(column)))
            combo.blockSignals(False)
            self._show_sample(name)

    def _show_sample(self, name: str) -> None:
        table = self.import_wizard.job.table
        column = self.combos[name].currentData()
        text = ""
        if table is not None and isinstance(column, int) and table.rows:
            first = next((r[column] for r in table.rows if column < len(r) and r[column]), "")
            text = first if len(first) <= SAMPLE_WIDTH else first[: SAMPLE_WIDTH - 1] + "…"
        self.samples[name].setText(text)

    # -- changes -------------------------------------------------------------------------
    def combo_for(self, field: str) -> QComboBox:
        return self.combos[field]

    def overrides(self) -> list[str]:
        """The user's changes to the automatic mapping, as ``--map`` would write them."""
        changed = []
        for name, combo in self.combos.items():
            column = combo.currentData()
            if self._auto is not None and self._auto.columns.get(name) == column:
                continue
            changed.append(f"{name}={column + 1}" if isinstance(column, int) else f"{name}=")
        return changed

    def _combo_changed(self, name: str) -> None:
        from core.importing import apply_overrides

        self._show_sample(name)
        job = self.import_wizard.job
        assert job.table is not None
        job.preview = None
        job.overrides = self.overrides()
        try:
            if job.kind == "feedback":  # rating/comment given twice list survey questions
                job.mapping = job.map_feedback()
            else:
                job.mapping = apply_overrides(
                    job.kind, job.table.headers, self._auto, job.overrides
                )
        except AppError as error:
            job.mapping = None
            show_error(self.problems_label, str(error))
            self.completeChanged.emit()
            return
        self._show_mapping(job.mapping)  # taking a column from another field unmaps it there
        self._refresh_problems()

    def _date_format_changed(self, text: str) -> None:
        job = self.import_wizard.job
        job.date_format = text.strip() or None
        job.preview = None

    def _refresh_problems(self) -> None:
        mapping = self.import_wizard.job.mapping
        if mapping is None:
            return
        show_error(self.problems_label, "\n".join(m.text() for m in mapping.header_problems))
        if mapping.questions:  # a survey sheet: its questions are listed on the next page
            self.survey_label.setText(
                self.tr(
                    "A survey sheet: {0} questions, each with its rating and/or comment "
                    "column. The next page lists them and the Likert answers."
                ).format(len(mapping.questions))
            )
        self.survey_label.setVisible(bool(mapping.questions))
        unmapped = list(mapping.unmapped_headers)
        self.unmapped_label.setText(
            self.tr("Not imported: {0}").format(", ".join(str(h) for h in unmapped))
            if unmapped
            else ""
        )
        self.completeChanged.emit()

    def missing_required(self) -> list[str]:
        from core.importing import REQUIRED

        job = self.import_wizard.job
        if job.mapping is None:
            return list(REQUIRED[job.kind])
        return [name for name in REQUIRED[job.kind] if name not in job.mapping.columns]

    def isComplete(self) -> bool:
        return self.import_wizard.job.mapping is not None and not self.missing_required()

    def nextId(self) -> int:
        """Feedback goes on to its Likert answers and course; other kinds skip that page."""
        wizard = self.import_wizard
        following = wizard.likert_page if wizard.job.kind == "feedback" else wizard.preview_page
        return wizard.page_ids[following]


def _bold(font: QFont) -> QFont:
    font.setBold(True)
    return font
