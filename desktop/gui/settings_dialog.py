"""File → Settings…: every field of :class:`core.settings.AppSettings`, validated as you type.

The dialog only edits values; the window saves them through ``DbOp`` so the change is
audited like any other.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRegularExpression, Qt
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.settings import PAGE_SIZES, AppSettings
from desktop.gui.detail_panel import plain_label
from desktop.gui.dialogs import IMAGE_FILTER
from desktop.gui.settings_recommend_tab import RecommendationWeightsTab

if TYPE_CHECKING:
    from desktop.gui.dialogs import Dialogs

LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))
LOGO_MAX = (600, 240)
KEEP_ASPECT = Qt.AspectRatioMode.KeepAspectRatio
SMOOTH = Qt.TransformationMode.SmoothTransformation


def logo_png_base64(image: QImage) -> str:
    """The image scaled to fit LOGO_MAX, as base64 PNG (how settings store the logo)."""
    if image.width() > LOGO_MAX[0] or image.height() > LOGO_MAX[1]:
        image = image.scaled(*LOGO_MAX, KEEP_ASPECT, SMOOTH)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii")


def logo_pixmap(encoded: str) -> QPixmap:
    pixmap = QPixmap()
    if encoded:
        pixmap.loadFromData(base64.b64decode(encoded), "PNG")
    return pixmap


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, dialogs: Dialogs | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.dialogs = dialogs
        self.logo = settings.company_logo_png
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        tabs.addTab(self._general_tab(settings), self.tr("Company"))
        tabs.addTab(self._money_tab(settings), self.tr("Money"))
        tabs.addTab(self._backup_tab(settings), self.tr("Backups"))
        self.recommend_tab = RecommendationWeightsTab(settings.recommend_weights)
        self.recommend_tab.changed.connect(self.validate)
        tabs.addTab(self.recommend_tab, self.tr("Recommendations"))
        layout.addWidget(tabs, 1)
        self.problems_label = plain_label("", object_name="problemText", selectable=False)
        layout.addWidget(self.problems_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 640)  # the Recommendations tab explains each weight in full
        self.validate()

    # -- tabs --------------------------------------------------------------------------------
    def _general_tab(self, settings: AppSettings) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.company = QLineEdit(settings.company_name)
        self.company.textChanged.connect(self.validate)
        form.addRow(self.tr("Company name:"), self.company)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumSize(200, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        row = QHBoxLayout()
        row.addWidget(self.logo_preview, 1)
        row.addWidget(choose)
        row.addWidget(self.remove_logo)
        form.addRow(self.tr("Logo (printed on reports):"), row)
        self.set_logo(self.logo)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(
            "",
            plain_label(self.tr("A new language shows after a restart."), object_name="mutedText"),
        )
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentIndex(max(0, self.page_size.findText(settings.page_size)))
        form.addRow(self.tr("Paper size for reports:"), self.page_size)
        return page

    def _money_tab(self, settings: AppSettings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.base_currency = QLineEdit(settings.base_currency)
        self.base_currency.setMaxLength(3)
        self.base_currency.setMaximumWidth(80)
        self.base_currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.base_currency.textEdited.connect(lambda text: self.base_currency.setText(text.upper()))
        self.base_currency.textChanged.connect(self.validate)
        form.addRow(self.tr("Base currency:"), self.base_currency)
        layout.addLayout(form)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Exchange rates: how much one unit of each currency is worth in the base "
                    "currency. Totals, budgets and plans are shown in the base currency."
                ),
                selectable=False,
            )
        )
        self.rates = QTableWidget(0, 2)
        self.rates.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Rate")])
        self.rates.verticalHeader().setVisible(False)
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for code, rate in sorted(settings.exchange_rates.items()):
            self.add_rate(code, f"{rate:g}")
        self.rates.itemChanged.connect(self.validate)
        layout.addWidget(self.rates, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add rate"))
        add.clicked.connect(lambda: self.add_rate("", ""))
        remove = QPushButton(self.tr("Remove rate"))
        remove.clicked.connect(self.remove_rate)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _backup_tab(self, settings: AppSettings) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.on_open = QCheckBox(self.tr("Back up the file once a day when opening it"))
        self.on_open.setChecked(settings.backup_on_open)
        form.addRow(self.on_open)
        form.addRow(plain_label(self.tr("How many backups to keep:"), selectable=False))
        self.keep_daily = self._spin(settings.backup_keep_daily, self.tr(" days"))
        self.keep_weekly = self._spin(settings.backup_keep_weekly, self.tr(" weeks"))
        self.keep_monthly = self._spin(settings.backup_keep_monthly, self.tr(" months"))
        form.addRow(self.tr("One a day for the last"), self.keep_daily)
        form.addRow(self.tr("One a week for the last"), self.keep_weekly)
        form.addRow(self.tr("One a month for the last"), self.keep_monthly)
        return page

    def _spin(self, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 366)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.valueChanged.connect(self.validate)
        return spin

    # -- logo and rates ----------------------------------------------------------------------
    def choose_logo(self) -> None:
        if self.dialogs is None:
            return
        path = self.dialogs.get_open_file(self.tr("Choose a logo"), IMAGE_FILTER)
        if path is None:
            return
        image = QImage(str(path))
        if image.isNull():
            self.dialogs.show_error(
                self.tr("Choose a logo"),
                self.tr("{0} is not an image that can be read. Choose a PNG or JPEG file.").format(
                    path
                ),
            )
            return
        self.set_logo(logo_png_base64(image))

    def set_logo(self, encoded: str) -> None:
        self.logo = encoded
        pixmap = logo_pixmap(encoded)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(200, 64, KEEP_ASPECT, SMOOTH))
        self.remove_logo.setEnabled(bool(encoded))

    def add_rate(self, code: str, rate: str) -> None:
        position = self.rates.rowCount()
        self.rates.insertRow(position)
        self.rates.setItem(position, 0, QTableWidgetItem(code))
        item = QTableWidgetItem(rate)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rates.setItem(position, 1, item)
        self.validate()

    def remove_rate(self) -> None:
        for index in sorted({i.row() for i in self.rates.selectedIndexes()}, reverse=True):
            self.rates.removeRow(index)
        self.validate()

    # -- values ------------------------------------------------------------------------------
    def _rates(self) -> tuple[dict[str, float], list[str]]:
        rates: dict[str, float] = {}
        problems = []
        for position in range(self.rates.rowCount()):
            code_item, rate_item = self.rates.item(position, 0), self.rates.item(position, 1)
            code = (code_item.text() if code_item else "").strip().upper()
            text = (rate_item.text() if rate_item else "").strip().replace(",", ".")
            if not code and not text:
                continue
            try:
                rates[code] = float(text)
            except ValueError:
                problems.append(
                    self.tr("exchange rate row {0}: write a number such as 1.08").format(
                        position + 1
                    )
                )
        return rates, problems

    def values(self) -> AppSettings:
        return replace(
            self.original,
            company_name=self.company.text().strip(),
            company_logo_png=self.logo,
            language=str(self.language.currentData()),
            page_size=self.page_size.currentText(),
            base_currency=self.base_currency.text().strip().upper(),
            exchange_rates=self._rates()[0],
            backup_keep_daily=self.keep_daily.value(),
            backup_keep_weekly=self.keep_weekly.value(),
            backup_keep_monthly=self.keep_monthly.value(),
            backup_on_open=self.on_open.isChecked(),
            recommend_weights=self.recommend_tab.weights(),
        )

    def problems(self) -> list[str]:
        return self._rates()[1] + self.values().problems()

    def validate(self) -> None:
        if not hasattr(self, "buttons"):
            return  # still building
        problems = self.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def accept(self) -> None:
        if not self.problems():
            super().accept()
