"""A matplotlib figure drawn on the worker and shown as an image on the GUI thread.

A ``FigureCanvasQTAgg`` draws on the GUI thread, on its first paint and on every resize:
100-250 ms for the 20,000 dots of the segment map. Drawn here on the worker instead
(:func:`render_figure`, at the screen's pixel ratio), the GUI thread only copies pixels.
The figure is kept: its transforms say where each data point was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class RenderedFigure:
    figure: Figure
    rgba: bytes
    width: int  # device pixels
    height: int
    ratio: float  # device pixels per logical pixel


def render_figure(figure: Figure, ratio: float = 1.0) -> RenderedFigure:
    """Worker thread: draw ``figure`` at ``ratio`` × its size, then freeze its layout."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_dpi(figure.dpi * ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    figure.set_layout_engine("none")  # the transforms stay those of this drawing
    width, height = canvas.get_width_height()
    rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return RenderedFigure(figure, rgba, width, height, ratio)


class FigureImage(QLabel):
    """Shows a :class:`RenderedFigure` at its own size."""

    def __init__(self, size: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(*size)
        self.rendered: RenderedFigure | None = None

    @property
    def figure(self) -> Figure | None:
        return None if self.rendered is None else self.rendered.figure

    def show_rendered(self, rendered: RenderedFigure) -> None:
        self.rendered = rendered
        image = QImage(
            rendered.rgba,
            rendered.width,
            rendered.height,
            rendered.width * 4,
            QImage.Format.Format_RGBA8888,
        ).copy()  # owns its pixels: the bytes may go
        image.setDevicePixelRatio(rendered.ratio)
        ratio = rendered.ratio
        self.setFixedSize(round(rendered.width / ratio), round(rendered.height / ratio))
        self.setPixmap(QPixmap.fromImage(image))

    def clear_figure(self) -> None:
        self.rendered = None
        self.clear()
