"""Errors ``core`` raises on purpose: each carries a catalogue message written for the admin."""

from __future__ import annotations

from typing import Any

from core.messages import Message, msg


class AppError(Exception):
    """An error the admin can act on; ``str()`` is the message in the current language."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message

    @classmethod
    def of(cls, code: str, **values: Any) -> AppError:
        return cls(msg(code, **values))

    def __str__(self) -> str:
        return self.message.text()


class InputRefused(AppError):
    """The input was refused in whole or in part (CLI exit code 3)."""

    exit_code = 3
