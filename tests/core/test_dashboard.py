"""Dashboard figures on a hand-built company (tests/insights_fixture.py), today 2026-06-15.

Every expected number below is worked out by hand from the fixture's rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from insights_fixture import TODAY, build_insights_database

from core.charts import DARK, LIGHT, dashboard_figures
from core.dashboard import Dashboard, build_dashboard
from core.dashboard_lists import figure_rows
from core.database import open_database
from core.tasks import Cancelled, TaskState


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_insights_database(tmp_path_factory.mktemp("insights") / "insights.db")


@pytest.fixture(scope="module")
def board(db_path: Path) -> Dashboard:
    opened = open_database(db_path, write=False)
    try:
        with opened.db.reading() as session:
            return build_dashboard(session, TODAY)
    finally:
        opened.db.close()


@pytest.fixture
def lists(db_path: Path) -> Iterator[Callable[[str], Sequence[Any]]]:
    opened = open_database(db_path, write=False)

    def read(key: str) -> Sequence[Any]:
        with opened.db.reading() as session:
            return figure_rows(session, key, TODAY)

    yield read
    opened.db.close()


def test_completion_rate_counts_completed_and_due_but_not_withdrawn_or_future(
    board: Dashboard, lists: Any
) -> None:
    # Completed: A-C1, C-C3 (2025). Due by today: A-C2 (06-01), B-C1 (06-14), B-C2 (today).
    # Not counted: C-C1 withdrawn, C-C2 due in September, C-C3 (open) due in December, Dan
    # inactive.
    assert board.counted == 5
    assert board.completed == 2
    assert board.completion_rate == pytest.approx(0.4)
    rows = lists("completion")
    assert sorted((r.employee_id, r.course_code, r.status) for r in rows) == [
        ("A", "C1", "completed"),
        ("A", "C2", "in_progress"),
        ("B", "C1", "not_started"),
        ("B", "C2", "not_started"),
        ("C", "C3", "completed"),
    ]


def test_overdue_starts_the_day_after_the_due_date(board: Dashboard, lists: Any) -> None:
    # B-C2 falls due today: not overdue yet.
    assert board.overdue_by_department == {"Ops": 2}
    assert sorted((line.employee_id, line.course_code) for line in lists("overdue")) == [
        ("A", "C2"),
        ("B", "C1"),
    ]


def test_expiring_uses_each_persons_latest_certificate(board: Dashboard, lists: Any) -> None:
    # Bob's latest C1 certificate ends 2026-07-01 (16 days; the 2025 one is superseded),
    # Carol's 2026-08-20 (66 days); Dan's is ignored (inactive); 王芳's runs to 2027.
    assert board.expiring == {30: 1, 60: 1, 90: 2}
    assert [(line.employee_id, line.days_left) for line in lists("expiring")] == [
        ("B", 16),
        ("C", 66),
    ]


def test_training_hours_this_year(board: Dashboard, lists: Any) -> None:
    assert board.hours_this_year == pytest.approx(10.0)
    assert board.completed_this_year == 1
    assert [(r.employee_id, r.course_code, r.hours) for r in lists("hours")] == [("A", "C1", 10.0)]
    assert [m.count for m in board.hours_by_month] == [0, 10.0, 0, 0, 0, 0]


def test_spend_against_budget_in_base_currency_with_missing_rate_reported(
    board: Dashboard,
) -> None:
    spend = {line.department: (line.spent, line.budget) for line in board.spend}
    # Ops: C1 120 (100 + 20 certificate) + C2 twice 200 EUR × 1.1. Sales: C2 220 + Dan's C1.
    assert spend["Ops"] == pytest.approx((560.0, 1000.0))
    assert spend["Sales"] == pytest.approx((340.0, 500.0))
    assert [(m.code, m.values["currency"], m.values["count"]) for m in board.notices] == [
        ("dashboard.missing_rate", "GBP", 1)
    ]


def test_twelve_month_trend_counts_each_completion_once(board: Dashboard) -> None:
    assert board.trend[0].month == dt.date(2025, 7, 1)
    assert board.trend[-1].month == dt.date(2026, 6, 1)
    assert [m.count for m in board.trend] == [2, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0]


def test_compliance_cliff_counts_lapses_per_month_ahead(board: Dashboard, lists: Any) -> None:
    assert board.cliff[0].month == dt.date(2026, 6, 1)
    assert [m.count for m in board.cliff] == [0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]
    assert board.lapsing == 3
    assert [r.expires for r in lists("cliff")] == [
        dt.date(2026, 7, 1),
        dt.date(2026, 8, 20),
        dt.date(2027, 2, 10),
    ]


def test_build_dashboard_stops_when_cancelled(tmp_path: Path) -> None:
    path = build_insights_database(tmp_path / "cancel.db")
    opened = open_database(path, write=False)
    state = TaskState(cancelled=True)
    try:
        with opened.db.reading() as session, pytest.raises(Cancelled):
            build_dashboard(session, TODAY, state)
    finally:
        opened.db.close()


@pytest.mark.parametrize("palette", [LIGHT, DARK])
def test_charts_are_figures_with_labelled_axes_in_the_palette(
    board: Dashboard, palette: Any
) -> None:
    figures = dashboard_figures(board, palette)
    assert set(figures) == {"completion", "overdue", "expiring", "hours", "spend", "trend", "cliff"}
    for key, figure in figures.items():
        axes = figure.axes[0]
        assert axes.get_title(loc="left"), key
        assert axes.get_xlabel(), key
        if key != "completion":
            assert axes.get_ylabel(), key
        assert figure.get_facecolor()[:3] == pytest.approx(_rgb(palette.background)), key
    trend_line = figures["trend"].axes[0].lines[0]
    heights = [float(y) for y in trend_line.get_ydata()]  # type: ignore[union-attr,arg-type]
    assert heights == [2, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0]


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def test_chinese_text_renders_with_a_cjk_font(board: Dashboard) -> None:
    from matplotlib.font_manager import FontProperties, findfont

    from core.charts import FONT_FAMILY

    figure = dashboard_figures(board)["overdue"]
    figure.canvas.draw()
    names = {findfont(FontProperties(family=family)) for family in FONT_FAMILY}
    assert any("wqy" in name.lower() for name in names)


def test_charts_with_nothing_to_draw_say_so_instead_of_empty_axes() -> None:
    import datetime as dt

    from core.charts import dashboard_figures
    from core.dashboard import Dashboard

    figures = dashboard_figures(Dashboard(today=dt.date(2026, 6, 30), base_currency="USD"))
    for key, figure in figures.items():
        (axes,) = figure.axes
        assert not axes.axison, key
        assert axes.texts and axes.texts[0].get_text(), key
