"""The Chinese interface: Qt Linguist sources compiled and found whatever context asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.translations import compile_ts, untranslated, update_ts

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name></name>
  <message><source>Preview</source><translation>预览</translation></message>
  <message><source>Print…</source><translation type="unfinished"></translation></message>
</context>
<context><name>ReportsSection</name>
  <message><source>Save</source><translation>保存报告</translation></message>
</context>
<context><name>Other</name>
  <message><source>Save</source><translation>保存</translation></message>
</context>
</TS>
"""


def test_strings_filed_under_no_context_are_found_under_any(qtbot: Any, tmp_path: Path) -> None:
    from desktop.gui.i18n import ContextFallbackTranslator

    source = tmp_path / "t.ts"
    source.write_text(TS, encoding="utf-8")
    compile_ts(source, tmp_path / "t.qm")
    translator = ContextFallbackTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("ReportsSection", "Preview") == "预览"
        # The exact context wins over another context's translation of the same words.
        assert QCoreApplication.translate("ReportsSection", "Save") == "保存报告"
        assert QCoreApplication.translate("Unknown", "Not there") == "Not there"
    finally:
        app.removeTranslator(translator)
    assert [m.source for m in untranslated(source)] == ["Print…"]


def test_lupdate_finds_self_tr_and_module_tr_helpers(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "view.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('View', text)\n"
        "class View(QObject):\n"
        "    def labels(self):\n"
        "        return self.tr('Method text'), _tr('Helper text')\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.ts"
    update_ts(target, root=tmp_path)
    assert {m.source for m in untranslated(target)} == {"Method text", "Helper text"}
