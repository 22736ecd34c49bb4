"""The segment map: everyone as a dot; hovering names the person, clicking selects them.

The figure (:func:`core.analytics.charts.segment_map_figure`) is drawn on the worker and
shown as an image (:mod:`figure_image`). The dot under the mouse is found with the
figure's own transform, converting every point to pixels (about a millisecond for 20,000
people): nothing is drawn while the mouse moves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.gui.analytics.figure_image import FigureImage, RenderedFigure

HIT_RADIUS = 8.0  # in the widget's (logical) pixels
MAP_PIXELS = (540, 430)  # core.analytics.charts.MAP_SIZE at 100 dpi


class SegmentMap(FigureImage):
    """The rendered map; hover shows a person's name, a click hands the person over."""

    def __init__(
        self,
        on_hover: Callable[[Any | None], object],
        on_click: Callable[[Any], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(MAP_PIXELS, parent)
        self._on_hover = on_hover
        self._on_click = on_click
        self.setObjectName("segmentMap")
        self.setMouseTracking(True)
        self.people: Sequence[Any] = ()  # core.analytics.segments.PersonPoint
        self._xy: Any = None  # numpy (n, 2) of the people's map coordinates
        self.hovered: Any | None = None

    def show_map(self, rendered: RenderedFigure, people: Sequence[Any]) -> None:
        import numpy as np

        self.people = people
        self._xy = np.array([(p.x, p.y) for p in people], dtype=float).reshape(-1, 2)
        self.hovered = None
        self.show_rendered(rendered)

    def person_at(self, point: QPointF | QPoint) -> Any | None:
        """The person whose dot is nearest ``point`` (widget pixels), if within a few pixels."""
        rendered = self.rendered
        if rendered is None or self._xy is None or not len(self._xy):
            return None
        import numpy as np

        pixels = rendered.figure.axes[0].transData.transform(self._xy)
        x = point.x() * rendered.ratio
        y = rendered.height - point.y() * rendered.ratio  # matplotlib counts from the bottom
        distances = np.hypot(pixels[:, 0] - x, pixels[:, 1] - y)
        nearest = int(np.argmin(distances))
        within = distances[nearest] <= HIT_RADIUS * rendered.ratio
        return self.people[nearest] if within else None

    def point_of(self, person: Any) -> QPoint:
        """Where ``person``'s dot is, in widget pixels (tests click there)."""
        rendered = self.rendered
        assert rendered is not None
        x, y = rendered.figure.axes[0].transData.transform((person.x, person.y))
        return QPoint(round(x / rendered.ratio), round((rendered.height - y) / rendered.ratio))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.person_at(event.position()), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: Any) -> None:
        self._hover(None, QPoint())
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            person = self.person_at(event.position())
            if person is not None:
                self._on_click(person)
        super().mousePressEvent(event)

    def _hover(self, person: Any | None, where: QPoint) -> None:
        if person is self.hovered:
            return
        self.hovered = person
        self._on_hover(person)
        if person is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(where + QPoint(12, 12), person.name, self)
