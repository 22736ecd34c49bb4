"""File → Import ▸ …: a wizard from a CSV/XLSX file to stored courses, learners or roles.

Pages: choose file and kind → sheet and encoding → column mapping → preview → validation
report → import (progress, Cancel) → summary. Every step that reads the file or the
database runs on the background worker through ``desktop.gui.dbop`` and calls the
``core.importing`` engine, the same functions as ``training-desk import``; the pages only
show what comes back. Each page keeps the latest request's generation, so an answer to a
question the user has since changed (another sheet, another mapping) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import QWidget, QWizard

from core.errors import AppError
from core.tasks import TaskState
from db.session import Database
from desktop.gui import prefs
from desktop.gui.dbop import BackgroundOp, DbRead

if TYPE_CHECKING:
    from core.importing import ColumnMapping, ImportPreview, ImportSummary, SourceTable

# The kinds File → Import / Export list (progress and xAPI come with their own sections).
WIZARD_KINDS = ("courses", "learners", "roles")
# The kinds the wizard's first page offers: feedback too (a survey sheet is an import, but
# its export is not a table admins edit and re-import). Open it with ImportWizard(db,
# "feedback") — e.g. from the Analytics section — or pick it on the first page.
CHOOSABLE_KINDS = (*WIZARD_KINDS, "feedback")
LAST_FOLDER = "import/lastFolder"
TABLE_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))


def last_folder() -> str:
    value = prefs.qsettings().value(LAST_FOLDER, "")
    return str(value) if value else ""


def remember_folder(path: Path) -> None:
    prefs.qsettings().setValue(LAST_FOLDER, str(path.parent))


@dataclass
class ImportJob:
    """What the user has chosen so far and what the worker has answered (plain data)."""

    kind: str
    path: Path | None = None
    sheet: str | None = None
    encoding: str | None = None  # None: let the engine detect it
    table: SourceTable | None = None
    mapping: ColumnMapping | None = None
    date_format: str | None = None
    preview: ImportPreview | None = None
    summary: ImportSummary | None = None
    overrides: list[str] = field(default_factory=list)
    # Feedback: the course the whole file is about (--course), and the Likert table
    # (answer → rating) the admin edits; None = the default table.
    course: str | None = None
    likert: dict[str, int] | None = None

    def table_and_mapping(self) -> tuple[SourceTable, ColumnMapping]:
        """The table and mapping the later pages work on (their pages are complete)."""
        assert self.table is not None and self.mapping is not None
        return self.table, self.mapping

    def options(self, *, skip_invalid: bool = False) -> Any:
        from core.importing import ImportOptions

        if self.kind != "feedback":
            return ImportOptions(date_format=self.date_format or None, skip_invalid=skip_invalid)
        return ImportOptions(
            date_format=self.date_format or None,
            course=self.course or None,
            skip_invalid=skip_invalid,
            likert=self.likert_answers(),
        )

    def likert_answers(self) -> dict[str, int]:
        from core.importing.likert import DEFAULT_LIKERT

        return dict(DEFAULT_LIKERT) if self.likert is None else dict(self.likert)

    def map_feedback(self) -> ColumnMapping:
        """The feedback mapping for the overrides so far (survey questions detected with the
        current Likert table), exactly as ``import feedback --map …`` computes it."""
        from core.importing.feedback_layout import feedback_mapping
        from core.importing.likert import likert_table

        assert self.table is not None
        return feedback_mapping(self.table, self.overrides, likert_table(self.likert_answers()))


@dataclass(frozen=True)
class SourceRead:
    """The file's sheets (none for CSV) and the chosen one as a table, or why it cannot be."""

    sheets: list[str]
    sheet: str | None
    table: SourceTable | None
    refused: AppError | None


def read_source(path: Path, sheet: str | None, encoding: str | None) -> SourceRead:
    """On the worker. A refused sheet still lists the others, so the user can pick one."""
    from core.importing import list_sheets, read_table

    sheets = list_sheets(path)
    if sheet is None and sheets:
        sheet = sheets[0]
    try:
        table = read_table(path, sheet=sheet, encoding=encoding)
    except AppError as refused:  # shown on the page, next to the sheet and encoding choices
        return SourceRead(sheets, sheet, None, refused)
    return SourceRead(sheets, sheet, table, None)


class ImportWizard(QWizard):
    """The wizard; pages reach the job and the worker through it."""

    def __init__(self, db: Database, kind: str = "courses", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.gui.import_pages import ChooseFilePage, SourcePage
        from desktop.gui.likert_page import LikertPage
        from desktop.gui.mapping_page import MappingPage
        from desktop.gui.report_pages import PreviewPage, RunPage, SummaryPage, ValidationPage

        self.setObjectName("importWizard")
        self.db = db
        self.job = ImportJob(kind if kind in CHOOSABLE_KINDS else "courses")
        self._ops: list[BackgroundOp[Any]] = []
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(QSize(820, 600))
        self.choose_page = ChooseFilePage(self)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.likert_page = LikertPage(self)  # feedback only: the mapping page skips it else
        self.preview_page = PreviewPage(self)
        self.validation_page = ValidationPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.page_ids = {
            page: self.addPage(page)
            for page in (
                self.choose_page,
                self.source_page,
                self.mapping_page,
                self.likert_page,
                self.preview_page,
                self.validation_page,
                self.run_page,
                self.summary_page,
            )
        }

    @property
    def dialogs(self) -> Any:
        """The window's dialogs service (the fake one in tests)."""
        window = self.parentWidget()
        return getattr(window, "dialogs", None)

    def kind_name(self, kind: str | None = None) -> str:
        names = {
            "courses": self.tr("courses"),
            "learners": self.tr("learners"),
            "roles": self.tr("roles"),
            "feedback": self.tr("feedback"),
        }
        kind = kind or self.job.kind
        return names.get(kind, kind)

    # -- worker ------------------------------------------------------------------------------
    def start(self, op: BackgroundOp[Any]) -> BackgroundOp[Any]:
        """Run ``op``; it is cancelled if the wizard closes first."""
        self._ops = [o for o in self._ops if not o.done]
        self._ops.append(op)
        return op.run()

    def read(self, fn: Callable[[Any, TaskState], Any], label: str) -> DbRead[Any]:
        """A read-only ``fn(session, state)`` whose state reports progress and sees Cancel."""
        op: DbRead[Any] = DbRead(self, self.db, lambda session: fn(session, op.state), label=label)
        return op

    def cancel_work(self) -> None:
        for op in self._ops:
            if not op.done:
                op.cancel()

    def done(self, result: int) -> None:  # closing (Cancel, Finish, Esc) stops its work
        self.cancel_work()
        super().done(result)
