"""Swap… in the path builder: pick another course that closes the same gaps as a step.

The alternatives come from :func:`core.path_swap.swap_options` (cheapest, then shortest,
full covers first) — a pure function on the plan, so it runs here on the GUI thread
without the database, like the builder's other edits. Choosing one calls
:func:`core.path_plan.swap`, which adds the new course's missing prerequisites before it
and recomputes the dates; the builder then shows the new plan and says what was added.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.detail_panel import plain_label

NUMBER_COLUMNS = (3, 4)


class SwapDialog(QDialog):
    """The alternatives to one step, best trade first; OK swaps in the selected one."""

    def __init__(self, parent: QWidget | None, step: Any, options: Any) -> None:
        super().__init__(parent)
        self.setObjectName("pathSwap")
        self.options = list(options)  # core.path_swap.SwapOption
        self.setWindowTitle(self.tr("Swap {0}").format(step.code))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        heading = self.tr(
            "Courses that close the same gaps as {0} · {1} ({2:g} h, {3:,.2f}), "
            "cheapest and shortest first. Prerequisites they need are added before them."
        ).format(step.code, step.title, step.hours, step.cost)
        layout.addWidget(plain_label(heading, selectable=False))
        self.table = QTableWidget(len(self.options), 5)
        self.table.setObjectName("swapOptions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Course"),
                self.tr("Raises"),
                self.tr("Adds first"),
                self.tr("Hours"),
                self.tr("Cost"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, option in enumerate(self.options):
            self._fill(row, option)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Swap"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.options:
            self.table.selectRow(0)

    def _fill(self, row: int, option: Any) -> None:
        raises = ", ".join(f"{skill} → {level}" for skill, level in option.raises)
        if not option.covers_fully:
            raises += "  " + self.tr("(partly)")
        cells = [
            f"{option.code} · {option.title}",
            raises,
            ", ".join(option.adds) or "—",
            f"{option.total_hours:g}",
            f"{option.total_cost:,.2f}",
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in NUMBER_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def choose(self, code: str) -> None:
        """Select the alternative ``code`` (for tests and keyboard users alike)."""
        for row, option in enumerate(self.options):
            if option.code == code:
                self.table.selectRow(row)
                return
        raise KeyError(code)

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.options[rows[0].row()] if rows else None


def open_swap(builder: Any) -> SwapDialog | None:
    """Offer the alternatives to the builder's selected step; None when there are none."""
    from core.path_swap import swap_options

    index = builder.selected_step()
    if builder.plan is None or index is None:
        return None
    step = builder.plan.steps[index]
    options = swap_options(builder.plan, step.code)
    if not options:
        builder.problem.setText(
            QCoreApplication.translate(
                "PathBuilderDialog", "No other course closes the gaps {0} closes."
            ).format(step.code)
        )
        return None
    dialog = SwapDialog(builder, step, options)
    dialog.accepted.connect(lambda: apply_swap(builder, step.code, dialog.chosen()))
    dialog.open()  # window-modal, without blocking: the builder goes on when it is accepted
    return dialog


def apply_swap(builder: Any, old_code: str, option: Any) -> None:
    """Swap the step for ``option``, recompute the plan, and say which prerequisites came in."""
    from core.errors import AppError
    from core.pathbuilder import swap

    if option is None or builder.plan is None:
        return
    try:
        plan = swap(builder.plan, old_code, option.code)
    except AppError as error:
        builder.problem.setText(str(error))
        return
    position = next(i for i, s in enumerate(plan.steps) if s.code == option.code)
    builder.set_plan(plan, selected=position)
    if option.adds:
        builder.notice.setText(
            QCoreApplication.translate(
                "PathBuilderDialog", "Swapped {0} for {1}; added its prerequisites first: {2}."
            ).format(old_code, option.code, ", ".join(option.adds))
        )
    else:
        builder.notice.setText(
            QCoreApplication.translate("PathBuilderDialog", "Swapped {0} for {1}.").format(
                old_code, option.code
            )
        )
