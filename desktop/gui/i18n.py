"""Translations: Qt's own strings and the window's ``tr()`` strings, from resources/."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from core.messages import set_language
from desktop.translations import compiled_translation

_installed: list[QTranslator] = []


class ContextFallbackTranslator(QTranslator):
    """A QTranslator that also finds strings lupdate filed under no context.

    lupdate names a string's context after its class only for ``self.tr()``; a module's
    ``_tr()`` helper (``QCoreApplication.translate("Sections", …)``) or a local ``tr`` alias
    lands in the empty context, while at run time the string is asked for under its real
    context. The exact context wins when both exist.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": Qt takes an empty (non-null) string as a translation found.
        return found or None  # type: ignore[return-value]


def install_translators(app: QApplication, language: str) -> None:
    """Use ``language`` for core messages and load Qt's and the window's translations."""
    set_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _install(app, qt_own)
    ours = compiled_translation(language)
    if ours is not None:
        translator = ContextFallbackTranslator(app)
        if translator.load(str(ours)):
            _install(app, translator)


def _install(app: QApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def translated(owner: QObject, text: str) -> str:
    """``owner.tr(text)`` — for tests that check a string is translated."""
    return owner.tr(text)
