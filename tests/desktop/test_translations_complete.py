"""Issue 8, acceptance 2: every visible string has its Simplified Chinese translation.

lupdate runs over the current sources into a copy of the committed ``.ts``, so a string
added since the last ``python -m desktop.translations update`` shows up as missing here
instead of hiding behind a stale file. core's own strings come from core/texts/*.py.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from core.messages import CATALOGUE
from desktop.translations import ROOT, source_files, ts_file, untranslated, update_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"<[^>]+>")
MNEMONIC = re.compile(r"&(\w)")


def _translations(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source", ""), message.findtext("translation", ""))
            )
    return found


def test_every_string_in_the_sources_has_a_finished_chinese_translation(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "training_desk_zh_CN.ts"
    shutil.copyfile(ts_file("zh_CN"), fresh)
    update_ts(fresh)
    missing = untranslated(fresh)
    listing = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    assert missing == [], (
        f"{len(missing)} string(s) lack a Chinese translation; run "
        f"`python -m desktop.translations update` and translate them:\n{listing}"
    )


def test_translations_keep_placeholders_markup_and_mnemonics() -> None:
    wrong = []
    for context, source, translation in _translations(ts_file("zh_CN")):
        plain = source.replace("&&", "")
        checks = {
            "placeholders": (PLACEHOLDER.findall(source), PLACEHOLDER.findall(translation)),
            "markup": (TAG.findall(source), TAG.findall(translation)),
        }
        if not TAG.search(source):  # a rich-text '&amp;' is no mnemonic
            checks["mnemonic"] = (
                [m.lower() for m in MNEMONIC.findall(plain)],
                [m.lower() for m in MNEMONIC.findall(translation.replace("&&", ""))],
            )
        for what, (want, got) in checks.items():
            if sorted(want) != sorted(got):
                wrong.append(f"[{context}] {source!r}: {what} {want} became {got}")
    assert wrong == [], "\n".join(wrong)


def test_every_context_is_one_qt_asks_for_at_run_time() -> None:
    """``obj.tr()`` on a variable files the string under the variable's name, never asked.

    PySide asks under the calling object's class (and its bases); the translator also
    looks under the empty context. A context that is neither a class in desktop/ nor
    empty is a string that shows in English whatever the .ts says.
    """
    classes = {
        node.name
        for path in source_files(ROOT)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    contexts = {context for context, _, _ in _translations(ts_file("zh_CN"))}
    assert contexts - classes - {""} == set()


def _words(template: str) -> str:
    """The template's own text, without its placeholders."""
    return "".join(literal for literal, *_ in string.Formatter().parse(template))


def test_every_core_message_has_its_chinese_text() -> None:
    missing = [
        code
        for code, (english, chinese) in CATALOGUE.items()
        if not chinese.strip()
        # Chinese that is the English again was never translated ('#', '%' may stay).
        or (re.search(r"[A-Za-z]{2}", _words(english)) and chinese == english)
    ]
    assert missing == []
