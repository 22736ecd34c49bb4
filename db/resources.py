"""Find the program's own files from source and from the PyInstaller bundle.

Everything the program reads (migrations, fonts, icons, translations, demo seeds) is found
through :func:`resource_path`, never through the working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``db/``, ``core/``, ``desktop/`` and ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath(*parts)
