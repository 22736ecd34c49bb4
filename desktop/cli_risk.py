"""The `risk` command(s) of the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Command name → handler(args, db_path) → exit code; desktop/cli.py registers them.
COMMANDS: dict[str, Callable[..., int]] = {}


def add_commands(commands: Any) -> None:
    """Adds this module's sub-commands to the top-level parser."""
    del commands
