"""Which courses and skills a knowledge map shows: the catalog graph and its filters.

Pure functions over :class:`CatalogGraph` (read by :mod:`core.knowledge_map`). Every filter
yields candidates in order of nearness, each with what it brings along (a course its
prerequisites, so a capped map never shows a course without what it requires); the cap
then takes candidates while they fit. Node keys: ``c:CODE`` for a course, ``s:NAME`` for a
skill.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Candidate = tuple[str, tuple[str, ...]]  # (node key, keys it brings along)


def course_key(code: str) -> str:
    return f"c:{code}"


def skill_key(name: str) -> str:
    return f"s:{name}"


@dataclass(frozen=True)
class CourseFact:
    id: int
    code: str
    title: str
    category: str
    hours: float | None
    difficulty: str
    active: bool


@dataclass
class CatalogGraph:
    courses: dict[str, CourseFact]  # by code, in code order
    skills: dict[str, int]  # name → id, in name order
    requires: dict[str, list[str]] = field(default_factory=dict)  # code → prerequisite codes
    required_by: dict[str, list[str]] = field(default_factory=dict)
    teaches: dict[str, dict[str, int]] = field(default_factory=dict)  # code → skill → level
    taught_by: dict[str, list[str]] = field(default_factory=dict)  # skill → course codes

    def add_requirement(self, code: str, required: str) -> None:
        self.requires.setdefault(code, []).append(required)
        self.required_by.setdefault(required, []).append(code)

    def add_teaching(self, code: str, skill: str, level: int) -> None:
        self.teaches.setdefault(code, {})[skill] = level
        self.taught_by.setdefault(skill, []).append(code)

    def sort_links(self) -> None:
        """Sorted links: every walk over the graph visits neighbours in one fixed order."""
        for links in (self.requires, self.required_by, self.taught_by):
            for codes in links.values():
                codes.sort()
        for code, levels in self.teaches.items():
            self.teaches[code] = dict(sorted(levels.items()))

    def prerequisites_of(self, code: str) -> list[str]:
        """Every course ``code`` needs first, nearest first (loops in bad data are cut)."""
        found: dict[str, None] = {}
        queue = deque(self.requires.get(code, ()))
        while queue:
            required = queue.popleft()
            if required in found or required == code:
                continue
            found[required] = None
            queue.extend(self.requires.get(required, ()))
        return list(found)


def with_prerequisites(graph: CatalogGraph, code: str, skills: bool = False) -> Candidate:
    """A course as a candidate bringing its prerequisites (and, asked, the skills it teaches)."""
    extra = [course_key(c) for c in graph.prerequisites_of(code)]
    if skills:
        extra += [skill_key(s) for s in graph.teaches.get(code, {})]
    return course_key(code), tuple(extra)


def take_nearest(candidates: Iterable[Candidate], limit: int) -> tuple[list[str], int]:
    """``(chosen keys, how many there were in all)``: each candidate with all it brings, while
    they fit under ``limit``; one that does not fit is skipped, the next ones still tried."""
    chosen: dict[str, None] = {}
    everything: dict[str, None] = {}
    for key, extra in candidates:
        group = [k for k in dict.fromkeys((key, *extra)) if k not in chosen]
        everything.update(dict.fromkeys((key, *extra)))
        if len(chosen) + len(group) <= limit:
            chosen.update(dict.fromkeys(group))
    return list(chosen), len(everything)


def whole_catalog(graph: CatalogGraph) -> list[Candidate]:
    """Courses grown outwards from the most connected ones, each with its prerequisites
    and skills, so a capped map shows whole neighbourhoods rather than scattered courses."""

    def degree(code: str) -> int:
        return len(graph.requires.get(code, ())) + len(graph.required_by.get(code, ()))

    seeds = sorted(graph.courses, key=lambda code: (-degree(code), code))
    seen: dict[str, None] = {}
    candidates: list[Candidate] = []
    for seed in seeds:
        if seed in seen:
            continue
        seen[seed] = None
        queue = deque([seed])
        while queue:
            code = queue.popleft()
            candidates.append(with_prerequisites(graph, code, skills=True))
            for linked in (*graph.requires.get(code, ()), *graph.required_by.get(code, ())):
                if linked not in seen:
                    seen[linked] = None
                    queue.append(linked)
    candidates.extend((skill_key(name), ()) for name in graph.skills)  # skills no course teaches
    return candidates


def _neighbours(graph: CatalogGraph, key: str) -> list[str]:
    name = key[2:]
    if key.startswith("s:"):
        return [course_key(c) for c in graph.taught_by.get(name, ())]
    return [
        *(course_key(c) for c in graph.requires.get(name, ())),
        *(course_key(c) for c in graph.required_by.get(name, ())),
        *(skill_key(s) for s in graph.teaches.get(name, {})),
    ]


def neighbourhood(graph: CatalogGraph, code: str, hops: int) -> list[Candidate]:
    """The course and everything within ``hops`` links of it (prerequisites, dependants,
    skills and the other courses teaching them), nearest first."""
    start = course_key(code)
    distance = {start: 0}
    queue = deque([start])
    while queue:
        key = queue.popleft()
        if distance[key] >= hops:
            continue
        for linked in _neighbours(graph, key):
            if linked not in distance:
                distance[linked] = distance[key] + 1
                queue.append(linked)
    return [(key, ()) for key in distance]  # insertion order is nearness order


def for_role(graph: CatalogGraph, needed: dict[str, int]) -> list[Candidate]:
    """The role's skills, then the active courses teaching them — taking turns between the
    skills, best first (reaches the needed level, then higher level, then code) — each
    with its prerequisites."""
    candidates: list[Candidate] = [(skill_key(s), ()) for s in needed]
    queues: list[list[str]] = []
    for skill, level in needed.items():
        teachers = [c for c in graph.taught_by.get(skill, ()) if graph.courses[c].active]
        ranks = {c: _role_rank(graph, c, skill, level) for c in teachers}
        teachers.sort(key=ranks.__getitem__)
        queues.append(teachers)
    for turn in range(max((len(q) for q in queues), default=0)):
        for teachers in queues:
            if turn < len(teachers):
                candidates.append(with_prerequisites(graph, teachers[turn]))
    return candidates


def _role_rank(graph: CatalogGraph, code: str, skill: str, needed: int) -> tuple[bool, int, str]:
    level = graph.teaches[code][skill]
    return level < needed, abs(level - needed), code


def for_plan(graph: CatalogGraph, codes: Sequence[str]) -> list[Candidate]:
    """A person's courses in plan order, each with its prerequisites and the skills it teaches."""
    return [with_prerequisites(graph, code, skills=True) for code in codes if code in graph.courses]
