"""The Analytics section of the window: segments, feedback, weak courses, at-risk learners."""

from desktop.gui.analytics.section import AnalyticsSection

__all__ = ["AnalyticsSection"]
