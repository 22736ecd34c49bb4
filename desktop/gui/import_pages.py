"""The wizard's first pages: which file and what it holds, then its sheet and encoding."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from core.errors import AppError
from desktop.gui.crash import report_crash
from desktop.gui.dbop import BackgroundOp
from desktop.gui.detail_panel import plain_label
from desktop.gui.import_tables import GridModel, grid_view, source_sample
from desktop.gui.import_wizard import (
    CHOOSABLE_KINDS,
    TABLE_FILTER,
    SourceRead,
    last_folder,
    read_source,
    remember_folder,
)

if TYPE_CHECKING:
    from desktop.gui.import_wizard import ImportWizard

# Offered when detection fails or the text looks wrong; the engine decodes with these names.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "big5",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "shift_jis",
    "cp1252",
    "latin-1",
)


def error_label() -> QLabel:
    label = plain_label("")
    label.setObjectName("importError")
    font = label.font()
    font.setBold(True)  # no colour of its own: stays readable in light and dark palettes
    label.setFont(font)
    label.setVisible(False)
    return label


def dim(label: QLabel) -> None:
    """Secondary text: the palette's placeholder colour, so it follows light/dark."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (.xlsx) file, for example an export from HR or a "
                "course provider. Nothing is stored until the last step."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.kind_buttons = QButtonGroup(self)
        self.kind_buttons.buttonToggled.connect(lambda *_a: self.completeChanged.emit())
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("It holds:")))
        texts = {
            "courses": (
                self.tr("Courses"),
                self.tr("code, title, description, provider, price, hours, format …"),
            ),
            "learners": (
                self.tr("Learners"),
                self.tr("employee id, name, email, department, role, manager, hire date …"),
            ),
            "roles": (
                self.tr("Roles"),
                self.tr("one row per role and skill it requires, with the level (1–5)"),
            ),
        }
        texts["feedback"] = (
            self.tr("Feedback or a survey"),
            self.tr(
                "ratings and comments about courses; survey sheets with one column per "
                "question and Likert answers (“Yes, absolutely”, “非常满意” …)"
            ),
        )
        for number, kind in enumerate(CHOOSABLE_KINDS):
            title, fields = texts[kind]
            button = QRadioButton(title)
            button.setObjectName(f"kind_{kind}")
            self.kind_buttons.addButton(button, number)
            layout.addWidget(button)
            hint = plain_label(fields)
            hint.setContentsMargins(24, 0, 0, 6)
            dim(hint)
            layout.addWidget(hint)
        layout.addStretch(1)

    def kind_button(self, kind: str) -> QRadioButton:
        button = self.kind_buttons.button(CHOOSABLE_KINDS.index(kind))
        assert isinstance(button, QRadioButton)
        return button

    def initializePage(self) -> None:
        job = self.import_wizard.job
        self.kind_button(job.kind).setChecked(True)
        if job.path is not None:
            self.path_edit.setText(str(job.path))

    def browse(self) -> None:
        dialogs = self.import_wizard.dialogs
        if dialogs is None:
            return
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path = dialogs.get_open_file(
            self.tr("Choose a file to import"), TABLE_FILTER, start or last_folder()
        )
        if path is not None:
            self.path_edit.setText(str(path))

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def chosen_kind(self) -> str:
        return CHOOSABLE_KINDS[max(0, self.kind_buttons.checkedId())]

    def isComplete(self) -> bool:
        path = self.chosen_path()
        return path is not None and path.is_file() and self.kind_buttons.checkedId() >= 0

    def validatePage(self) -> bool:
        job = self.import_wizard.job
        path = self.chosen_path()
        assert path is not None  # isComplete
        if path != job.path:
            job.path, job.sheet, job.encoding, job.table = path, None, None, None
        if self.chosen_kind() != job.kind:
            job.kind, job.mapping, job.overrides = self.chosen_kind(), None, []
        remember_folder(path)
        return True


