"""The dashboard's charts as matplotlib ``Figure`` objects — never pyplot's global figures.

The GUI wraps them in a canvas; reports save the same figures to PNG/SVG. Colours come
from a :class:`Palette` (the window's light or dark one); the series colours are the
Okabe–Ito set, which differ in lightness as well as hue, so they stay apart in print
and for colour-blind readers. Every chart has a title and labelled axes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from core.dashboard import Dashboard, MonthCount
from core.messages import Message, msg

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# DejaVu first for Latin text; matplotlib falls back per glyph to WenQuanYi for Chinese.
FONT_FAMILY = ["DejaVu Sans", "WenQuanYi Micro Hei"]
DEFAULT_SIZE = (5.0, 2.8)  # inches at 100 dpi: 500 × 280 pixels


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    grid: str
    series: tuple[str, ...]


LIGHT = Palette("#ffffff", "#1f2328", "#d0d7de", ("#0072B2", "#E69F00", "#D55E00", "#009E73"))
DARK = Palette("#1e1f22", "#e6e6e6", "#4a4d52", ("#56B4E9", "#E69F00", "#F0775A", "#35C49A"))


@cache
def _configure_fonts() -> None:
    import matplotlib

    matplotlib.rcParams["font.family"] = FONT_FAMILY
    matplotlib.rcParams["font.size"] = 9
    matplotlib.rcParams["svg.fonttype"] = "none"


def new_figure(palette: Palette, size: tuple[float, float] = DEFAULT_SIZE) -> Figure:
    """An empty figure in ``palette``'s colours with constrained layout (no overlaps)."""
    _configure_fonts()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, facecolor=palette.background, layout="constrained")
    return figure


def _axes(figure: Figure, palette: Palette, title: str, xlabel: str, ylabel: str) -> Axes:
    axes = figure.add_subplot()
    axes.set_facecolor(palette.background)
    axes.set_title(title, color=palette.text, fontsize=10, loc="left")
    axes.set_xlabel(xlabel, color=palette.text)
    axes.set_ylabel(ylabel, color=palette.text)
    axes.tick_params(colors=palette.text)
    for spine in axes.spines.values():
        spine.set_color(palette.grid)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color=palette.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    return axes


def _month_labels(months: Sequence[MonthCount]) -> list[str]:
    # Year on January and on the first bar, so twelve labels stay short and unambiguous.
    return [
        f"{m.month:%m}\n{m.month:%Y}" if i == 0 or m.month.month == 1 else f"{m.month:%m}"
        for i, m in enumerate(months)
    ]


def _month_bars(
    figure: Figure, palette: Palette, months: Sequence[MonthCount], title: str, ylabel: str
) -> Figure:
    axes = _axes(figure, palette, title, msg("chart.month").text(), ylabel)
    positions = range(len(months))
    bars = axes.bar(positions, [m.count for m in months], color=palette.series[0], width=0.7)
    axes.bar_label(bars, fmt="%.0f", color=palette.text, fontsize=8, padding=1)
    axes.set_xticks(list(positions), _month_labels(months))
    axes.margins(y=0.15)
    return figure


def _integer_axis(axes: Axes, axis: str = "y") -> None:
    from matplotlib.ticker import MaxNLocator

    target = axes.yaxis if axis == "y" else axes.xaxis
    target.set_major_locator(MaxNLocator(integer=True))


def trend_figure(board: Dashboard, palette: Palette = LIGHT) -> Figure:
    figure = new_figure(palette)
    axes = _axes(
        figure,
        palette,
        msg("chart.trend_title").text(),
        msg("chart.month").text(),
        msg("chart.completions").text(),
    )
    positions = list(range(len(board.trend)))
    counts = [m.count for m in board.trend]
    axes.plot(positions, counts, color=palette.series[0], marker="o", linewidth=2)
    axes.fill_between(positions, counts, color=palette.series[0], alpha=0.12)
    axes.set_xticks(positions, _month_labels(board.trend))
    axes.set_ylim(bottom=0)
    _integer_axis(axes)
    return figure


def cliff_figure(board: Dashboard, palette: Palette = LIGHT) -> Figure:
    figure = _month_bars(
        new_figure(palette),
        palette,
        board.cliff,
        msg("chart.cliff_title").text(),
        msg("chart.certificates").text(),
    )
    _integer_axis(figure.axes[0])
    return figure


def hours_figure(board: Dashboard, palette: Palette = LIGHT) -> Figure:
    return _month_bars(
        new_figure(palette),
        palette,
        board.hours_by_month,
        msg("chart.hours_title", year=board.today.year).text(),
        msg("chart.hours").text(),
    )


def completion_figure(board: Dashboard, palette: Palette = LIGHT) -> Figure:
    """One stacked bar: completed vs not, of the assignments the rate counts."""
    figure = new_figure(palette)
    done = board.completed
    open_ = board.counted - done
    axes = _axes(figure, palette, msg("chart.completion_title").text(), "", "")
    axes.set_xlabel(msg("chart.assignments").text(), color=palette.text)
    axes.barh([0], [done], color=palette.series[3], label=msg("chart.completed").text())
    axes.barh(
        [0], [open_], left=[done], color=palette.series[2], label=msg("chart.not_completed").text()
    )
    axes.set_yticks([])
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=palette.grid, linewidth=0.6)
    _integer_axis(axes, "x")
    legend = figure.legend(loc="outside lower center", ncols=2, frameon=False)
    for text in legend.get_texts():
        text.set_color(palette.text)
    return figure


