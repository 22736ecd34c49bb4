"""The knowledge map: the catalog as a graph of courses and skills, filtered and laid out.

``load_knowledge_map(session, MapFilter(...), today)`` reads the catalog graph, picks the
nodes the filter asks for (:mod:`core.knowledge_select`), caps them at ``limit`` (nearest
first, each course with its prerequisites) and lays them out in layers
(:mod:`core.knowledge_layout`) — prerequisites left of what needs them, each skill right of
the courses teaching it. All of it runs on the worker; the window only draws.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.knowledge_filters import (
    DEFAULT_LIMIT,
    FILTER_KINDS,
    Chosen,
    MapChoices,
    MapFilter,
    choose_nodes,
    map_choices,
)
from core.knowledge_layout import Edge, Placed, Point, layered_layout
from core.knowledge_select import CatalogGraph, CourseFact, course_key, skill_key, take_nearest
from core.messages import Message, msg
from core.tasks import TaskState
from db.models import Course, CourseSkill, Employee, EmployeeSkill, Prerequisite, Skill

# One import for callers (GUI, tests): the filter, the map and what the window offers to type.
__all__ = [
    "DEFAULT_LIMIT",
    "KnowledgeMap",
    "MapChoices",
    "MapEdge",
    "MapFilter",
    "MapNode",
    "load_knowledge_map",
    "map_choices",
    "read_catalog_graph",
]
TOP_HOLDERS = 5


@dataclass(frozen=True)
class MapNode:
    key: str  # "c:CODE" or "s:NAME"
    kind: str  # "course" or "skill"
    db_id: int
    name: str  # the course's title or the skill's name
    code: str  # the course's code; "" for a skill
    layer: int  # within its connected part: a prerequisite's layer is below its course's
    column: float  # where it is drawn, in layer widths (see core.knowledge_layout)
    y: float  # in rows
    # course: "focus", "open", "planned", "done", "missing" (a prerequisite the person has
    # not done and is not assigned), "retired" or ""; skill: "needed" or ""
    state: str = ""
    category: str = ""
    hours: float | None = None
    difficulty: str = ""
    needed_level: int | None = None  # role filter: the level the role needs
    holders: int = 0  # skill: active people who hold it at any level
    top_holders: tuple[tuple[str, int], ...] = ()  # (name, level), highest first


@dataclass(frozen=True)
class MapEdge:
    source: str  # "requires": the prerequisite; "teaches": the course
    target: str  # "requires": the course needing it; "teaches": the skill
    kind: str  # "requires" or "teaches"
    route: tuple[Point, ...]  # (column, y) points from source to target
    level: int | None = None  # "teaches": the level the course brings a learner to
    loop: bool = False  # dropped to break a prerequisite loop: drawn, not layered


@dataclass(frozen=True)
class KnowledgeMap:
    filter: MapFilter
    heading: Message
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    width: float  # in columns
    height: float  # in rows
    total: int  # nodes the filter matched before the cap
    crossings: int
    notes: tuple[Message, ...] = ()

    @property
    def capped(self) -> bool:
        return self.total > len(self.nodes)

    def summary(self) -> Message:
        kinds = [node.kind for node in self.nodes]
        links = [edge.kind for edge in self.edges]
        return msg(
            "kmap.summary",
            courses=kinds.count("course"),
            skills=kinds.count("skill"),
            requires=links.count("requires"),
            teaches=links.count("teaches"),
        )


def read_catalog_graph(session: Session) -> CatalogGraph:
    codes: dict[int, str] = {}
    courses: dict[str, CourseFact] = {}
    query = select(
        Course.id, Course.code, Course.title, Course.category, Course.hours, Course.difficulty
    ).add_columns(Course.status)
    for cid, code, title, category, hours, difficulty, status in session.execute(
        query.order_by(Course.code)
    ):
        codes[cid] = code
        courses[code] = CourseFact(
            cid, code, title, category or "", hours, difficulty or "", status == "active"
        )
    skill_rows = session.execute(select(Skill.name, Skill.id).order_by(Skill.name))
    skills = {name: sid for name, sid in skill_rows}
    names = {sid: name for name, sid in skills.items()}
    graph = CatalogGraph(courses, skills)
    for cid, required in session.execute(
        select(Prerequisite.course_id, Prerequisite.required_course_id)
    ):
        graph.add_requirement(codes[cid], codes[required])
    for cid, sid, level in session.execute(
        select(CourseSkill.course_id, CourseSkill.skill_id, CourseSkill.level)
    ):
        graph.add_teaching(codes[cid], names[sid], level)
    graph.sort_links()
    return graph


def _links(graph: CatalogGraph, chosen: list[str]) -> list[tuple[Edge, str, int | None]]:
    """Every requires and teaches link between chosen nodes, in a fixed order."""
    shown = dict.fromkeys(chosen)
    links: list[tuple[Edge, str, int | None]] = []
    for key in chosen:
        if not key.startswith("c:"):
            continue
        code = key[2:]
        for required in graph.requires.get(code, ()):
            if course_key(required) in shown:
                links.append(((course_key(required), key), "requires", None))
        for skill, level in graph.teaches.get(code, {}).items():
            if skill_key(skill) in shown:
                links.append(((key, skill_key(skill)), "teaches", level))
    return links


def _holders(
    session: Session, skill_ids: list[int]
) -> dict[int, tuple[int, list[tuple[str, int]]]]:
    """Per skill: how many active people hold it, and the top holders (highest level first)."""
    if not skill_ids:
        return {}
    active = (EmployeeSkill.skill_id.in_(skill_ids), Employee.active.is_(True))
    counted = session.execute(
        select(EmployeeSkill.skill_id, func.count())
        .join(Employee, Employee.id == EmployeeSkill.employee_id)
        .where(*active)
        .group_by(EmployeeSkill.skill_id)
    )
    counts = {sid: count for sid, count in counted}
    rank = (
        func.row_number()
        .over(
            partition_by=EmployeeSkill.skill_id,
            order_by=(EmployeeSkill.level.desc(), Employee.name),
        )
        .label("rank")
    )
    ranked = (
        select(EmployeeSkill.skill_id, Employee.name, EmployeeSkill.level, rank)
        .join(Employee, Employee.id == EmployeeSkill.employee_id)
        .where(*active)
        .subquery()
    )
    found: dict[int, tuple[int, list[tuple[str, int]]]] = {
        sid: (count, []) for sid, count in counts.items()
    }
    for sid, name, level, _rank in session.execute(
        select(ranked)
        .where(ranked.c.rank <= TOP_HOLDERS)
        .order_by(ranked.c.skill_id, ranked.c.rank)
    ):
        found[sid][1].append((name, level))
    return found


def _loop_note(dropped: Edge, kept: list[Edge]) -> Message:
    """The loop a dropped prerequisite link closed, in "requires" order: A → B → … → A."""
    prerequisite, course = dropped
    after: dict[str, list[str]] = {}
    for source, target in kept:
        after.setdefault(source, []).append(target)
    back: dict[str, str] = {}
    queue = deque([course])
    while queue and prerequisite not in back:  # a kept path course → … → prerequisite
        node = queue.popleft()
        for target in after.get(node, ()):
            if target not in back and target != course:
                back[target] = node
                queue.append(target)
    chain = [prerequisite]
    while chain[-1] != course and chain[-1] in back:
        chain.append(back[chain[-1]])
    loop = [course, *chain] if chain[-1] == course else [course, prerequisite, course]
    codes = [key[2:] for key in loop]
    return msg("kmap.loop", loop=" → ".join(codes), link=f"{codes[0]} → {codes[1]}")


def _node(
    graph: CatalogGraph,
    key: str,
    place: Placed,
    chosen: Chosen,
    holders: dict[int, tuple[int, list[tuple[str, int]]]],
) -> MapNode:
    layer, column, y = place.layer, place.column, place.y
    name = key[2:]
    if key.startswith("s:"):
        sid = graph.skills[name]
        count, top = holders.get(sid, (0, []))
        state = chosen.states.get(key, "")
        needed = chosen.needed.get(name)
        return MapNode(
            key, "skill", sid, name, "", layer, column, y, state, "", None, "", needed, count,
            tuple(top),
        )  # fmt: skip
    fact = graph.courses[name]
    state = chosen.states.get(key, "" if fact.active else "retired")
    return MapNode(
        key, "course", fact.id, fact.title, fact.code, layer, column, y, state,
        fact.category, fact.hours, fact.difficulty,
    )  # fmt: skip


def load_knowledge_map(
    session: Session, map_filter: MapFilter, today: dt.date, state: TaskState | None = None
) -> KnowledgeMap:
    """The map for ``map_filter``; an unknown role, person or course is refused."""
    if map_filter.kind not in FILTER_KINDS:
        raise ValueError(f"unknown knowledge map filter {map_filter.kind!r}")
    graph = read_catalog_graph(session)
    if state is not None:
        state.set_progress(0.2)
        state.check()
    chosen = choose_nodes(session, graph, map_filter, today)
    keys, total = take_nearest(chosen.candidates, max(1, map_filter.limit))
    notes = list(chosen.notes)
    if total > len(keys):
        code = "kmap.capped_all" if map_filter.kind == "all" else "kmap.capped_near"
        notes.insert(0, msg(code, shown=len(keys), total=total))
    links = _links(graph, keys)
    layout = layered_layout(keys, [edge for edge, _kind, _level in links], state)
    kept = [edge for edge in layout.routes]
    notes.extend(_loop_note(edge, kept) for edge in layout.dropped)
    skill_ids = [graph.skills[key[2:]] for key in keys if key.startswith("s:")]
    holders = _holders(session, skill_ids)
    nodes = tuple(_node(graph, key, layout.positions[key], chosen, holders) for key in keys)
    dropped = dict.fromkeys(layout.dropped)
    edges = tuple(
        MapEdge(
            edge[0],
            edge[1],
            kind,
            layout.routes.get(edge) or _straight(layout.positions, edge),
            level,
            edge in dropped,
        )
        for edge, kind, level in links
    )
    return KnowledgeMap(
        map_filter,
        chosen.heading,
        nodes,
        edges,
        layout.width,
        layout.height,
        total,
        layout.crossings,
        tuple(notes),
    )


def _straight(positions: Mapping[str, Placed], edge: Edge) -> tuple[Point, ...]:
    """A loop's dropped link has no route through dummies: straight from end to end."""
    start, end = positions[edge[0]], positions[edge[1]]
    return ((start.column, start.y), (end.column, end.y))
