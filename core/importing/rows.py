"""One row of a source table seen through a mapping: cleaned text per field, and problems."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from core.importing.mapping import column_label
from core.importing.model import ColumnMapping, RowProblem, SourceTable
from core.importing.values import Invalid, clean_cell
from core.messages import Message, msg

T = TypeVar("T")


@dataclass
class ParsedRow:
    """A row as it will be stored (``record``), or the problems that keep it out."""

    number: int
    key: str = ""
    record: dict[str, Any] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


class RowView:
    """Reads the mapped cells of one row; unmapped fields read as None."""

    def __init__(self, table: SourceTable, mapping: ColumnMapping, index: int) -> None:
        self.table = table
        self.mapping = mapping
        self.cells = table.rows[index]
        self.parsed = ParsedRow(number=table.first_row_number + index)

    def mapped(self, name: str) -> bool:
        return name in self.mapping.columns

    def text(self, name: str) -> str | None:
        index = self.mapping.columns.get(name)
        if index is None:
            return None
        return clean_cell(self.cells[index]) if index < len(self.cells) else ""

    def column(self, name: str) -> str:
        index = self.mapping.columns.get(name)
        return column_label(self.table.headers, index) if index is not None else name

    def problem(self, name: str, message: Message) -> None:
        self.parsed.problems.append(
            RowProblem(
                row=self.parsed.number, column=self.column(name), field=name, message=message
            )
        )

    def required(self, name: str, limit: int | None = None) -> str:
        value = self.text(name) or ""
        if not value:
            self.problem(name, msg("import.required", field=name))
        elif limit is not None and len(value) > limit:
            self.problem(name, msg("import.too_long", value=value[:40], limit=limit))
        return value

    def optional(self, name: str) -> str | None:
        """None when unmapped, "" when blank."""
        return self.text(name)

    def parse(self, name: str, parser: Callable[[str], T]) -> T | None:
        """The parsed value, None for a blank cell or after recording a problem."""
        value = self.text(name)
        if not value:
            return None
        try:
            return parser(value)
        except Invalid as invalid:
            self.problem(name, invalid.message)
            return None


_SEPARATORS = (",", ";", "\t")


def swallowed_lines(cell: str, width: int) -> int:
    """Separators in a cell that holds a line break and a quote closing before a separator
    ('…Guitar",https://…'): the mark of an unbalanced quote that ate the next line(s)."""
    if "\n" not in cell and "\r" not in cell:
        return 0
    if not any(f'"{s}' in cell for s in _SEPARATORS):
        return 0
    found = max(cell.count(s) for s in _SEPARATORS)
    return found if found >= max(2, width // 2) else 0


def check_swallowed(view: RowView) -> None:
    width = len(view.table.headers)
    for name, index in view.mapping.columns.items():
        cell = view.cells[index] if index < len(view.cells) else ""
        count = swallowed_lines(cell, width)
        if count:
            view.problem(name, msg("import.swallowed_rows", count=count))
            return


def is_blank(cells: tuple[str, ...]) -> bool:
    return not any(cell.strip() for cell in cells)
