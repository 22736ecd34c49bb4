"""Issue 8, acceptance 4: from a new file to a saved training plan PDF, the way a new admin
goes — "Explore with demo data", a person, "Training plan…", Save — with no other input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from desktop.gui.dialogs import FirstRunChoice

pytest_plugins = ["gui_plugin"]


def test_explore_demo_then_a_person_s_training_plan_saved_as_pdf(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.first_run_choice = FirstRunChoice.DEMO
    window = make_window(tmp_path / "new.db", ask_first_run=True)
    # The real demo generator, on the worker; the window lands on People when it is done.
    qtbot.waitUntil(lambda: window.current_section().key == "people", timeout=120_000)
    people = window.section("people")
    qtbot.waitUntil(lambda: people.model.rowCount() == 120, timeout=60_000)

    person = next(r for r in people.model.visible_rows if r.active and r.role)
    people.select_id(person.id)
    assert people.plan_report_action in people.context_actions()
    people.plan_report_action.trigger()  # right-click → Training plan…
    reports = window.section("reports")
    qtbot.waitUntil(lambda: reports.previewed is not None, timeout=60_000)

    dialogs.save_file = tmp_path / "plan.pdf"
    reports.save_button.click()
    qtbot.waitUntil((tmp_path / "plan.pdf").exists, timeout=20_000)
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages)
    assert person.name in text and person.employee_id in text
    assert [c[0] for c in dialogs.calls].count("ask_first_run") == 1
