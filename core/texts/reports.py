"""Messages of the reports area (code → English, Simplified Chinese)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {}
