"""Any table the admin sees, written to XLSX or CSV as it is shown (issue 7: "every table").

The window hands over the visible rows — column titles and each cell's native value
(numbers stay numbers, dates stay dates) — so an export matches the screen, filter and sort
included. XLSX gets a bold, shaded header row that stays frozen while scrolling, column
widths fitted to the content and dates formatted as dates; both formats neutralise cells a
spreadsheet would run as a formula. The file is written beside the target and moved into
place, so a failed export never leaves half a file under the chosen name.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import AppError
from core.files import write_beside
from core.importing.exporting import csv_cell, xlsx_cell
from core.importing.values import neutralise
from core.messages import msg
from core.tasks import TaskState

SUFFIXES = (".csv", ".xlsx")
# Excel's own limit for a sheet name, and characters it refuses in one.
_SHEET_NAME_LENGTH = 31
_SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_MAX_WIDTH = 60
_PROGRESS_EVERY = 5_000


def cell_value(value: Any) -> Any:
    """A value as an XLSX cell: as the field exports write it, yes/no for a flag."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return xlsx_cell(value)


def sheet_name(title: str) -> str:
    cleaned = title.translate(_SHEET_NAME_FORBIDDEN).strip() or "Table"
    return cleaned[:_SHEET_NAME_LENGTH]


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    state: TaskState | None = None,
) -> int:
    """Write the rows to ``path`` (.csv or .xlsx, by its suffix); returns the row count."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise AppError(msg("export.bad_extension", file=str(path)))
    if suffix == ".csv":
        write_beside(path, lambda partial: _write_csv(partial, headers, rows, state))
    else:
        write_beside(path, lambda partial: _write_xlsx(partial, title, headers, rows, state))
    return len(rows)


def _tick(state: TaskState | None, done: int, total: int) -> None:
    if state is not None and done % _PROGRESS_EVERY == 0:
        state.check()
        state.set_progress(done / max(1, total))


def _write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], state: TaskState | None
) -> None:
    # UTF-8 with a BOM: Excel on Windows opens it as UTF-8 (Chinese names intact).
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for done, row in enumerate(rows, start=1):
            writer.writerow([csv_cell(v) for v in row])
            _tick(state, done, len(rows))


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Character widths fitted to the header and the first thousand rows (CJK counts twice)."""
    widths = [_text_width(h) for h in headers]
    for row in rows[:1000]:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _text_width(csv_cell(value)))
    return [min(_MAX_WIDTH, w + 2) for w in widths]


def _text_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _write_xlsx(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    state: TaskState | None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name(title))
    sheet.freeze_panes = "A2"
    for i, width in enumerate(column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=neutralise(text))
        cell.font, cell.fill = bold, shade
        header_cells.append(cell)
    # Cells are made first, where Cancel is checked: a write-only sheet abandoned halfway
    # leaves its writer open.
    body = []
    for done, row in enumerate(rows, start=1):
        body.append([_xlsx_cell(sheet, value) for value in row])
        _tick(state, done, len(rows))
    sheet.append(header_cells)
    for cells in body:
        sheet.append(cells)
    workbook.save(path)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=cell_value(value))
    if isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    return cell
