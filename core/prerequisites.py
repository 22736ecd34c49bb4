"""Prerequisite loops: "A requires B requires C requires A" can never be completed."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Course, Prerequisite

# Stands for a course that is not saved yet: nothing in the database can require it.
_NEW = -1


def _requirement_graph(session: Session) -> dict[int, set[int]]:
    graph: dict[int, set[int]] = {}
    for course_id, required_id in session.execute(
        select(Prerequisite.course_id, Prerequisite.required_course_id)
    ):
        graph.setdefault(course_id, set()).add(required_id)
    return graph


def _path_back_to(start: int, graph: dict[int, set[int]]) -> list[int] | None:
    """Depth-first: the first chain of requirements from ``start`` that returns to it."""
    stack: list[tuple[int, list[int]]] = [(start, [start])]
    visited: set[int] = set()
    while stack:
        node, path = stack.pop()
        for required in sorted(graph.get(node, ()), reverse=True):
            if required == start:
                return [*path, start]
            if required not in visited:
                visited.add(required)
                stack.append((required, [*path, required]))
    return None


def find_prerequisite_cycle(
    session: Session, course_id: int | None, code: str, prerequisites: Sequence[str]
) -> list[str] | None:
    """The loop the course would close with these prerequisites, as codes, or None.

    ``course_id`` is None for a course not saved yet. Unknown codes are ignored here
    (saving refuses them with their own message). The loop starts and ends with ``code``,
    e.g. ``["C", "A", "B", "C"]`` for C requiring A when A requires B and B requires C.
    """
    code = code.strip()
    codes_by_id = {i: c for i, c in session.execute(select(Course.id, Course.code))}
    ids_by_code = {c: i for i, c in codes_by_id.items()}
    me = _NEW if course_id is None else course_id
    codes_by_id[me] = code
    wanted = {p.strip() for p in prerequisites}
    if code in wanted:
        return [code, code]
    graph = _requirement_graph(session)
    graph[me] = {ids_by_code[p] for p in wanted if p in ids_by_code}
    loop = _path_back_to(me, graph)
    return None if loop is None else [codes_by_id[i] for i in loop]


def loop_text(loop: Sequence[str]) -> str:
    return " → ".join(loop)
