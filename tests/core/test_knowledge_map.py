"""The knowledge map (issue 5): the layered layout, the filters, the cap, loops in bad data."""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.changes import perform
from core.database import open_database
from core.demo import DemoParams, generate_demo
from core.errors import InputRefused
from core.knowledge_layout import Layout, layered_layout
from core.knowledge_map import KnowledgeMap, MapFilter, load_knowledge_map
from db.models import Assignment, Course, Employee, Prerequisite, Role, RoleSkill, Skill
from db.session import Database

AS_OF = dt.date(2026, 3, 1)
ROOT = Path(__file__).resolve().parents[2]


def assert_edges_go_right(layout: Layout, edges: list[tuple[str, str]]) -> None:
    for source, target in edges:
        if (source, target) in layout.dropped:
            continue
        assert layout.positions[source].layer < layout.positions[target].layer, (source, target)
        assert layout.positions[source].column < layout.positions[target].column


def assert_no_overlaps(layout: Layout) -> None:
    by_column: dict[float, list[float]] = {}
    for place in layout.positions.values():
        by_column.setdefault(place.column, []).append(place.y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= 0.999 for a, b in itertools.pairwise(ys))


# -- the layout on hand-built graphs ------------------------------------------------------------
def test_a_chain_takes_one_layer_per_step() -> None:
    edges = [("A", "B"), ("B", "C"), ("C", "D")]
    layout = layered_layout(["D", "C", "B", "A"], edges)
    assert [layout.positions[n].layer for n in "ABCD"] == [0, 1, 2, 3]
    assert layout.crossings == 0 and layout.dropped == ()
    assert_edges_go_right(layout, edges)


def test_a_diamond_has_no_crossings_and_a_straight_spine() -> None:
    edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D")]
    layout = layered_layout(["A", "B", "C", "D"], edges)
    layers = {n: layout.positions[n].layer for n in "ABCD"}
    assert layers == {"A": 0, "B": 1, "C": 1, "D": 2}
    assert layout.crossings == 0
    assert layout.positions["A"].y == pytest.approx(layout.positions["D"].y)  # centred
    assert_no_overlaps(layout)


def test_a_long_edge_is_routed_through_every_layer_it_crosses() -> None:
    edges = [("A", "B"), ("B", "C"), ("C", "D"), ("A", "D")]
    layout = layered_layout(["A", "B", "C", "D"], edges)
    route = layout.routes[("A", "D")]
    assert [column for column, _y in route] == [0, 1, 2, 3]
    # the route passes beside B and C, not through them
    for column, y in route[1:-1]:
        node = "B" if column == 1 else "C"
        assert abs(y - layout.positions[node].y) >= 0.6


def test_a_lone_prerequisite_stands_next_to_what_needs_it() -> None:
    edges = [("A", "B"), ("B", "C"), ("X", "C")]
    layout = layered_layout(["A", "B", "C", "X"], edges)
    assert layout.positions["X"].layer == layout.positions["C"].layer - 1


def test_cycles_are_broken_said_and_never_hang() -> None:
    edges = [("A", "B"), ("B", "C"), ("C", "A"), ("D", "A"), ("E", "E")]
    layout = layered_layout(["A", "B", "C", "D", "E"], edges)
    assert len(layout.dropped) == 2 and ("E", "E") in layout.dropped
    assert_edges_go_right(layout, edges)
    big = [f"n{i}" for i in range(120)]  # one big loop plus random chords, both ways
    rng = random.Random(4)
    loop = [(big[i], big[(i + 1) % 120]) for i in range(120)]
    chords = [(rng.choice(big), rng.choice(big)) for _ in range(240)]
    started = time.perf_counter()
    layout = layered_layout(big, loop + chords)
    assert time.perf_counter() - started < 10
    assert layout.dropped
    assert_edges_go_right(layout, loop + chords)
    assert_no_overlaps(layout)


def random_graph(seed: int, size: int = 150) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"c:{i:03d}" for i in range(size)] + [f"s:{i}" for i in range(20)]
    edges = [(nodes[rng.randrange(i)], nodes[i]) for i in range(1, size) if rng.random() < 0.6]
    edges += [(rng.choice(nodes[:size]), f"s:{rng.randrange(20)}") for _ in range(size)]
    return nodes, edges


def test_the_layout_is_deterministic_whatever_the_hash_seed() -> None:
    nodes, edges = random_graph(7)
    assert layered_layout(nodes, edges) == layered_layout(nodes, edges)
    script = "from __future__ import annotations\nimport random\n" + inspect.getsource(random_graph)
    script += (
        "import json\n"
        "from core.knowledge_layout import layered_layout\n"
        "layout = layered_layout(*random_graph(7))\n"
        "print(json.dumps(sorted((k, p.column, p.y) for k, p in layout.positions.items())))\n"
    )
    outputs = []
    for seed in ("1", "987"):
        env = {"PYTHONHASHSEED": seed, "PATH": ""}
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    here = sorted((k, p.column, p.y) for k, p in layered_layout(nodes, edges).positions.items())
    assert outputs[0] == [list(row) for row in here]


