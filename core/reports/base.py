"""The one PDF renderer every report uses: page templates, header, footer, named styles.

A report module builds a story (a list of flowables) with :attr:`Renderer.styles`,
:func:`core.reports.text.para` and :meth:`Renderer.table`, and hands it to
:meth:`Renderer.render`. The renderer puts the company name (and logo) in the header and
"Page X of Y" with the print date in the footer (:mod:`core.reports.pages`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from core.files import write_stream_beside
from core.messages import Message
from core.reports.fonts import CJK, LATIN
from core.reports.pages import INK, MARGIN, RULE, PagedCanvas, PageDecor, SectionStart, read_logo
from core.reports.styles import Styles, make_styles
from core.reports.text import as_text, one_face, para
from core.settings import AppSettings

# Reports import these from here: the renderer is the one door.
__all__ = ["RULE", "Renderer", "ReportResult", "SectionStart", "write_atomically"]

HEADER = 14 * mm  # the band above the frame that holds the header
HEAD_FILL = colors.HexColor("#e2e8f0")
ZEBRA = colors.HexColor("#f8fafc")


@dataclass(frozen=True)
class ReportResult:
    """What was written: the file, its pages, and how many items (plans, people, courses)."""

    path: Path
    pages: int
    items: int


class Renderer:
    """Page size, styles and table helper for one document; :meth:`render` writes it."""

    def __init__(
        self,
        settings: AppSettings,
        title: str | Message,
        printed: dt.date,
        wide: bool = False,
    ) -> None:
        size = LETTER if settings.page_size == "Letter" else A4
        self.page_size = landscape(size) if wide else size
        self.title = title.text() if isinstance(title, Message) else title
        self.decor = PageDecor(settings.company_name, read_logo(settings), self.title, printed)
        self.styles: Styles = make_styles()

    @property
    def width(self) -> float:
        """The frame's usable width in points (inside its 6 pt padding): tables size from it."""
        return float(self.page_size[0] - 2 * MARGIN - 12)

    def table(
        self,
        head: Sequence[str | Message],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        right: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
        span: float = 1.0,
    ) -> LongTable:
        """A table whose header row repeats on every page it spans.

        ``widths`` are fractions of ``span`` × the frame width; text cells (str or Message) become
        wrapping paragraphs, columns in ``right`` align right; ``extra`` adds style commands.
        """
        s = self.styles
        widths_pt = fit_head([as_text(h) for h in head], [self.width * span * w for w in widths])
        head_right = ParagraphStyle("head_right", parent=s.cell_head, alignment=TA_RIGHT)
        data: list[list[Any]] = [
            [para(h, head_right if i in right else s.cell_head) for i, h in enumerate(head)]
        ][: 1 if head else 0]  # no head: a plain two-column list of figures
        for row in rows:
            data.append(
                [
                    self._cell(cell, i in right, widths_pt[i])
                    if isinstance(cell, str | Message)
                    else cell
                    for i, cell in enumerate(row)
                ]
            )
        table = LongTable(data, colWidths=widths_pt, repeatRows=1 if head else 0)
        table.hAlign = "LEFT"
        first = 1 if head else 0
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), s.cell.leading),
            *(("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right),
            ("LINEBELOW", (0, first), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if head:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(first + 1, len(data), 2)]
        table.setStyle(TableStyle([*commands, *extra]))
        return table

    def _cell(self, value: str | Message, right: bool, width: float) -> Any:
        """A table cell: short Latin text that fits as a plain string (drawn by the table,
        far cheaper than a paragraph: a batch has tens of thousands of number cells),
        anything else as a wrapping, escaped paragraph."""
        text = as_text(value)
        if len(text) <= 24 and "\n" not in text:
            font, shown = one_face(text)
            if font == LATIN and shown == text and stringWidth(text, LATIN, 8.2) <= width - 6.5:
                return text
        return para(text, self.styles.cell_right if right else self.styles.cell)

    def heading(self, text: str | Message) -> list[Flowable]:
        """A section heading that never sits alone at the foot of a page.

        (``keepWithNext`` would glue it to a long table and push both to a new page,
        leaving the page before it blank.)
        """
        return [CondPageBreak(28 * mm), para(text, self.styles.heading)]

    def course_cell(self, title: str, code: str) -> list[Flowable]:
        """A course title with its code beneath in small print."""
        return [para(title, self.styles.cell), para(code, self.styles.small)]

    def layout(self, rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
        """A borderless grid for placing things side by side; ``widths`` as in :meth:`table`."""
        grid = Table([list(row) for row in rows], colWidths=[self.width * w for w in widths])
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), LATIN),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return grid

    def render(self, story: list[Flowable], out: BinaryIO) -> int:
        """Lay the story out into ``out``; returns the number of pages."""
        doc = SimpleDocTemplate(
            out,
            pagesize=self.page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER - 6 * mm,
            bottomMargin=MARGIN,
            title=self.title,
            author=self.decor.company,
            creator="Training Desk",
            initialFontName=LATIN,
        )
        decor = self.decor

        def make_canvas(*args: Any, **kwargs: Any) -> PagedCanvas:
            return PagedCanvas(*args, decor=decor, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
        return int(doc.page)


def fit_head(head: Sequence[str], widths: list[float], pad: float = 7.0) -> list[float]:
    """Column widths widened so no Latin header word breaks ("Complet-ion"); the widest
    column gives up the room. CJK headings break between any characters, so they fit."""
    from core.reports.fonts import LATIN_BOLD as face

    need = [
        max((stringWidth(word, face, 8.2) for word in text.split()), default=0.0) + pad
        if one_face(text)[0] != CJK
        else 0.0
        for text in head
    ]
    fitted = list(widths)
    for i, wanted in enumerate(need):
        short = wanted - fitted[i]
        widest = max(range(len(fitted)), key=fitted.__getitem__)
        if short > 0 and widest != i:
            fitted[i] += short
            fitted[widest] -= short
    return fitted


def write_atomically(path: Path, write: Callable[[BinaryIO], Any]) -> Any:
    """Write the report through ``write(binary file)``: whole or not at all (core.files)."""
    return write_stream_beside(Path(path), write)
