"""The knowledge map's heading and key: what each shape, colour and line means.

Only the states present in the map are listed. It is part of the scene, so PNG and SVG
exports carry it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.gui.knowledge_scene import (
    COURSE_LOOKS,
    INK,
    LOOP_COLOUR,
    MUTED,
    REQUIRES_COLOUR,
    SKILL_LOOK,
    SKILL_NEEDED_LOOK,
    TEACHES_COLOUR,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("KnowledgeMap", text)


LEGEND_ROW = 26.0


class LegendItem(QGraphicsItem):
    """The heading, the counts and a key to the shapes and colours used in this map."""

    def __init__(self, heading: str, summary: str, states: set[str], font: QFont) -> None:
        super().__init__()
        self._heading, self._summary = heading, summary
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setPointSizeF(font.pointSizeF() + 2)
        self._bold.setWeight(QFont.Weight.DemiBold)
        entries: list[tuple[str, str]] = [
            ("course", _tr("course")),
            ("skill", _tr("skill")),
            ("requires", _tr("prerequisite → course")),
            ("teaches", _tr("course → skill it teaches")),
        ]
        names = {
            "focus": _tr("course shown"),
            "open": _tr("assigned"),
            "planned": _tr("planned"),
            "done": _tr("completed"),
            "missing": _tr("prerequisite not done yet"),
            "retired": _tr("retired"),
            "needed": _tr("skill the role needs"),
            "loop": _tr("prerequisite loop"),
        }
        entries += [(state, names[state]) for state in names if state in states]
        self.entries = entries
        metrics = QFontMetricsF(self._font)
        self._widths = [46 + metrics.horizontalAdvance(text) + 22 for _key, text in entries]
        width = max(sum(self._widths), QFontMetricsF(self._bold).horizontalAdvance(heading))
        self._rect = QRectF(0, 0, width + 10, 54 + LEGEND_ROW)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(INK)
        painter.setFont(self._bold)
        painter.drawText(
            QRectF(0, 0, self._rect.width(), 24), Qt.AlignmentFlag.AlignLeft, self._heading
        )
        painter.setFont(self._font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(0, 26, self._rect.width(), 20), Qt.AlignmentFlag.AlignLeft, self._summary
        )
        x, y = 0.0, 54.0
        for (key, text), width in zip(self.entries, self._widths, strict=True):
            self._sample(painter, key, QRectF(x, y + 4, 38, 16))
            painter.setPen(INK)
            painter.drawText(QRectF(x + 44, y, width - 44, 24), Qt.AlignmentFlag.AlignVCenter, text)
            x += width

    @staticmethod
    def _sample(painter: QPainter, key: str, box: QRectF) -> None:
        if key in ("requires", "teaches", "loop"):
            colour = QColor(
                {"requires": REQUIRES_COLOUR, "teaches": TEACHES_COLOUR}.get(key, LOOP_COLOUR)
            )
            pen = QPen(colour, 1.6)
            if key != "requires":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = box.center().y()
            painter.drawLine(QPointF(box.left(), middle), QPointF(box.right() - 6, middle))
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 0.5))
            tip = box.right()
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(tip, middle),
                        QPointF(tip - 9, middle - 4),
                        QPointF(tip - 9, middle + 4),
                    ]
                )
            )
            return
        if key in ("skill", "needed"):
            fill, border = SKILL_NEEDED_LOOK if key == "needed" else SKILL_LOOK
            dashed, radius = False, box.height() / 2
        else:
            fill, border, dashed = COURSE_LOOKS["" if key == "course" else key]
            radius = 4.0
        pen = QPen(QColor(border), 2.2 if key in ("focus", "needed") else 1.3)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box, radius, radius)
