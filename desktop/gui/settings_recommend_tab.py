"""Settings → Recommendations: the blend weights, each with a slider and what it means.

The four weights are relative: the program scales them to shares that sum to 100 %, shown
beside each slider, so the admin can think "twice as much as" without doing arithmetic.
"Reset to defaults" stores no adjustment at all, so the program's defaults
(``core.recommend.weights.BlendWeights``) apply, including any later improvement to them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.settings import BLEND_WEIGHT_NAMES, DIVERSITY_NAME
from desktop.gui.detail_panel import plain_label

STEPS = 100  # a slider runs 0..100; a weight is its value / 100
_SAME = 1e-6


def _defaults() -> dict[str, float]:
    from core.recommend.weights import BlendWeights

    return BlendWeights().adjustable()


class RecommendationWeightsTab(QWidget):
    """Sliders for the blend weights and the diversity share; ``changed`` on every move."""

    changed = Signal()

    def __init__(self, stored: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationWeights")
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "How recommendations are ranked. Each course gets four scores for the "
                    "person; these weights say how much each counts. Only their proportions "
                    "matter: the share each one gets is shown on the right."
                ),
                selectable=False,
            )
        )
        grid = QGridLayout()
        explained = self._explanations()
        for row, name in enumerate((*BLEND_WEIGHT_NAMES, DIVERSITY_NAME)):
            title, text = explained[name]
            self._add_row(grid, row * 2, name, title, text)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_weights(stored)

    def _explanations(self) -> dict[str, tuple[str, str]]:
        tr = self.tr
        return {
            "content": (
                tr("Like what they took"),
                tr(
                    "Courses similar in content to the ones they completed, counting the ones "
                    "they rated or scored well more, and recent ones more than old ones."
                ),
            ),
            "skill_gap": (
                tr("Closes skill gaps"),
                tr("Courses that teach the skills their role needs and they do not have yet."),
            ),
            "colleagues": (
                tr("Colleagues took it"),
                tr(
                    "What people with similar histories completed and rated well "
                    "(for someone new: what their department takes)."
                ),
            ),
            "quality": (
                tr("Course quality"),
                tr("Well-rated courses (many ratings count more than a few) that people finish."),
            ),
            DIVERSITY_NAME: (
                tr("Relevance over variety"),
                tr(
                    "100 ranks strictly by score; lower values mix in courses on other topics "
                    "so the list is not ten variants of one course."
                ),
            ),
        }

    def _add_row(self, grid: QGridLayout, row: int, name: str, title: str, text: str) -> None:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(f"weight_{name}")
        slider.setRange(0, STEPS)
        spin = QSpinBox()
        spin.setRange(0, STEPS)
        slider.valueChanged.connect(spin.setValue)
        spin.valueChanged.connect(slider.setValue)
        spin.valueChanged.connect(self._moved)
        share = QLabel()
        share.setMinimumWidth(60)
        share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(QLabel(title), row, 0)
        grid.addWidget(slider, row, 1)
        grid.addWidget(spin, row, 2)
        grid.addWidget(share, row, 3)
        explanation = plain_label(text, object_name="mutedText", selectable=False)
        grid.addWidget(explanation, row + 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self.sliders[name], self.spins[name], self.shares[name] = slider, spin, share

    # -- values ------------------------------------------------------------------------------
    def set_weights(self, stored: dict[str, float]) -> None:
        """Show ``stored`` (Settings' adjustments; missing names at their defaults)."""
        values = {**_defaults(), **stored}
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(round(float(values[name]) * STEPS))
            self.sliders[name].setValue(spin.value())
            spin.blockSignals(False)
        self._moved()

    def raw(self) -> dict[str, float]:
        return {name: spin.value() / STEPS for name, spin in self.spins.items()}

    def weights(self) -> dict[str, float]:
        """What Settings store: {} when the sliders show the defaults, else every value."""
        raw = self.raw()
        defaults = _defaults()
        total = sum(raw[name] for name in BLEND_WEIGHT_NAMES)
        if total > 0:
            shares = {name: raw[name] / total for name in BLEND_WEIGHT_NAMES}
            same = all(abs(shares[n] - defaults[n]) < 0.005 for n in BLEND_WEIGHT_NAMES)
            if same and abs(raw[DIVERSITY_NAME] - defaults[DIVERSITY_NAME]) < _SAME:
                return {}
        return raw

    def reset(self) -> None:
        self.set_weights({})

    def _moved(self, *_args: object) -> None:
        raw = self.raw()
        total = sum(raw[name] for name in BLEND_WEIGHT_NAMES)
        for name in BLEND_WEIGHT_NAMES:
            share = raw[name] / total if total > 0 else 0.0
            self.shares[name].setText(f"{share:.0%}")
        self.shares[DIVERSITY_NAME].setText(f"{raw[DIVERSITY_NAME]:.2f}")
        self.changed.emit()
