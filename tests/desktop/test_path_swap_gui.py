"""Path builder → Swap…: alternatives that close the same gaps; dates and totals recompute;
the new course's prerequisites come in first; a price without an exchange rate is a note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from path_fixture import build_path_company
from PySide6.QtCore import Qt

from core.catalog import CourseInput, create_course
from core.changes import perform
from core.database import open_database

pytest_plugins = ["gui_plugin", "assignment_fixtures"]

TODAY = dt.date(2026, 2, 20)  # assignment_fixtures' frozen "today"


@pytest.fixture
def path_db(tmp_path: Path, frozen_today: dt.date) -> Path:
    """P1, an Analyst (SQL 3, Excel 2, Python 3 needed), and a course priced in GBP."""
    assert frozen_today == TODAY
    path = tmp_path / "paths.db"
    opened = open_database(path)
    try:
        build_path_company(opened.db)
        london = CourseInput(
            "SQLGB", "SQL in London", price=5, currency="GBP", hours=1, skills=(("SQL", 3),)
        )
        perform(opened.db, "GBP course", lambda s: create_course(s, london))
    finally:
        opened.db.close()
    return path


def open_builder(qtbot: Any, window: Any, dialogs: Any) -> Any:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.select_where(lambda r: r.employee_id == "P1")
    people.path_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    builder = dialogs.editors[-1]
    qtbot.waitUntil(lambda: builder.table.rowCount() == 4, timeout=10_000)  # built for the role
    return builder


def codes(builder: Any) -> list[str]:
    return [course.split(" · ")[0] for course, _start, _due in builder.shown_dates()]


def test_swap_recomputes_dates_and_totals_and_adds_prerequisites(
    qtbot: Any, make_window: Any, path_db: Path, dialogs: Any
) -> None:
    builder = open_builder(qtbot, make_window(path_db), dialogs)
    assert codes(builder) == ["BASICS", "SQL2", "PY", "EXCEL"]
    before = builder.shown_dates()
    assert "4 courses towards Analyst: 32 hours, cost 355.00" in builder.summary.text()
    # Bug fixed: the GBP course no longer stops the plan; it is left out with a note.
    assert "price in GBP has no exchange rate: set it in Settings" in builder.gaps.text()

    assert builder.selected_step() == 0 and builder.swap_button.isEnabled()
    builder.table.selectRow(3)
    qtbot.mouseClick(builder.swap_button, Qt.MouseButton.LeftButton)
    swap = builder.swap_dialog
    assert swap is not None and swap.isVisible()
    assert [o.code for o in swap.options] == ["EXCELPRO"]  # SQLGB cannot be priced: not offered
    row = [swap.table.item(0, c).text() for c in range(5)]
    assert row == ["EXCELPRO · Excel pro", "Excel → 2", "PREP", "10", "500.00"]
    swap.accept()

    after = builder.shown_dates()
    assert codes(builder) == ["BASICS", "SQL2", "PY", "PREP", "EXCELPRO"]
    assert after[:3] == before[:3]  # the steps before it keep their dates
    assert after[-1][2] > before[-1][2]  # 4 more hours: the last one is due later
    assert "5 courses towards Analyst: 36 hours, cost 800.00" in builder.summary.text()
    assert "added its prerequisites first: PREP" in builder.notice.text()
    assert builder.cell(3, 6) == "prerequisite of EXCELPRO"
    assert builder.cell(4, 6).startswith("chosen by hand instead of EXCEL")
    assert builder.selected_step() == 4


def test_a_swap_that_breaks_a_prerequisite_is_refused_and_the_plan_kept(
    qtbot: Any, make_window: Any, path_db: Path, dialogs: Any
) -> None:
    builder = open_builder(qtbot, make_window(path_db), dialogs)
    before = builder.shown_dates()
    builder.table.selectRow(1)  # SQL2, which PY needs first
    qtbot.mouseClick(builder.swap_button, Qt.MouseButton.LeftButton)
    assert [o.code for o in builder.swap_dialog.options] == ["SQLX"]
    builder.swap_dialog.accept()
    assert "SQL2" in builder.problem.text() and "PY" in builder.problem.text()
    assert builder.shown_dates() == before


def test_a_step_with_no_alternative_says_so(
    qtbot: Any, make_window: Any, path_db: Path, dialogs: Any
) -> None:
    builder = open_builder(qtbot, make_window(path_db), dialogs)
    builder.table.selectRow(2)  # PY: the only Python course
    qtbot.mouseClick(builder.swap_button, Qt.MouseButton.LeftButton)
    assert builder.swap_dialog is None
    assert builder.problem.text() == "No other course closes the gaps PY closes."


def test_cancelling_the_swap_changes_nothing(
    qtbot: Any, make_window: Any, path_db: Path, dialogs: Any
) -> None:
    builder = open_builder(qtbot, make_window(path_db), dialogs)
    before = builder.shown_dates()
    builder.table.selectRow(3)
    qtbot.mouseClick(builder.swap_button, Qt.MouseButton.LeftButton)
    builder.swap_dialog.reject()
    assert builder.shown_dates() == before and builder.notice.text() == ""
