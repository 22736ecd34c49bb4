"""Helpers for the import tests: a fresh database, files in any encoding, table dumps."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from core.importing import (
    ImportOptions,
    ImportSummary,
    apply_overrides,
    auto_map,
    read_table,
    run_import,
)
from db.models import Base
from db.session import Database


def csv_bytes(
    rows: Sequence[Sequence[str]], encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_bytes(rows, encoding))
    return path


def import_file(
    db: Database, kind: str, path: Path, *overrides: str, **options: Any
) -> ImportSummary:
    table = read_table(
        path, sheet=options.pop("sheet", None), encoding=options.pop("encoding", None)
    )
    mapping = apply_overrides(kind, table.headers, auto_map(kind, table.headers), overrides)
    return run_import(db, kind, table, mapping, ImportOptions(**options))


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the audit log, rows sorted: equal dumps mean nothing changed."""
    with db.reading() as session:
        return {
            table: sorted(
                (tuple(row) for row in session.execute(text(f"SELECT * FROM {table}"))),
                key=repr,
            )
            for table in (t.name for t in Base.metadata.sorted_tables)
            if table != "audit_log"
        }
