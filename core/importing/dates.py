"""Dates: ISO, Excel serial numbers, and day/month orders the file itself makes clear.

"03/04/2026" is March or April; if another value of the same column reads "25/04/2026" the
file writes day first. When nothing in the file decides, the admin must (--date-format).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from core.importing.values import Invalid

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_CHINESE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_PARTS = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Invalid("import.no_such_date", value=text) from None


def day_first_of(values: Iterable[str]) -> bool | None:
    """True (D/M), False (M/D) or None when no value of the column decides."""
    day_first = month_first = False
    for value in values:
        match = _PARTS.match(value.strip())
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12
            month_first |= second > 12
    if day_first == month_first:
        return None  # neither, or a file that contradicts itself
    return day_first


class DateReader:
    def __init__(self, values: Iterable[str], date_format: str | None = None) -> None:
        self.date_format = date_format
        self.day_first = None if date_format else day_first_of(values)

    def parse(self, text: str) -> dt.date:
        value = text.strip()
        if self.date_format:
            try:
                return dt.datetime.strptime(value, self.date_format).date()
            except ValueError:
                pass  # ISO and serial numbers are still understood below
        iso = _ISO.match(value) or _CHINESE.match(value)
        if iso:
            return _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), text)
        if _SERIAL.match(value):
            serial = int(float(value))
            if 20000 <= serial <= 80000:  # 1954–2119: plausible Excel dates
                return _EXCEL_EPOCH + dt.timedelta(days=serial)
        parts = _PARTS.match(value)
        if parts is None:
            if self.date_format:
                raise Invalid("import.date_not_in_format", value=text, format=self.date_format)
            raise Invalid("import.not_a_date", value=text)
        return self._day_month(parts, text)

    def _day_month(self, parts: re.Match[str], text: str) -> dt.date:
        first, second, year = int(parts.group(1)), int(parts.group(2)), int(parts.group(3))
        if year < 100:
            year += 2000 if year < 70 else 1900
        if first == second:
            return _make(year, first, second, text)
        day_first = self.day_first
        if day_first is None:
            if first > 12 and second <= 12:
                day_first = True
            elif second > 12 and first <= 12:
                day_first = False
            elif first > 12 and second > 12:
                raise Invalid("import.no_such_date", value=text)
            else:
                raise Invalid("import.ambiguous_date", value=text)
        if day_first:
            return _make(year, second, first, text)
        return _make(year, first, second, text)
