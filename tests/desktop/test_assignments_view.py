"""The Assignments section: states and colours, filters, bulk actions and the progress dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.gui.assignments import DUE_COLUMN, EXPIRY_COLUMN

pytest_plugins = ["gui_plugin", "assignment_fixtures"]

D = dt.date


def open_section(qtbot: Any, window: Any) -> Any:
    section = window.section("assignments")
    window.show_section("assignments")
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)
    return section


def shown(section: Any) -> list[tuple[str, str]]:
    return sorted((r.employee_id, r.course_code) for r in section.model.visible_rows)


def row_of(section: Any, person: str) -> Any:
    return next(r for r in section.model.all_rows if r.employee_id == person)


def cell(section: Any, person: str, column: int) -> Any:
    position = section.model.position_of(lambda r: r.employee_id == person)
    return section.model.index(position, column)


def painted(section: Any, person: str, column: int) -> tuple[str, str]:
    """The background and text colours the table paints the cell in."""
    option = QStyleOptionViewItem()
    index = cell(section, person, column)
    section.table.itemDelegate().initStyleOption(option, index)
    return option.backgroundBrush.color().name(), option.palette.text().color().name()


def choose(combo_filter: Any, value: str | None) -> None:
    combo_filter.combo.setCurrentIndex(combo_filter.combo.findData(value))


def select_people(section: Any, *people: str) -> None:
    section.table.clearSelection()
    flags = section.table.selectionModel().SelectionFlag
    for person in people:
        section.table.selectionModel().select(cell(section, person, 0), flags.Select | flags.Rows)


def test_due_and_expiry_states_read_and_are_coloured(
    qtbot: Any, make_window: Any, assignment_db: Any
) -> None:
    section = open_section(qtbot, make_window(assignment_db))
    assert section.count_label.text() == "5 assignments"
    texts = {
        r.employee_id: section.model.data(cell(section, r.employee_id, DUE_COLUMN))
        for r in section.model.all_rows
    }
    assert texts == {
        "E001": "2026-02-10  Overdue",
        "E002": "2026-03-10  Due in 30 days",
        "E003": "2026-04-15  Due in 60 days",
        "E004": "2025-06-01",  # completed: its due date no longer matters
        "E007": "2026-07-01",
    }
    assert section.model.data(cell(section, "E004", EXPIRY_COLUMN)) == (
        "2026-03-10  Expires in 30 days"
    )
    assert painted(section, "E001", DUE_COLUMN) == ("#f8d7d5", "#7a1a14")  # red
    assert painted(section, "E002", DUE_COLUMN) == ("#fde3c4", "#6b3a00")  # orange
    assert painted(section, "E003", DUE_COLUMN) == ("#fff3bf", "#5c4a00")  # yellow
    assert painted(section, "E004", EXPIRY_COLUMN) == ("#fde3c4", "#6b3a00")
    assert painted(section, "E007", DUE_COLUMN)[0] != "#f8d7d5"  # not marked


def test_filters_by_due_state_status_department_and_mandatory(
    qtbot: Any, make_window: Any, assignment_db: Any
) -> None:
    section = open_section(qtbot, make_window(assignment_db))
    due, (status, department, mandatory) = section.due_filter, section.filters
    choose(due, "overdue")
    assert shown(section) == [("E001", "C-SQL1")]
    choose(due, "due_60")  # due within 60 days includes due within 30
    assert shown(section) == [("E002", "C-SQL1"), ("E003", "C-NEG")]
    assert section.count_label.text() == "2 of 5 assignments"
    choose(due, None)
    choose(status, "completed")
    assert shown(section) == [("E004", "C-NEG")]
    choose(status, None)
    choose(department, "工程部")
    assert shown(section) == [("E001", "C-SQL1"), ("E002", "C-SQL1")]
    choose(department, None)
    choose(mandatory, "no")
    assert shown(section) == [("E003", "C-NEG"), ("E007", "C-LEAD")]
    section.set_search("王")
    assert shown(section) == [("E007", "C-LEAD")]


def test_bulk_extend_withdraw_and_reassign(
    qtbot: Any, make_window: Any, assignment_db: Any, dialogs: Any
) -> None:
    window = make_window(assignment_db)
    section = open_section(qtbot, window)
    select_people(section, "E001", "E002")
    assert section.selected_ids() and len(section.selected_ids()) == 2
    assert section.extend_action.isEnabled() and not section.progress_action.isEnabled()
    section.extend_action.trigger()
    extend = dialogs.editors[-1]
    assert extend.objectName() == "extendDueDialog"
    extend.days.setValue(10)
    qtbot.mouseClick(extend.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(section, "E001").due_date == D(2026, 2, 20), timeout=10_000)
    assert row_of(section, "E002").due_date == D(2026, 3, 20)
    assert row_of(section, "E001").due_state == "due_30"  # due today: not yet overdue

    select_people(section, "E002")
    section.extend_action.trigger()
    extend = dialogs.editors[-1]
    extend.to_date.setChecked(True)
    extend.new_due.setDate(QDate(2026, 6, 30))
    qtbot.mouseClick(extend.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(section, "E002").due_date == D(2026, 6, 30), timeout=10_000)

    select_people(section, "E003")
    section.withdraw_action.trigger()
    assert dialogs.called("confirm")[-1][1] == (
        "Withdraw 1 assignments? Their progress so far is kept."
    )
    qtbot.waitUntil(lambda: row_of(section, "E003").status == "withdrawn", timeout=10_000)
    assert row_of(section, "E003").due_state is None

    select_people(section, "E007")
    section.reassign_action.trigger()
    qtbot.waitUntil(lambda: dialogs.editors[-1].objectName() == "reassignDialog", timeout=10_000)
    reassign = dialogs.editors[-1]
    assert not reassign.save_button.isEnabled()
    reassign.person.setCurrentIndex(reassign.person.findData("E005"))
    qtbot.mouseClick(reassign.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r.employee_id == "E005" for r in section.model.all_rows), timeout=10_000
    )
    moved = row_of(section, "E005")
    assert (moved.name, moved.course_code) == ("Bob Smith", "C-LEAD")
    assert window.undo_action.text() == "&Undo Re-assign"


def test_edit_progress_validates_as_you_type_and_completes(
    qtbot: Any, make_window: Any, assignment_db: Any, dialogs: Any
) -> None:
    section = open_section(qtbot, make_window(assignment_db))
    select_people(section, "E002")
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    dialog = dialogs.editors[-1]
    assert dialog.objectName() == "progressDialog"
    assert dialog.status_value() == "not_started" and dialog.started.value() is None
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.started.set_value(D(2026, 2, 1))
    dialog.completed.set_value(D(2026, 1, 15))
    assert not dialog.save_button.isEnabled()
    assert "2026-01-15" in dialog.problems_label.text()
    dialog.score.setText("140")
    assert "140" in dialog.problems_label.text()
    dialog.score.setText("91.5")
    dialog.hours.setText("6")
    dialog.completed.set_value(D(2026, 2, 18))
    assert dialog.save_button.isEnabled(), dialog.problems_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(section, "E002").status == "completed", timeout=10_000)
    done = row_of(section, "E002")
    assert (done.completed_on, done.score, done.hours, done.percent) == (
        D(2026, 2, 18),
        91.5,
        6.0,
        100.0,
    )
    assert done.due_state is None and done.certificate_expiry is None  # C-SQL1 never expires
