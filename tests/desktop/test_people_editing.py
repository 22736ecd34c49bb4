"""People management in the window: the person dialog, departments and roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gui_fixtures import drain
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from core.people import employee_input

pytest_plugins = ["gui_plugin"]


def people_of(qtbot: Any, window: Any) -> Any:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    return people


def open_editor(qtbot: Any, dialogs: Any, trigger: Any) -> Any:
    before = len(dialogs.editors)
    trigger()
    qtbot.waitUntil(lambda: len(dialogs.editors) > before, timeout=10_000)
    return dialogs.editors[-1]


def save(qtbot: Any, dialog: Any) -> None:
    assert dialog.save_button.isEnabled(), dialog.problems_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def detail_texts(section: Any) -> list[str]:
    return [label.text() for label in section.detail.widget().findChildren(QLabel)]


def stored(window: Any, people: Any, hr_id: str) -> Any:
    row = next(r for r in people.model.all_rows if r.employee_id == hr_id)
    with window.db.reading() as session:
        return employee_input(session, row.id)


def test_new_person_with_department_role_manager_and_skills(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    people = people_of(qtbot, window)
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    dialog = open_editor(qtbot, dialogs, lambda: qtbot.keyClick(window, Qt.Key.Key_N, shortcut))
    assert dialog.objectName() == "personDialog"  # the People section's New, not the Catalog's
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.employee_id, "00917")
    dialog.name.setText("赵六")
    dialog.email.setText("not-an-email")
    assert not dialog.save_button.isEnabled() and "not-an-email" in dialog.problems_label.text()
    dialog.email.setText("zhao@example.com")
    dialog.department.setCurrentText("Sales")
    dialog.role.setCurrentText("Account Manager")
    dialog.manager.setCurrentIndex(dialog.manager.findData("E002"))
    assert dialog.manager.currentText() == "李娜 (E002)"
    dialog.hire_date.setDate(QDate(2024, 2, 29))
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    skill, level = dialog.skills._cells(0)
    skill.setCurrentText("谈判")
    level.setValue(4)
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: people.detail.heading == "赵六", timeout=10_000)
    texts = detail_texts(people)
    for expected in ("00917", "zhao@example.com", "Sales", "Account Manager", "李娜", "2024-02-29"):
        assert expected in texts
    assert "谈判" in texts
    data = stored(window, people, "00917")  # leading zeros kept
    assert (data.manager, data.hire_date, data.skills) == (
        "E002",
        dt.date(2024, 2, 29),
        (("谈判", 4),),
    )


def test_edit_person_change_role_clear_date_and_deactivate(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    people = people_of(qtbot, window)
    assert people.select_where(lambda r: r.employee_id == "E001")
    qtbot.waitUntil(lambda: people.detail.heading == "王芳")
    position = people.model.position_of(lambda r: r.employee_id == "E001")
    cell = people.table.visualRect(people.model.index(position, 1)).center()

    def double_click() -> None:
        # A view only reports a double-click on the row its press landed on.
        qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    dialog = open_editor(qtbot, dialogs, double_click)
    assert dialog.manager_id() == "E002" and dialog.hire() == dt.date(2019, 3, 1)
    assert dialog.manager.findData("E001") < 0  # nobody manages themselves
    assert dialog.skills.levels() == [("SQL", 1)]
    dialog.role.setCurrentText("Team Lead")
    qtbot.mouseClick(dialog.clear_date, Qt.MouseButton.LeftButton)
    assert dialog.hire() is None and dialog.hire_date.text() == "No date"
    dialog.manager.setCurrentText("")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: people.selected_row() and people.selected_row().role == "Team Lead")
    data = stored(window, people, "E001")
    assert (data.role, data.hire_date, data.manager) == ("Team Lead", None, None)

    people.active_action.trigger()
    qtbot.waitUntil(lambda: people.selected_row() and not people.selected_row().active)
    position = people.model.position_of(lambda r: r.employee_id == "E001")
    people._context_menu(people.table.visualRect(people.model.index(position, 0)).center())
    texts = [a.text() for a in people.context_menu.actions() if not a.isSeparator()]
    assert texts == ["&Edit…", "Re&activate", "&New person…", "Export table…"]
    people.context_menu.close()


def test_a_reporting_loop_is_refused_in_the_dialog(qtbot: Any, window: Any, dialogs: Any) -> None:
    people = people_of(qtbot, window)
    assert people.select_where(lambda r: r.employee_id == "E002")  # E001's manager
    qtbot.waitUntil(lambda: people.detail.heading == "李娜")
    dialog = open_editor(qtbot, dialogs, people.edit_action.trigger)
    dialog.manager.setCurrentIndex(dialog.manager.findData("E001"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.isVisible() and "E001" in dialog.error_label.text()
    assert stored(window, people, "E002").manager is None


def department_names(dialog: Any) -> list[str]:
    return [row.name for row in dialog.model.all_rows]


def test_departments_add_edit_delete_and_refusal(qtbot: Any, window: Any, dialogs: Any) -> None:
    people = people_of(qtbot, window)
    manager = open_editor(qtbot, dialogs, people.departments_action.trigger)
    assert manager.objectName() == "departmentsDialog"
    qtbot.waitUntil(lambda: manager.loaded)
    assert {"工程部", "Sales", "Finance"} <= set(department_names(manager))

    editor = open_editor(qtbot, dialogs, manager.add)
    editor.name.setText("Marketing")
    editor.code.setText("MKT")
    qtbot.keyClicks(editor.budget, "abc")  # the validator refuses letters
    assert editor.budget.text() == ""
    editor.budget.setText("-5")  # pasted text the validator cannot stop is named
    assert not editor.save_button.isEnabled() and "-5" in editor.problems_label.text()
    editor.budget.setText("5000")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: "Marketing" in department_names(manager))
    row = next(r for r in manager.model.all_rows if r.name == "Marketing")
    assert (row.code, row.yearly_budget, row.people) == ("MKT", 5000.0, 0)

    assert manager.select_name("Marketing")
    editor = open_editor(qtbot, dialogs, manager.edit)
    assert editor.budget.text() == "5000"
    editor.budget.setText("7500.5")
    save(qtbot, editor)
    qtbot.waitUntil(
        lambda: (
            [r.yearly_budget for r in manager.model.all_rows if r.name == "Marketing"] == [7500.5]
        )
    )

    assert manager.select_name("Sales")  # three people belong to Sales
    manager.delete()
    qtbot.waitUntil(lambda: bool(dialogs.called("show_error")), timeout=10_000)
    (_title, text), *_ = dialogs.called("show_error")
    assert "Sales" in text
    drain()
    assert "Sales" in department_names(manager)

    assert manager.select_name("Marketing")
    manager.delete()
    qtbot.waitUntil(lambda: "Marketing" not in department_names(manager), timeout=10_000)
    assert window.undo_action.text() == "&Undo Delete department"


def test_roles_with_required_skills_and_refused_delete(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    people = people_of(qtbot, window)
    window.edit_menu.actions()[-1].trigger()  # Edit → Roles… reaches the same dialog
    qtbot.waitUntil(lambda: bool(dialogs.editors))
    manager = dialogs.editors[-1]
    assert manager.objectName() == "rolesDialog"
    qtbot.waitUntil(lambda: manager.loaded)
    analyst = next(r for r in manager.model.all_rows if r.name == "数据分析师")
    assert sorted(analyst.skills) == [("Excel", 2), ("SQL", 3)]

    editor = open_editor(qtbot, dialogs, manager.add)
    editor.name.setText("Negotiator")
    editor.description.setPlainText("Closes deals.")
    qtbot.mouseClick(editor.skills.add_button, Qt.MouseButton.LeftButton)
    assert not editor.save_button.isEnabled()  # a skill row without a skill
    skill, level = editor.skills._cells(0)
    skill.setCurrentText("谈判")
    level.setValue(9)  # the spin box stops at 5
    assert level.value() == 5
    save(qtbot, editor)
    qtbot.waitUntil(lambda: any(r.name == "Negotiator" for r in manager.model.all_rows))
    row = next(r for r in manager.model.all_rows if r.name == "Negotiator")
    assert tuple(row.skills) == (("谈判", 5),) and row.description == "Closes deals."

    assert manager.select_name("Negotiator")
    editor = open_editor(qtbot, dialogs, manager.edit)
    editor.skills._cells(0)[1].setValue(3)
    save(qtbot, editor)
    qtbot.waitUntil(
        lambda: (
            [tuple(r.skills) for r in manager.model.all_rows if r.name == "Negotiator"]
            == [(("谈判", 3),)]
        )
    )

    assert manager.select_name("Team Lead")  # two people hold it
    manager.delete()
    qtbot.waitUntil(lambda: bool(dialogs.called("show_error")), timeout=10_000)
    assert "Team Lead" in dialogs.called("show_error")[0][1]
    assert manager.select_name("Negotiator")
    manager.delete()
    qtbot.waitUntil(lambda: all(r.name != "Negotiator" for r in manager.model.all_rows))
    assert people.isVisible()
