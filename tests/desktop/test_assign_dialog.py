"""The Assign dialog: a path to a department with spread due dates (acceptance 4), the plan
shown before assigning, skipped people, and Assign… from the People and Catalog menus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import build_sample_database
from PySide6.QtCore import QDate, Qt

from core.changes import perform
from core.database import open_database
from core.paths import PathInput, create_path

pytest_plugins = ["gui_plugin"]

D = dt.date
START = D(2026, 1, 5)
DUE = D(2026, 3, 6)  # 60 days after the start
# C-SQL1 spread (no offset), C-NEG due 14 days after the start, C-LEAD spread to the due date.
ONBOARDING = PathInput(
    "Sales onboarding", "First weeks in Sales", (("C-SQL1", None), ("C-NEG", 14), ("C-LEAD", None))
)
SALES = {"E003", "E004", "E007"}  # every active member of Sales in the sample company


@pytest.fixture
def path_db(tmp_path: Path) -> Path:
    path = build_sample_database(tmp_path / "paths.db")
    opened = open_database(path)
    try:
        perform(opened.db, "Add path", lambda s: create_path(s, ONBOARDING))
    finally:
        opened.db.close()
    return path


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_section(qtbot: Any, window: Any) -> Any:
    section = window.section("assignments")
    window.show_section("assignments")
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)
    return section


def open_assign(qtbot: Any, dialogs: Any, trigger: Any) -> Any:
    before = len(dialogs.editors)
    trigger()
    qtbot.waitUntil(lambda: len(dialogs.editors) > before, timeout=10_000)
    dialog = dialogs.editors[-1]
    assert dialog.objectName() == "assignDialog"
    return dialog


def wait_for_plan(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.planning and dialog.plan_result is not None, timeout=10_000)


def test_assign_a_path_to_a_department_spreads_due_dates(
    qtbot: Any, make_window: Any, dialogs: Any, path_db: Path
) -> None:
    window = make_window(path_db)
    section = open_section(qtbot, window)
    assert section.model.all_rows == []
    dialog = open_assign(qtbot, dialogs, section.assign_action.trigger)
    dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
    dialog.department.setCurrentText("Sales")
    qtbot.mouseClick(dialog.path_choice, Qt.MouseButton.LeftButton)
    assert dialog.path.currentData() == "Sales onboarding"
    assert dialog.spread_note.isVisible()
    dialog.start.setDate(qdate(START))
    dialog.due.setDate(qdate(DUE))
    dialog.mandatory.setChecked(True)
    wait_for_plan(qtbot, dialog)
    assert dialog.plan_label.text() == "9 assignments will be created."
    assert dialog.save_button.text() == "Assign" and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: len(section.model.all_rows) == 9, timeout=10_000)

    due = {(r.employee_id, r.course_code): r.due_date for r in section.model.all_rows}
    expected = {}
    for person in SALES:
        expected[(person, "C-SQL1")] = D(2026, 1, 25)  # a third of 60 days: day 20
        expected[(person, "C-NEG")] = D(2026, 1, 19)  # its own offset: day 14
        expected[(person, "C-LEAD")] = D(2026, 3, 6)  # the last step is due on the due date
    assert due == expected
    assert all(r.mandatory and r.status == "not_started" for r in section.model.all_rows)
    assert all(r.assigned_on == START for r in section.model.all_rows)
    assert window.undo_action.text() == "&Undo Assign"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: section.model.all_rows == [], timeout=10_000)


def test_plan_flags_people_who_already_have_it_and_nothing_left_disables_assign(
    qtbot: Any, make_window: Any, dialogs: Any, path_db: Path
) -> None:
    window = make_window(path_db)
    section = open_section(qtbot, window)
    first = open_assign(qtbot, dialogs, section.assign_action.trigger)
    first.kind.setCurrentIndex(first.kind.findData("person"))
    first.person.setCurrentIndex(first.person.findData("E003"))
    first.course.setCurrentIndex(first.course.findData("C-NEG"))
    wait_for_plan(qtbot, first)
    assert first.plan_label.text() == "1 assignment will be created."
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(section.model.all_rows) == 1, timeout=10_000)

    dialog = open_assign(qtbot, dialogs, section.assign_action.trigger)
    dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
    dialog.department.setCurrentText("Sales")
    dialog.course.setCurrentIndex(dialog.course.findData("C-NEG"))
    wait_for_plan(qtbot, dialog)
    assert dialog.plan_label.text() == (
        "2 assignments will be created; 1 person already assigned — skipped.\nSkipped: E003 · C-NEG"
    )
    dialog.due.setDate(dialog.start.date().addDays(-1))
    assert not dialog.save_button.isEnabled()
    assert "The due date is before the start" in dialog.problems_label.text()
    dialog.has_due.setChecked(False)
    dialog.department.setCurrentText("Nowhere")
    qtbot.waitUntil(lambda: "Nowhere" in dialog.plan_label.text(), timeout=10_000)
    assert not dialog.save_button.isEnabled()


def test_assign_from_people_and_catalog_menus_is_prefilled(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.select_where(lambda r: r.employee_id == "E003")
    position = people.model.position_of(lambda r: r.employee_id == "E003")
    people._context_menu(people.table.visualRect(people.model.index(position, 0)).center())
    menu = [a.text() for a in people.context_menu.actions() if not a.isSeparator()]
    people.context_menu.close()
    assert "&Assign…" in menu
    dialog = open_assign(qtbot, dialogs, people.assign_action.trigger)
    assert (dialog.target_kind(), dialog.target()) == ("person", "E003")
    assert dialog.person.currentText() == "张伟 (E003)"
    dialog.reject()

    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    assert catalog.select_where(lambda r: r.code == "C-SQL2")
    dialog = open_assign(qtbot, dialogs, catalog.assign_action.trigger)
    assert dialog.course.currentData() == "C-SQL2"
    assert dialog.target_kind() == "department"
    dialog.department.setCurrentText("工程部")
    wait_for_plan(qtbot, dialog)
    assert dialog.plan_label.text() == "2 assignments will be created."
    dialog.reject()


def test_learning_paths_create_reorder_edit_and_delete(
    qtbot: Any, make_window: Any, dialogs: Any, path_db: Path
) -> None:
    from core.paths import path_rows

    window = make_window(path_db)
    section = open_section(qtbot, window)
    section.paths_action.trigger()
    paths = dialogs.editors[-1]
    assert paths.objectName() == "pathsDialog"
    qtbot.waitUntil(lambda: paths.loaded, timeout=10_000)
    assert [r.name for r in paths.model.all_rows] == ["Sales onboarding"]
    assert paths.model.data(paths.model.index(0, 3)) == "C-SQL1 → C-NEG → C-LEAD"

    paths.add()
    editor = dialogs.editors[-1]
    assert editor.objectName() == "pathEditor" and not editor.save_button.isEnabled()
    editor.name.setText("数据入门")
    qtbot.mouseClick(editor.steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.steps.add_button, Qt.MouseButton.LeftButton)
    first, _days = editor.steps._cells(0)
    second, days = editor.steps._cells(1)
    first.setCurrentIndex(first.findData("C-SQL2"))
    second.setCurrentIndex(second.findData("C-SQL2"))
    assert "C-SQL2" in editor.problems_label.text()  # the same course twice
    second.setCurrentIndex(second.findData("C-SQL1"))
    days.setValue(7)
    qtbot.mouseClick(editor.steps.up_button, Qt.MouseButton.LeftButton)  # C-SQL1 first
    assert editor.steps.steps() == [("C-SQL1", 7), ("C-SQL2", None)]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: len(paths.model.all_rows) == 2, timeout=10_000)
    with window.db.reading() as session:
        made = {r.name: r.items for r in path_rows(session)}
    assert made["数据入门"] == (("C-SQL1", "SQL 入门", 7), ("C-SQL2", "高级 SQL 查询", None))

    assert paths.select_name("数据入门")
    paths.edit()
    editor = dialogs.editors[-1]
    assert editor.steps.steps() == [("C-SQL1", 7), ("C-SQL2", None)]
    editor.description.setText("SQL from zero")
    editor.steps.table.selectRow(1)
    qtbot.mouseClick(editor.steps.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    with window.db.reading() as session:
        edited = next(r for r in path_rows(session) if r.name == "数据入门")
    assert (edited.description, len(edited.items)) == ("SQL from zero", 1)

    qtbot.waitUntil(lambda: paths.loaded, timeout=10_000)
    assert paths.select_name("数据入门")
    paths.delete()
    qtbot.waitUntil(lambda: len(paths.model.all_rows) == 1, timeout=10_000)
    assert window.undo_action.text() == "&Undo Delete learning path"
