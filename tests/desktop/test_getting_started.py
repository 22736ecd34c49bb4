"""Start empty: the Dashboard's checklist of first steps, ticking off as the data arrives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

pytest_plugins = ["gui_plugin"]


def test_an_empty_file_shows_the_checklist_and_its_buttons_lead_to_the_work(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from desktop.gui.dialogs import FirstRunChoice

    dialogs.first_run_choice = FirstRunChoice.EMPTY
    window = make_window(tmp_path / "new.db", ask_first_run=True)
    panel = window.section("dashboard").getting_started
    qtbot.waitUntil(panel.isVisible, timeout=40_000)
    assert {key: mark.text() for key, mark in panel.marks.items()} == dict.fromkeys(
        panel.STEPS, "○"
    )
    panel.buttons["people"].click()  # the import wizard, for learners
    assert dialogs.calls[-1][0] == "run_import_wizard"
    dialogs.import_wizard.close()
    panel.buttons["plan"].click()
    assert window.current_section().key == "reports"


def test_a_file_with_people_courses_and_roles_has_no_checklist(qtbot: Any, window: Any) -> None:
    window.show_section("dashboard")
    dashboard = window.section("dashboard")
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=40_000)
    from desktop.gui.dbop import worker

    worker().drain()
    qtbot.wait(50)
    assert not dashboard.getting_started.isVisible()
    assert dashboard.getting_started.marks["people"].text() == "✓"
