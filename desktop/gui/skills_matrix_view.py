"""The Skills Matrix section: people × skills, each cell coloured by the gap to the role.

The matrix is read on the background worker into numpy arrays (:mod:`core.skills_matrix`);
the table model reads cells straight from them, so 20,000 × 60 cells cost no Python object
each. Filters only pick row numbers. Skills at single-holder risk carry a ⚠ in their header.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.messages import msg
from core.skills_matrix import (
    GAP_1,
    GAP_2,
    MET,
    NOT_REQUIRED,
    STATE_CODES,
    SkillsMatrix,
    export_matrix,
)
from core.tasks import TaskState
from db.session import Database
from desktop.gui.dbop import BackgroundOp, services_for
from desktop.gui.section import Section
from desktop.gui.table_export import install_export_action

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = 3  # name, department, role
# Light fills with dark text, darker fills for a dark palette: legible either way.
LIGHT_FILLS = {MET: "#b7e1cd", GAP_1: "#fce8b2", GAP_2: "#f4c7c3"}
DARK_FILLS = {MET: "#2e5d46", GAP_1: "#6b5a1e", GAP_2: "#7a3a34"}
WATCHED_TABLES = ("employees", "employee_skills", "roles", "role_skills", "skills", "departments")


def read_matrix(db: Database, state: TaskState) -> SkillsMatrix:
    from core.skills_matrix import load_matrix

    with db.reading() as session:
        return load_matrix(session, state)


class SkillsMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: SkillsMatrix | None = None
        self.rows: np.ndarray[Any, Any] = np.zeros(0, dtype=np.intp)
        self.risky: set[int] = set()
        self.fills: dict[int, QColor] = {k: QColor(v) for k, v in LIGHT_FILLS.items()}

    def set_matrix(self, matrix: SkillsMatrix | None, rows: np.ndarray[Any, Any]) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.rows = rows
        self.endResetModel()

    def set_risky(self, risky: set[int]) -> None:
        self.risky = risky
        if self.matrix is not None:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, FIXED_COLUMNS, self.columnCount() - 1
            )

    def set_dark(self, dark: bool) -> None:
        self.fills = {k: QColor(v) for k, v in (DARK_FILLS if dark else LIGHT_FILLS).items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return FIXED_COLUMNS + len(self.matrix.skills)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matrix = self.matrix
        if matrix is None or not index.isValid():
            return None
        person = int(self.rows[index.row()])
        column = index.column()
        if column < FIXED_COLUMNS:
            return self._person_data(matrix, person, column) if role == 0 else None
        skill = column - FIXED_COLUMNS
        level = int(matrix.levels[person, skill])
        required = int(matrix.required[person, skill])
        state = int(matrix.states[person, skill])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{level}/{required}" if required else (str(level) if level else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.fills.get(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{matrix.skills[skill]}: {msg(STATE_CODES[state]).text()}"
        return None

    def _person_data(self, matrix: SkillsMatrix, person: int, column: int) -> str:
        if column == 0:
            return matrix.names[person]
        names, index = (
            (matrix.departments, matrix.department_of[person])
            if column == 1
            else (matrix.roles, matrix.role_of[person])
        )
        return names[index] if index >= 0 else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return super().headerData(section, orientation, role)
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return [msg("matrix.person"), msg("matrix.department"), msg("matrix.role")][
                    section
                ].text()
            return None
        skill = section - FIXED_COLUMNS
        name = self.matrix.skills[skill]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⚠ {name}" if skill in self.risky else name
        if role == Qt.ItemDataRole.ToolTipRole and skill in self.risky:
            return self.tr("Single-holder risk: at most one person in a department holds it")
        return None


class SkillsMatrixSection(Section):
    key = "skills"
    icon_name = "skills"
    tables = frozenset(WATCHED_TABLES)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: SkillsMatrix | None = None
        self.loaded = False
        self._op: BackgroundOp[SkillsMatrix] | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Skills Matrix")

    def search_placeholder(self) -> str | None:
        return self.tr("Search people by name")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.setContentsMargins(8, 8, 8, 0)
        self.department_filter = QComboBox()
        self.role_filter = QComboBox()
        for label, combo in (
            (self.tr("Department:"), self.department_filter),
            (self.tr("Role:"), self.role_filter),
        ):
            filters.addWidget(QLabel(label))
            combo.setMinimumWidth(180)
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(combo)
        filters.addSpacing(16)
        for state in (MET, GAP_1, GAP_2, NOT_REQUIRED):
            chip = QLabel(f"  {msg(STATE_CODES[state]).text()}  ")
            colour = LIGHT_FILLS.get(state, "#f2f2f2")
            chip.setStyleSheet(f"background: {colour}; color: #1f2328; border-radius: 3px;")
            filters.addWidget(chip)
        filters.addStretch(1)
        self.count_label = QLabel("")
        filters.addWidget(self.count_label)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("The people shown, with the same colours, as .xlsx"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_button.setEnabled(False)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.model = SkillsMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        install_export_action(self.table, lambda: self.title())
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(92)
        layout.addWidget(self.table, 1)
        self.risk_label = QLabel("")
        self.risk_label.setObjectName("riskLabel")
        self.risk_label.setWordWrap(True)
        layout.addWidget(self.risk_label)

    # -- loading -----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.matrix = None
        self.loaded = False
        self.model.set_matrix(None, np.zeros(0, dtype=np.intp))
        self.mark_stale()

    def reload(self) -> None:
        if self.db is None:
            return
        if self._op is not None and not self._op.done:
            self._op.cancel()
        self._stale = False
        self.loaded = False
        db = self.db
        op: BackgroundOp[SkillsMatrix] = BackgroundOp(
            self,
            lambda state: read_matrix(db, state),
            label=self.tr("Reading the skills matrix"),
            cancellable=True,
        )
        op.progress(lambda f, _t: self.progress.setValue(int(f * 100))).success(self._show)
        self.progress.setValue(0)
        self.progress.show()
        self._op = op.run()

    def _show(self, matrix: SkillsMatrix) -> None:
        self.matrix = matrix
        self.model.set_dark(self.palette().base().color().lightness() < 128)
        self._fill_combo(self.department_filter, self.tr("All departments"), matrix.departments)
        self._fill_combo(self.role_filter, self.tr("All roles"), matrix.roles)
        self.apply_filters()
        self._fit_columns()
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.loaded = True

    def export_to_excel(self) -> None:
        """Write the people the filters show to .xlsx on the worker (20,000 take ~20 s)."""
        services = services_for(self)
        if self.db is None or services is None:
            return
        chosen = services.dialogs.get_save_file(
            self.tr("Export the skills matrix"), self.tr("Excel workbook (*.xlsx)"), "skills.xlsx"
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_suffix(".xlsx")
        db = self.db
        department = self._chosen_name(self.department_filter)
        role = self._chosen_name(self.role_filter)

        def write(state: TaskState) -> int:
            with db.reading() as session:
                return export_matrix(session, path, state, department=department, role=role)

        label = self.tr("Exporting the skills matrix")
        op: BackgroundOp[int] = BackgroundOp(self, write, label=label, cancellable=True)
        op.success(
            lambda count: services.status.emit(
                self.tr("Exported {0} people to {1}").format(f"{count:,}", path)
            )
        ).run()

    @staticmethod
    def _chosen_name(combo: QComboBox) -> str | None:
        return combo.currentText() if combo.currentData() is not None else None

    def _fit_columns(self) -> None:
        """Wide enough for each header (60 widths: cheap, unlike measuring 20,000 rows)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, width in enumerate((160, 130, 150)):
            self.table.setColumnWidth(column, width)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(56, metrics.horizontalAdvance(f"⚠ {text}") + 18))

    def _fill_combo(self, combo: QComboBox, everyone: str, names: list[str]) -> None:
        chosen = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for number, name in enumerate(names):
            combo.addItem(name, number)
        combo.setCurrentIndex(max(0, combo.findText(chosen)))
        combo.blockSignals(False)

    # -- filters -----------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        super().set_search(text)
        self.apply_filters()

    def apply_filters(self) -> None:
        matrix = self.matrix
        if matrix is None:
            return
        department = self.department_filter.currentData()
        rows = matrix.rows_for(department, self.role_filter.currentData())
        needle = self.search_text.strip().casefold()
        if needle:
            names = matrix.names
            rows = rows[np.array([needle in names[int(r)].casefold() for r in rows], dtype=bool)]
        self.model.set_matrix(matrix, rows)
        self.model.set_risky(matrix.risky_skills(department))
        self.count_label.setText(self.tr("{0} people").format(f"{len(rows):,}"))
        risks = matrix.risks(department)
        shown = "; ".join(
            msg("matrix.risk", department=r.department, skill=r.skill, holders=r.holders).text()
            for r in risks[:6]
        )
        more = self.tr(" … and {0} more").format(len(risks) - 6) if len(risks) > 6 else ""
        self.risk_label.setText(
            self.tr("Single-holder risks: {0}").format(shown + more) if risks else ""
        )
