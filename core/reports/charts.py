"""Small per-person charts drawn with reportlab's own vector graphics.

A matplotlib chart costs ~60 ms (PERFORMANCE.md); these cost well under a millisecond, so
a batch of 500 plans can carry one of each per plan. Labels go through
:func:`core.reports.text.one_face`, so Chinese skill names and course codes print.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from core.reports.text import fit, one_face

HAVE = colors.HexColor("#2563eb")
NEED = colors.HexColor("#dc2626")
TRACK = colors.HexColor("#e5e7eb")
INK = colors.HexColor("#1f2937")
DONE = colors.HexColor("#9ca3af")
MAX_LEVEL = 5


def _label(x: float, y: float, text: str, size: float, width: float, **how: str) -> String:
    font, shown = one_face(text)
    return String(
        x,
        y,
        fit(shown, font, size, width),
        fontName=font,
        fontSize=size,
        fillColor=how.get("colour", INK),
        textAnchor=how.get("anchor", "start"),
    )


def skills_chart(
    required: Mapping[str, int], current: Mapping[str, int], width: float, legend: Sequence[str]
) -> Drawing:
    """One bar per skill the role needs: the level held (blue) against the level needed (red).

    ``legend`` is the two labels ("has", "role needs") in the report's language.
    """
    skills = sorted(required)
    row, label_w, top = 13.0, width * 0.4, 14.0
    height = top + row * len(skills) + 14
    drawing = Drawing(width, height)
    scale_w = width - label_w - 12
    unit = scale_w / MAX_LEVEL
    for i, skill in enumerate(skills):
        y = height - top - row * (i + 1)
        drawing.add(_label(0, y + 3, skill, 7.5, label_w - 6))
        drawing.add(Rect(label_w, y + 2, scale_w, 7, fillColor=TRACK, strokeColor=None))
        have = min(current.get(skill, 0), MAX_LEVEL)
        if have:
            drawing.add(Rect(label_w, y + 2, unit * have, 7, fillColor=HAVE, strokeColor=None))
        need_x = label_w + unit * required[skill]
        drawing.add(Line(need_x, y, need_x, y + 11, strokeColor=NEED, strokeWidth=2))
    for level in range(MAX_LEVEL + 1):
        x = label_w + unit * level
        drawing.add(_label(x, 2, str(level), 7, 12, anchor="middle", colour=DONE))
    # The legend spans the whole width: its labels are longer than the skill names.
    drawing.add(Rect(0, height - 9, 8, 6, fillColor=HAVE, strokeColor=None))
    drawing.add(_label(11, height - 9, legend[0], 7.5, width / 2 - 14))
    mid = width / 2
    drawing.add(Line(mid, height - 10, mid, height - 2, strokeColor=NEED, strokeWidth=2))
    drawing.add(_label(mid + 5, height - 9, legend[1], 7.5, width / 2 - 8))
    return drawing


def _depths(nodes: Sequence[str], requires: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Each node's column: one more than its deepest prerequisite among the nodes."""
    depth: dict[str, int] = {}

    def visit(code: str, trail: frozenset[str]) -> int:
        if code not in depth:
            before = [r for r in requires.get(code, ()) if r in nodes and r not in trail]
            depth[code] = 1 + max((visit(r, trail | {code}) for r in before), default=-1)
        return depth[code]

    for code in nodes:
        visit(code, frozenset())
    return depth


def _arrow(x1: float, y1: float, x2: float, y2: float) -> list[Line | Polygon]:
    head = Polygon([x2, y2, x2 - 5, y2 + 2.5, x2 - 5, y2 - 2.5], fillColor=INK, strokeColor=None)
    return [Line(x1, y1, x2 - 4, y2, strokeColor=INK, strokeWidth=0.7), head]


def chain_diagram(
    steps: Sequence[str], done: Sequence[str], requires: Mapping[str, Sequence[str]], width: float
) -> Drawing | None:
    """Boxes for the plan's courses that need or are needed by another, arrows prerequisite →
    course, in columns by depth; completed prerequisites in grey. None when no chain exists.
    """
    nodes = list(steps) + [code for code in done if code not in steps]
    edges = [(r, c) for c in steps for r in requires.get(c, ()) if r in nodes]
    linked = [code for code in nodes if any(code in edge for edge in edges)]
    if not edges:
        return None
    depth = _depths(linked, requires)
    columns = max(depth.values()) + 1
    rows_in: dict[int, int] = {}
    place: dict[str, tuple[int, int]] = {}
    for code in linked:
        column = depth[code]
        place[code] = (column, rows_in.get(column, 0))
        rows_in[column] = rows_in.get(column, 0) + 1
    gap = 22.0
    box_w = min(110.0, (width - gap * (columns - 1)) / columns)
    box_h, row_h = 15.0, 21.0
    height = row_h * max(rows_in.values()) + 2
    drawing = Drawing(width, height)
    number = {code: i for i, code in enumerate(steps, start=1)}

    def corner(code: str) -> tuple[float, float]:
        column, row = place[code]
        return column * (box_w + gap), height - row_h * (row + 1) + 2

    for required, course in edges:
        x1, y1 = corner(required)
        x2, y2 = corner(course)
        for part in _arrow(x1 + box_w, y1 + box_h / 2, x2, y2 + box_h / 2):
            drawing.add(part)
    for code in linked:
        x, y = corner(code)
        finished = code not in number
        drawing.add(
            Rect(
                x,
                y,
                box_w,
                box_h,
                rx=3,
                ry=3,
                fillColor=colors.white if finished else colors.HexColor("#eff6ff"),
                strokeColor=DONE if finished else HAVE,
                strokeDashArray=[2, 2] if finished else None,
                strokeWidth=0.8,
            )
        )
        text = f"✓ {code}" if finished else f"{number[code]}. {code}"
        colour = DONE if finished else INK
        drawing.add(_label(x + 4, y + 4.5, text, 7.5, box_w - 8, colour=colour))
    return drawing


def bar_chart(
    items: Sequence[tuple[str, float]], width: float, colour: colors.Color = HAVE
) -> Drawing:
    """Horizontal bars with their values printed at the end: legible in black and white."""
    row, label_w = 14.0, width * 0.38
    height = row * len(items) + 4
    drawing = Drawing(width, height)
    top = max((value for _, value in items), default=0.0) or 1.0
    scale_w = width - label_w - 34
    for i, (label, value) in enumerate(items):
        y = height - row * (i + 1)
        drawing.add(_label(0, y + 3.5, label, 7.5, label_w - 6))
        bar = scale_w * value / top
        if bar > 0:
            drawing.add(Rect(label_w, y + 2, bar, 9, fillColor=colour, strokeColor=None))
        drawing.add(_label(label_w + bar + 3, y + 3.5, f"{value:g}", 7.5, 30))
    return drawing
