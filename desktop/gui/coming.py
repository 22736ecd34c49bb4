"""The sections later releases fill, each saying plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.gui.section import ComingSection


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


def dashboard() -> ComingSection:
    return ComingSection(
        "dashboard",
        "dashboard",
        _tr("Dashboard"),
        _tr("Where training stands across the company, at a glance, each figure with a chart."),
        [
            _tr("Completion rate and overdue assignments"),
            _tr("Certificates expiring in the next 30, 60 and 90 days"),
            _tr("Training hours, and spend against each department's budget"),
        ],
    )


def assignments() -> ComingSection:
    return ComingSection(
        "assignments",
        "assignments",
        _tr("Assignments & Paths"),
        _tr("Assign a course or a whole learning path to a person, a department or a role."),
        [
            _tr("Due dates, mandatory or optional, and progress for every assignment"),
            _tr('Learning path templates such as "New manager onboarding"'),
            _tr("Progress imported from LMS exports (CSV, Excel) and xAPI statements"),
        ],
    )


def skills_matrix() -> ComingSection:
    return ComingSection(
        "skills",
        "skills",
        _tr("Skills Matrix"),
        _tr("People × skills, coloured by the gap against what each person's role needs."),
        [
            _tr("Skills that only one person holds, flagged"),
            _tr("Filter by department or role; export to Excel"),
        ],
    )


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
