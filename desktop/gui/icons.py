"""Line icons from resources/icons/*.svg, drawn in the palette's text colour.

The SVGs use ``currentColor``; it is replaced with the palette colour before rendering, so
the icons follow a light or dark system theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from db.resources import resource_path

SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg_text(name: str) -> str:
    return resource_path("resources", "icons", f"{name}.svg").read_text(encoding="utf-8")


def _colour(role: QPalette.ColorRole, group: QPalette.ColorGroup) -> QColor:
    return QGuiApplication.palette().color(group, role)


def _render(name: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    svg = _svg_text(name).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """An icon in the palette's ``role`` colour, with its disabled and selected variants."""
    result = QIcon()
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio())
    active = QPalette.ColorGroup.Active
    variants = [
        (QIcon.Mode.Normal, _colour(role, active)),
        (QIcon.Mode.Disabled, _colour(role, QPalette.ColorGroup.Disabled)),
        (QIcon.Mode.Selected, _colour(QPalette.ColorRole.HighlightedText, active)),
    ]
    for mode, colour in variants:
        for size in SIZES:
            result.addPixmap(_render(name, colour, size, ratio), mode)
    return result


def accent_icon(name: str) -> QIcon:
    return icon(name, QPalette.ColorRole.Highlight)
