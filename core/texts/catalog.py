"""Messages of the catalog area: code → (English, Simplified Chinese)."""

TEXTS: dict[str, tuple[str, str]] = {}
