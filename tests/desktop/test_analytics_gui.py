"""The Analytics section on a small demo company (issue 6, GUI; acceptance 5).

Each tab loads on the worker; clicking a segment lists exactly its people, a dot on the
map selects its person, a weak course shows the comments behind it, At-risk shows how it
scored and its rows by probability, and double-clicking a person opens them in People.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from core.changes import Changes
from core.database import open_database
from core.demo import DemoParams, generate_demo

pytest_plugins = ["gui_plugin"]

AS_OF = dt.date(2026, 6, 30)
LOAD_MS = 60_000


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analytics") / "demo.db"
    opened = open_database(path)
    generate_demo(opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=AS_OF))
    opened.db.close()
    return path


@pytest.fixture
def analytics(qtbot: Any, make_window: Any, demo_db: Path, monkeypatch: Any) -> Any:
    monkeypatch.setattr("desktop.gui.states.today", lambda: AS_OF)
    window = make_window(demo_db)
    window.show_section("analytics")
    section = window.section("analytics")
    assert section.current_tab() is section.segments
    return section


def show_loaded(qtbot: Any, section: Any, tab: Any) -> Any:
    section.show_tab(tab)
    stopped = tab.task_bar.message
    qtbot.waitUntil(
        lambda: not tab.running and (tab.loaded or stopped.isVisible()), timeout=LOAD_MS
    )
    assert not tab.task_bar.isVisible(), stopped.text()
    return tab


def click_row(qtbot: Any, table: Any, row: int, *, double: bool = False) -> None:
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, 0))
    viewport = table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def selected_person(qtbot: Any, window: Any, employee_id: str) -> None:
    people = window.section("people")
    qtbot.waitUntil(lambda: window.current_section() is people, timeout=LOAD_MS)
    qtbot.waitUntil(
        lambda: (row := people.selected_row()) is not None and row.employee_id == employee_id,
        timeout=LOAD_MS,
    )


def test_clicking_a_segment_lists_its_people_and_a_dot_selects_its_person(
    qtbot: Any, analytics: Any
) -> None:
    tab = show_loaded(qtbot, analytics, analytics.segments)
    result = tab.result
    assert 2 <= result.k <= 8 and len(result.segments) == result.k
    assert tab.segment_model.rowCount() == result.k
    assert tab.map.figure is not None
    for row in range(tab.segment_model.rowCount()):
        click_row(qtbot, tab.segment_table, row)
        segment = tab.selected_segment()
        listed = tab.people_model.all_rows
        assert listed and len(listed) == segment.size
        assert {p.segment for p in listed} == {segment.index}
        assert tab.people_label.text().startswith(f"{segment.size:,} people")

    # A click on a person's dot selects them and their segment.
    person = result.people[len(result.people) // 2]
    point = tab.map.point_of(person)
    assert tab.map.rect().contains(point)
    assert tab.map.person_at(point).employee_id == person.employee_id
    assert tab.map.person_at(QPoint(1, 1)) is None  # the corner: no dot there
    qtbot.mouseClick(tab.map, Qt.MouseButton.LeftButton, pos=point)
    assert tab.selected_segment().index == person.segment
    assert tab.selected_person().employee_id == person.employee_id
    assert person.name in tab.hover_label.text()
    tab.hover_label.clear()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(tab.map.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab.map, move)
    assert tab.map.hovered is person and person.name in tab.hover_label.text()

    # Double-click opens the person in People.
    position = tab.people_model.position_of(lambda p: p.employee_id == person.employee_id)
    click_row(qtbot, tab.people_table, position, double=True)
    selected_person(qtbot, analytics.window(), person.employee_id)


def test_refit_with_a_fixed_number_and_cancel(qtbot: Any, analytics: Any) -> None:
    tab = show_loaded(qtbot, analytics, analytics.segments)
    tab.k_combo.setCurrentIndex(tab.k_combo.findData(3))
    tab.loaded = False
    qtbot.mouseClick(tab.refit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded, timeout=LOAD_MS)
    assert tab.result.k == 3 and tab.result.chosen_by == "fixed"
    assert tab.segment_model.rowCount() == 3

    tab.load()
    qtbot.mouseClick(tab.task_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=LOAD_MS)
    assert tab.task_bar.message.text() == "Cancelled." and tab.task_bar.retry_button.isVisible()
    assert tab.segment_model.rowCount() == 3  # the last result stays shown
    tab.loaded = False
    qtbot.mouseClick(tab.task_bar.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded, timeout=LOAD_MS)


def test_feedback_course_shows_its_charts_and_comments_filtered_by_label(
    qtbot: Any, analytics: Any
) -> None:
    tab = show_loaded(qtbot, analytics, analytics.feedback)
    assert tab.method_label.text()
    courses = tab.summary.courses
    assert courses and tab.course_model.rowCount() == len(courses)
    course = max(courses, key=lambda c: c.comment_count)
    position = tab.course_model.position_of(lambda c: c.code == course.code)
    click_row(qtbot, tab.course_table, position)
    qtbot.waitUntil(lambda: tab.shown_course == course.code, timeout=LOAD_MS)
    assert len(tab.comments.model.all_rows) == course.comment_count
    bars = [round(bar.get_height()) for bar in tab.ratings_chart.figure.axes[0].patches]
    assert bars == list(course.distribution)
    assert tab.sentiment_chart.figure is not None

    combo = tab.comments.label_combo
    combo.setCurrentIndex(combo.findData("negative"))
    shown = tab.comments.model.visible_rows
    assert len(shown) == course.negative
    assert all(row.label == "negative" for row in shown)


def test_clicking_a_weak_course_shows_its_evidence_comments_and_learners(
    qtbot: Any, analytics: Any
) -> None:
    from core.analytics.feedback import course_comments

    tab = show_loaded(qtbot, analytics, analytics.weak_courses)
    report = tab.report
    assert report.courses and tab.model.rowCount() == len(report.courses)
    # Ranked: the view starts in the report's order (rank 1 first).
    assert tab.model.row_at(0) is report.courses[0]
    weak = next(c for c in report.courses if any(e.kind == "negative_comments" for e in c.evidence))
    click_row(qtbot, tab.table, tab.model.position_of(lambda w: w is weak))
    qtbot.waitUntil(lambda: tab.shown_course == weak.code, timeout=LOAD_MS)
    assert weak.code in tab.heading.text()
    assert weak.evidence[0].text.text() in tab.evidence_label.text()
    assert weak.fix.text() in tab.fix_label.text()

    with analytics.window().db.reading() as session:
        negative = [c.text for c in course_comments(session, weak.code, label="negative")]
    assert negative and sorted(tab.comments.shown_texts()) == sorted(negative)
    learners = tab.learners.model.all_rows
    assert all(r.course_code == weak.code and r.status != "completed" for r in learners)


def test_at_risk_shows_the_method_and_rows_by_probability_and_opens_a_person(
    qtbot: Any, analytics: Any
) -> None:
    tab = show_loaded(qtbot, analytics, analytics.risk)
    report = tab.report
    assert tab.method_note.text() == report.method_note.text() != ""
    assert tab.histogram.figure is not None
    shown = tab.model.visible_rows
    assert shown and all(r.overdue_days <= 0 for r in shown)
    chances = [r.probability for r in shown]
    assert chances == sorted(chances, reverse=True)
    assert tab.model.index(0, 6).data() == f"{chances[0]:.0%}"

    tab.overdue_box.setChecked(True)
    assert len(tab.model.visible_rows) == len(report.rows)
    combo = tab.department_combo
    combo.setCurrentIndex(1)
    department = combo.currentText()
    assert tab.model.visible_rows
    assert all(r.department == department for r in tab.model.visible_rows)

    first = tab.model.row_at(0)
    click_row(qtbot, tab.table, 0, double=True)
    selected_person(qtbot, analytics.window(), first.employee_id)


def test_results_are_kept_until_a_write_touches_what_a_tab_reads(
    qtbot: Any, analytics: Any
) -> None:
    segments = show_loaded(qtbot, analytics, analytics.segments)
    risk = show_loaded(qtbot, analytics, analytics.risk)
    result = risk.report
    analytics.show_tab(segments)
    analytics.show_tab(risk)
    assert risk.report is result and not risk.running  # cached: not computed again

    analytics.on_changes(Changes(frozenset({"feedback"})))
    assert segments.stale and analytics.feedback.stale and not risk.stale
    analytics.on_changes(Changes(frozenset({"assignments"})))
    qtbot.waitUntil(lambda: risk.report is not result, timeout=LOAD_MS)  # shown: at once
    assert segments.stale  # hidden: when next shown
    show_loaded(qtbot, analytics, segments)
    assert not segments.stale
