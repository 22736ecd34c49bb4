"""Course hours from what files write: "1.5 hours", "90 min", "3h", "2–3 hours per week"
with "6 Weeks" (the midpoint times the weeks: 2.5 × 6 = 15)."""

from __future__ import annotations

import re

from core.importing.values import Invalid

_NUM = r"(\d+(?:[.,]\d+)?)"
_RANGE = re.compile(_NUM + r"(?:\s*(?:[-–—~～]|to|至|到)\s*" + _NUM + r")?")
_PER_WEEK = re.compile(r"(per|a|/|each)\s*(week|wk)|每周|/\s*周|周\s*$", re.IGNORECASE)
_WEEKS = re.compile(_NUM + r"\s*(?:weeks?|wks?|周)", re.IGNORECASE)
_UNITS = (
    (re.compile(r"^(h|hr|hrs|hour|hours|小时|课时|学时|时)$", re.IGNORECASE), 1.0),
    (re.compile(r"^(m|min|mins|minute|minutes|分钟|分)$", re.IGNORECASE), 1 / 60),
)
_HOURS_MINUTES = re.compile(r"^(\d+)\s*h(?:ours?)?\s*(\d+)\s*m(?:in(?:utes?)?)?$", re.IGNORECASE)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _midpoint(match: re.Match[str]) -> float:
    low = _number(match.group(1))
    high = _number(match.group(2)) if match.group(2) else low
    return (low + high) / 2


def parse_weeks(text: str) -> float:
    match = _WEEKS.search(text) or re.fullmatch(_NUM, text.strip())
    if not match:
        raise Invalid("import.bad_weeks", value=text)
    return _number(match.group(1))


def parse_hours(text: str, weeks_text: str | None = None) -> float:
    value = text.strip()
    if _PER_WEEK.search(value):
        return _weekly(value, weeks_text)
    combined = _HOURS_MINUTES.match(value)
    if combined:
        return int(combined.group(1)) + int(combined.group(2)) / 60
    match = _RANGE.match(value)
    if not match:
        raise Invalid("import.bad_hours", value=text)
    unit = value[match.end() :].strip().rstrip(".")
    if not unit:
        return _midpoint(match)
    for pattern, factor in _UNITS:
        if pattern.match(unit):
            return _midpoint(match) * factor
    raise Invalid("import.bad_hours", value=text)


def _weekly(value: str, weeks_text: str | None) -> float:
    match = _RANGE.search(value)  # "每周 2–4 小时" puts "per week" first
    if not match:
        raise Invalid("import.bad_hours", value=value)
    per_week = _midpoint(match)
    rest = value[match.end() :]
    in_text = _WEEKS.search(_PER_WEEK.sub(" ", rest))
    if in_text:
        return per_week * _number(in_text.group(1))
    if weeks_text:
        return per_week * parse_weeks(weeks_text)
    raise Invalid("import.weekly_without_weeks", value=value)
