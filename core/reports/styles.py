"""The named paragraph styles every report shares (pretix's stylesheet)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from core.reports.fonts import LATIN, LATIN_BOLD, register_fonts


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    total: ParagraphStyle


@lru_cache(maxsize=1)
def make_styles() -> Styles:
    register_fonts()  # styles name the bundled faces: they must exist first
    body = ParagraphStyle(
        "body", fontName=LATIN, fontSize=9.5, leading=12.5, textColor=colors.HexColor("#1f2937")
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.2, leading=10.2)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=LATIN_BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, textColor=colors.HexColor("#4b5563"), spaceAfter=6
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#6b7280")
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=LATIN_BOLD),
        total=ParagraphStyle("total", parent=body, fontName=LATIN_BOLD, alignment=TA_RIGHT),
    )
