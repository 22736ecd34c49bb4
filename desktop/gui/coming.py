"""The sections later releases fill, each saying plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.gui.section import ComingSection


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


def analytics() -> ComingSection:
    return ComingSection(
        "analytics",
        "analytics",
        _tr("Analytics"),
        _tr("What is working and what is not, explained in plain words."),
        [
            _tr("Learner segments drawn as a map, each with a suggested action"),
            _tr("Feedback: ratings, sentiment of comments in English and Chinese, themes"),
            _tr("Weak courses with the evidence, and learners at risk of missing a due date"),
        ],
    )


def reports() -> ComingSection:
    return ComingSection(
        "reports",
        "reports",
        _tr("Reports"),
        _tr("Printable plans and reports to hand to managers, and Excel exports."),
        [
            _tr("A training plan PDF per person, or a batch for a department"),
            _tr("Department, course quality and compliance reports"),
            _tr("Print through the system print dialog"),
        ],
    )
