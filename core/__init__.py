"""The work: catalog, people, progress, recommendations, analytics, reports. No Qt here."""

__version__ = "0.1.0"
