"""The first-start question: explore the demo company, start empty, or open a file."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from desktop.gui.detail_panel import plain_label
from desktop.gui.dialogs import FirstRunChoice
from desktop.gui.icons import accent_icon, icon


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Training Desk"))
        self.choice: FirstRunChoice | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(8)
        picture = QLabel()
        picture.setPixmap(accent_icon("catalog").pixmap(QSize(40, 40)))
        layout.addWidget(picture)
        layout.addWidget(
            plain_label(self.tr("Welcome to Training Desk"), object_name="dialogTitle")
        )
        layout.addWidget(
            plain_label(
                self.tr(
                    "Courses, people and progress in one file on this computer. "
                    "How would you like to begin?"
                ),
                selectable=False,
            )
        )
        layout.addSpacing(10)
        self.demo_button = self._option(
            "demo",
            self.tr("Explore with demo data"),
            self.tr(
                "A made-up company with 120 people and 80 courses, to try everything "
                "before adding your own."
            ),
            FirstRunChoice.DEMO,
        )
        self.empty_button = self._option(
            "new",
            self.tr("Start empty"),
            self.tr("Begin with an empty file and add or import your own courses and people."),
            FirstRunChoice.EMPTY,
        )
        self.open_button = self._option(
            "open",
            self.tr("Open an existing file…"),
            self.tr("Choose a Training Desk file you already have."),
            FirstRunChoice.OPEN,
        )
        for button in (self.demo_button, self.empty_button, self.open_button):
            layout.addWidget(button)
        self.demo_button.setDefault(True)
        self.setMinimumWidth(520)

    def _option(
        self, icon_name: str, title: str, text: str, choice: FirstRunChoice
    ) -> QCommandLinkButton:
        button = QCommandLinkButton(title, text)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(24, 24))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()
