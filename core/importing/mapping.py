"""Which column holds which field: matched from header names, overridden by the admin.

A duplicated or blank header is never mapped on its own: survey sheets repeat headers, and
guessing which copy was meant would import the wrong column silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.errors import AppError
from core.importing.fields import SYNONYMS, mappable_fields, normalise_header
from core.importing.model import ColumnMapping
from core.messages import Message, msg


class MappingError(AppError):
    """A --map the program cannot follow: a usage error (exit code 2)."""

    exit_code = 2


def column_label(headers: Sequence[str], index: int) -> str:
    """The header text, or "column N" (counting from 1) when it is blank."""
    header = headers[index] if index < len(headers) else ""
    return header or f"column {index + 1}"


def header_problems(headers: Sequence[str]) -> tuple[Message, ...]:
    counts = Counter(normalise_header(h) for h in headers if h.strip())
    problems: list[Message] = []
    for index, header in enumerate(headers):
        if not header.strip():
            problems.append(msg("import.blank_header", column=index + 1))
        elif counts[normalise_header(header)] > 1:
            problems.append(msg("import.duplicate_header", header=header, column=index + 1))
    return tuple(problems)


def _ambiguous(headers: Sequence[str]) -> set[int]:
    counts = Counter(normalise_header(h) for h in headers if h.strip())
    return {i for i, h in enumerate(headers) if not h.strip() or counts[normalise_header(h)] > 1}


def auto_map(kind: str, headers: Sequence[str]) -> ColumnMapping:
    skip = _ambiguous(headers)
    normalised = {i: normalise_header(h) for i, h in enumerate(headers) if i not in skip}
    columns: dict[str, int] = {}
    taken: set[int] = set()
    # Exact field names first, so a file exported by us maps back exactly.
    for field in mappable_fields(kind):
        for index, name in normalised.items():
            if index not in taken and name == normalise_header(field):
                columns[field] = index
                taken.add(index)
                break
    for field, names in SYNONYMS[kind].items():
        if field in columns:
            continue
        for synonym in names:
            wanted = normalise_header(synonym)
            found = [i for i, n in normalised.items() if n == wanted and i not in taken]
            if found:
                columns[field] = found[0]
                taken.add(found[0])
                break
    return _mapping(headers, columns)


def _mapping(headers: Sequence[str], columns: dict[str, int]) -> ColumnMapping:
    used = set(columns.values())
    unmapped = tuple(column_label(headers, i) for i in range(len(headers)) if i not in used)
    return ColumnMapping(
        columns=dict(columns), header_problems=header_problems(headers), unmapped_headers=unmapped
    )


def apply_overrides(
    kind: str, headers: Sequence[str], mapping: ColumnMapping, overrides: Sequence[str]
) -> ColumnMapping:
    """Apply "field=Header", "field=3" (from 1) or "field=" (unmap) to ``mapping``."""
    columns = dict(mapping.columns)
    for override in overrides:
        field, sep, target = override.partition("=")
        field, target = field.strip(), target.strip()
        if not sep or field not in mappable_fields(kind):
            raise MappingError.of(
                "import.bad_map_field",
                given=override,
                kind=kind,
                fields=", ".join(mappable_fields(kind)),
            )
        if not target:
            columns.pop(field, None)
            continue
        index = _column_of(headers, target, override)
        columns = {f: i for f, i in columns.items() if i != index}
        columns[field] = index
    return _mapping(headers, columns)


def _column_of(headers: Sequence[str], target: str, override: str) -> int:
    if target.isdigit():
        number = int(target)
        if not 1 <= number <= len(headers):
            raise MappingError.of("import.bad_map_column", given=override, count=len(headers))
        return number - 1
    matches = [i for i, h in enumerate(headers) if h == target]
    if not matches:
        wanted = normalise_header(target)
        matches = [i for i, h in enumerate(headers) if h and normalise_header(h) == wanted]
    if not matches:
        raise MappingError.of("import.bad_map_header", given=override, header=target)
    if len(matches) > 1:
        numbers = ", ".join(str(i + 1) for i in matches)
        raise MappingError.of(
            "import.map_duplicate", given=override, header=target, numbers=numbers
        )
    return matches[0]
