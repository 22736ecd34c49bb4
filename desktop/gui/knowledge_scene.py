"""Drawing a laid-out knowledge map (core.knowledge_map) on a QGraphicsScene.

Course nodes are boxes (title, then code), skill nodes are violet pills; "requires" links are
grey arrows from the prerequisite to the course, "teaches" links thin dashed violet arrows
to the skill, a link cut to break a prerequisite loop a red dashed one. Nodes paint their
text with ``drawText``, so an SVG export carries the titles as text. The legend and heading
are part of the scene: exports explain themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

LAYER_GAP = 280.0  # px between layer centres
ROW = 52.0  # px per layout row
COURSE_SIZE = (210.0, 42.0)
SKILL_SIZE = (200.0, 30.0)
ARROW = 7.0

INK = QColor("#202124")
MUTED = QColor("#5f6368")
# state → (fill, border, dashed border)
COURSE_LOOKS: dict[str, tuple[str, str, bool]] = {
    "": ("#e8f0fe", "#1a73e8", False),
    "focus": ("#fce8e6", "#d93025", False),
    "open": ("#fef7e0", "#e37400", False),
    "planned": ("#fef7e0", "#e37400", True),
    "done": ("#e6f4ea", "#188038", False),
    "missing": ("#ffffff", "#e37400", True),
    "retired": ("#f1f3f4", "#9aa0a6", True),
}
SKILL_LOOK = ("#f3e8fd", "#8430ce")
SKILL_NEEDED_LOOK = ("#e4c7fb", "#6a1b9a")
REQUIRES_COLOUR, TEACHES_COLOUR, LOOP_COLOUR = "#5f6368", "#a142f4", "#d93025"


def _tr(text: str) -> str:
    return QCoreApplication.translate("KnowledgeMap", text)


def node_size(kind: str) -> tuple[float, float]:
    return COURSE_SIZE if kind == "course" else SKILL_SIZE


def node_centre(column: float, y: float) -> QPointF:
    return QPointF(column * LAYER_GAP, y * ROW)


class NodeItem(QGraphicsItem):
    """One course or skill; a click calls ``on_click(node)``."""

    def __init__(self, node: Any, font: QFont, on_click: Callable[[Any], object]) -> None:
        super().__init__()
        self.node = node
        self._on_click = on_click
        self._font = QFont(font)
        self._small = QFont(font)
        self._small.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
        width, height = node_size(node.kind)
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setPos(node_centre(node.column, node.y))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(node_tooltip(node))
        self.setZValue(2)
        self._text_lines = self._lines()  # eliding is the slow part: once, not per paint
        self.shown_text = [text for text, _font in self._text_lines]

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def _lines(self) -> list[tuple[str, QFont]]:
        inner = self._rect.width() - 14
        node = self.node
        metrics = QFontMetricsF(self._font)
        title = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, inner)
        if node.kind == "skill":
            if node.needed_level:
                needs = _tr("needs {0}").format(node.needed_level)
                room = inner - metrics.horizontalAdvance(f"  {needs}")
                name = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, room)
                return [(f"{name}  {needs}", self._font)]
            return [(title, self._font)]
        second = node.code
        if node.hours:
            second += f"  ·  {node.hours:g} h"
        return [(title, self._font), (second, self._small)]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        node = self.node
        if node.kind == "skill":
            fill, border = SKILL_NEEDED_LOOK if node.state == "needed" else SKILL_LOOK
            dashed, radius = False, self._rect.height() / 2
            width = 2.2 if node.state == "needed" else 1.3
        else:
            fill, border, dashed = COURSE_LOOKS.get(node.state, COURSE_LOOKS[""])
            radius, width = 6.0, 2.6 if node.state == "focus" else 1.3
        pen = QPen(QColor(border), width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRoundedRect(self._rect, radius, radius)
        lines = self._text_lines
        text_colour = MUTED if node.state == "retired" else INK
        if len(lines) == 1:
            painter.setFont(lines[0][1])
            painter.setPen(text_colour)
            painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, lines[0][0])
            return
        top = QRectF(self._rect.left() + 7, self._rect.top() + 3, self._rect.width() - 14, 20)
        painter.setFont(lines[0][1])
        painter.setPen(text_colour)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lines[0][0]
        )
        bottom = top.translated(0, 18)
        painter.setFont(lines[1][1])
        painter.setPen(MUTED)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lines[1][0]
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.node)
            return
        super().mousePressEvent(event)


def state_name(state: str) -> str:
    names = {
        "focus": _tr("the course shown"),
        "open": _tr("assigned, not finished"),
        "planned": _tr("in the planned path"),
        "done": _tr("completed"),
        "missing": _tr("a prerequisite not done yet"),
        "retired": _tr("retired"),
    }
    return names.get(state, "")


def node_tooltip(node: Any) -> str:
    if node.kind == "skill":
        lines = [_tr("Skill: {0}").format(node.name)]
        if node.needed_level:
            lines.append(_tr("The role needs level {0}").format(node.needed_level))
        lines.append(_tr("Active people holding it: {0:,}").format(node.holders))
        lines += [f"   {name} · {level}/5" for name, level in node.top_holders]
        return "\n".join(lines)
    lines = [f"{node.code} · {node.name}"]
    facts = [node.category, f"{node.hours:g} h" if node.hours else "", node.difficulty]
    if any(facts):
        lines.append("  ·  ".join(f for f in facts if f))
    if state_name(node.state):
        lines.append(state_name(node.state))
    lines.append(_tr("Click to open it in the Catalog"))
    return "\n".join(lines)


def edge_path(edge: Any, kinds: dict[str, str]) -> tuple[QPainterPath, QPointF]:
    """The curve through the edge's route, from the source's right side to the target's left;
    the end point (where the arrow goes)."""
    points = [node_centre(column, y) for column, y in edge.route]
    source_w = node_size(kinds[edge.source])[0] / 2
    target_w = node_size(kinds[edge.target])[0] / 2
    backwards = points[-1].x() <= points[0].x()  # a loop's cut link may point left
    start = points[0] + QPointF(-source_w if backwards else source_w, 0)
    end = points[-1] + QPointF(target_w if backwards else -target_w, 0)
    path = QPainterPath(start)
    through = [start]
    for middle in points[1:-1]:  # dummies: pass the column horizontally, between its nodes
        through += [
            middle - QPointF(COURSE_SIZE[0] / 2, 0),
            middle + QPointF(COURSE_SIZE[0] / 2, 0),
        ]
    through.append(end)
    for i in range(1, len(through)):
        a, b = through[i - 1], through[i]
        if i % 2 == 0 and i < len(through) - 1:  # the straight run through a dummy's column
            path.lineTo(b)
            continue
        bend = (b.x() - a.x()) / 2 if not backwards else -80.0
        path.cubicTo(QPointF(a.x() + bend, a.y()), QPointF(b.x() - bend, b.y()), b)
    return path, end


def _arrow_head(end: QPointF, backwards: bool) -> QPolygonF:
    sign = -1 if backwards else 1
    return QPolygonF(
        [
            end,
            end + QPointF(-sign * ARROW * 1.4, -ARROW / 1.6),
            end + QPointF(-sign * ARROW * 1.4, ARROW / 1.6),
        ]
    )


def add_edges(scene: QGraphicsScene, knowledge_map: Any) -> int:
    """All links of one kind as one path item (and their arrow heads as one filled item):
    a thousand links cost six items, not two thousand — fast to build and to repaint."""
    kinds = {node.key: node.kind for node in knowledge_map.nodes}
    lines: dict[str, QPainterPath] = {}
    heads: dict[str, QPainterPath] = {}
    for edge in knowledge_map.edges:
        style = "loop" if edge.loop else edge.kind
        path, end = edge_path(edge, kinds)
        lines.setdefault(style, QPainterPath()).addPath(path)
        backwards = edge.route[-1][0] <= edge.route[0][0]
        if style not in heads:
            heads[style] = QPainterPath()
            # Arrows meeting at one node overlap: odd-even filling would hollow them out.
            heads[style].setFillRule(Qt.FillRule.WindingFill)
        heads[style].addPolygon(_arrow_head(end, backwards))
    looks = {  # style → (colour, width, dashed, z)
        "teaches": (TEACHES_COLOUR, 1.0, True, 0.0),
        "requires": (REQUIRES_COLOUR, 1.4, False, 1.0),
        "loop": (LOOP_COLOUR, 2.0, True, 1.5),
    }
    for style, path in lines.items():
        name, width, dashed, z = looks[style]
        colour = QColor(name)
        pen = QPen(colour, width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        line = QGraphicsPathItem(path)
        line.setPen(pen)
        line.setZValue(z)
        scene.addItem(line)
        head = QGraphicsPathItem(heads[style])
        head.setPen(QPen(colour, 0.5))
        head.setBrush(colour)
        head.setZValue(z + 0.1)
        scene.addItem(head)
    return len(knowledge_map.edges)


def build_scene(
    knowledge_map: Any, heading: str, summary: str, font: QFont, on_click: Callable[[Any], object]
) -> tuple[QGraphicsScene, list[NodeItem]]:
    """The whole map as a scene: nodes, links, and the legend above them."""
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor("#ffffff"))
    items = []
    for node in knowledge_map.nodes:
        item = NodeItem(node, font, on_click)
        scene.addItem(item)
        items.append(item)
    add_edges(scene, knowledge_map)
    states = {node.state for node in knowledge_map.nodes if node.state}
    if any(edge.loop for edge in knowledge_map.edges):
        states.add("loop")
    from desktop.gui.knowledge_legend import LegendItem

    legend = LegendItem(heading, summary, states, font)
    legend.setPos(-COURSE_SIZE[0] / 2, -COURSE_SIZE[1] / 2 - legend.boundingRect().height() - 24)
    scene.addItem(legend)
    # From the nodes and legend: itemsBoundingRect() over every item costs 150 ms at 1,000 nodes.
    area = legend.sceneBoundingRect()
    for item in items:
        area = area.united(item.sceneBoundingRect())
    scene.setSceneRect(area.adjusted(-40, -30, 40, 30))
    return scene, items
