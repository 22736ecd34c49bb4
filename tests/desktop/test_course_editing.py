"""Catalog management in the window: the course dialog, cycles, retire/delete, ranked search."""

from __future__ import annotations

from typing import Any

from gui_fixtures import drain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.catalog import CourseInput, create_course
from core.changes import perform
from db.models import Assignment, AuditEntry, Course, Employee
from desktop.gui.dbop import DbOp

pytest_plugins = ["gui_plugin"]


def catalog_of(qtbot: Any, window: Any) -> Any:
    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    return catalog


def codes(catalog: Any) -> list[str]:
    return [row.code for row in catalog.model.visible_rows]


def open_editor(qtbot: Any, dialogs: Any, trigger: Any) -> Any:
    before = len(dialogs.editors)
    trigger()
    qtbot.waitUntil(lambda: len(dialogs.editors) > before, timeout=10_000)
    return dialogs.editors[-1]


def select_code(qtbot: Any, catalog: Any, code: str) -> None:
    assert catalog.select_where(lambda r: r.code == code)
    qtbot.waitUntil(lambda: catalog.detail.heading != "" and catalog.selected_row().code == code)


def detail_texts(section: Any) -> list[str]:
    return [label.text() for label in section.detail.widget().findChildren(QLabel)]


def course_count(window: Any) -> int:
    with window.db.reading() as session:
        return len(session.query(Course).all())


def audit_count(window: Any) -> int:
    with window.db.reading() as session:
        return len(session.query(AuditEntry).all())


def test_new_course_with_prerequisite_skill_and_modules_shows_in_catalog(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = catalog_of(qtbot, window)
    dialog = open_editor(qtbot, dialogs, catalog.new_action.trigger)
    assert dialog.windowTitle() == "New course"
    # Nothing typed yet: Save is off and the form says why.
    assert not dialog.save_button.isEnabled()
    assert "code" in dialog.problems_label.text().lower()

    qtbot.keyClicks(dialog.code, "C-VIZ")
    dialog.title_edit.setText("Data <Viz> & Storytelling")
    dialog.category.setCurrentText("Data")
    dialog.tags.setText("dashboards, storytelling")
    dialog.price.setText("120")
    dialog.currency.setCurrentText("usd")
    dialog.hours.setText("6.5")
    dialog.validity.setValue(24)
    picker = dialog.prerequisites
    picker.search.setCurrentIndex(picker.search.findData("C-SQL1"))
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.codes() == ["C-SQL1"]
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    skill, level = dialog.skills._cells(0)
    skill.setCurrentText("Storytelling")  # a new skill, typed
    level.setValue(3)
    dialog.modules.add_module("Charts", 2.0)
    dialog.modules.add_module("Stories", None)
    dialog.modules.move_selected(-1)  # "Stories" becomes the first module
    assert dialog.save_button.isEnabled(), dialog.problems_label.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "C-VIZ" in codes(catalog))
    qtbot.waitUntil(lambda: catalog.detail.heading == "Data <Viz> & Storytelling")
    texts = detail_texts(catalog)
    assert "C-SQL1 · SQL 入门" in texts and "Storytelling" in texts
    assert "1. Stories" in texts and "2. Charts  (2 h)" in texts
    assert "120.00 USD" in texts and "24 months" in texts
    assert window.undo_action.text() == "&Undo New course"


def test_save_that_would_make_a_prerequisite_cycle_is_refused_in_the_dialog(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = catalog_of(qtbot, window)
    select_code(qtbot, catalog, "C-SQL1")  # C-SQL2 already requires C-SQL1
    entries = audit_count(window)
    dialog = open_editor(qtbot, dialogs, catalog.edit_action.trigger)
    assert dialog.code.text() == "C-SQL1" and dialog.modules.modules()[1] == ("JOIN", 3.0)
    picker = dialog.prerequisites
    assert picker.search.findData("C-SQL1") < 0  # a course cannot be offered to itself
    picker.search.setCurrentIndex(picker.search.findData("C-SQL2"))
    picker.add_current()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    text = dialog.error_label.text()
    assert "C-SQL1 → C-SQL2 → C-SQL1" in text or "C-SQL2 → C-SQL1 → C-SQL2" in text
    assert dialog.isVisible() and dialog.save_button.isEnabled()  # nothing typed is lost
    assert not dialogs.called("show_error")
    assert audit_count(window) == entries  # nothing changed
    with window.db.reading() as session:
        from core.catalog import course_input

        assert course_input(session, catalog.selected_row().id).prerequisites == ()


def test_duplicate_code_is_refused_readably_and_can_be_fixed(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = catalog_of(qtbot, window)
    dialog = open_editor(qtbot, dialogs, catalog.new_action.trigger)
    dialog.code.setText("C-SQL2")
    dialog.title_edit.setText("Another SQL")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert "C-SQL2" in dialog.error_label.text()
    dialog.code.setText("C-SQL3")  # typing clears the old refusal
    assert not dialog.error_label.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "C-SQL3" in codes(catalog), timeout=10_000)


def test_invalid_values_keep_save_disabled(qtbot: Any, window: Any, dialogs: Any) -> None:
    catalog = catalog_of(qtbot, window)
    select_code(qtbot, catalog, "C-NEG")
    catalog.table.setFocus()
    dialog = open_editor(
        qtbot, dialogs, lambda: qtbot.keyClick(catalog.table, Qt.Key.Key_Return)
    )  # Enter opens the selected course
    assert dialog.title_edit.text() == "Negotiation <Advanced> & More"
    assert dialog.save_button.isEnabled()
    dialog.currency.setCurrentText("EURO")
    assert not dialog.save_button.isEnabled()
    assert "EURO" in dialog.problems_label.text()
    dialog.currency.setCurrentText("EUR")
    dialog.modules.add_module("", None)  # a module without a title
    assert not dialog.save_button.isEnabled()
    dialog.modules.remove_selected()
    assert dialog.save_button.isEnabled()
    dialog.reject()


def _add_assignment(session: Any) -> None:
    course = session.query(Course).filter_by(code="C-LEAD").one()
    person = session.query(Employee).filter_by(employee_id="E002").one()
    session.add(Assignment(employee_id=person.id, course_id=course.id))


def test_delete_asks_and_a_course_with_history_is_retired_instead(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    perform(window.db, "Assign", _add_assignment)
    catalog = catalog_of(qtbot, window)
    select_code(qtbot, catalog, "C-LEAD")
    catalog.delete_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.called("confirm")) == 2, timeout=10_000)
    (_t1, question, _a1), (_t2, refusal, retire) = dialogs.called("confirm")
    assert "C-LEAD" in question
    assert "1 assignments" in refusal and retire == "Retire instead"
    qtbot.waitUntil(
        lambda: [r.status for r in catalog.model.all_rows if r.code == "C-LEAD"] == ["retired"]
    )
    assert "C-LEAD" in codes(catalog)

    # A course without history goes, after the question; then the Undo brings it back.
    select_code(qtbot, catalog, "C-NEG")
    catalog.delete_action.trigger()
    qtbot.waitUntil(lambda: "C-NEG" not in codes(catalog), timeout=10_000)
    assert window.undo_action.text() == "&Undo Delete course"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "C-NEG" in codes(catalog), timeout=10_000)

    # Declining the question deletes nothing.
    dialogs.confirm_answer = False
    select_code(qtbot, catalog, "C-NEG")
    catalog.delete_action.trigger()
    drain()
    assert "C-NEG" in codes(catalog)


