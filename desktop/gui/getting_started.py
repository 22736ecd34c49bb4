"""The "Start empty" checklist: the first steps of a new file, each one click away.

Shown at the top of the Dashboard while the file lacks people, courses or roles; each step
ticks itself off as the data arrives, and the panel leaves once the first three are done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from core.getting_started import SetupProgress

DONE, TODO = "✓", "○"


def _tr(text: str) -> str:
    return QCoreApplication.translate("GettingStarted", text)


class GettingStartedPanel(QFrame):
    """``actions`` maps a step key to what its button does (supplied by the window)."""

    STEPS = ("people", "courses", "roles", "assign", "plan")

    def __init__(self, actions: dict[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        texts = {
            "people": (
                _tr("Import your people"),
                _tr("Import people…"),
                _tr("The Excel or CSV list HR gives you: ID, name, department, role."),
            ),
            "courses": (
                _tr("Import your courses"),
                _tr("Import courses…"),
                _tr("Your catalog: titles, skills taught, price and hours."),
            ),
            "roles": (
                _tr("Define roles and the skills they need"),
                _tr("Define roles…"),
                _tr("Gaps, recommendations and plans all start from them."),
            ),
            "assign": (
                _tr("Assign training"),
                _tr("Go to assignments"),
                _tr("A course or a learning path, to a person, a department or a role."),
            ),
            "plan": (
                _tr("Print a training plan"),
                _tr("Go to reports"),
                _tr("Right-click a person → Training plan…, or use Reports."),
            ),
        }
        grid = QGridLayout(self)
        heading = QLabel(_tr("Getting started"))
        heading.setObjectName("emptyTitle")
        grid.addWidget(heading, 0, 0, 1, 3)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(self.STEPS, start=1):
            title, button_text, detail = texts[key]
            mark = QLabel(TODO)
            label = QLabel(f"<b>{title}</b><br>{detail}")
            label.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _c=False, k=key: actions[k]())
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.marks[key], self.buttons[key] = mark, button
        grid.setColumnStretch(1, 1)

    def show_progress(self, progress: SetupProgress) -> None:
        done = {
            "people": progress.people > 0,
            "courses": progress.courses > 0,
            "roles": progress.roles_with_skills > 0,
            "assign": progress.assignments > 0,
            "plan": False,
        }
        for key, mark in self.marks.items():
            mark.setText(DONE if done[key] else TODO)
            mark.setToolTip(_tr("Done") if done[key] else _tr("To do"))
        self.setVisible(not progress.complete)
