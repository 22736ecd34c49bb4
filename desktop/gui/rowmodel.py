"""A table model over a list of frozen row dataclasses, filtered and sorted in Python.

PERFORMANCE.md measured ``QSortFilterProxyModel`` at 100–550 ms per keystroke on 20,000
rows; filtering and sorting the plain list and resetting the model takes a few ms. So the
model keeps every row (``all_rows``), sorted by the chosen column's native value, and shows
those the filter predicate accepts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def plain_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, its native value (sorting) and how it reads (display)."""

    title: str
    value: Callable[[R], Any]
    text: Callable[[R], str] | None = None
    width: int = 120
    align_right: bool = False

    def display(self, row: R) -> str:
        return self.text(row) if self.text is not None else plain_text(self.value(row))


def _sortable(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def sort_rows(rows: list[R], column: Column[R], order: Qt.SortOrder) -> list[R]:
    """Rows by ``column``'s native value; empty values last in either direction."""
    value = column.value
    # No per-row tuples: allocating 20,000 of them triggers garbage collections that
    # stall the GUI thread longer than the sort itself.
    present = [r for r in rows if value(r) is not None and value(r) != ""]
    missing = [r for r in rows if value(r) is None or value(r) == ""]
    present.sort(key=lambda r: _sortable(value(r)), reverse=order == Qt.SortOrder.DescendingOrder)
    present.extend(missing)
    return present


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[R] = []
        self._visible: list[R] = []
        self._narrow: Callable[[list[R]], list[R]] | None = None
        self._rank: Callable[[R], float] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R], *, presorted: bool = False) -> None:
        self._all = list(rows)
        if self._sort is not None and not presorted:
            self._all = self._sorted(self._all, *self._sort)
        self._refilter()

    def set_filter(
        self, accepts: Callable[[R], bool] | None, rank: Callable[[R], float] | None = None
    ) -> None:
        """Show the rows ``accepts``; with ``rank``, best (highest) first, else column order."""
        narrow = None if accepts is None else (lambda rows: [r for r in rows if accepts(r)])
        self.set_narrowing(narrow, rank)

    def set_narrowing(
        self, narrow: Callable[[list[R]], list[R]] | None, rank: Callable[[R], float] | None = None
    ) -> None:
        """Show ``narrow(all rows)``: a function over the whole list, so a search can apply
        each condition as one list comprehension (4x faster at 200,000 rows than one
        predicate call per row)."""
        self._narrow = narrow
        self._rank = rank
        self._refilter()

    @property
    def ranked(self) -> bool:
        return self._rank is not None

    def _refilter(self) -> None:
        narrow = self._narrow
        self.beginResetModel()
        self._visible = self._all if narrow is None else narrow(self._all)
        if self._rank is not None:
            # Stable: rows of equal score keep the column order.
            self._visible = sorted(self._visible, key=self._rank, reverse=True)
        self.endResetModel()

    def _sorted(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        return sort_rows(rows, self.columns[column], order)

    @property
    def sort_key(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def presorter(self) -> Callable[[list[R]], list[R]]:
        """A Qt-free function that puts rows in this model's current order.

        Loads call it on the worker so 20,000 rows arrive sorted and the GUI thread only
        resets the model.
        """
        if self._sort is None:
            return lambda rows: rows
        column, order = self._sort
        return lambda rows: sort_rows(rows, self.columns[column], order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or (
            self._sort == (column, order) and not self._rank
        ):
            return  # QTableView.sortByColumn asks twice; rows are kept sorted anyway
        self._sort = (column, order)
        self._all = self._sorted(self._all, column, order)
        self._rank = None  # a click on a header asks for that column's order instead
        self._refilter()

    # -- data out --------------------------------------------------------------------------
    @property
    def all_rows(self) -> list[R]:
        return self._all

    @property
    def visible_rows(self) -> list[R]:
        return self._visible

    def row_at(self, row: int) -> R:
        return self._visible[row]

    def position_of(self, matches: Callable[[R], bool]) -> int | None:
        for position, row in enumerate(self._visible):
            if matches(row):
                return position
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(row)
        if role == SORT_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None
