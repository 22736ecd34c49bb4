"""Translations: Qt's own strings and the window's ``tr()`` strings, from resources/."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from core.messages import set_language
from db.resources import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> None:
    """Use ``language`` for core messages and load the .qm files that exist for it.

    The window's own translation (resources/translations/training_desk_<lang>.qm) comes
    with a later release; until then English text shows wherever it is missing.
    """
    set_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return
    QLocale.setDefault(QLocale(language))
    candidates = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (str(resource_path("resources", "translations")), f"training_desk_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