def test_retire_and_reactivate_from_the_context_menu(qtbot: Any, window: Any, dialogs: Any) -> None:
    catalog = catalog_of(qtbot, window)
    select_code(qtbot, catalog, "C-SQL1")
    row_rect = catalog.table.visualRect(catalog.model.index(0, 0))
    catalog._context_menu(row_rect.center())
    texts = [a.text() for a in catalog.context_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Edit…", "&Retire"]
    catalog.context_menu.close()
    select_code(qtbot, catalog, "C-SQL1")
    catalog.retire_action.trigger()
    qtbot.waitUntil(lambda: catalog.selected_row() and catalog.selected_row().status == "retired")
    assert catalog.retire_action.text() == "Re&activate"
    catalog.retire_action.trigger()
    qtbot.waitUntil(lambda: catalog.selected_row() and catalog.selected_row().status == "active")


def _add_search_courses(session: Any) -> None:
    create_course(
        session,
        CourseInput(code="R-1", title="Reporting basics", description="Build dashboards fast."),
    )
    create_course(
        session, CourseInput(code="R-2", title="Dashboards in Excel", description="Charts.")
    )
    create_course(
        session,
        CourseInput(code="R-3", title="课程 Z", description="本课程讲解如何用数据做决策。"),
    )


def test_ranked_search_puts_title_matches_first_and_finds_chinese_words(
    qtbot: Any, window: Any
) -> None:
    perform(window.db, "Add courses", _add_search_courses)
    catalog = catalog_of(qtbot, window)
    catalog.reload()
    qtbot.waitUntil(lambda: "R-3" in codes(catalog) and catalog.index is not None)
    qtbot.keyClicks(window.search_box, "dashboards")
    qtbot.waitUntil(lambda: codes(catalog)[:2] == ["R-2", "R-1"])
    assert catalog.model.ranked
    window.search_box.clear()
    qtbot.waitUntil(lambda: len(codes(catalog)) == 8)
    assert codes(catalog) == sorted(codes(catalog))  # back to the column order
    window.search_box.insert("数据")  # QTest cannot type CJK; insert() edits like an IME
    qtbot.waitUntil(lambda: catalog.search_text == "数据")
    # Inside the description, not at its start; and the Excel course has it in its title.
    assert codes(catalog) == ["C-XLS", "R-3"]
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "dashb")  # a word being typed finds the whole word
    qtbot.waitUntil(lambda: catalog.search_text == "dashb")
    assert codes(catalog) == ["R-2", "R-1"]


def test_tag_filter_and_search_index_follow_edits(qtbot: Any, window: Any) -> None:
    catalog = catalog_of(qtbot, window)

    def tag(session: Any) -> None:
        session.query(Course).filter_by(code="C-NEG").one().tags = "soft skills,sales"

    DbOp(window, window.db, tag, action="Tag course").run()
    tags = catalog.tag_filter.combo
    qtbot.waitUntil(lambda: tags.findData("soft skills") > 0, timeout=10_000)
    tags.setCurrentIndex(tags.findData("soft skills"))
    assert codes(catalog) == ["C-NEG"]
    tags.setCurrentIndex(0)
    assert len(codes(catalog)) == 5


def test_delete_key_deletes_the_selected_course_but_not_while_typing_a_search(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    catalog = catalog_of(qtbot, window)
    select_code(qtbot, catalog, "C-NEG")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "neg")
    window.search_box.setCursorPosition(0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Delete)
    assert window.search_box.text() == "eg" and not dialogs.called("confirm")
    window.search_box.clear()
    catalog.table.setFocus()
    dialogs.confirm_answer = False
    qtbot.keyClick(catalog.table, Qt.Key.Key_Delete)
    ((_title, question, action),) = dialogs.called("confirm")
    assert "C-NEG" in question and action == "Delete"
