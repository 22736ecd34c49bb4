"""The Analytics charts: labelled, one series per segment, counts that add up (issue 6)."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace
from typing import Any

import pytest

from core.analytics.charts import (
    RISK_BINS,
    rating_distribution_figure,
    risk_histogram_figure,
    segment_map_figure,
    sentiment_over_time_figure,
)
from core.charts import DARK, LIGHT
from core.messages import msg, set_language


def _segment_result(people_per_segment: tuple[int, ...]) -> Any:
    # Stand-ins with the contract's fields (core.analytics.segments.SegmentResult).
    segments, people = [], []
    for index, size in enumerate(people_per_segment):
        name = msg("achart.positive") if index == 0 else msg("achart.negative")
        segments.append(SimpleNamespace(index=index, name=name, size=size))
        for n in range(size):
            people.append(
                SimpleNamespace(
                    employee_id=f"E{index}{n}", name="王芳", segment=index, x=n, y=index
                )
            )
    return SimpleNamespace(segments=segments, people=people)


def _course(distribution: tuple[int, int, int, int, int]) -> Any:
    count = sum(distribution)
    mean = sum((i + 1) * c for i, c in enumerate(distribution)) / count if count else None
    return SimpleNamespace(
        code="C-1", rating_count=count, rating_mean=mean, bayesian=3.9, distribution=distribution
    )


def _any(value: Any) -> Any:
    return value


def _render(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def test_segment_map_has_one_labelled_series_per_segment() -> None:
    figure: Any = segment_map_figure(_segment_result((5, 3)))
    axes = figure.axes[0]
    assert axes.get_title(loc="left") and axes.get_xlabel() and axes.get_ylabel()
    offsets = [len(collection.get_offsets()) for collection in axes.collections]
    assert offsets == [5, 3]
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["Positive (5)", "Negative (3)"]
    assert _render(figure).startswith(b"\x89PNG")


def test_rating_distribution_bars_match_counts_and_title_says_the_averages() -> None:
    figure: Any = rating_distribution_figure(_course((1, 0, 2, 4, 3)), DARK)
    axes = figure.axes[0]
    assert [round(bar.get_height()) for bar in axes.patches] == [1, 0, 2, 4, 3]
    title = axes.get_title(loc="left")
    assert "C-1" in title and "3.80" in title and "3.90" in title and "C-1 (10)" in title


def test_sentiment_over_time_stacks_the_three_labels_per_month() -> None:
    months = [(dt.date(2026, 2, 1), 1, 2, 3), (dt.date(2026, 1, 1), 4, 0, 1)]
    figure: Any = sentiment_over_time_figure(months, LIGHT, code="C-1")
    axes = figure.axes[0]
    heights = [round(bar.get_height()) for bar in axes.patches]
    assert heights == [4, 1, 0, 2, 1, 3]  # positive, neutral, negative; oldest month first
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        "Positive",
        "Neutral",
        "Negative",
    ]
    assert _render(sentiment_over_time_figure([], LIGHT)).startswith(b"\x89PNG")


def test_risk_histogram_counts_rows_not_yet_due_and_names_the_overdue() -> None:
    rows = [SimpleNamespace(probability=p, overdue_days=0) for p in (0.0, 0.05, 0.31, 0.99, 1.0)]
    rows.append(SimpleNamespace(probability=1.0, overdue_days=12))
    figure: Any = risk_histogram_figure(_any(SimpleNamespace(rows=rows)))
    heights = [round(bar.get_height()) for bar in figure.axes[0].patches]
    assert len(heights) == RISK_BINS and sum(heights) == 5
    assert heights[0] == 2 and heights[3] == 1 and heights[-1] == 2
    assert "1 more are already overdue" in figure.axes[0].get_title(loc="left")


@pytest.fixture
def chinese() -> Any:
    set_language("zh_CN")
    yield
    set_language("en")


def test_charts_speak_chinese(chinese: Any) -> None:
    figure = rating_distribution_figure(_course((0, 0, 0, 0, 1)))
    assert "评分" in figure.axes[0].get_ylabel()
    assert _render(figure).startswith(b"\x89PNG")