def _legend_colours(axes: Axes, palette: Palette) -> None:
    legend = axes.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_color(palette.text)


def _department_name(name: str) -> str:
    return name or msg("chart.no_department").text()


def overdue_figure(board: Dashboard, palette: Palette = LIGHT, top: int = 8) -> Figure:
    """Overdue assignments per department, the ``top`` departments with most."""
    figure = new_figure(palette)
    ranked = sorted(board.overdue_by_department.items(), key=lambda item: (-item[1], item[0]))[:top]
    axes = _axes(
        figure,
        palette,
        msg("chart.overdue_title").text(),
        msg("chart.assignments").text(),
        msg("chart.department").text(),
    )
    names = [_department_name(name) for name, _count in reversed(ranked)]
    bars = axes.barh(names, [count for _n, count in reversed(ranked)], color=palette.series[2])
    axes.bar_label(bars, color=palette.text, fontsize=8, padding=2)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=palette.grid, linewidth=0.6)
    _integer_axis(axes, "x")
    axes.margins(x=0.12)
    return figure


def expiring_figure(board: Dashboard, palette: Palette = LIGHT) -> Figure:
    figure = new_figure(palette)
    axes = _axes(
        figure,
        palette,
        msg("chart.expiring_title").text(),
        msg("chart.days_ahead").text(),
        msg("chart.certificates").text(),
    )
    windows = (30, 60, 90)
    labels = [msg("chart.within_days", days=days).text() for days in windows]
    counts = [board.expiring.get(days, 0) for days in windows]
    bars = axes.bar(labels, counts, color=palette.series[1], width=0.6)
    axes.bar_label(bars, color=palette.text, fontsize=8, padding=1)
    _integer_axis(axes)
    axes.margins(y=0.15)
    return figure


def spend_figure(board: Dashboard, palette: Palette = LIGHT, top: int = 8) -> Figure:
    """Spent and budget side by side per department (most spent first)."""
    figure = new_figure(palette)
    currency = board.base_currency
    lines = sorted(board.spend, key=lambda line: -line.spent)[:top][::-1]
    axes = _axes(
        figure,
        palette,
        msg("chart.spend_title", currency=currency).text(),
        msg("chart.amount", currency=currency).text(),
        msg("chart.department").text(),
    )
    positions = list(range(len(lines)))
    axes.barh(
        [p + 0.2 for p in positions],
        [line.spent for line in lines],
        height=0.4,
        color=palette.series[0],
        label=msg("chart.spent").text(),
    )
    axes.barh(
        [p - 0.2 for p in positions],
        [line.budget or 0.0 for line in lines],
        height=0.4,
        color=palette.grid,
        edgecolor=palette.text,
        linewidth=0.5,
        label=msg("chart.budget").text(),
    )
    axes.set_yticks(positions, [_department_name(line.department) for line in lines])
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=palette.grid, linewidth=0.6)
    axes.legend(loc="lower right", frameon=False, fontsize=8)
    _legend_colours(axes, palette)
    return figure


DASHBOARD_CHARTS = {
    "completion": completion_figure,
    "overdue": overdue_figure,
    "expiring": expiring_figure,
    "hours": hours_figure,
    "spend": spend_figure,
    "trend": trend_figure,
    "cliff": cliff_figure,
}


def empty_figure(palette: Palette, title: str, note: str) -> Figure:
    """A chart with nothing to draw says so in words, not with axes around nothing."""
    figure = new_figure(palette)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, color=palette.text, fontsize=10, loc="left")
    axes.text(0.5, 0.5, note, ha="center", va="center", color=palette.text, wrap=True)
    return figure


def _titled(code: str) -> Callable[[Dashboard], Message]:
    return lambda board: msg(code, year=board.today.year, currency=board.base_currency)


# Chart key → (is there anything to draw?, its title, the note when there is not).
_NOTHING_TO_DRAW: dict[
    str, tuple[Callable[[Dashboard], bool], Callable[[Dashboard], Message], str]
] = {
    "completion": (
        lambda b: b.counted > 0,
        _titled("chart.completion_title"),
        "chart.empty.completion",
    ),
    "overdue": (lambda b: b.overdue > 0, _titled("chart.overdue_title"), "chart.empty.overdue"),
    "expiring": (
        lambda b: sum(b.expiring.values()) > 0,
        _titled("chart.expiring_title"),
        "chart.empty.expiring",
    ),
    "hours": (lambda b: b.hours_this_year > 0, _titled("chart.hours_title"), "chart.empty.hours"),
    "spend": (
        lambda b: any(line.spent for line in b.spend),
        _titled("chart.spend_title"),
        "chart.empty.spend",
    ),
    "trend": (
        lambda b: any(m.count for m in b.trend),
        _titled("chart.trend_title"),
        "chart.empty.trend",
    ),
    "cliff": (lambda b: b.lapsing > 0, _titled("chart.cliff_title"), "chart.empty.cliff"),
}


def dashboard_figures(board: Dashboard, palette: Palette = LIGHT) -> dict[str, Figure]:
    """Every dashboard chart by key, built once (e.g. on the background worker)."""
    figures = {}
    for key, build in DASHBOARD_CHARTS.items():
        has_data, title, note = _NOTHING_TO_DRAW[key]
        if has_data(board):
            figures[key] = build(board, palette)
        else:
            figures[key] = empty_figure(palette, title(board).text(), msg(note).text())
    return figures
