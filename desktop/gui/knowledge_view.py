"""The knowledge map's view (zoom, pan, fit) and its exports to PNG and SVG.

Exports render the scene itself — nodes, links, heading and legend — so the file explains
itself; node titles are drawn as text, which the SVG keeps as ``<text>`` elements.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.03, 4.0
READABLE_SCALE = 0.6  # below this, titles are too small to read on first look
PNG_MAX_SIDE = 12_000  # px: a 1,000-node map still exports without a huge allocation


class MapView(QGraphicsView):
    """Wheel zooms around the pointer; dragging pans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeMapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11()
        factor = max(MIN_SCALE / scale, min(MAX_SCALE / scale, factor))
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)
            event.accept()

    def fit(self) -> None:
        """The whole map in view, never magnified beyond its natural size."""
        scene = self.scene()
        if scene is None:
            return
        self.resetTransform()
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
        self.centerOn(scene.sceneRect().center())

    def first_look(self) -> None:
        """Fit when the titles stay readable; else a readable scale, at the top left (legend)."""
        self.fit()
        scene = self.scene()
        if scene is not None and self.transform().m11() < READABLE_SCALE:
            self.resetTransform()
            self.scale(READABLE_SCALE, READABLE_SCALE)
            self.ensureVisible(QRectF(scene.sceneRect().topLeft(), QSizeF(10, 10)), 0, 0)


def _render_area(scene: Any) -> QRectF:
    return QRectF(scene.sceneRect())


def export_png(scene: Any, path: Path) -> bool:
    area = _render_area(scene)
    scale = min(2.0, PNG_MAX_SIDE / max(area.width(), area.height(), 1.0))
    image = QImage(
        int(area.width() * scale), int(area.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return bool(image.save(str(path)))  # the format follows the suffix


def export_svg(scene: Any, path: Path) -> bool:
    from PySide6.QtSvg import QSvgGenerator  # only when exporting: not on the start-up path

    area = _render_area(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(area.size().toSize())
    generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
    generator.setTitle("Knowledge map")
    painter = QPainter()
    if not painter.begin(generator):
        return False
    scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
    painter.end()
    return path.exists() and path.stat().st_size > 0
