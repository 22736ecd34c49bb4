"""The Dashboard section shows the hand-built company's figures (worked out by hand)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from insights_fixture import TODAY, build_insights_database
from PySide6.QtCore import Qt

pytest_plugins = ["gui_plugin"]


def open_dashboard(qtbot: Any, make_window: Any, tmp_path: Path) -> Any:
    window = make_window(build_insights_database(tmp_path / "insights.db"))
    dashboard = window.section("dashboard")
    dashboard.today = lambda: TODAY
    window.show_section("dashboard")
    assert dashboard.progress.isVisible()  # the figures are read on the worker
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)
    return window, dashboard


def test_dashboard_shows_the_literal_figures(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    _window, dashboard = open_dashboard(qtbot, make_window, tmp_path)
    numbers = {key: card.number.text() for key, card in dashboard.cards.items()}
    assert numbers == {
        "completion": "40%",  # 2 of 5
        "overdue": "2",
        "expiring": "1 / 1 / 2",
        "hours": "10",
        "spend": "900 USD",  # Ops 560 + Sales 340
        "trend": "5",
        "cliff": "3",
    }
    assert dashboard.cards["completion"].caption.text() == "2 of 5 assignments due or completed"
    assert dashboard.cards["spend"].caption.text() == "of 1,500 USD budgeted"
    assert "GBP" in dashboard.notice.text() and dashboard.notice.isVisible()
    for card in dashboard.cards.values():
        assert card.chart.figure is not None
    assert dashboard.progress.isHidden()


def test_clicking_a_figure_lists_the_rows_behind_it(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    _window, dashboard = open_dashboard(qtbot, make_window, tmp_path)
    qtbot.mouseClick(dashboard.cards["overdue"].number, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.list_dialog is not None, timeout=10_000)
    dialog = dashboard.list_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [(r.employee_id, r.course_code, r.due.isoformat()) for r in dialog.model.visible_rows]
    assert sorted(rows) == [("A", "C2", "2026-06-01"), ("B", "C1", "2026-06-14")]
    qtbot.mouseClick(dashboard.cards["cliff"].number, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.list_dialog is not dialog, timeout=10_000)
    lapsing = dashboard.list_dialog.model.visible_rows
    assert sorted(r.expires.isoformat() for r in lapsing) == [
        "2026-07-01",
        "2026-08-20",
        "2027-02-10",
    ]


def test_dashboard_reloads_after_a_change(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from core.changes import Changes

    window, dashboard = open_dashboard(qtbot, make_window, tmp_path)
    dashboard.cards["overdue"].number.setText("stale")
    window.services.broadcast(Changes(frozenset({"assignments"})), "Edit")
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)
    assert dashboard.cards["overdue"].number.text() == "2"
