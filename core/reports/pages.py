"""The page itself: header (company name and logo, the section's title) and footer
("Page X of Y" within the section, the print date), drawn once all pages are laid out.

Page numbers count within a *section*: a batch of plans in one PDF starts a section per
person (:class:`SectionStart`), so each plan reads "Page 1 of 2" however deep in the file
it is.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from core.messages import msg
from core.reports.text import fit, one_face
from core.settings import AppSettings

MARGIN = 16 * mm
INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#cbd5e1")


@dataclass(frozen=True)
class PageDecor:
    """What the header and footer print on every page."""

    company: str
    logo: ImageReader | None
    title: str
    printed: dt.date


def read_logo(settings: AppSettings) -> ImageReader | None:
    """The company logo from the settings, or None when there is none or it cannot be read."""
    if not settings.company_logo_png:
        return None
    try:
        return ImageReader(io.BytesIO(base64.b64decode(settings.company_logo_png)))
    except (binascii.Error, OSError, ValueError):
        return None  # a broken logo must not stop a report: print without it


class SectionStart(Flowable):  # type: ignore[misc]
    """Starts a new page-numbering section (one person's plan in a batch) where it is drawn.

    ``on_draw`` runs as the section reaches the page: a batch reports progress and checks
    for Cancel there.
    """

    def __init__(self, title: str, on_draw: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.title = title
        self.on_draw = on_draw

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        sections = getattr(self.canv, "td_sections", None)
        if sections is not None:
            sections.append(self.title)
        if self.on_draw is not None:
            self.on_draw()


class PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, so the footer can say "Page X of Y" per section."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decor = decor
        self.td_sections: list[str] = [decor.title]
        self._held: list[tuple[dict[str, Any], int]] = []

    def showPage(self) -> None:
        self._held.append((dict(self.__dict__), len(self.td_sections) - 1))
        self._startPage()

    def save(self) -> None:
        pages_in: dict[int, int] = {}
        for _, section in self._held:
            pages_in[section] = pages_in.get(section, 0) + 1
        seen: dict[int, int] = {}
        for state, section in self._held:
            self.__dict__.update(state)
            seen[section] = seen.get(section, 0) + 1
            draw_decor(self, self.td_sections[section], seen[section], pages_in[section])
            Canvas.showPage(self)
        Canvas.save(self)


def _draw_line(canvas: Canvas, x: float, y: float, text: str, size: float, **how: Any) -> None:
    """One line of any text at (x, y); ``align`` left/right; cut to ``width`` points."""
    font, shown = one_face(text, heavy=how.get("heavy", False))
    shown = fit(shown, font, size, how.get("width", 1e9))
    canvas.setFont(font, size)
    if how.get("align") == "right":
        canvas.drawRightString(x, y, shown)
    else:
        canvas.drawString(x, y, shown)


def draw_decor(canvas: Canvas, title: str, page: int, pages: int) -> None:
    decor: PageDecor = canvas.decor
    width, height = canvas._pagesize
    top = height - MARGIN + 2 * mm
    canvas.saveState()
    canvas.setFillColor(INK)
    x = MARGIN
    if decor.logo is not None:
        logo_w, logo_h = decor.logo.getSize()
        box = 7 * mm  # from just above the rule to just inside the margin
        scale = min(box / logo_h, 3 * box / logo_w)
        canvas.drawImage(decor.logo, x, top - 1 * mm, logo_w * scale, logo_h * scale, mask="auto")
        x += logo_w * scale + 3 * mm
    half = (width - 2 * MARGIN) / 2
    _draw_line(canvas, x, top, decor.company, 9.5, heavy=True, width=half - (x - MARGIN))
    canvas.setFillColor(MUTED)
    _draw_line(canvas, width - MARGIN, top, title, 8.5, align="right", width=half - 4 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 3 * mm, width - MARGIN, top - 3 * mm)
    bottom = MARGIN - 6 * mm
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    printed = msg("report.printed_on", date=decor.printed.isoformat()).text()
    _draw_line(canvas, MARGIN, bottom, printed, 8, width=half)
    page_text = msg("report.page_of", page=page, pages=pages).text()
    _draw_line(canvas, width - MARGIN, bottom, page_text, 8, align="right", width=half)
    canvas.restoreState()
