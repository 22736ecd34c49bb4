"""Read a CSV or XLSX file into a :class:`SourceTable` of text cells.

Cells stay text as the user sees them: identifiers keep their leading zeros, an integer
cell 7 reads "7", Excel dates read as ISO dates. Interpreting values is the parsers' job.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from core.errors import InputRefused
from core.importing.decoding import binary_kind, decode
from core.importing.model import SourceTable
from core.messages import msg

_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SNIFF_BYTES = 65536
_ZEROS = re.compile(r"^0+$")


def _refuse(code: str, path: Path, **values: object) -> InputRefused:
    return InputRefused(msg(code, file=str(path), **values))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise _refuse("import.unreadable", path, detail=error.strerror or str(error)) from None


def _is_xlsx(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in _XLSX_SUFFIXES or data.startswith(b"PK\x03\x04")


def _open_workbook(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise _refuse("import.not_a_table", path, kind="not an Excel workbook") from None


def list_sheets(path: Path) -> list[str]:
    """The sheet names of an XLSX file, [] for CSV."""
    data = _read_bytes(path)
    if not _is_xlsx(path, data):
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_table(path: Path, *, sheet: str | None = None, encoding: str | None = None) -> SourceTable:
    data = _read_bytes(path)
    if not data.strip():
        raise _refuse("import.empty_file", path)
    if _is_xlsx(path, data):
        return _read_xlsx(path, sheet)
    kind = binary_kind(data)
    if kind is not None:
        raise _refuse("import.not_a_table", path, kind=kind)
    text, used = decode(path, data, encoding)
    try:
        rows = _csv_rows(text)
    except csv.Error as error:  # e.g. a cell over the csv module's field size limit
        raise _refuse("import.bad_csv", path, detail=str(error)) from None
    return _table_from_rows(path, None, (), used, rows)


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:_SNIFF_BYTES]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    if delimiter == "," or delimiter not in sample.split("\n", 1)[0]:
        delimiter = _first_line_delimiter(sample)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _first_line_delimiter(sample: str) -> str:
    """The sniffer is easily misled by commas inside text; the header line is plainer."""
    header = sample.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_xlsx(path: Path, sheet: str | None) -> SourceTable:
    workbook = _open_workbook(path)
    try:
        names = tuple(workbook.sheetnames)
        chosen = sheet if sheet is not None else (names[0] if names else None)
        if chosen not in names:
            raise _refuse("import.no_such_sheet", path, sheet=str(sheet), sheets=", ".join(names))
        rows = [[_shown(cell) for cell in row] for row in workbook[chosen].iter_rows()]
    finally:
        workbook.close()
    return _table_from_rows(path, chosen, names, None, rows)


def _shown(cell: Any) -> str:
    """The cell as Excel shows it: a number formatted "000000" keeps its leading zeros."""
    value = getattr(cell, "value", None)
    text = _cell_text(value)
    shape = getattr(cell, "number_format", "") or ""
    if isinstance(value, int) and not isinstance(value, bool) and _ZEROS.match(shape):
        return text.zfill(len(shape))
    return text


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _trim(rows: Iterable[Sequence[str]]) -> list[list[str]]:
    """Drop trailing blank rows and trailing blank cells; inner blank rows keep numbering."""
    trimmed = [list(row) for row in rows]
    while trimmed and not any(cell.strip() for cell in trimmed[-1]):
        trimmed.pop()
    for row in trimmed:
        while row and not row[-1].strip():
            row.pop()
    return trimmed


def _table_from_rows(
    path: Path,
    sheet: str | None,
    sheets: tuple[str, ...],
    encoding: str | None,
    raw: Sequence[Sequence[str]],
) -> SourceTable:
    rows = _trim(raw)
    if not rows:
        raise _refuse("import.empty_file", path)
    headers = [cell.strip() for cell in rows[0]]
    if headers:
        headers[0] = headers[0].lstrip("\ufeff").strip()
    width = max(len(row) for row in rows)
    headers += [""] * (width - len(headers))
    body = tuple(tuple(row + [""] * (width - len(row))) for row in rows[1:])
    if len(headers) < 2 and not body:
        if sheet is not None:
            raise _refuse("import.sheet_without_table", path, sheet=sheet, sheets=", ".join(sheets))
        raise _refuse("import.no_rows", path)
    return SourceTable(
        path=path,
        sheet=sheet,
        sheets=sheets,
        encoding=encoding,
        headers=tuple(headers),
        rows=body,
        first_row_number=2,
    )
