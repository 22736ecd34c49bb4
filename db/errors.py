"""Errors raised by the store. They carry plain data; ``core`` turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


@dataclass
class DatabaseLockedError(StoreError):
    path: Path
    host: str
    pid: int
    since: str

    def __str__(self) -> str:
        return f"{self.path} is open for writing by process {self.pid} on {self.host}"


@dataclass
class SchemaTooNewError(StoreError):
    path: Path
    revision: str

    def __str__(self) -> str:
        return f"{self.path} was written by a newer program (schema {self.revision})"


@dataclass
class NotATrainingDeskFileError(StoreError):
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path} is not a Training Desk file: {self.reason}"


@dataclass
class BackupVerificationError(StoreError):
    path: Path
    detail: str

    def __str__(self) -> str:
        return f"backup {self.path} failed its integrity check: {self.detail}"
