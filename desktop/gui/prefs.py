"""Per-user window preferences in QSettings: geometry, last and recent files, language.

``TRAINING_DESK_CONFIG_DIR`` (tests, portable installs) puts them in an INI file there.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
GEOMETRY = "window/geometry"
SPLITTERS = "window/splitters/"
RECENT = "files/recent"
LAST = "files/last"
STARTED_EMPTY = "files/startedEmpty"
LANGUAGE = "ui/language"


def qsettings() -> QSettings:
    folder = os.environ.get("TRAINING_DESK_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "training-desk.ini"), QSettings.Format.IniFormat)
    return QSettings()


def _paths(value: object) -> list[Path]:
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list):
        return []
    return [Path(str(v)) for v in value if v]


def recent_files() -> list[Path]:
    return _paths(qsettings().value(RECENT, []))


def remember_file(path: Path) -> None:
    """Make ``path`` the last file and the first of the recent ones."""
    path = path.absolute()
    recent = [p for p in recent_files() if p != path]
    store = qsettings()
    store.setValue(RECENT, [str(p) for p in [path, *recent][:MAX_RECENT]])
    store.setValue(LAST, str(path))


def forget_recent(path: Path) -> None:
    store = qsettings()
    store.setValue(RECENT, [str(p) for p in recent_files() if p != path])


def last_file() -> Path | None:
    value = qsettings().value(LAST, "")
    return Path(str(value)) if value else None


def started_empty(path: Path) -> bool:
    return str(path.absolute()) in [str(p) for p in _paths(qsettings().value(STARTED_EMPTY, []))]


def remember_started_empty(path: Path) -> None:
    paths = [str(p) for p in _paths(qsettings().value(STARTED_EMPTY, []))]
    qsettings().setValue(STARTED_EMPTY, [*paths, str(path.absolute())][-50:])


def language() -> str | None:
    value = qsettings().value(LANGUAGE, "")
    return str(value) if value else None


def system_language() -> str:
    """The interface language the system asks for: Chinese for any zh locale, else English."""
    from PySide6.QtCore import QLocale

    names = [QLocale.system().name(), *QLocale.system().uiLanguages()]
    return "zh_CN" if any(name.lower().startswith("zh") for name in names) else "en"


def set_language_preference(lang: str) -> None:
    qsettings().setValue(LANGUAGE, lang)
