"""The interface font (a real Latin face first in English, the CJK face first in Chinese) and
the language that follows the system."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase

from desktop.gui.style import CJK_FAMILIES, GENERIC_ALIASES, ui_font


def test_english_leads_with_a_latin_face_and_falls_back_to_chinese(qtbot: Any) -> None:
    font = ui_font(QFont("Sans Serif"), "en")
    families = font.families()
    assert families[0].lower() not in GENERIC_ALIASES
    installed_cjk = [f for f in CJK_FAMILIES if f in QFontDatabase.families()]
    assert installed_cjk, "a CJK font must be installed (fonts-wqy-microhei)"
    assert installed_cjk[0] in families[1:]


def test_chinese_leads_with_the_cjk_face(qtbot: Any) -> None:
    font = ui_font(QFont("Sans Serif"), "zh_CN")
    assert font.families()[0] in CJK_FAMILIES


def test_the_interface_language_follows_the_system_locale(qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtCore import QLocale

    from desktop.gui import prefs

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert prefs.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert prefs.system_language() == "en"


def test_the_bundled_chinese_font_is_registered_when_the_system_has_none(
    qtbot: Any, monkeypatch: Any
) -> None:
    from desktop.gui import style

    registered: list[str] = []
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda: ["DejaVu Sans"]))
    monkeypatch.setattr(
        QFontDatabase,
        "addApplicationFont",
        staticmethod(lambda path: registered.append(path)),
    )
    style.ensure_cjk_font()
    assert len(registered) == 1 and registered[0].endswith("wqy-microhei.ttc")
    assert Path(registered[0]).is_file()
