"""The compliance grid: people × mandatory courses, states by colour, department filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.gui.compliance_view import STATE_ROLE

pytest_plugins = ["gui_plugin", "assignment_fixtures"]


def show_compliance(qtbot: Any, window: Any) -> Any:
    section = window.section("assignments")
    window.show_section("assignments")
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)
    section.compliance_action.trigger()
    view = section.compliance
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    return section, view


def grid(view: Any, role: int = Qt.ItemDataRole.DisplayRole) -> dict[str, list[Any]]:
    model = view.model
    return {
        model.data(model.index(row, 0)): [
            model.data(model.index(row, column), role) for column in range(2, model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_people_by_mandatory_courses_with_states_and_colours(
    qtbot: Any, make_window: Any, assignment_db: Any
) -> None:
    section, view = show_compliance(qtbot, make_window(assignment_db))
    assert section.stack.currentWidget() is view and not section.filter_box.isVisible()
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Person", "Department", "C-NEG", "C-SQL1"]  # only mandatory courses
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "C-NEG · Negotiation <Advanced> & More"
    )
    states = grid(view, STATE_ROLE)
    # Active people only (Carol Jones left), by name.
    assert states == {
        "Alice Wang (E004)": ["expiring", "missing"],
        "Bob Smith (E005)": ["missing", "missing"],
        "张伟 (E003)": ["ok", "missing"],  # optional C-NEG due in 54 days: on track
        "李娜 (E002)": ["missing", "due_soon"],
        "王小明 (E007)": ["missing", "missing"],
        "王芳 (E001)": ["missing", "overdue"],
    }
    texts = grid(view)
    assert texts["Alice Wang (E004)"] == ["2026-03-10", "—"]  # the certificate's expiry
    assert texts["王芳 (E001)"] == ["—", "2026-02-10"]  # the missed due date
    overdue = model.index(list(states).index("王芳 (E001)"), 3)
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole).name() == "#f8d7d5"
    assert model.data(overdue, Qt.ItemDataRole.ToolTipRole) == (
        "Overdue\nStatus: Not started\nDue: 2026-02-10"
    )
    legend = [label.text() for label in view.findChildren(QLabel, "legendChip")]
    assert legend == [
        "Compliant",
        "Due soon",
        "Overdue",
        "Expiring soon",
        "Expired",
        "Not assigned",
    ]
    assert view.count_label.text() == "6 people × 2 mandatory courses"


def test_department_filter_and_switching_back(
    qtbot: Any, make_window: Any, assignment_db: Any
) -> None:
    section, view = show_compliance(qtbot, make_window(assignment_db))
    names = [view.department.itemText(i) for i in range(view.department.count())]
    assert names[0] == "All departments" and set(names[1:]) == {"工程部", "Sales", "Finance"}
    view.loaded = False
    view.department.setCurrentIndex(view.department.findData("Sales"))
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    assert sorted(grid(view)) == ["Alice Wang (E004)", "张伟 (E003)", "王小明 (E007)"]
    assert view.department.currentData() == "Sales"
    section.compliance_action.trigger()
    assert section.stack.currentIndex() == 0 and section.filter_box.isVisible()
    assert section.extend_action.isEnabled() is False  # nothing selected yet
