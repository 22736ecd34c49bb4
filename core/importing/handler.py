"""What every import kind provides to the engine: parse rows, check them together, write."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Any, cast

from sqlalchemy.orm import Session

from core.importing.model import ImportOptions, RowProblem
from core.importing.rows import ParsedRow, RowView
from core.messages import Message
from core.tasks import TaskState

ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"


class KindHandler:
    kind: str
    key_field: str

    def __init__(self, session: Session, options: ImportOptions, labels: dict[str, str]) -> None:
        self.session = session
        self.options = options
        # field -> the column's header as the user sees it, for problems found across rows
        self.labels = labels

    def flag(self, row: ParsedRow, field: str, message: Message) -> None:
        if not any(p.field == field and p.message == message for p in row.problems):
            column = self.labels.get(field, field)
            row.problems.append(RowProblem(row.number, column, field, message))

    def prepare(self, views: list[RowView]) -> None:
        """Look at whole columns before single rows (date orders); load what exists."""

    def parse(self, view: RowView) -> None:
        """Fill ``view.parsed`` (key and record) or record problems."""
        raise NotImplementedError

    def cross_check(self, rows: list[ParsedRow]) -> None:
        """Problems that need all valid rows at once (references, cycles, uniqueness)."""

    def status(self, row: ParsedRow) -> str:
        """ADDED, UPDATED or UNCHANGED against what is stored."""
        raise NotImplementedError

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        """Store added and updated rows through the raw connection; rows written per table."""
        raise NotImplementedError


def raw_connection(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection: bulk writes at executemany speed, same transaction."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Names match whatever their case and spacing (cached: called for every row's names)."""
    return " ".join((text or "").split()).casefold()


def ids_by_name(connection: sqlite3.Connection, table: str) -> dict[str, int]:
    rows = connection.execute(f"SELECT name, id FROM {table}").fetchall()
    return {fold(name): int(row_id) for name, row_id in rows}


# Columns without a database default that a raw INSERT must fill (the ORM's defaults are
# Python-side).
_NAMED_DEFAULTS = {"roles": ", description", "skills": "", "departments": ""}


def ensure_named(connection: sqlite3.Connection, table: str, names: set[str]) -> dict[str, int]:
    """Ids of ``names`` in a table with a unique name; missing ones are created."""
    known = ids_by_name(connection, table)
    missing: dict[str, str] = {}
    for name in names:
        if name and fold(name) not in known:
            missing.setdefault(fold(name), name)
    if missing:
        extra = _NAMED_DEFAULTS[table]
        values = "?, ''" if extra else "?"
        connection.executemany(
            f"INSERT INTO {table} (name{extra}) VALUES ({values})",
            [(n,) for n in sorted(missing.values())],
        )
        known = ids_by_name(connection, table)
    return known


def update_rows(
    connection: sqlite3.Connection, table: str, updates: list[tuple[int, dict[str, Any]]]
) -> None:
    """UPDATE by id, one executemany per set of columns."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row_id, values in updates:
        columns = tuple(sorted(values))
        groups.setdefault(columns, []).append((*(values[c] for c in columns), row_id))
    for columns, params in groups.items():
        assignments = ", ".join(f"{c} = ?" for c in columns)
        connection.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", params)
