"""The right-hand panel that shows the selected row: a heading, fields and short lists.

All user text is set as plain text (``Qt.PlainText``), so a title such as
``C++ <Advanced> & More`` shows as written and can never inject markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass
class DetailGroup:
    """A titled group: label/value ``fields``, free ``lines``, or a small ``grid``."""

    title: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    grid_header: list[str] = field(default_factory=list)
    grid: list[list[str]] = field(default_factory=list)
    empty_text: str = ""


def plain_label(text: str, *, object_name: str = "", selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        self.heading = ""
        self.show_placeholder("")

    def show_placeholder(self, text: str) -> None:
        self.heading = ""
        body = QWidget()
        layout = QVBoxLayout(body)
        hint = plain_label(text, object_name="placeholderText", selectable=False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(hint)
        layout.addStretch(2)
        self._replace(body)

    def show_detail(self, heading: str, subheading: str, groups: Sequence[DetailGroup]) -> None:
        self.heading = heading
        body = QWidget()
        body.setObjectName("detailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(6)
        layout.addWidget(plain_label(heading, object_name="detailHeading"))
        if subheading:
            layout.addWidget(plain_label(subheading, object_name="detailSubheading"))
        for group in groups:
            layout.addSpacing(10)
            layout.addWidget(plain_label(group.title, object_name="groupTitle", selectable=False))
            layout.addWidget(self._group_body(group))
        layout.addStretch(1)
        self._replace(body)

    def _group_body(self, group: DetailGroup) -> QWidget:
        box = QWidget()
        if group.fields:
            form = QFormLayout(box)
            form.setContentsMargins(0, 2, 0, 0)
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(5)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for name, value in group.fields:
                key = plain_label(name, object_name="fieldName", selectable=False)
                form.addRow(key, plain_label(value or "—"))
            return box
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        if group.grid:
            layout.addWidget(self._grid(group.grid_header, group.grid))
        for line in group.lines:
            layout.addWidget(plain_label(line))
        if not group.grid and not group.lines:
            layout.addWidget(plain_label(group.empty_text or "—", object_name="mutedText"))
        return box

    def _grid(self, header: list[str], rows: list[list[str]]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, title in enumerate(header):
            grid.addWidget(plain_label(title, object_name="fieldName", selectable=False), 0, column)
        for r, cells in enumerate(rows, start=1):
            for column, text in enumerate(cells):
                label = plain_label(text)
                if column:
                    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
                grid.addWidget(label, r, column)
        grid.setColumnStretch(0, 1)
        return box

    def _replace(self, body: QWidget) -> None:
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
