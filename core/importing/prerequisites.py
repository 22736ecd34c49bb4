"""Loops in a prerequisite graph: A needs B needs A can never be scheduled."""

from __future__ import annotations


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One loop as [A, B, …, A], or None; iterative DFS so deep chains cannot overflow."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for start in sorted(graph):
        if colour[start] != WHITE:
            continue
        path = [start]
        stack = [iter(sorted(graph.get(start, ())))]
        colour[start] = GREY
        while stack:
            step = next(stack[-1], None)
            if step is None:
                colour[path.pop()] = BLACK
                stack.pop()
                continue
            state = colour.get(step, WHITE)
            if state == GREY:
                return [*path[path.index(step) :], step]
            if state == WHITE:
                colour[step] = GREY
                path.append(step)
                stack.append(iter(sorted(graph.get(step, ()))))
    return None
