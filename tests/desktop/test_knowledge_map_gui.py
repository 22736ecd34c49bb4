"""The knowledge map window (issue 5): opened from the Catalog and People, drawn from the
worker's layout, clicked through to a course, zoomed, and exported as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QKeySequence

pytest_plugins = ["gui_plugin"]


def open_catalog(qtbot: Any, window: Any) -> Any:
    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    return catalog


def map_window(window: Any) -> Any:
    from desktop.gui.knowledge_map import KnowledgeMapWindow

    return window.findChild(KnowledgeMapWindow)


def wait_for_map(qtbot: Any, kmap: Any, kind: str) -> Any:
    qtbot.waitUntil(
        lambda: not kmap.loading and kmap.map is not None and kmap.map.filter.kind == kind,
        timeout=20_000,
    )
    return kmap.map


def item_for(kmap: Any, key: str) -> Any:
    return next(item for item in kmap.node_items if item.node.key == key)


def test_the_catalog_opens_the_whole_map_with_courses_skills_and_legend(
    qtbot: Any, window: Any
) -> None:
    catalog = open_catalog(qtbot, window)
    catalog.map_action.trigger()
    kmap = map_window(window)
    found = wait_for_map(qtbot, kmap, "all")
    keys = {item.node.key for item in kmap.node_items}
    assert {"c:C-SQL1", "c:C-SQL2", "c:C-NEG", "s:SQL", "s:谈判"} <= keys
    assert len(kmap.node_items) == len(found.nodes) == 9  # 5 courses, 4 skills
    # the prerequisite stands left of the course needing it; the skill right of its courses
    x = {item.node.key: item.pos().x() for item in kmap.node_items}
    assert x["c:C-SQL1"] < x["c:C-SQL2"] < x["s:SQL"]
    negotiation = item_for(kmap, "c:C-NEG")
    assert negotiation.toolTip().startswith("C-NEG · Negotiation <Advanced> & More")
    assert item_for(kmap, "c:C-XLS").node.state == "retired"
    assert "SQL 入门" in item_for(kmap, "c:C-SQL1").shown_text
    assert not kmap.notes.isVisible()
    assert kmap.windowTitle().endswith("Whole catalog")


def test_a_long_title_is_elided_with_the_full_title_in_the_tooltip(qtbot: Any, window: Any) -> None:
    from desktop.gui.knowledge_scene import NodeItem

    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    node = wait_for_map(qtbot, kmap, "all").nodes[0]
    from dataclasses import replace

    long_title = "An Extremely Long Course Title That Cannot Possibly Fit In One Box At All"
    item = NodeItem(replace(node, name=long_title), kmap.font(), lambda _n: None)
    assert item.shown_text[0].endswith("…") and len(item.shown_text[0]) < len(long_title)
    assert long_title in item.toolTip()


def test_clicking_a_course_opens_it_in_the_catalog(qtbot: Any, window: Any) -> None:
    catalog = open_catalog(qtbot, window)
    catalog.map_action.trigger()
    kmap = map_window(window)
    wait_for_map(qtbot, kmap, "all")
    item = item_for(kmap, "c:C-LEAD")
    kmap.view.centerOn(item)
    point = kmap.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(kmap.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: catalog.selected_row() is not None, timeout=10_000)
    assert catalog.selected_row().code == "C-LEAD"
    assert window.current_section() is catalog


def test_clicking_a_skill_shows_who_holds_it(qtbot: Any, window: Any) -> None:
    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    wait_for_map(qtbot, kmap, "all")
    item = item_for(kmap, "s:SQL")
    assert item.toolTip().splitlines()[:2] == ["Skill: SQL", "Active people holding it: 1"]
    assert "王芳 · 1/5" in item.toolTip()  # the sample's only SQL holder, at level 1
    kmap.view.centerOn(item)
    point = kmap.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(kmap.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert kmap.skill_shown == "SQL"
    assert window.current_section() is window.section("catalog")  # nothing else opened


def test_show_on_map_draws_the_course_neighbourhood(qtbot: Any, window: Any) -> None:
    catalog = open_catalog(qtbot, window)
    assert not catalog.course_map_action.isEnabled()
    assert catalog.select_where(lambda r: r.code == "C-SQL2")
    assert catalog.course_map_action.isEnabled()
    catalog.course_map_action.trigger()
    kmap = map_window(window)
    found = wait_for_map(qtbot, kmap, "course")
    assert {n.key for n in found.nodes} == {"c:C-SQL2", "c:C-SQL1", "s:SQL"}
    assert item_for(kmap, "c:C-SQL2").node.state == "focus"
    requires = [e for e in found.edges if e.kind == "requires"]
    assert [(e.source, e.target) for e in requires] == [("c:C-SQL1", "c:C-SQL2")]


def test_an_unknown_course_is_said_in_the_window(qtbot: Any, window: Any) -> None:
    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    wait_for_map(qtbot, kmap, "all")
    kmap.set_filter("course", "NO-SUCH")
    kmap.show_map()
    qtbot.waitUntil(lambda: not kmap.loading, timeout=10_000)
    assert "NO-SUCH" in kmap.notes.text() and kmap.notes.isVisible()
    assert kmap.map.filter.kind == "all"  # the last good map stays


def test_show_path_on_map_for_a_person(qtbot: Any, window: Any) -> None:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.select_where(lambda r: r.employee_id == "E001")  # 数据分析师, no assignments
    people.person_map_action.trigger()
    kmap = map_window(window)
    found = wait_for_map(qtbot, kmap, "person")
    assert found.heading.code == "kmap.heading_person_plan"
    assert {n.code for n in found.nodes if n.state == "planned"} >= {"C-SQL2"}
    assert "数据分析师" in kmap.notes.text()


def test_zoom_and_fit(qtbot: Any, window: Any) -> None:
    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    wait_for_map(qtbot, kmap, "all")
    kmap.view.setFocus()
    before = kmap.view.transform().m11()
    qtbot.keySequence(kmap, QKeySequence("Ctrl+="))
    assert kmap.view.transform().m11() > before
    kmap.zoom_out_action.trigger()
    kmap.zoom_out_action.trigger()
    assert kmap.view.transform().m11() < before
    kmap.fit_action.trigger()
    assert kmap.view.transform().m11() <= 1.0
    scene_rect = kmap.view.mapToScene(kmap.view.viewport().rect()).boundingRect()
    assert scene_rect.contains(kmap.view.scene().itemsBoundingRect())


def png_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(QPoint(x, y)))
    return len(seen)


def test_export_png_and_svg_through_the_dialogs(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    wait_for_map(qtbot, kmap, "all")

    dialogs.save_file = tmp_path / "map.png"
    kmap.export_action.trigger()
    assert dialogs.called("get_save_file")
    assert (tmp_path / "map.png").stat().st_size > 5_000
    assert png_colours(tmp_path / "map.png") > 20  # drawn, not blank

    dialogs.save_file = tmp_path / "map.svg"
    kmap.export_action.trigger()
    tree = ET.parse(tmp_path / "map.svg")
    texts = " ".join(t.strip() for t in tree.getroot().itertext() if t.strip())
    for title in ("SQL 入门", "高级 SQL 查询", "谈判", "Whole catalog"):
        assert title in texts, title
    for item in kmap.node_items:  # every title as shown, "<" and "&" escaped and read back
        assert item.shown_text[0] in texts, item.shown_text
    assert item_for(kmap, "c:C-NEG").shown_text[0].startswith("Negotiation <Advanced> &")

    before = sorted(tmp_path.iterdir())
    dialogs.save_file = None  # cancelled: nothing more written
    kmap.export_action.trigger()
    assert sorted(tmp_path.iterdir()) == before


def test_the_open_map_follows_a_new_prerequisite(qtbot: Any, window: Any) -> None:
    from sqlalchemy import select

    from db.models import Course, Prerequisite
    from desktop.gui.dbop import DbOp

    open_catalog(qtbot, window).map_action.trigger()
    kmap = map_window(window)
    first = wait_for_map(qtbot, kmap, "all")

    def lead_requires_negotiation(session: Any) -> None:
        ids = {code: cid for code, cid in session.execute(select(Course.code, Course.id))}
        session.add(Prerequisite(course_id=ids["C-LEAD"], required_course_id=ids["C-NEG"]))

    DbOp(kmap, window.db, lead_requires_negotiation, action="Add prerequisite").run()
    qtbot.waitUntil(lambda: kmap.map is not first and not kmap.loading, timeout=20_000)
    links = {(e.source, e.target) for e in kmap.map.edges if e.kind == "requires"}
    assert ("c:C-NEG", "c:C-LEAD") in links
    x = {item.node.key: item.pos().x() for item in kmap.node_items}
    assert x["c:C-NEG"] < x["c:C-LEAD"]
