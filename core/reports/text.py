"""The one door for text into a PDF: escaping and the font-fallback splitter.

Every piece of text a report prints — a course title typed as ``C++ <Advanced> & More``, a
name in Chinese, a label from the message catalogue — goes through :func:`markup` (inside
:func:`para` and :func:`labelled`) or :func:`one_face` (for text drawn straight on a canvas
or in a chart). Text is split into runs: Latin runs print in the Latin face, CJK runs in the
CJK face, and a character neither bundled face has prints as :data:`PLACEHOLDER`.

Emoji always print as the placeholder. DejaVu has monochrome glyphs for a few of them and
not for the rest; one rule reads better than a report where some emoji appear and some do
not. Joiners and variation selectors inside emoji sequences are dropped, so 👍🏽 prints as
two placeholders (the hand and the skin tone), never as a silent box.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from core.messages import Message
from core.reports.fonts import CJK, LATIN, LATIN_BOLD, FontCoverage, register_fonts

# The Unicode replacement character: visibly "a character that could not be shown".
PLACEHOLDER = "\ufffd"
ELLIPSIS = "…"
_INVISIBLE = {0x200D, 0x200C, 0x2060, 0xFEFF} | set(range(0xFE00, 0xFE10))


def _is_emoji(code: int) -> bool:
    return 0x1F000 <= code <= 0x1FAFF or 0xE0020 <= code <= 0xE007F


def _kind(char: str, fonts: FontCoverage) -> str:
    """'latin', 'cjk', 'space', 'drop' or 'missing' for one character."""
    code = ord(char)
    if char == " ":
        return "space"
    if code in _INVISIBLE or (unicodedata.category(char) in ("Cc", "Cs") and char not in "\n"):
        return "drop"
    if _is_emoji(code):
        return "missing"
    if code in fonts.latin or char == "\n":
        return "latin"
    if code in fonts.cjk:
        return "cjk"
    return "missing"


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` as (face, text) runs, face ``"latin"`` or ``"cjk"``; gaps as the placeholder.

    Spaces join the run they are in, so "张 三" stays one CJK run; tabs become spaces.
    """
    fonts = register_fonts()
    found: list[tuple[str, list[str]]] = []
    for char in text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"):
        kind = _kind(char, fonts)
        if kind == "drop":
            continue
        if kind == "missing":
            kind, char = "latin", PLACEHOLDER
        if kind == "space":
            kind = found[-1][0] if found else "latin"
        if found and found[-1][0] == kind:
            found[-1][1].append(char)
        else:
            found.append((kind, [char]))
    return [(kind, "".join(chars)) for kind, chars in found]


def as_text(value: str | Message) -> str:
    return value.text() if isinstance(value, Message) else value


def markup(value: str | Message) -> str:
    """Paragraph markup printing ``value`` exactly as written: escaped, each run in its face."""
    return _markup(as_text(value))


@lru_cache(maxsize=8192)  # a batch repeats labels, codes and skill names hundreds of times
def _markup(value: str) -> str:
    parts = []
    for kind, text in runs(value):
        escaped = escape(text).replace("\n", "<br/>")
        parts.append(f'<font name="{CJK}">{escaped}</font>' if kind == "cjk" else escaped)
    return "".join(parts)


def para(value: str | Message, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ``value`` (user text or a catalogue message), printed as written."""
    return Paragraph(markup(value), style)


def labelled(label: str | Message, value: str | Message, style: ParagraphStyle) -> Paragraph:
    """``label: value`` with the label in bold; both escaped like any text."""
    return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", style)


def bold(value: str | Message, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{markup(value)}</b>", style)


def one_face(value: str | Message, heavy: bool = False) -> tuple[str, str]:
    """(font name, text) for places that take one font (canvas strings, chart labels).

    The Latin face when it has every character, otherwise the CJK face (which also has the
    ASCII letters and digits); characters neither has become the placeholder.
    """
    pieces = runs(as_text(value))
    text = "".join(part for _, part in pieces).replace("\n", " ")
    if any(kind == "cjk" for kind, _ in pieces):
        return CJK, text
    return (LATIN_BOLD if heavy else LATIN), text


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it takes at most ``width`` points in ``font``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS
