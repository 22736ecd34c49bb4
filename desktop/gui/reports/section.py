"""Reports: choose the report and its subject, preview the pages, then save, print or open.

The PDF is written by the same core function the CLI uses (``core.report_requests``), into
a private temporary folder, on the worker with progress and Cancel; its pages are rendered
to images there too. Save copies that very file, so what was previewed is what is saved.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from core.errors import AppError
from core.report_requests import ReportRequest, ReportSubjects, report_subjects, write_report
from core.tasks import TaskState
from db.session import Database
from desktop.gui.dbop import BackgroundOp, DbRead, services_for
from desktop.gui.reports.form import ReportForm
from desktop.gui.reports.preview import PdfPreview
from desktop.gui.section import Section

PREVIEW_DPI = 144  # twice the page's 72 points per inch: sharp at the preview's half size
PREVIEW_PAGES = 40  # a 300-page compliance report previews its start; Save has it all
PDF_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "PDF (*.pdf)"))
PLAN_BATCH_FILTER = str(
    QT_TRANSLATE_NOOP(
        "Dialogs", "PDF, all plans in one file (*.pdf);;ZIP, one PDF per person (*.zip)"
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsSection", text)


@dataclass(frozen=True)
class Previewed:
    request: ReportRequest
    path: Path
    pages: int
    images: list[QImage]


def build_preview(db: Database, request: ReportRequest, path: Path, state: TaskState) -> Previewed:
    """On the worker: write the PDF, then render its first pages."""
    from desktop.gui.reports.pdf_pages import render_pages

    with db.reading() as session:
        result = write_report(session, request, path, state)
    state.set_progress(0.9, _tr("Drawing the pages…"))
    images = render_pages(result.path, PREVIEW_DPI, state, limit=PREVIEW_PAGES)
    return Previewed(request, result.path, result.pages, images)


class ReportsSection(Section):
    key = "reports"
    icon_name = "reports"
    tables = frozenset({"employees", "departments", "roles"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsSection")
        self._folder = tempfile.TemporaryDirectory(prefix="training-desk-reports-")
        self._numbers = itertools.count(1)
        self.previewed: Previewed | None = None
        self._pending_person: str | None = None
        self.job: BackgroundOp[Any] | None = None
        self.form = ReportForm()
        self.form.changed.connect(self._request_changed)
        self.preview = PdfPreview()
        self.preview_button = QPushButton(_tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.setShortcut("Ctrl+Return")
        self.preview_button.setToolTip(_tr("Write the report and show its pages (Ctrl+Enter)"))
        self.save_button = QPushButton(_tr("Save as PDF…"))
        self.print_button = QPushButton(_tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.open_button = QPushButton(_tr("Open in viewer"))
        self.open_button.setToolTip(_tr("Open the PDF in the system's PDF viewer"))
        self.preview_button.clicked.connect(lambda: self.make_preview())
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_report())
        self.open_button.clicked.connect(lambda: self.open_in_viewer())
        self._build_layout()
        self._request_changed()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 8, 8, 12)
        left_layout.addWidget(self.form, 1)
        left_layout.addWidget(self.preview_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 12, 12)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.open_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def title(self) -> str:
        return _tr("Reports")

    # -- data --------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.previewed = None
        self.preview.set_message(_tr("Choose a report and press Preview."))
        self._request_changed()

    def reload(self) -> None:
        super().reload()
        if self.db is not None:
            DbRead(self, self.db, report_subjects).success(self._subjects_loaded).run()

    def _subjects_loaded(self, subjects: ReportSubjects) -> None:
        self.form.set_subjects(subjects)
        if self._pending_person is not None:
            self.preview_plan_for(self._pending_person)

    def _request_changed(self) -> None:
        ready = self.db is not None and self.form.request() is not None
        self.preview_button.setEnabled(ready)
        current = self.previewed is not None and self.previewed.request == self.form.request()
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)
        if not current and self.previewed is not None:
            self.preview.set_message(_tr("The choice changed: press Preview to see it."))
            self.previewed = None

    # -- actions -----------------------------------------------------------------------------
    def preview_plan_for(self, employee_id: str) -> None:
        """Right-click → Training plan on a person: their plan, previewed.

        The people to choose from may still be loading; then it happens once they are in.
        """
        if self.form.person.findData(employee_id) < 0:
            self._pending_person = employee_id
            return
        self._pending_person = None
        self.form.choose("plan", employee_id)
        self.make_preview()

    def make_preview(self, then: Any = None) -> None:
        request = self.form.request()
        if self.db is None or request is None:
            return
        if self.job is not None and not self.job.done:
            self.job.cancel()
        path = Path(self._folder.name) / f"{request.kind}-{next(self._numbers)}.pdf"
        db = self.db
        self.preview.set_message(_tr("Writing the report…"))
        job = BackgroundOp(
            self,
            lambda state: build_preview(db, request, path, state),
            label=_tr("Writing the report"),
            cancellable=True,
        )
        job.success(self._previewed)
        if then is not None:
            job.success(lambda _result: then())
        self.job = job.run()

    def _previewed(self, previewed: Previewed) -> None:
        if previewed.request != self.form.request():
            return  # the choice moved on while it was being written
        self.previewed = previewed
        self.preview.set_pages(previewed.images)
        shown = len(previewed.images)
        note = _tr("1 page") if previewed.pages == 1 else _tr("{0} pages").format(previewed.pages)
        if shown < previewed.pages:
            note = _tr("{0} pages; the preview shows the first {1}").format(previewed.pages, shown)
        self._status(note)

    def _with_preview(self, action: Any) -> None:
        """Run ``action`` on the current preview, writing it first when there is none."""
        if self.previewed is not None and self.previewed.request == self.form.request():
            action()
        else:
            self.make_preview(then=action)

    def save(self) -> None:
        request = self.form.request()
        services = services_for(self)
        if request is None or services is None or self.db is None:
            return
        batch = request.kind == "plan" and request.learner is None
        name = self._suggested_name(request)
        chosen = services.dialogs.get_save_file(
            _tr("Save report"), PLAN_BATCH_FILTER if batch else PDF_FILTER, name
        )
        if chosen is None:
            return
        if chosen.suffix.lower() == ".zip" and batch:
            db = self.db
            BackgroundOp(
                self,
                lambda state: _write_to(db, request, chosen, state),
                label=_tr("Writing one PDF per person"),
                cancellable=True,
            ).success(lambda _r: self._status(_tr("Saved {0}").format(str(chosen)))).run()
            return
        target = (
            chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
        )
        self._with_preview(lambda: self._copy_preview(target))

    def _copy_preview(self, target: Path) -> None:
        from core.files import write_beside

        if self.previewed is None:
            return
        source = self.previewed.path
        try:
            write_beside(target, lambda partial: shutil.copyfile(source, partial))
        except AppError as error:  # e.g. a folder that cannot be written: say so, keep going
            services = services_for(self)
            if services is not None:
                services.dialogs.show_error(_tr("Save report"), str(error))
            return
        self._status(_tr("Saved {0}").format(str(target)))

    def print_report(self) -> None:
        self._with_preview(self._print_previewed)

    def _print_previewed(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.gui.reports.pdf_pages import print_pdf

        services = services_for(self)
        if self.previewed is None or services is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.previewed.path.stem)
        if not services.dialogs.choose_printer(printer, self.previewed.pages):
            return
        path = self.previewed.path
        self._printer = printer  # kept alive until the worker is done with it
        # QPainter may paint on a QPrinter outside the GUI thread; the window stays usable.
        BackgroundOp(
            self, lambda state: print_pdf(path, printer, state), label=_tr("Printing")
        ).success(
            lambda count: self._status(_tr("Sent {0} pages to the printer").format(count))
        ).run()

    def open_in_viewer(self) -> None:
        services = services_for(self)
        if services is not None:
            self._with_preview(
                lambda: (
                    services.dialogs.open_in_viewer(self.previewed.path) if self.previewed else None
                )
            )

    # -- helpers -----------------------------------------------------------------------------
    def _suggested_name(self, request: ReportRequest) -> str:
        subject = request.learner or request.department or request.role or ""
        parts = [request.kind, subject, request.day().isoformat()]
        return "-".join(p for p in parts if p).replace("/", "-") + ".pdf"

    def _status(self, text: str) -> None:
        services = services_for(self)
        if services is not None:
            services.status.emit(text)

    def closeEvent(self, event: Any) -> None:
        self._folder.cleanup()
        super().closeEvent(event)


def _write_to(db: Database, request: ReportRequest, path: Path, state: TaskState) -> Path:
    with db.reading() as session:
        return write_report(session, request, path, state).path
