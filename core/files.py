"""Writing a file the admin asked for: whole or not at all.

Every export and report is written into a temporary file beside its target and moved into
place, so a failure or Cancel part-way never leaves half a file under the chosen name (and an
existing file there stays as it was); a folder that cannot be written is a clear message, not
a crash.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from core.errors import InputRefused
from core.messages import msg

T = TypeVar("T")


def write_beside(path: Path, write: Callable[[Path], T]) -> T:
    """``write(temporary_path)``, then the temporary file replaces ``path``."""
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _unwritable(path, error) from None
    os.close(handle)
    temporary = Path(name)
    try:
        result = write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _unwritable(path, error) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result


def write_stream_beside(path: Path, write: Callable[[BinaryIO], T]) -> T:
    """:func:`write_beside` for writers that take an open binary file."""

    def to_file(temporary: Path) -> T:
        with temporary.open("wb") as out:
            return write(out)

    return write_beside(path, to_file)


def _unwritable(path: Path, error: OSError) -> InputRefused:
    detail = error.strerror or str(error)
    return InputRefused(msg("export.unwritable", file=str(path), detail=detail))
