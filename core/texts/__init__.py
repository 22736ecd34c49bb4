"""Parts of the one message catalogue, one module per area; ``core.messages`` merges them.

Each module defines ``TEXTS: dict[str, tuple[str, str]]`` — code → (English, Simplified
Chinese). Codes are prefixed by area (``import.``, ``course.``, ``person.`` …) and must be
unique across modules; ``tests/core/test_messages.py`` checks that.
"""
