"""The Analytics charts as matplotlib ``Figure`` objects — never pyplot's global figures.

The segment map, a course's rating distribution, comment sentiment per month and the
risk histogram. Like :mod:`core.charts` (whose palette, fonts and axes style they share),
they are built on the background worker and wrapped in a canvas by the GUI; a report can
save the same figures. Segment colours are the full Okabe–Ito set, so eight segments stay
apart for colour-blind readers too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.charts import DARK, LIGHT, Palette, _axes, _integer_axis, new_figure
from core.messages import msg

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from core.analytics.feedback import CourseFeedback
    from core.analytics.risk import RiskReport
    from core.analytics.segments import SegmentResult

MAP_SIZE = (5.4, 4.3)  # inches at 100 dpi: the GUI shows it at 540 × 430 pixels
SMALL_SIZE = (4.2, 2.7)
WIDE_SIZE = (5.4, 2.7)
# Okabe–Ito, in an order where neighbours differ in lightness; black is grey on dark.
SEGMENT_COLOURS_LIGHT = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000",
)  # fmt: skip
SEGMENT_COLOURS_DARK = (
    "#56B4E9", "#E69F00", "#35C49A", "#F0775A", "#9ED3F5", "#E29BC6", "#F0E442", "#BBBBBB",
)  # fmt: skip
RISK_BINS = 10


def segment_colours(palette: Palette) -> tuple[str, ...]:
    return SEGMENT_COLOURS_DARK if palette == DARK else SEGMENT_COLOURS_LIGHT


def _no_data(axes: Axes, palette: Palette) -> None:
    axes.text(
        0.5,
        0.5,
        msg("achart.no_data").text(),
        ha="center",
        va="center",
        color=palette.text,
        transform=axes.transAxes,
    )


def segment_map_figure(
    result: SegmentResult, palette: Palette = LIGHT, size: tuple[float, float] = MAP_SIZE
) -> Figure:
    """Everyone on the 2-D map, one colour per segment, the legend naming each segment.

    The axes are the map's own (PCA) coordinates: the GUI finds the point under the mouse
    from ``result.people`` through ``figure.axes[0].transData``.
    """
    import numpy as np

    figure = new_figure(palette, size)
    axes = _axes(
        figure,
        palette,
        msg("achart.map_title").text(),
        msg("achart.map_x").text(),
        msg("achart.map_y").text(),
    )
    axes.grid(axis="both", color=palette.grid, linewidth=0.4)
    colours = segment_colours(palette)
    xs = np.array([p.x for p in result.people], dtype=float)
    ys = np.array([p.y for p in result.people], dtype=float)
    groups = np.array([p.segment for p in result.people], dtype=int)
    # Fewer than 2,000 points get a visible dot each; a crowd gets small translucent ones.
    dot = 14.0 if len(xs) < 2000 else 4.0
    for segment in result.segments:
        mine = groups == segment.index
        label = msg(
            "achart.segment_legend", name=segment.name.text(), size=f"{segment.size:,}"
        ).text()
        axes.scatter(
            xs[mine],
            ys[mine],
            s=dot,
            color=colours[segment.index % len(colours)],
            alpha=0.75,
            linewidths=0,
            label=label,
            rasterized=True,
        )
    if not len(xs):
        _no_data(axes, palette)
    else:
        legend = figure.legend(
            loc="outside lower center", ncols=2, frameon=False, fontsize=8, markerscale=1.6
        )
        for text in legend.get_texts():
            text.set_color(palette.text)
    return figure


def _mean_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def rating_distribution_figure(
    course: CourseFeedback, palette: Palette = LIGHT, size: tuple[float, float] = SMALL_SIZE
) -> Figure:
    """Counts of 1–5 star ratings, with the mean and the Bayesian average in the title."""
    figure = new_figure(palette, size)
    title = msg("achart.ratings_title", course=course.code, count=f"{course.rating_count:,}")
    subtitle = msg(
        "achart.ratings_subtitle",
        mean=_mean_text(course.rating_mean),
        bayesian=f"{course.bayesian:.2f}",
    )
    axes = _axes(
        figure,
        palette,
        f"{title.text()}\n{subtitle.text()}",
        msg("achart.stars").text(),
        msg("achart.ratings").text(),
    )
    stars = ["1", "2", "3", "4", "5"]
    # Red for poor through green for good: the shape of the spread reads at a glance.
    colours = [palette.series[2], palette.series[2], palette.series[1], palette.series[3]]
    colours.append(palette.series[3])
    bars = axes.bar(stars, list(course.distribution), color=colours, width=0.65)
    axes.bar_label(bars, color=palette.text, fontsize=8, padding=1)
    _integer_axis(axes)
    axes.margins(y=0.18)
    return figure


def _month_ticks(months: Sequence[dt.date], most: int = 12) -> tuple[list[int], list[str]]:
    """Positions and labels of at most ``most`` months; the year on January and the first."""
    step = max(1, -(-len(months) // most))
    positions = list(range(0, len(months), step))
    labels = [
        f"{months[i]:%m}\n{months[i]:%Y}"
        if n == 0 or months[i].month <= step
        else f"{months[i]:%m}"
        for n, i in enumerate(positions)
    ]
    return positions, labels


def sentiment_over_time_figure(
    months: Sequence[tuple[dt.date, int, int, int]],
    palette: Palette = LIGHT,
    code: str | None = None,
    size: tuple[float, float] = WIDE_SIZE,
) -> Figure:
    """Stacked bars per month: positive, neutral and negative comments (oldest first)."""
    figure = new_figure(palette, size)
    title = (
        msg("achart.sentiment_title_course", course=code) if code else msg("achart.sentiment_title")
    )
    axes = _axes(
        figure,
        palette,
        title.text(),
        msg("achart.month").text(),
        msg("achart.comments").text(),
    )
    ordered = sorted(months)
    positions = list(range(len(ordered)))
    bottom = [0] * len(ordered)
    series = (
        ([row[1] for row in ordered], "achart.positive", palette.series[3]),
        ([row[2] for row in ordered], "achart.neutral", palette.grid),
        ([row[3] for row in ordered], "achart.negative", palette.series[2]),
    )
    for counts, code_, colour in series:
        axes.bar(
            positions, counts, bottom=bottom, color=colour, width=0.75, label=msg(code_).text()
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    if not ordered:
        _no_data(axes, palette)
    else:
        # About one month label per 55 pixels of width, so narrow charts stay legible.
        ticks, labels = _month_ticks(
            [row[0] for row in ordered], most=max(3, int(size[0] * 100 / 55))
        )
        axes.set_xticks(ticks, labels)
        _integer_axis(axes)
        legend = figure.legend(loc="outside lower center", frameon=False, fontsize=8, ncols=3)
        for text in legend.get_texts():
            text.set_color(palette.text)
        axes.margins(y=0.1)
    return figure


def risk_histogram_figure(
    report: RiskReport, palette: Palette = LIGHT, size: tuple[float, float] = WIDE_SIZE
) -> Figure:
    """Open assignments not yet due per tenth of probability, higher bands in warmer colours.

    Assignments already past due are missed for certain (probability 1): drawn, they would
    dwarf the bars that matter, so the subtitle counts them instead.
    """
    figure = new_figure(palette, size)
    overdue = sum(1 for row in report.rows if row.overdue_days > 0)
    title = msg("achart.risk_title").text()
    subtitle = msg("achart.risk_overdue", count=f"{overdue:,}").text()
    axes = _axes(
        figure,
        palette,
        f"{title}\n{subtitle}" if overdue else title,
        msg("achart.risk_x").text(),
        msg("achart.risk_y").text(),
    )
    counts = [0] * RISK_BINS
    for row in report.rows:
        if row.overdue_days <= 0:
            counts[min(RISK_BINS - 1, max(0, int(row.probability * RISK_BINS)))] += 1
    width = 100 / RISK_BINS
    lefts = [i * width for i in range(RISK_BINS)]
    colours = [
        palette.series[3] if left < 30 else palette.series[1] if left < 60 else palette.series[2]
        for left in lefts
    ]
    bars = axes.bar(lefts, counts, width=width * 0.9, align="edge", color=colours)
    axes.bar_label(bars, color=palette.text, fontsize=8, padding=1)
    axes.set_xticks([i * 20 for i in range(6)])
    axes.set_xlim(0, 100)
    _integer_axis(axes)
    axes.margins(y=0.18)
    if not any(counts):
        _no_data(axes, palette)
    return figure
