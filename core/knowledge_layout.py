"""A layered drawing of a directed graph (Sugiyama-style), pure and deterministic.

Steps: (1) break cycles by dropping the back edges of a depth-first search; (2) longest-path
layering, then pull every node as far right as its successors allow, which shortens the
edges of lone prerequisites; (3) long edges get a dummy node in every layer they cross, so
they are routed between nodes rather than through them; (4) barycentre sweeps down and up,
keeping the order with the fewest crossings; (5) vertical positions: each node pulled
towards the mean of its neighbours, kept apart by isotonic regression (pool adjacent
violators), so edges run as straight as the spacing allows.

Each weakly connected part is laid out on its own, then the parts are packed in shelves
side by side so a catalog of many small topics fills a screen rather than a tall strip.
Coordinates are abstract: ``column`` in layer widths, ``y`` in "rows" (two real nodes stand
at least 1.0 apart). The window scales them. Nothing here iterates a ``set`` of strings,
so the result does not depend on Python's hash seed.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.tasks import TaskState

Edge = tuple[str, str]
Point = tuple[float, float]  # (column, y)

MAX_SWEEPS = 12
STALE_SWEEPS = 3  # stop after this many sweeps without fewer crossings
POSITION_PASSES = 6
# Rows a node takes; a dummy is only an edge passing through, so it needs little room.
REAL_SIZE, DUMMY_SIZE = 1.0, 0.3
# Packing connected parts side by side: a column is about 5.4 rows wide as drawn, and the
# drawing should come out about as wide as a screen (16:10).
COLUMN_IN_ROWS, ASPECT = 5.4, 1.6
PART_GAP = 1.6  # rows between parts stacked in one shelf
SHELF_GAP = 0.4  # columns between shelves, besides the usual gap


@dataclass(frozen=True)
class Placed:
    layer: int  # within its connected part: every kept edge goes to a higher layer
    column: float  # horizontal position, in layer widths, once the parts are packed
    y: float


@dataclass(frozen=True)
class Layout:
    positions: Mapping[str, Placed]
    # Each kept edge's route, from its source through the dummies to its target.
    routes: Mapping[Edge, tuple[Point, ...]]
    dropped: tuple[Edge, ...]  # edges removed to break cycles (drawn, but not layered)
    width: float  # in columns
    height: float  # in rows
    crossings: int


def break_cycles(nodes: Sequence[str], edges: Sequence[Edge]) -> tuple[list[Edge], list[Edge]]:
    """``(kept, dropped)``: the kept edges form no cycle; self-loops and back edges drop."""
    index = {node: i for i, node in enumerate(nodes)}
    out: dict[str, list[str]] = {node: [] for node in nodes}
    kept_seen: dict[Edge, None] = {}
    for edge in edges:
        if edge[0] in index and edge[1] in index and edge not in kept_seen:
            kept_seen[edge] = None
            out[edge[0]].append(edge[1])
    for targets in out.values():
        targets.sort(key=index.__getitem__)
    dropped: dict[Edge, None] = {}
    state: dict[str, int] = {}  # 1 on the stack, 2 finished
    for root in nodes:
        if root in state:
            continue
        state[root] = 1
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, next_child = stack[-1]
            children = out[node]
            if next_child == len(children):
                state[node] = 2
                stack.pop()
                continue
            stack[-1] = (node, next_child + 1)
            child = children[next_child]
            seen = state.get(child)
            if seen == 1:
                dropped[(node, child)] = None
            elif seen is None:
                state[child] = 1
                stack.append((child, 0))
    kept = [edge for edge in kept_seen if edge not in dropped]
    return kept, list(dropped)


def assign_layers(nodes: Sequence[str], edges: Sequence[Edge]) -> dict[str, int]:
    """Longest-path layers of an acyclic graph, each node then moved next to its successors."""
    index = {node: i for i, node in enumerate(nodes)}
    preds: dict[str, list[str]] = {node: [] for node in nodes}
    succs: dict[str, list[str]] = {node: [] for node in nodes}
    for source, target in edges:
        succs[source].append(target)
        preds[target].append(source)
    waiting = {node: len(preds[node]) for node in nodes}
    ready = [index[node] for node in nodes if waiting[node] == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node = nodes[heapq.heappop(ready)]
        order.append(node)
        for target in succs[node]:
            waiting[target] -= 1
            if waiting[target] == 0:
                heapq.heappush(ready, index[target])
    if len(order) != len(nodes):
        raise ValueError("assign_layers needs an acyclic graph: call break_cycles first")
    layer: dict[str, int] = {}
    for node in order:
        layer[node] = max((layer[p] + 1 for p in preds[node]), default=0)
    for node in reversed(order):
        if succs[node]:
            layer[node] = max(layer[node], min(layer[s] for s in succs[node]) - 1)
    return layer


@dataclass
class _Layered:
    """The proper layered graph: every edge joins neighbouring layers."""

    rows: list[list[str]]  # node order per layer
    ups: dict[str, list[str]]
    downs: dict[str, list[str]]
    dummy: dict[str, bool]
    chains: dict[Edge, list[str]]  # kept edge → the nodes it passes, ends included


def _make_proper(nodes: Sequence[str], edges: Sequence[Edge], layer: dict[str, int]) -> _Layered:
    count = max(layer.values(), default=-1) + 1
    rows: list[list[str]] = [[] for _ in range(count)]
    ups: dict[str, list[str]] = {node: [] for node in nodes}
    downs: dict[str, list[str]] = {node: [] for node in nodes}
    dummy = {node: False for node in nodes}
    for node in nodes:
        rows[layer[node]].append(node)
    chains: dict[Edge, list[str]] = {}
    for number, (source, target) in enumerate(edges):
        chain = [source]
        for between in range(layer[source] + 1, layer[target]):
            name = f"\x00{number}:{between}"  # cannot clash with a real key
            dummy[name], ups[name], downs[name] = True, [], []
            rows[between].append(name)
            chain.append(name)
        chain.append(target)
        for upper, lower in itertools.pairwise(chain):
            downs[upper].append(lower)
            ups[lower].append(upper)
        chains[(source, target)] = chain
    return _Layered(rows, ups, downs, dummy, chains)


def _crossings_between(upper: list[str], lower: list[str], downs: dict[str, list[str]]) -> int:
    """Edge crossings between two neighbouring layers: inversions, counted with a Fenwick tree."""
    where = {node: i for i, node in enumerate(lower)}
    ends = sorted((i, where[target]) for i, node in enumerate(upper) for target in downs[node])
    tree = [0] * (len(lower) + 1)
    crossings = 0
    for seen, (_, position) in enumerate(ends):
        # Edges seen so far that end right of this one cross it.
        at, not_right = position + 1, 0
        while at > 0:
            not_right += tree[at]
            at -= at & -at
        crossings += seen - not_right
        at = position + 1
        while at <= len(lower):
            tree[at] += 1
            at += at & -at
    return crossings


def _total_crossings(rows: list[list[str]], downs: dict[str, list[str]]) -> int:
    return sum(_crossings_between(a, b, downs) for a, b in itertools.pairwise(rows))


def _reorder(row: list[str], fixed: list[str], neighbours: dict[str, list[str]]) -> list[str]:
    where = {node: i for i, node in enumerate(fixed)}
    keys: dict[str, tuple[float, int]] = {}
    for i, node in enumerate(row):
        linked = neighbours[node]
        centre = sum(where[n] for n in linked) / len(linked) if linked else float(i)
        keys[node] = (centre, i)
    return sorted(row, key=keys.__getitem__)


def _order_layers(graph: _Layered, state: TaskState | None) -> int:
    """Barycentre sweeps; leaves the best order found in ``graph.rows``; returns its crossings."""
    rows = graph.rows
    best = [list(row) for row in rows]
    best_crossings = _total_crossings(rows, graph.downs)
    stale = 0
    for sweep in range(MAX_SWEEPS):
        if state is not None:
            state.check()
        if sweep % 2 == 0:
            for i in range(1, len(rows)):
                rows[i] = _reorder(rows[i], rows[i - 1], graph.ups)
        else:
            for i in range(len(rows) - 2, -1, -1):
                rows[i] = _reorder(rows[i], rows[i + 1], graph.downs)
        crossings = _total_crossings(rows, graph.downs)
        if crossings < best_crossings:
            best, best_crossings, stale = [list(row) for row in rows], crossings, 0
        else:
            stale += 1
            if stale >= STALE_SWEEPS or best_crossings == 0:
                break
    graph.rows[:] = best
    return best_crossings


def _separated(wanted: list[float], gaps: list[float]) -> list[float]:
    """Positions closest to ``wanted`` (least squares) keeping ``gaps`` between neighbours.

    With ``c_i`` the sum of the gaps before ``i``, ``y_i - c_i`` must not decrease: an isotonic
    regression of ``wanted_i - c_i``, solved exactly by pooling adjacent violators.
    """
    offsets = [0.0]
    for gap in gaps:
        offsets.append(offsets[-1] + gap)
    blocks: list[list[float]] = []  # [mean, count]
    for target, offset in zip(wanted, offsets, strict=True):
        blocks.append([target - offset, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, count = blocks.pop()
            blocks[-1][0] = (blocks[-1][0] * blocks[-1][1] + mean * count) / (blocks[-1][1] + count)
            blocks[-1][1] += count
    values: list[float] = []
    for mean, count in blocks:
        values.extend([mean] * int(count))
    return [value + offset for value, offset in zip(values, offsets, strict=True)]


def _place_rows(graph: _Layered) -> dict[str, float]:
    size = {node: DUMMY_SIZE if graph.dummy[node] else REAL_SIZE for node in graph.dummy}
    gaps = [[(size[a] + size[b]) / 2 for a, b in itertools.pairwise(row)] for row in graph.rows]
    y: dict[str, float] = {}
    for row, row_gaps in zip(graph.rows, gaps, strict=True):
        # Wanting 0 for all gives each layer packed and centred on 0.
        y.update(zip(row, _separated([0.0] * len(row), row_gaps), strict=True))
    for number in range(POSITION_PASSES):
        neighbours = graph.ups if number % 2 == 0 else graph.downs
        layer_order = range(len(graph.rows))
        if number % 2:
            layer_order = range(len(graph.rows) - 1, -1, -1)
        for i in layer_order:
            row = graph.rows[i]
            wanted = [
                sum(y[n] for n in neighbours[node]) / len(neighbours[node])
                if neighbours[node]
                else y[node]
                for node in row
            ]
            y.update(zip(row, _separated(wanted, gaps[i]), strict=True))
    top = min(y.values(), default=0.0)
    return {node: round(value - top, 4) for node, value in y.items()}


@dataclass(frozen=True)
class _Part:
    """One connected part of the graph, laid out on its own from column 0 and row 0."""

    nodes: list[str]
    layer: dict[str, int]
    y: dict[str, float]  # dummies included
    chains: dict[Edge, list[str]]
    layers: int
    height: float
    crossings: int


def _connected_parts(nodes: Sequence[str], edges: Sequence[Edge]) -> list[list[str]]:
    """Weakly connected parts, each in node order, the parts in order of their first node."""
    parent = {node: node for node in nodes}
    order = {node: i for i, node in enumerate(nodes)}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for source, target in edges:
        if source in parent and target in parent:
            a, b = root(source), root(target)
            if a != b:
                parent[max(a, b, key=order.__getitem__)] = min(a, b, key=order.__getitem__)
    parts: dict[str, list[str]] = {}
    for node in nodes:
        parts.setdefault(root(node), []).append(node)
    return list(parts.values())


def _lay_out_part(part: list[str], edges: list[Edge], state: TaskState | None) -> _Part:
    layer = assign_layers(part, edges)
    graph = _make_proper(part, edges, layer)
    crossings = _order_layers(graph, state)
    y = _place_rows(graph)
    return _Part(
        part, layer, y, graph.chains, len(graph.rows), max(y.values(), default=0.0), crossings
    )


def _shelves(parts: list[_Part]) -> list[tuple[float, float]]:
    """Each part's (column, row) offset: parts stacked in shelves side by side, so the whole
    drawing comes out about as wide as a window rather than one tall strip."""
    area = sum(p.layers * COLUMN_IN_ROWS * (p.height + PART_GAP) for p in parts)
    tallest = max((p.height for p in parts), default=0.0)
    shelf_height = max(tallest, (area / ASPECT) ** 0.5)
    offsets: list[tuple[float, float]] = []
    column, row, shelf_width = 0.0, 0.0, 0
    for part in parts:
        if row > 0 and row + part.height > shelf_height:
            column += shelf_width + SHELF_GAP
            row, shelf_width = 0.0, 0
        offsets.append((column, row))
        row += part.height + PART_GAP
        shelf_width = max(shelf_width, part.layers)
    return offsets


def layered_layout(
    nodes: Sequence[str], edges: Sequence[Edge], state: TaskState | None = None
) -> Layout:
    """Lay out ``nodes`` (their order breaks every tie) with ``edges`` pointing rightwards."""
    if len(set(nodes)) != len(nodes):
        raise ValueError("layered_layout: node keys must be unique")
    kept, dropped = break_cycles(nodes, edges)
    order = {node: i for i, node in enumerate(nodes)}
    connected = _connected_parts(nodes, edges)
    part_of = {node: number for number, part in enumerate(connected) for node in part}
    part_edges: list[list[Edge]] = [[] for _ in connected]
    for edge in kept:
        part_edges[part_of[edge[0]]].append(edge)
    found = [
        _lay_out_part(part, links, state) for part, links in zip(connected, part_edges, strict=True)
    ]
    parts = sorted(found, key=lambda p: (-len(p.nodes), order[p.nodes[0]]))
    positions: dict[str, Placed] = {}
    routes: dict[Edge, tuple[Point, ...]] = {}
    for part, (column, row) in zip(parts, _shelves(parts), strict=True):
        for node in part.nodes:
            layer = part.layer[node]
            positions[node] = Placed(layer, column + layer, round(row + part.y[node], 4))
        for edge, chain in part.chains.items():
            first = part.layer[chain[0]]
            routes[edge] = tuple(
                (column + first + k, round(row + part.y[name], 4)) for k, name in enumerate(chain)
            )
    width = max((p.column for p in positions.values()), default=-1.0) + 1
    height = max((y for route in routes.values() for _x, y in route), default=0.0)
    height = max(height, max((p.y for p in positions.values()), default=0.0))
    crossings = sum(part.crossings for part in parts)
    return Layout(positions, routes, tuple(dropped), width, height, crossings)