def test_barycentre_sweeps_reduce_crossings() -> None:
    nodes, edges = random_graph(3, 120)
    layout = layered_layout(nodes, edges)
    assert_edges_go_right(layout, edges)
    assert_no_overlaps(layout)
    shuffled = layered_layout(list(reversed(nodes)), edges)
    assert_edges_go_right(shuffled, edges)
    # a naive order (layer by input order, no sweeps) crosses far more often
    from core.knowledge_layout import (
        _connected_parts,
        _make_proper,
        _total_crossings,
        assign_layers,
        break_cycles,
    )

    kept, _ = break_cycles(nodes, edges)
    naive = 0
    for part in _connected_parts(nodes, kept):
        members = set(part)
        links = [e for e in kept if e[0] in members]
        graph = _make_proper(part, links, assign_layers(part, links))
        naive += _total_crossings(graph.rows, graph.downs)
    assert layout.crossings < naive * 0.7


# -- the map from the demo company ---------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("kmap") / "demo.db"
    opened = open_database(path)
    generate_demo(opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=AS_OF))
    yield opened.db
    opened.db.close()


def load(db: Database, map_filter: MapFilter) -> KnowledgeMap:
    with db.reading() as session:
        return load_knowledge_map(session, map_filter, AS_OF)


def check_drawing(found: KnowledgeMap) -> None:
    """Every link goes rightwards (prerequisite before course, course before skill); no two
    nodes share a spot; every route starts and ends at its nodes."""
    nodes = {node.key: node for node in found.nodes}
    assert len(nodes) == len(found.nodes)
    for edge in found.edges:
        source, target = nodes[edge.source], nodes[edge.target]
        if not edge.loop:
            assert source.layer < target.layer, edge
            assert source.column < target.column, edge
        assert edge.route[0] == (source.column, source.y)
        assert edge.route[-1] == (target.column, target.y)
        assert edge.kind == ("teaches" if edge.target.startswith("s:") else "requires")
    spots: dict[float, list[float]] = {}
    for node in found.nodes:
        spots.setdefault(node.column, []).append(node.y)
    for ys in spots.values():
        ys.sort()
        assert all(b - a >= 0.999 for a, b in itertools.pairwise(ys))


def test_the_whole_demo_catalog(demo_db: Database) -> None:
    found = load(demo_db, MapFilter())
    with demo_db.reading() as session:
        courses = len(session.scalars(select(Course.id)).all())
        requires = len(session.execute(select(Prerequisite.course_id)).all())
    kinds = [node.kind for node in found.nodes]
    assert kinds.count("course") == courses == 80 and kinds.count("skill") == 40
    assert not found.capped and found.notes == ()
    assert sum(e.kind == "requires" for e in found.edges) == requires
    check_drawing(found)
    assert found.heading.code == "kmap.heading_all"
    assert found.summary().text("en").startswith("80 courses, 40 skills")
    assert any(any(ord(c) > 0x3000 for c in n.name) for n in found.nodes)  # Chinese titles
    assert load(demo_db, MapFilter()) == found  # deterministic


def test_a_capped_map_says_so_and_keeps_prerequisites(demo_db: Database) -> None:
    found = load(demo_db, MapFilter(limit=30))
    assert len(found.nodes) <= 30 and found.total == 120 and found.capped
    assert found.notes[0].code == "kmap.capped_all"
    assert "Showing" in found.notes[0].text("en") and "120" in found.notes[0].text("en")
    shown = {node.key for node in found.nodes}
    with demo_db.reading() as session:
        pairs = session.execute(
            select(Course.code, Prerequisite.required_course_id).join(
                Prerequisite, Prerequisite.course_id == Course.id
            )
        ).all()
        codes = {cid: code for cid, code in session.execute(select(Course.id, Course.code))}
    for code, required in pairs:
        if f"c:{code}" in shown:
            assert f"c:{codes[required]}" in shown
    check_drawing(found)


