"""The Dashboard section: each figure a big clickable number with its chart.

The figures and the matplotlib figures are both built on the background worker; the GUI
thread only wraps each finished figure in a canvas, one every CHART_GAP_MS, so drawing
seven charts never blocks the window for long. The lists behind the figures are read
only when a figure is clicked. Clicking a number opens the list behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.getting_started import setup_progress
from core.tasks import TaskState
from db.session import Database
from desktop.gui.chart_widget import ChartWidget, window_palette
from desktop.gui.dashboard_lists import FigureListDialog, list_columns
from desktop.gui.dbop import BackgroundOp, DbRead
from desktop.gui.getting_started import GettingStartedPanel
from desktop.gui.section import Section

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from core.charts import Palette
    from core.dashboard import Dashboard

CHART_GAP_MS = 40
CARD_KEYS = ("completion", "overdue", "expiring", "hours", "spend", "trend", "cliff")
WATCHED_TABLES = (
    "assignments",
    "completions",
    "employees",
    "courses",
    "departments",
    "settings",
)


def read_dashboard(
    db: Database, today: dt.date, palette: Palette, state: TaskState
) -> tuple[Dashboard, dict[str, Figure]]:
    """On the worker: the figures, then their charts (matplotlib imported here, not at start)."""
    from core.charts import dashboard_figures
    from core.dashboard import build_dashboard

    with db.reading() as session:
        board = build_dashboard(session, today, state)
    state.check()
    state.set_progress(0.8)
    figures = dashboard_figures(board, palette)
    warm_up(figures)
    return board, figures


def warm_up(figures: dict[str, Figure]) -> None:
    """Draw each figure once here, on the worker, and load the Qt canvas module.

    The first draw finds and loads the fonts (the CJK one is large) and runs the
    constrained layout; done on the GUI thread that stalled the window for about a
    second. The layout is then frozen, so the canvas's own draw is a plain one.
    """
    import matplotlib.backends.backend_qtagg  # noqa: F401 - imported here, not on the GUI thread
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for figure in figures.values():
        FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
        figure.set_layout_engine("none")


class FigureCard(QFrame):
    """A title, a big number that opens its list, a caption and a chart."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("figureTitle")
        layout.addWidget(heading)
        self.number = QPushButton("…")
        self.number.setObjectName("figureNumber")
        self.number.setFlat(True)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setToolTip(self.tr("Show the list behind this figure"))
        layout.addWidget(self.number)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.chart = ChartWidget()
        layout.addWidget(self.chart, 1)

    def show_figure(self, number: str, caption: str) -> None:
        self.number.setText(number)
        self.caption.setText(caption)


