"""Help → Guide (one page per section, opened at the current one) and the data folder."""

from __future__ import annotations

from typing import Any

pytest_plugins = ["gui_plugin"]


def test_the_guide_has_a_page_for_every_section_and_opens_at_the_current_one(
    qtbot: Any, window: Any
) -> None:
    from desktop.gui.help_guide import guide_pages

    keys = {key for key, _title, _html in guide_pages()}
    assert {section.key for section in window.sections} <= keys
    window.show_section("skills")
    window.file_actions.guide_action.trigger()
    guide = window.file_actions.guide
    assert guide.isVisible()
    assert guide.pages.currentItem().text() == "Skills Matrix"
    assert "single" in guide.text.toPlainText().lower() or "only one" in guide.text.toPlainText()
    guide.show_page("reports")
    assert "Preview" in guide.text.toPlainText()
    guide.close()


def test_open_the_data_folder_shows_the_open_file_s_folder(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    window.file_actions.data_folder_action.trigger()
    assert dialogs.opened_in_viewer == [window.db.path.parent]
