"""The table model: native sort values, empty values last, Python-side filtering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from desktop.gui.rowmodel import ROW_ROLE, SORT_ROLE, Column, RowTableModel, plain_text


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    hired: dt.date | None
    hours: float | None


ROWS = [
    Row(1, "bob", dt.date(2020, 1, 5), 10.0),
    Row(2, "Alice", None, 2.5),
    Row(3, "carol", dt.date(2009, 12, 31), None),
    Row(4, "王芳", dt.date(2020, 1, 4), 100.0),
]
COLUMNS = [
    Column[Row]("Name", lambda r: r.name),
    Column[Row]("Hired", lambda r: r.hired),
    Column[Row]("Hours", lambda r: r.hours, align_right=True),
]


def make(qtbot: Any) -> RowTableModel[Row]:
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    return model


def test_roles(qtbot: Any) -> None:
    model = make(qtbot)
    index = model.index(0, 1)
    assert model.data(index) == "2020-01-05"
    assert model.data(index, SORT_ROLE) == dt.date(2020, 1, 5)
    assert model.data(index, ROW_ROLE) is ROWS[0]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Hours"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)


def test_sort_dates_natively_with_empty_last(qtbot: Any) -> None:
    model = make(qtbot)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in model.visible_rows] == [3, 4, 1, 2]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in model.visible_rows] == [1, 4, 3, 2]
    model.sort(2, Qt.SortOrder.AscendingOrder)  # 2.5 < 10 < 100, not "10" < "100" < "2.5"
    assert [r.hours for r in model.visible_rows] == [2.5, 10.0, 100.0, None]
    model.sort(0)
    assert [r.name for r in model.visible_rows] == ["Alice", "bob", "carol", "王芳"]


def test_filter_keeps_sort_and_new_rows_are_sorted(qtbot: Any) -> None:
    model = make(qtbot)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda r: r.hired is not None)
    assert [r.id for r in model.visible_rows] == [4, 3, 1]
    assert model.rowCount() == 3 and len(model.all_rows) == 4
    model.set_rows([*ROWS, Row(5, "dave", dt.date(2001, 1, 1), 1.0)])
    assert [r.id for r in model.visible_rows] == [4, 5, 3, 1]
    assert model.position_of(lambda r: r.id == 3) == 2


def test_plain_text() -> None:
    assert plain_text(None) == ""
    assert plain_text(1200.0) == "1,200"
    assert plain_text(12.5) == "12.5"
    assert plain_text(dt.date(2024, 2, 29)) == "2024-02-29"