class DashboardSection(Section):
    key = "dashboard"
    icon_name = "dashboard"
    tables = frozenset(WATCHED_TABLES)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The GUI decides what "today" is; core only ever receives it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.board: Dashboard | None = None
        self.loaded = False
        self.list_dialog: FigureListDialog | None = None
        self._op: BackgroundOp[Any] | None = None
        self._pending: list[tuple[str, Figure]] = []
        # Owned by the section, so a pending chart dies with it (a bare singleShot would not).
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        # A gap after each chart, so its paint (one 30–80 ms draw) is done and the window
        # has reacted before the next canvas arrives: never two draws in one stall.
        self._chart_timer.setInterval(CHART_GAP_MS)
        self._chart_timer.timeout.connect(self._place_next_chart)
        self._build()

    def title(self) -> str:
        return self.tr("Dashboard")

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.notice = QLabel("")
        self.notice.setObjectName("dashboardNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.getting_started = GettingStartedPanel(self._setup_actions())
        self.getting_started.hide()
        outer.addWidget(self.getting_started)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        grid = QGridLayout(content)
        titles = {
            "completion": self.tr("Completion rate"),
            "overdue": self.tr("Overdue assignments"),
            "expiring": self.tr("Certificates expiring"),
            "hours": self.tr("Training hours this year"),
            "spend": self.tr("Spend this year"),
            "trend": self.tr("Completions, last 12 months"),
            "cliff": self.tr("Compliance cliff: next 12 months"),
        }
        self.cards: dict[str, FigureCard] = {}
        for number, key in enumerate(CARD_KEYS):
            card = FigureCard(key, titles[key])
            card.number.clicked.connect(lambda _c=False, k=key: self.open_list(k))
            grid.addWidget(card, number // 2, number % 2)
            self.cards[key] = card
        grid.setRowStretch(len(CARD_KEYS) // 2 + 1, 1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

    # -- loading -----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.board = None
        self.loaded = False
        self.mark_stale()

    def reload(self) -> None:
        if self.db is None:
            return
        if self._op is not None and not self._op.done:
            self._op.cancel()  # starting the same work again cancels the old one
        self._stale = False
        self.loaded = False
        db, today, palette = self.db, self.today(), window_palette(self)
        op: BackgroundOp[Any] = BackgroundOp(
            self,
            lambda state: read_dashboard(db, today, palette, state),
            label=self.tr("Reading the dashboard"),
            cancellable=True,
        )
        op.progress(self._progressed).success(self._show).failure(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self._op = op.run()
        DbRead(self, self.db, setup_progress).success(self.getting_started.show_progress).run()

    def _setup_actions(self) -> dict[str, Callable[[], object]]:
        """What the getting-started buttons do: the window's own import and navigation."""

        def window() -> Any:
            return self.window()

        return {
            "people": lambda: window().file_actions.import_file("learners"),
            "courses": lambda: window().file_actions.import_file("courses"),
            "roles": lambda: window().section("people").manage_roles(),
            "assign": lambda: window().show_section("assignments"),
            "plan": lambda: window().show_section("reports"),
        }

    def _progressed(self, fraction: float, _text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if self._op is not None and not self._op.state.cancelled:
            self._op._report(error)

    def _show(self, result: tuple[Dashboard, dict[str, Figure]]) -> None:
        board, figures = result
        self.board = board
        self._fill_numbers(board)
        notices = [notice.text() for notice in board.notices]
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self._pending = list(figures.items())
        self._place_next_chart()

    def _place_next_chart(self) -> None:
        """One canvas at a time: each draw is 30–80 ms, seven at once would stall."""
        if not self._pending:
            self.progress.hide()
            self.loaded = True
            return
        key, figure = self._pending.pop(0)
        self.cards[key].chart.set_figure(figure)
        self._chart_timer.start()

    def _fill_numbers(self, board: Dashboard) -> None:
        rate = board.completion_rate
        cards = self.cards
        cards["completion"].show_figure(
            "—" if rate is None else f"{rate:.0%}",
            self.tr("{0} of {1} assignments due or completed").format(
                f"{board.completed:,}", f"{board.counted:,}"
            ),
        )
        cards["overdue"].show_figure(
            f"{board.overdue:,}", self.tr("past their due date, not completed")
        )
        within = [board.expiring.get(days, 0) for days in (30, 60, 90)]
        cards["expiring"].show_figure(
            " / ".join(f"{n:,}" for n in within), self.tr("within 30 / 60 / 90 days")
        )
        cards["hours"].show_figure(
            f"{board.hours_this_year:,.0f}",
            self.tr("hours on {0} courses completed since 1 January").format(
                f"{board.completed_this_year:,}"
            ),
        )
        budget = sum(line.budget or 0.0 for line in board.spend)
        cards["spend"].show_figure(
            f"{board.total_spend:,.0f} {board.base_currency}",
            self.tr("of {0} {1} budgeted").format(f"{budget:,.0f}", board.base_currency),
        )
        cards["trend"].show_figure(
            f"{sum(int(m.count) for m in board.trend):,}", self.tr("completions in 12 months")
        )
        cards["cliff"].show_figure(
            f"{board.lapsing:,}", self.tr("certificates lapse in the next 12 months")
        )

    # -- the lists behind --------------------------------------------------------------------
    def open_list(self, key: str) -> None:
        """Read the rows behind ``key`` on the worker, then show them in a dialog."""
        if self.board is None or self.db is None:
            return
        from core.dashboard_lists import figure_rows

        today, currency = self.board.today, self.board.base_currency
        DbRead(
            self,
            self.db,
            lambda session: figure_rows(session, key, today),
            label=self.tr("Reading the list"),
        ).success(lambda rows: self._show_list(key, rows, currency)).run()

    def _show_list(self, key: str, rows: Sequence[Any], currency: str) -> None:
        title, columns = list_columns(key, currency)
        if self.list_dialog is not None:
            self.list_dialog.close()
        self.list_dialog = FigureListDialog(title, columns, rows, self)
        self.list_dialog.show()
