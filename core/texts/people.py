"""Messages of the people area: code → (English, Simplified Chinese)."""

TEXTS: dict[str, tuple[str, str]] = {}
