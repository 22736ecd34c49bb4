"""Messages of the importing area: code → (English, Simplified Chinese)."""

TEXTS: dict[str, tuple[str, str]] = {}
