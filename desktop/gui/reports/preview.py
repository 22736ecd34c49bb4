"""The pages of a report, one under the other, as they will print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGIN = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPreview", text)


class PdfPreview(QScrollArea):
    """Scrollable pages; :meth:`set_pages` shows new ones, :meth:`set_message` a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages: list[QImage] = []
        self.zoom = 1.0
        self._holder = QWidget()
        self._holder.setObjectName("previewPages")
        self._layout = QVBoxLayout(self._holder)
        self._layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self._layout.setSpacing(PAGE_MARGIN)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._holder)
        self.set_message(_tr("Choose a report and press Preview."))

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the page at once, freed later
                widget.deleteLater()

    def set_message(self, text: str) -> None:
        self.pages = []
        self._clear()
        note = QLabel(text)
        note.setObjectName("previewMessage")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(note)

    def set_pages(self, pages: list[QImage]) -> None:
        self.pages = pages
        self._draw()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(3.0, zoom))
        if self.pages:
            self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pages and abs(event.oldSize().width() - event.size().width()) > 20:
            self._rescale()

    def page_labels(self) -> list[QLabel]:
        return [w for w in self._holder.findChildren(QLabel) if w.objectName() == "previewPage"]

    def _draw(self) -> None:
        self._clear()
        for number in range(1, len(self.pages) + 1):
            page = QLabel()
            page.setObjectName("previewPage")
            page.setFrameShape(QFrame.Shape.Box)
            page.setToolTip(_tr("Page {0} of {1}").format(number, len(self.pages)))
            self._layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            page.show()  # at once: a layout shows new children only on the next event loop
        self._rescale()

    def _rescale(self) -> None:
        # Pages are rendered at 2x for sharpness on high-DPI screens and shown at half size;
        # landscape pages (compliance) fit the width instead of scrolling sideways.
        room = self.viewport().width() - 2 * PAGE_MARGIN - 12
        for label, image in zip(self.page_labels(), self.pages, strict=False):
            width = max(200, min(int(image.width() / 2 * self.zoom), room))
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation
                )
            )
