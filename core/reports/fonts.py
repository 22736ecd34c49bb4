"""The fonts every report prints with, registered with reportlab once per process.

A Latin face (DejaVu Sans, regular and bold) and a CJK face (WenQuanYi Micro Hei) ship in
``resources/fonts`` and are embedded (subset) in every PDF, so Chinese prints on any machine.
Loading the CJK font costs a few hundred milliseconds, so it happens on the first report,
never at import time, and never twice.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from db.resources import resource_path

LATIN = "TD-Sans"
LATIN_BOLD = "TD-Sans-Bold"
CJK = "TD-CJK"  # no bold face: bold CJK text prints in the regular weight

_FILES = {
    LATIN: ("DejaVuSans.ttf", 0),
    LATIN_BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
}


@dataclass(frozen=True)
class FontCoverage:
    """The code points each face has a glyph for: the text splitter chooses by them."""

    latin: frozenset[int]
    cjk: frozenset[int]


_lock = threading.Lock()
_coverage: FontCoverage | None = None


def register_fonts() -> FontCoverage:
    """Register the bundled faces (first call only) and say which characters each covers."""
    global _coverage
    with _lock:  # the GUI may render on its worker while a test renders on the main thread
        if _coverage is None:
            _coverage = _register()
        return _coverage


def _register() -> FontCoverage:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {}
    for name, (file, index) in _FILES.items():
        path = resource_path("resources", "fonts", file)
        faces[name] = TTFont(name, str(path), subfontIndex=index)
        pdfmetrics.registerFont(faces[name])
    # <b> inside a paragraph switches to the bold face of the same family.
    for bold in (False, True):
        addMapping(LATIN, bold, False, LATIN_BOLD if bold else LATIN)
        addMapping(LATIN, bold, True, LATIN_BOLD if bold else LATIN)
        addMapping(CJK, bold, False, CJK)
        addMapping(CJK, bold, True, CJK)
    # The graphics renderer starts every chart in this font; left alone it is Helvetica, which
    # would be referenced (not embedded) in every PDF although no text prints in it.
    rl_config.defaultGraphicsFontName = LATIN
    # Binary streams instead of ASCII85 text: smaller files, and the pure-Python encoder
    # was a tenth of a batch's time (rl-accel, reportlab's C accelerator, is optional).
    rl_config.useA85 = 0
    return FontCoverage(
        latin=frozenset(faces[LATIN].face.charToGlyph),
        cjk=frozenset(faces[CJK].face.charToGlyph),
    )
