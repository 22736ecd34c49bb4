"""Long work as plain functions with a task state (Orange3's pattern)."""

from __future__ import annotations

from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


@dataclass
class TaskState:
    """Passed to long functions; the GUI subclasses it to forward progress to a bar."""

    cancelled: bool = False
    progress: float = 0.0
    status: str = ""

    def set_progress(self, fraction: float, status: str = "") -> None:
        self.progress = max(0.0, min(1.0, fraction))
        if status:
            self.status = status

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()
