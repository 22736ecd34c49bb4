"""The admin stays in control, in the window: weights in Settings, "Not interested" with Undo
and Restore on the Recommended tab, and hiding a course from its page or its dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from recommend_gui_support import open_recommended

from core.settings import DIVERSITY_NAME, AppSettings, load_settings

pytest_plugins = ["gui_plugin", "assignment_fixtures", "recommend_fixtures"]


def shown_again(people: Any, person: str, check: Any) -> Any:
    panel = people.recommended
    return lambda: panel.shown_for == person and check(panel)


# -- Settings → Recommendations ---------------------------------------------------------------
def test_weights_tab_shows_defaults_explains_validates_and_resets(qtbot: Any) -> None:
    from desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    tab = dialog.recommend_tab
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert {n: s.value() for n, s in tab.spins.items()} == {
        "content": 25,
        "skill_gap": 25,
        "colleagues": 35,
        "quality": 15,
        DIVERSITY_NAME: 70,
    }
    assert tab.shares["colleagues"].text() == "35%"
    assert dialog.values().recommend_weights == {}  # the defaults: nothing stored

    tab.sliders["content"].setValue(60)  # the slider and its spin box move together
    assert tab.spins["content"].value() == 60 and tab.shares["content"].text() == "44%"
    assert dialog.values().recommend_weights["content"] == 0.6 and save.isEnabled()

    for name in ("content", "skill_gap", "colleagues", "quality"):
        tab.spins[name].setValue(0)
    assert not save.isEnabled()
    assert "must be above 0" in dialog.problems_label.text()

    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert save.isEnabled() and dialog.values().recommend_weights == {}


def test_saving_new_weights_refits_the_recommender(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    window = make_window(recommend_db)
    people = open_recommended(qtbot, window, "E004")
    before = people.recommender.current
    assert before.weights.quality == pytest.approx(0.15)
    weights = {
        "content": 0.0,
        "skill_gap": 0.0,
        "colleagues": 0.0,
        "quality": 1.0,
        DIVERSITY_NAME: 1.0,
    }
    dialogs.settings_result = replace(AppSettings(), recommend_weights=weights)
    window.file_actions.settings_action.trigger()
    qtbot.waitUntil(
        lambda: people.recommender.current is not before and people.recommended.shown_for == "E004",
        timeout=20_000,
    )
    assert people.recommender.current.weights.quality == 1.0
    with window.db.reading() as session:
        assert load_settings(session).recommend_weights["quality"] == 1.0


# -- "Not interested" -------------------------------------------------------------------------
def test_not_interested_hides_a_result_offers_undo_and_lists_it_for_restore(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    window = make_window(recommend_db)
    people = open_recommended(qtbot, window, "E004")
    panel = people.recommended
    first = next(iter(panel.dismiss_buttons))
    qtbot.mouseClick(panel.dismiss_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first not in p.assign_buttons), timeout=20_000
    )
    assert panel.undo_button is not None and first in panel.restore_buttons
    assert "Not interested (1)" in panel.texts()
    assert any(text.startswith("Marked not interested: " + first) for text in panel.texts())

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first in p.assign_buttons), timeout=20_000
    )
    assert panel.undo_button is None and panel.restore_buttons == {}

    # Edit → Undo works too (the mark is an audited edit), and so does Restore.
    qtbot.mouseClick(panel.dismiss_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first in p.restore_buttons), timeout=20_000
    )
    qtbot.waitUntil(window.undo_action.isEnabled)
    window.undo_action.trigger()
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first in p.assign_buttons), timeout=20_000
    )
    qtbot.mouseClick(panel.dismiss_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first in p.restore_buttons), timeout=20_000
    )
    qtbot.mouseClick(panel.restore_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E004", lambda p: first in p.assign_buttons), timeout=20_000
    )


def test_not_interested_is_for_that_person_only(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    window = make_window(recommend_db)
    people = open_recommended(qtbot, window, "E005")
    assert "C-LEAD" in people.recommended.dismiss_buttons
    qtbot.mouseClick(people.recommended.dismiss_buttons["C-LEAD"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        shown_again(people, "E005", lambda p: "C-LEAD" in p.restore_buttons), timeout=20_000
    )
    assert "C-LEAD" not in people.recommended.assign_buttons
    from core.recommend.controls import dismissed_courses

    with window.db.reading() as session:
        assert [d.code for d in dismissed_courses(session, "E005")] == ["C-LEAD"]
        assert dismissed_courses(session, "E004") == []


# -- hiding a course --------------------------------------------------------------------------
def open_course(qtbot: Any, window: Any, code: str) -> Any:
    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    assert catalog.select_where(lambda r: r.code == code)
    qtbot.waitUntil(lambda: catalog.detail.heading != "", timeout=10_000)
    return catalog


def subheading(catalog: Any) -> str:
    from PySide6.QtWidgets import QLabel

    labels = catalog.detail.findChildren(QLabel, "detailSubheading")
    return labels[0].text() if labels else ""


def test_hiding_from_the_course_page_shows_a_badge_and_leaves_recommendations(
    qtbot: Any, make_window: Any, recommend_db: Path
) -> None:
    window = make_window(recommend_db)
    catalog = open_course(qtbot, window, "C-LEAD")
    assert "Hidden from recommendations" not in subheading(catalog)
    assert catalog.hide_action.text() == "&Hide from recommendations"
    catalog.hide_action.trigger()
    qtbot.waitUntil(lambda: "Hidden from recommendations" in subheading(catalog), timeout=10_000)
    qtbot.waitUntil(
        lambda: catalog.hide_action.text() == "S&how in recommendations", timeout=10_000
    )

    people = open_recommended(qtbot, window, "E005")  # their role needs what it teaches
    assert "C-LEAD" not in people.recommended.assign_buttons
    assert any(r.code == "C-LEAD" for r in catalog.model.all_rows)  # still in the catalog

    window.undo_action.trigger()  # Edit → Undo shows it again
    qtbot.waitUntil(
        shown_again(people, "E005", lambda p: "C-LEAD" in p.assign_buttons), timeout=20_000
    )


def test_the_course_dialog_has_the_hide_checkbox(
    qtbot: Any, make_window: Any, recommend_db: Path, dialogs: Any
) -> None:
    from core.recommend.controls import is_course_hidden

    window = make_window(recommend_db)
    catalog = open_course(qtbot, window, "C-NEG")
    catalog.edit_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    dialog = dialogs.editors[-1]
    assert not dialog.hidden_box.isChecked()
    dialog.hidden_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hidden from recommendations" in subheading(catalog), timeout=10_000)
    with window.db.reading() as session:
        assert is_course_hidden(session, "C-NEG")

    catalog.edit_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.editors) == 2, timeout=10_000)
    assert dialogs.editors[-1].hidden_box.isChecked()  # the dialog reads the stored value
