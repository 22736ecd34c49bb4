"""The person page: details and skill gaps, assignments with status, certificates, history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

pytest_plugins = ["gui_plugin", "assignment_fixtures"]


def texts(panel: Any) -> list[str]:
    return [label.text() for label in panel.widget().findChildren(QLabel)]


def show_person(qtbot: Any, window: Any, person: str, name: str) -> Any:
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.select_where(lambda r: r.employee_id == person)
    qtbot.waitUntil(lambda: people.detail.heading == name, timeout=10_000)
    return people


def tab_titles(people: Any) -> list[str]:
    tabs = people.detail_tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_person_page_tabs_show_assignments_and_certificates(
    qtbot: Any, make_window: Any, assignment_db: Any
) -> None:
    people = show_person(qtbot, make_window(assignment_db), "E004", "Alice Wang")
    assert tab_titles(people) == [
        "Details",
        "Assignments",
        "Certificates",
        "History",
        "Recommended",
    ]
    certificates = texts(people.page_tabs.certificates)
    assert "Certificates (1)  ·  1 expiring soon" in certificates
    assert "C-NEG · Negotiation <Advanced> & More" in certificates  # plain text, as written
    assert "2025-03-10" in certificates and "2026-03-10 Expires in 30 days" in certificates
    assignments = texts(people.page_tabs.assignments)
    assert "Open (0)" in assignments and "Finished or withdrawn (1)" in assignments
    assert "Completed (88)" in assignments

    people.select_where(lambda r: r.employee_id == "E001")
    qtbot.waitUntil(lambda: people.detail.heading == "王芳", timeout=10_000)
    qtbot.waitUntil(lambda: people.page_tabs.assignments.heading == "王芳", timeout=10_000)
    assignments = texts(people.page_tabs.assignments)
    assert "Open (1)  ·  1 overdue" in assignments
    assert "2026-02-10 Overdue" in assignments and "Not started" in assignments
    assert "No completed courses yet" in texts(people.page_tabs.certificates)
    assert "Skills vs role  ·  2 to close" in texts(people.detail)  # the skill gaps stay


def test_person_page_follows_an_assignment_made_from_it(
    qtbot: Any, make_window: Any, assignment_db: Any, dialogs: Any
) -> None:
    window = make_window(assignment_db)
    people = show_person(qtbot, window, "E005", "Bob Smith")
    assert "Open (0)" in texts(people.page_tabs.assignments)
    people.assign_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.editors), timeout=10_000)
    dialog = dialogs.editors[-1]
    assert dialog.target() == "E005"
    dialog.course.setCurrentIndex(dialog.course.findData("C-LEAD"))
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Open (1)" in texts(people.page_tabs.assignments), timeout=10_000)
    assert "C-LEAD · New Manager Essentials" in texts(people.page_tabs.assignments)
    qtbot.waitUntil(
        lambda: any("Assign" in head.text() for head, _body in people.history.entry_labels),
        timeout=10_000,
    )