def test_a_role_shows_its_skills_the_courses_teaching_them_and_prerequisites(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        role = session.scalars(select(Role).order_by(Role.name)).first()
        assert role is not None
        needed = {
            name: level
            for name, level in session.execute(
                select(Skill.name, RoleSkill.level)
                .join(RoleSkill, RoleSkill.skill_id == Skill.id)
                .where(RoleSkill.role_id == role.id)
            )
        }
        name = role.name
    found = load(demo_db, MapFilter("role", name))
    skills = {n.name: n for n in found.nodes if n.kind == "skill"}
    assert set(skills) == set(needed)
    assert all(n.state == "needed" and n.needed_level == needed[n.name] for n in skills.values())
    teaches = {e.source for e in found.edges if e.kind == "teaches"}
    required = {e.source for e in found.edges if e.kind == "requires"}
    for node in found.nodes:
        if node.kind == "course":
            assert node.key in teaches or node.key in required, node
    check_drawing(found)
    assert found.heading.text("zh_CN").startswith(f"岗位“{name}”")


def test_a_course_neighbourhood_by_hops(demo_db: Database) -> None:
    with demo_db.reading() as session:
        course, required = session.execute(
            select(Course.code, Prerequisite.required_course_id)
            .join(Prerequisite, Prerequisite.course_id == Course.id)
            .order_by(Course.code)
        ).first()  # type: ignore[misc]
        required_code = session.scalar(select(Course.code).where(Course.id == required))
    one = load(demo_db, MapFilter("course", course, hops=1))
    focus = [n for n in one.nodes if n.state == "focus"]
    assert [n.code for n in focus] == [course]
    assert f"c:{required_code}" in {n.key for n in one.nodes}
    linked = {e.source for e in one.edges} | {e.target for e in one.edges}
    assert {n.key for n in one.nodes} <= linked
    two = load(demo_db, MapFilter("course", course.lower(), hops=2))  # any case
    assert {n.key for n in one.nodes} < {n.key for n in two.nodes}
    check_drawing(two)


def test_a_persons_open_assignments_or_the_path_to_their_role(demo_db: Database) -> None:
    with demo_db.reading() as session:
        busy = session.scalar(
            select(Employee.employee_id)
            .join(Assignment, Assignment.employee_id == Employee.id)
            .where(Assignment.status == "not_started")
            .order_by(Employee.employee_id)
        )
        open_codes = set(
            session.scalars(
                select(Course.code)
                .join(Assignment, Assignment.course_id == Course.id)
                .join(Employee, Employee.id == Assignment.employee_id)
                .where(
                    Employee.employee_id == busy,
                    Assignment.status.in_(("not_started", "in_progress", "failed")),
                )
            )
        )
    found = load(demo_db, MapFilter("person", busy or ""))
    assert found.heading.code == "kmap.heading_person"
    assert {n.code for n in found.nodes if n.state == "open"} == open_codes
    check_drawing(found)

    def clear_open_work(session: Any) -> None:
        person = session.scalar(select(Employee).where(Employee.employee_id == busy))
        for row in session.scalars(select(Assignment).where(Assignment.employee_id == person.id)):
            if row.status in ("not_started", "in_progress", "failed"):
                row.status = "withdrawn"

    perform(demo_db, "Test", clear_open_work)
    planned = load(demo_db, MapFilter("person", busy or ""))
    assert planned.heading.code == "kmap.heading_person_plan"
    assert planned.notes[0].code in ("kmap.plan_fallback", "kmap.no_gaps")
    assert not any(n.state == "open" for n in planned.nodes)
    check_drawing(planned)


@pytest.mark.parametrize(
    ("map_filter", "field"),
    [
        (MapFilter("role", "No Such Role"), "role"),
        (MapFilter("person", "nobody@example.com"), "person"),
        (MapFilter("course", "NOPE-1"), "course"),
        (MapFilter("course", "DAT-101", hops=0), "hops"),
    ],
)
def test_unknown_names_are_refused_with_the_field(
    demo_db: Database, map_filter: MapFilter, field: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        load(demo_db, map_filter)
    assert refused.value.message.values["field"] == field


def test_a_prerequisite_loop_in_bad_data_is_broken_and_named(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "loop.db")

    def bad_data(session: Any) -> None:
        courses = [Course(code=c, title=f"Course {c}") for c in ("A", "B", "C", "D")]
        session.add_all(courses)
        session.flush()
        ids = {c.code: c.id for c in courses}
        for course, required in (("B", "A"), ("C", "B"), ("A", "C"), ("D", "C")):
            session.add(Prerequisite(course_id=ids[course], required_course_id=ids[required]))

    try:
        perform(opened.db, "Bad data", bad_data)
        started = time.perf_counter()
        with opened.db.reading() as session:
            found = load_knowledge_map(session, MapFilter(), AS_OF)
            around = load_knowledge_map(session, MapFilter("course", "B"), AS_OF)
        assert time.perf_counter() - started < 5
    finally:
        opened.db.close()
    loops = [e for e in found.edges if e.loop]
    assert len(loops) == 1
    note = [n for n in found.notes if n.code == "kmap.loop"]
    assert len(note) == 1
    codes = note[0].values["loop"].split(" → ")
    assert codes[0] == codes[-1] and set(codes) == {"A", "B", "C"}
    check_drawing(found)
    check_drawing(around)


def test_3000_courses_are_capped_and_laid_out_quickly(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "big.db")
    try:
        generate_demo(opened.db, DemoParams(learners=30, courses=3000, seed=2, as_of=AS_OF))
        started = time.perf_counter()
        found = load(opened.db, MapFilter())
        took = time.perf_counter() - started
    finally:
        opened.db.close()
    assert len(found.nodes) <= 300 and found.total > 3000
    assert found.notes[0].code == "kmap.capped_all"
    assert took < 5, took  # about 0.1-0.3 s; generous for a busy machine
    check_drawing(found)