class SourcePage(QWizardPage):
    """Which sheet (XLSX with several), which encoding (CSV), and the first rows as read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Sheet and encoding"))
        self.setSubTitle(
            self.tr(
                "Check that the first rows read correctly. If the text looks garbled, "
                "choose another encoding."
            )
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.addItem(self.tr("Detect automatically"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_chosen)
        self.detected_label = plain_label("")
        self.status_label = plain_label("")
        self.error_label = error_label()
        self.sample = GridModel(self)
        self.sample_view = grid_view(self.sample)
        self.sample_view.setObjectName("sourceSample")
        self._generation = 0
        self._loading = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.sheet_row_label = QLabel(self.tr("Sheet:"))
        form.addRow(self.sheet_row_label, self.sheet_combo)
        self.encoding_row_label = QLabel(self.tr("Encoding:"))
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.detected_label, 1)
        form.addRow(self.encoding_row_label, encoding_row)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.sample_view, 1)
        layout.addStretch(0)  # keeps the message at the top while there are no rows to show

    # -- state -------------------------------------------------------------------------------
    def initializePage(self) -> None:
        job = self.import_wizard.job
        if job.table is None:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.blockSignals(False)
            self._set_encoding_choice(job.encoding)
            self.load()
        else:
            self._show_table(job.table)

    def _set_encoding_choice(self, encoding: str | None) -> None:
        self.encoding_combo.blockSignals(True)
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(encoding)))
        self.encoding_combo.blockSignals(False)

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentData()
        if isinstance(sheet, str) and sheet != self.import_wizard.job.sheet:
            self.import_wizard.job.sheet = sheet
            self.load()

    def _encoding_chosen(self, _index: int) -> None:
        encoding = self.encoding_combo.currentData()
        self.import_wizard.job.encoding = encoding if isinstance(encoding, str) else None
        self.load()

    def load(self) -> None:
        """Read the file again (on the worker) with the chosen sheet and encoding."""
        wizard = self.import_wizard
        job = wizard.job
        if job.path is None:
            return
        job.table = job.mapping = job.preview = None
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.sample.set_grid([], [])
        self.status_label.setText(self.tr("Reading {0}…").format(job.path.name))
        show_error(self.error_label, "")
        self.completeChanged.emit()
        path, sheet, encoding = job.path, job.sheet, job.encoding
        op: BackgroundOp[Any] = BackgroundOp(
            wizard, lambda _state: read_source(path, sheet, encoding), label=self.tr("Reading file")
        )
        op.success(lambda result: self._loaded(generation, result))
        op.failure(lambda error: self._failed(generation, error))
        wizard.start(op)

    def _loaded(self, generation: int, result: SourceRead) -> None:
        if generation != self._generation:
            return
        self._loading = False
        job = self.import_wizard.job
        job.table, job.sheet = result.table, result.sheet
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in result.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(result.sheet)))
        self.sheet_combo.blockSignals(False)
        if result.table is not None:
            self._show_table(result.table)
        else:
            assert result.refused is not None
            self._failed(generation, result.refused)

    def _show_table(self, table: Any) -> None:
        several = self.sheet_combo.count() > 1
        self.sheet_row_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        is_text = table.encoding is not None
        for widget in (self.encoding_row_label, self.encoding_combo, self.detected_label):
            widget.setVisible(is_text)
        if is_text:
            self.detected_label.setText(self.tr("Read as {0}").format(table.encoding))
        self.setSubTitle(
            self.tr(
                "Check that the first rows read correctly. If the text looks garbled, "
                "choose another encoding."
            )
            if is_text
            else self.tr("Check that this is the sheet that holds the table.")
        )
        headers, rows, labels = source_sample(table)
        self.sample.set_grid(headers, rows, labels)
        self.sample_view.setVisible(True)
        self.status_label.setText(
            self.tr("{0:,} rows and {1} columns. The first rows:").format(
                len(table.rows), len(table.headers)
            )
        )
        self.completeChanged.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.import_wizard.job.table = None
        if not isinstance(error, AppError):
            report_crash(error, self.import_wizard.dialogs)  # a bug, not a bad file
            return
        self.status_label.setText("")
        workbook = self.sheet_combo.count() > 0
        self.sheet_row_label.setVisible(self.sheet_combo.count() > 1)
        self.sheet_combo.setVisible(self.sheet_combo.count() > 1)
        for widget in (self.encoding_row_label, self.encoding_combo):
            widget.setVisible(not workbook)  # the way out of an unreadable text file
        self.detected_label.setText("")
        self.sample_view.setVisible(False)
        hint = (
            self.tr("Choose another sheet above.")
            if self.sheet_combo.count() > 1
            else self.tr("Choose the file's encoding above, or go back and choose another file.")
            if not workbook
            else ""
        )
        show_error(self.error_label, f"{error}\n\n{hint}".strip())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        table = self.import_wizard.job.table
        return not self._loading and table is not None and bool(table.headers)

    def error_text(self) -> str:
        return self.error_label.text()
