"""What every command module needs: argument types and reading the file once.

Argument types raise ``argparse.ArgumentTypeError`` (a usage error, exit 2) with a message
from the catalogue, so ``--as-of 31/02/2026`` reads the same in every command.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from core.messages import msg

T = TypeVar("T")


def iso_date(text: str) -> dt.date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("value.bad_date", value=text).text()) from None


def positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be 1 or more")
    return value


def read_file(db_path: Path, read: Callable[[Any], T]) -> T:
    """``read(session)`` on the file opened for reading (it must exist), then closed."""
    from core.database import open_database

    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            return read(session)
    finally:
        opened.db.close()
