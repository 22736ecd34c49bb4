"""Edit → Undo / Redo of this window's edits, and the History tabs of the detail panels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_fixtures import build_sample_database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.catalog import course_input, update_course
from core.changes import perform
from db.models import Course

pytest_plugins = ["gui_plugin"]


def loaded(qtbot: Any, window: Any, key: str) -> Any:
    section = window.section(key)
    window.show_section(key)
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)
    return section


def titles(catalog: Any) -> dict[str, str]:
    return {row.code: row.title for row in catalog.model.all_rows}


def select(qtbot: Any, section: Any, matches: Any) -> None:
    assert section.select_where(matches)
    qtbot.waitUntil(lambda: section.detail.heading != "" and matches(section.selected_row()))


def edit_title(qtbot: Any, dialogs: Any, catalog: Any, title: str) -> None:
    before = len(dialogs.editors)
    catalog.edit_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.editors) > before, timeout=10_000)
    dialog = dialogs.editors[-1]
    dialog.title_edit.setText(title)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def history_actions(section: Any) -> list[str]:
    return [row.action for row in section.history.rows]


def test_edit_undo_shows_old_value_and_two_audit_entries_then_redo(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = loaded(qtbot, window, "catalog")
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"
    select(qtbot, catalog, lambda r: r.code == "C-LEAD")
    qtbot.waitUntil(lambda: len(catalog.history.rows) > 0)
    before = list(catalog.history.rows)
    assert catalog.detail_tabs.tabText(1) == "History"

    edit_title(qtbot, dialogs, catalog, "New Manager Essentials (2027)")
    qtbot.waitUntil(lambda: titles(catalog)["C-LEAD"] == "New Manager Essentials (2027)")
    qtbot.waitUntil(lambda: catalog.detail.heading == "New Manager Essentials (2027)")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit course"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: titles(catalog)["C-LEAD"] == "New Manager Essentials")
    qtbot.waitUntil(lambda: catalog.detail.heading == "New Manager Essentials")
    qtbot.waitUntil(lambda: len(catalog.history.rows) == len(before) + 2)
    newest = catalog.history.rows[:2]
    assert [row.action for row in newest] == ["Undo: Edit course", "Edit course"]
    assert "New Manager Essentials (2027)" in newest[1].summary
    assert catalog.history.rows[2:] == before
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo Edit course"
    assert window.status_bar.last_action.text() == "Last action: Undo: Edit course"

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: titles(catalog)["C-LEAD"] == "New Manager Essentials (2027)")
    qtbot.waitUntil(lambda: len(catalog.history.rows) == len(before) + 3)
    assert history_actions(catalog)[0] == "Redo: Edit course"
    assert window.undo_action.text() == "&Undo Edit course"
    assert not window.redo_action.isEnabled()
    # The History tab shows each entry as when · action over what changed.
    catalog.detail_tabs.setCurrentIndex(1)
    heading, summary = catalog.history.entry_labels[0]
    qtbot.waitUntil(heading.isVisible)
    assert heading.text().endswith("·  Redo: Edit course")
    assert "New Manager Essentials (2027)" in summary.text()


def test_a_new_edit_clears_redo_and_keyboard_shortcuts_undo(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = loaded(qtbot, window, "catalog")
    select(qtbot, catalog, lambda r: r.code == "C-SQL1")
    edit_title(qtbot, dialogs, catalog, "SQL one")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    window.activateWindow()  # the closed dialog was the active window
    qtbot.waitUntil(window.isActiveWindow)
    catalog.table.setFocus()
    qtbot.keyClick(catalog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(catalog)["C-SQL1"] == "SQL 入门")
    qtbot.waitUntil(lambda: window.redo_action.isEnabled())
    select(qtbot, catalog, lambda r: r.code == "C-SQL2")
    edit_title(qtbot, dialogs, catalog, "SQL two")
    qtbot.waitUntil(lambda: titles(catalog)["C-SQL2"] == "SQL two")
    assert not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit course"


def test_undo_refused_after_the_record_changed_elsewhere_shows_the_core_message(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = loaded(qtbot, window, "catalog")
    select(qtbot, catalog, lambda r: r.code == "C-NEG")
    edit_title(qtbot, dialogs, catalog, "Negotiation")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())

    def elsewhere(session: Any) -> None:
        course = session.query(Course).filter_by(code="C-NEG").one()
        data = course_input(session, course.id)
        update_course(session, course.id, data.__class__(**{**data.__dict__, "title": "Other"}))

    perform(window.db, "Edited by the CLI", elsewhere)  # not through this window
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.called("show_error")), timeout=10_000)
    (title, text), *_ = dialogs.called("show_error")
    assert title == "Undo: Edit course" and "C-NEG" in text
    with window.db.reading() as session:
        assert session.query(Course).filter_by(code="C-NEG").one().title == "Other"
    assert not window.undo_action.isEnabled()


def test_undo_of_a_new_person_and_the_person_history_tab(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    people = loaded(qtbot, window, "people")
    select(qtbot, people, lambda r: r.employee_id == "E003")
    qtbot.waitUntil(lambda: len(people.history.rows) > 0)
    assert history_actions(people) == ["Sample data"]
    people.active_action.trigger()
    qtbot.waitUntil(lambda: not people.selected_row().active)
    qtbot.waitUntil(lambda: history_actions(people)[0] == "Deactivate person")
    assert "active" in people.history.rows[0].summary
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: people.selected_row().active)
    qtbot.waitUntil(
        lambda: history_actions(people)[:2] == ["Undo: Deactivate person", "Deactivate person"]
    )
    texts = [label.text() for label in people.detail.widget().findChildren(QLabel)]
    assert "Yes" in texts


def test_opening_another_file_clears_undo(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    catalog = loaded(qtbot, window, "catalog")
    select(qtbot, catalog, lambda r: r.code == "C-LEAD")
    edit_title(qtbot, dialogs, catalog, "Lead")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    other = build_sample_database(tmp_path / "other.db")
    window.open_path(other)
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == other, timeout=10_000)
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"
