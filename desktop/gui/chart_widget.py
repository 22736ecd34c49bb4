"""A matplotlib ``Figure`` in a widget (matplotlib's Qt example: ``FigureCanvasQTAgg``).

matplotlib is imported only when the first chart is shown, so start-up stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

# Light: core.charts imports matplotlib only inside its functions.
from core.charts import DARK, LIGHT, Palette

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def window_palette(widget: QWidget) -> Palette:
    """The chart palette matching the window: dark when the window's base is dark."""
    base = widget.palette().color(QPalette.ColorRole.Base)
    return DARK if base.lightness() < 128 else LIGHT


class ChartWidget(QWidget):
    """Shows one figure at its own size; ``set_figure`` replaces it.

    The size is fixed (the figure's pixels): a canvas that grows redraws its figure, and
    one card's chart arriving would resize — and redraw — all the others.
    """

    def __init__(self, parent: QWidget | None = None, size: tuple[int, int] = (500, 280)) -> None:
        super().__init__(parent)
        self.canvas: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setFixedSize(*size)

    @property
    def figure(self) -> Figure | None:
        return None if self.canvas is None else self.canvas.figure

    def set_figure(self, figure: Figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        width, height = figure.get_size_inches() * figure.dpi
        self.setFixedSize(round(width), round(height))
        self.canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        self.canvas.setFixedSize(round(width), round(height))
        self._layout.addWidget(self.canvas)
