"""PDF pages as images, for the preview and for printing.

Rendered with pypdfium2 (PDFium, the engine of Chrome's viewer; Apache-2.0/BSD, an 8 MB
wheel) rather than QtPdf, which needs the 100+ MB pyside6-addons wheel in the bundle. QImage
is safe to build on the worker thread; widgets are not, so only images cross back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from core.tasks import TaskState

POINTS_PER_INCH = 72.0


def render_pages(
    path: Path, dpi: float, state: TaskState | None = None, limit: int | None = None
) -> list[QImage]:
    """The PDF's pages (the first ``limit`` of them) at ``dpi``, as RGB images."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        count = len(document) if limit is None else min(limit, len(document))
        for number in range(count):
            if state is not None:
                state.check()
            images.append(_page_image(document[number], dpi))
        return images
    finally:
        document.close()


def _page_image(page: object, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)  # type: ignore[attr-defined]
    array = bitmap.to_numpy()
    height, width = array.shape[:2]
    channels = array.shape[2] if array.ndim == 3 else 1
    image_format = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}[channels]
    # .copy(): the QImage must own its pixels once the numpy buffer is gone.
    return QImage(array.data, width, height, array.strides[0], image_format).copy()


def print_pdf(path: Path, printer: QPrinter, state: TaskState | None = None) -> int:
    """Paint each page onto ``printer`` at its resolution, fitted to the paper; pages printed."""
    dpi = min(float(printer.resolution()), 300.0)
    pages = render_pages(path, dpi, state)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            size = image.size().toSizeF() * scale
            painter.drawImage(QRectF(target.topLeft(), size), image)
    finally:
        painter.end()
    return len(pages)
