"""The person page's Recommended tab and the path builder dialog (issue 5, GUI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from recommend_gui_support import TODAY, open_recommended
from sqlalchemy import select

from core.changes import perform
from core.database import open_database
from db.models import Assignment, Course, Employee

pytest_plugins = ["gui_plugin", "assignment_fixtures", "recommend_fixtures"]


def test_recommended_tab_lists_courses_with_reasons(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    people = open_recommended(qtbot, make_window(recommend_db), "E004")
    panel = people.recommended
    shown = panel.texts()
    codes = list(panel.assign_buttons)
    assert codes and "C-NEG" not in codes  # completed and still valid: not offered again
    assert "C-XLS" not in codes  # retired
    assert any(text.startswith("1. ") for text in shown)
    reasons = [text for text in shown if text.startswith("• ")]
    assert "• like 'Negotiation <Advanced> & More', which they passed with 88" in reasons
    assert "• take 'SQL 入门' first: it is a prerequisite" in reasons  # C-SQL2's flag

    qtbot.mouseClick(panel.assign_buttons[codes[0]], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    dialog = dialogs.editors[-1]
    assert dialog.target() == "E004" and dialog.course.currentData() == codes[0]


def test_cold_start_person_gets_the_cold_start_reason(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    people = open_recommended(qtbot, make_window(recommend_db), "E005")  # no history at all
    reasons = [text for text in people.recommended.texts() if text.startswith("• ")]
    assert any("they have no training history yet" in text for text in reasons)
    assert "C-LEAD" in people.recommended.assign_buttons  # Team Lead needs Leadership 4


def test_recommendations_follow_a_new_assignment(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    window = make_window(recommend_db)
    people = open_recommended(qtbot, window, "E005")
    assert "C-LEAD" in people.recommended.assign_buttons
    from core.assignments import AssignRequest, assign
    from desktop.gui.dbop import DbOp

    request = AssignRequest("person", "E005", ("C-LEAD",), start=TODAY, due=TODAY)
    DbOp(people, window.db, lambda s: assign(s, request, TODAY), action="Assign").run()
    qtbot.waitUntil(
        lambda: (
            people.recommended.shown_for == "E005"
            and "C-LEAD" not in people.recommended.assign_buttons
        ),
        timeout=20_000,
    )


def codes_of(rows: list[tuple[str, str, str]]) -> list[str]:
    return [course.split(" · ")[0] for course, _start, _due in rows]


def open_builder(qtbot: Any, window: Any, dialogs: Any, person: str) -> Any:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.select_where(lambda r: r.employee_id == person)
    people.path_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    return dialogs.editors[-1]


def test_path_builder_moves_steps_recomputes_dates_and_refuses(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    dialog = open_builder(qtbot, make_window(recommend_db), dialogs, "E001")
    dialog.role.setCurrentIndex(0)  # the skills typed below
    dialog.skills.setText("SQL=3, Leadership=4")
    dialog.build()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    before = dialog.shown_dates()
    assert codes_of(before) == ["C-LEAD", "C-SQL1", "C-SQL2"]
    assert before[0][1] == TODAY.isoformat()

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    after = dialog.shown_dates()
    assert codes_of(after) == ["C-SQL1", "C-LEAD", "C-SQL2"]
    assert after[0][1] == TODAY.isoformat()  # C-SQL1 starts first now ...
    assert after[1][1] > before[0][1]  # ... and C-LEAD later than it did
    assert after[2][2] == before[2][2]  # the same hours in all: the last ends as before
    assert dialog.problem.text() == ""

    dialog.table.selectRow(2)  # C-SQL2 may not go before its prerequisite C-SQL1
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert codes_of(dialog.shown_dates()) == ["C-SQL1", "C-SQL2", "C-LEAD"]
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert "C-SQL1" in dialog.problem.text()
    assert codes_of(dialog.shown_dates()) == ["C-SQL1", "C-SQL2", "C-LEAD"]

    dialog.table.selectRow(0)  # C-SQL1 is needed by C-SQL2: removing it is refused too
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "C-SQL2" in dialog.problem.text() and dialog.table.rowCount() == 3


def test_path_builder_shows_a_refused_target(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    dialog = open_builder(qtbot, make_window(recommend_db), dialogs, "E001")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)  # their role's plan
    dialog.role.setCurrentIndex(0)
    dialog.skills.setText("Cooking=3")
    dialog.build()
    qtbot.waitUntil(lambda: "Cooking" in dialog.problem.text(), timeout=10_000)
    assert dialog.table.rowCount() == 0 and not dialog.assign_button.isEnabled()
    dialog.skills.setText("SQL=three")
    dialog.build()
    assert "SQL=three" in dialog.problem.text()


def test_path_builder_assigns_the_plan(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    window = make_window(recommend_db)
    dialog = open_builder(qtbot, window, dialogs, "E005")  # Team Lead: built on opening
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.shown_dates()[0][0].startswith("C-LEAD")
    assert "closes every gap" in dialog.gaps.text()
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.assigned is not None, timeout=10_000)
    assert dialog.assigned.created == 1 and "Assigned 1 courses." in dialog.summary.text()
    with window.db.reading() as session:
        rows = session.execute(
            select(Course.code, Assignment.source, Assignment.due_date)
            .join(Course, Course.id == Assignment.course_id)
            .join(Employee, Employee.id == Assignment.employee_id)
            .where(Employee.employee_id == "E005")
        ).all()
    assert [(code, source) for code, source, _due in rows] == [("C-LEAD", "path")]
    assert rows[0][2].isoformat() == dialog.shown_dates()[0][2]


def test_similar_courses_tab_shows_what_they_share(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    window = make_window(recommend_db)
    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    catalog.detail_tabs.setCurrentWidget(catalog.similar)
    assert catalog.select_where(lambda r: r.code == "C-SQL1")
    qtbot.waitUntil(lambda: catalog.similar.shown_for == "C-SQL1", timeout=20_000)
    shown = catalog.similar.texts()
    assert shown[0].startswith("Most similar courses (")
    assert shown[1] == "1. C-SQL2 · 高级 SQL 查询"  # the same skill and the same words
    assert "• teaches the same skills: SQL" in shown
    assert not any("C-XLS" in text for text in shown)  # retired: never offered


def test_recommender_cache_rebuilds_only_after_relevant_changes(
    tmp_path: Path, recommend_db: Path
) -> None:
    from core.changes import Changes
    from desktop.gui.recommend_panel import RecommenderCache

    cache = RecommenderCache()
    opened = open_database(recommend_db)
    try:
        with opened.db.reading() as session:
            first = cache.engine(session)
            assert cache.engine(session) is first and not cache.stale  # kept between reads
            assert not cache.note_changes(Changes(frozenset({"audit_log"})))
            assert cache.note_changes(Changes(frozenset({"feedback"}))) and cache.stale
            assert cache.engine(session) is not first and not cache.stale
    finally:
        opened.db.close()

    empty = open_database(tmp_path / "people-only.db")  # no courses yet: nothing, no error
    try:
        perform(empty.db, "Person", lambda s: s.add(Employee(employee_id="E1", name="A")))
        with empty.db.reading() as session:
            assert RecommenderCache().recommend(session, "E1").items == []
    finally:
        empty.db.close()


def test_a_failed_read_is_said_in_the_tab_and_reported(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any, monkeypatch: Any
) -> None:
    from core.errors import AppError
    from core.messages import msg

    def refuse(*_args: Any) -> Any:
        raise AppError(msg("pathplan.no_target", field="role"))

    monkeypatch.setattr("desktop.gui.recommend_panel.RecommenderCache.recommend", refuse)
    window = make_window(recommend_db)
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    people.detail_tabs.setCurrentWidget(people.recommended)
    assert people.select_where(lambda r: r.employee_id == "E005")
    wanted = "No recommendations: Name a target role or the skills with their levels."
    qtbot.waitUntil(lambda: wanted in people.recommended.texts(), timeout=10_000)
    assert dialogs.called("show_error")
