"""Any shown table to XLSX or CSV: native cells, formatting, neutralised formulas, no half files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from core.errors import AppError
from core.table_export import column_widths, sheet_name, write_table
from core.tasks import Cancelled, TaskState

HEADERS = ["Course", "Due", "Hours", "Mandatory", "Note"]
ROWS: list[list[Any]] = [
    ["数据分析入门", dt.date(2026, 7, 1), 4.5, True, '=HYPERLINK("http://x")'],
    ["C++ <Advanced> & More", None, 12, False, "+1 555"],
]


def test_xlsx_has_a_frozen_bold_header_fitted_widths_and_native_cells(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    assert write_table(path, "Assignments: due/soon", HEADERS, ROWS) == 2
    sheet = load_workbook(path).active
    assert sheet.title == "Assignments  due soon"  # characters Excel refuses are replaced
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == HEADERS and sheet["A1"].font.bold
    assert (
        sheet["B2"].value == dt.datetime(2026, 7, 1) and sheet["B2"].number_format == "yyyy-mm-dd"
    )
    assert sheet["C2"].value == 4.5 and sheet["C3"].value == 12
    assert sheet["D2"].value == "yes" and sheet["A2"].value == "数据分析入门"
    # A spreadsheet must not run what a course note says.
    assert sheet["E2"].value == '\'=HYPERLINK("http://x")' and sheet["E3"].value == "'+1 555"
    # Chinese counts double: the first column is at least as wide as 6 CJK characters.
    assert sheet.column_dimensions["A"].width >= 12


def test_csv_is_utf8_with_bom_dates_iso_and_formulas_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    write_table(path, "Plan", HEADERS, ROWS)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffCourse,Due,Hours")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[1] == '数据分析入门,2026-07-01,4.5,yes,"\'=HYPERLINK(""http://x"")"'
    assert lines[2] == "C++ <Advanced> & More,,12,no,'+1 555"


def test_a_bad_suffix_is_refused_and_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(AppError):
        write_table(tmp_path / "plan.pdf", "Plan", HEADERS, ROWS)
    state = TaskState(cancelled=True)
    many = [ROWS[0]] * 12_000
    with pytest.raises(Cancelled):
        write_table(tmp_path / "big.xlsx", "Plan", HEADERS, many, state)
    assert list(tmp_path.iterdir()) == []


def test_widths_and_sheet_names_stay_within_excel_limits() -> None:
    assert len(sheet_name("x" * 50)) == 31 and sheet_name("[]") == "Table"
    assert column_widths(["a"], [["y" * 500]]) == [60]
