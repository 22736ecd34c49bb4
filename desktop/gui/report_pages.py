"""The wizard's last pages: preview, validation report, the import itself and its summary.

One ``preview_import`` on the worker answers both the preview (the first records as they
will be stored) and the validation report (every problem, and what the real run would add,
update, leave unchanged and refuse). The import runs as a ``DbTask`` — one transaction,
progress, Cancel — whose broadcast makes the Catalog and People tables reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from core.errors import AppError
from core.tasks import Cancelled
from desktop.gui.crash import report_crash
from desktop.gui.dbop import ALL_TABLES, BackgroundOp, DbTask, services_for
from desktop.gui.detail_panel import plain_label
from desktop.gui.import_pages import error_label, show_error
from desktop.gui.import_tables import GridModel, ProblemTable, grid_view

if TYPE_CHECKING:
    from desktop.gui.import_wizard import ImportWizard

PREVIEW_ROWS = 20


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.setMaximumHeight(14)
    bar.setVisible(False)
    return bar


def show_progress(bar: QProgressBar, fraction: float) -> None:
    bar.setValue(int(fraction * 1000))


def counts_text(page: QWizardPage, result: Any) -> str:
    return QCoreApplication.translate(
        "ImportWizard", "added {0:,}, updated {1:,}, unchanged {2:,}, refused {3:,}"
    ).format(result.added, result.updated, result.unchanged, result.refused)


def preview_columns(kind: str, records: list[dict[str, Any]]) -> list[str]:
    """The fields the records hold, in the order the field list gives them."""
    from core.importing import FIELDS

    present = {key for record in records for key in record}
    ordered = [name for name in FIELDS[kind] if name in present]
    return ordered + sorted(present - set(ordered))


class PreviewPage(QWizardPage):
    """The first rows as they will be stored; meanwhile the whole file is checked."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows as they will be stored."))
        self.status_label = plain_label("")
        self.progress_bar = busy_bar()
        self.error_label = error_label()
        self.records = GridModel(self)
        self.records_view = grid_view(self.records)
        self.records_view.setObjectName("previewRecords")
        self.records_view.verticalHeader().setVisible(False)  # not the file's row numbers
        self._op: BackgroundOp[Any] | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.records_view, 1)

    def initializePage(self) -> None:
        preview = self.import_wizard.job.preview
        if preview is None:
            self.check_file()
        else:
            self._show(preview)

    def check_file(self) -> None:
        from core.importing import preview_import

        wizard = self.import_wizard
        job = wizard.job
        if self._op is not None and not self._op.done:
            self._op.cancel()  # starting again replaces the old check
        self._generation += 1
        generation = self._generation
        (table, mapping), kind, options = job.table_and_mapping(), job.kind, job.options()
        self.records.set_grid([], [])
        show_error(self.error_label, "")
        self.status_label.setText(self.tr("Checking {0:,} rows…").format(len(table.rows)))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        op = wizard.read(
            lambda session, state: preview_import(
                session, kind, table, mapping, options, limit=PREVIEW_ROWS, state=state
            ),
            label=self.tr("Checking the file"),
        )
        op.progress(lambda fraction, _text: show_progress(self.progress_bar, fraction))
        op.success(lambda preview: self._checked(generation, preview))
        op.failure(lambda error: self._failed(generation, error))
        self._op = wizard.start(op)
        self.completeChanged.emit()

    def _checked(self, generation: int, preview: Any) -> None:
        if generation != self._generation:
            return
        self.import_wizard.job.preview = preview
        self._show(preview)

    def _show(self, preview: Any) -> None:
        self.progress_bar.setVisible(False)
        kind = self.import_wizard.job.kind
        fields = preview_columns(kind, preview.records)
        rows = [[record.get(name) for name in fields] for record in preview.records]
        self.records.set_grid(fields, rows)
        self.status_label.setText(
            self.tr("{0} rows as they will be stored. The whole file: {1}.").format(
                len(preview.records), counts_text(self, preview)
            )
        )
        self.completeChanged.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.progress_bar.setVisible(False)
        self.status_label.setText("")
        if isinstance(error, Cancelled):
            show_error(self.error_label, self.tr("The check was cancelled."))
        elif isinstance(error, AppError):
            show_error(self.error_label, str(error))
        else:
            report_crash(error, self.import_wizard.dialogs)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.import_wizard.job.preview is not None


class ValidationPage(QWizardPage):
    """Every problem with its row, column and fix; nothing imports past one unless skipped."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Validation report"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary_label = plain_label("")
        self.summary_label.setObjectName("validationSummary")
        self.problem_table = ProblemTable("validationProblems")
        self.problems = self.problem_table.model
        self.skip_invalid = QCheckBox(self.tr("Import only the valid rows"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_table, 1)
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:
        preview = self.import_wizard.job.preview
        assert preview is not None  # the preview page is complete
        self.problem_table.set_problems(preview.problems)
        counts = counts_text(self, preview)
        if preview.problems:
            self.setSubTitle(
                self.tr(
                    "Fix these rows in the file and import it again, or import only the "
                    "valid rows and fix the others later."
                )
            )
            self.summary_label.setText(
                self.tr("{0:,} problems in {1:,} rows. Importing would give: {2}.").format(
                    len(preview.problems), preview.refused, counts
                )
            )
        else:
            self.setSubTitle(self.tr("No problems found."))
            self.summary_label.setText(self.tr("Importing will give: {0}.").format(counts))
        self.problem_table.setVisible(bool(preview.problems))
        self.skip_invalid.setText(
            self.tr("Import only the valid rows (leave out {0:,})").format(preview.refused)
        )
        self.skip_invalid.setVisible(bool(preview.problems))
        self.skip_invalid.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.import_wizard.job.preview
        if preview is None:
            return False
        return not preview.problems or self.skip_invalid.isChecked()


class RunPage(QWizardPage):
    """The import, with progress and Cancel (cancel = nothing written)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.status_label = plain_label("")
        self.progress_bar = busy_bar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.outcome = ""
        self._op: DbTask[Any] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from core.importing import run_import

        wizard = self.import_wizard
        job = wizard.job
        job.summary = None
        self.outcome = ""
        skip = wizard.validation_page.skip_invalid.isChecked()
        (table, mapping), kind = job.table_and_mapping(), job.kind
        options = job.options(skip_invalid=skip)
        finished: list[Any] = []  # set on the worker the moment the transaction is done

        def work(db: Any, state: Any) -> Any:
            summary = run_import(db, kind, table, mapping, options, state)
            finished.append(summary)
            return summary

        label = self.tr("Import {0}").format(wizard.kind_name())
        op: DbTask[Any] = DbTask(wizard, wizard.db, work, label=label, changes=ALL_TABLES)
        op.progress(self._progressed)
        op.success(self._imported)
        op.failure(lambda error: self._failed(error, finished))
        self.status_label.setText(self.tr("Importing {0:,} rows…").format(len(table.rows)))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._op = op
        wizard.start(op)

    def _progressed(self, fraction: float, text: str) -> None:
        show_progress(self.progress_bar, fraction)
        if text:
            self.status_label.setText(text)

    def cancel(self) -> None:
        if self._op is not None and not self._op.done:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _imported(self, summary: Any) -> None:
        self.import_wizard.job.summary = summary
        self._finish()

    def _failed(self, error: BaseException, finished: list[Any]) -> None:
        if finished:
            # Cancel came after the transaction committed: the rows are stored.
            services = services_for(self.import_wizard)
            if services is not None and self._op is not None:
                services.broadcast(ALL_TABLES, self._op.label)
            self._imported(finished[0])
            return
        if isinstance(error, Cancelled):
            self.outcome = self.tr("The import was cancelled. Nothing was written.")
        elif isinstance(error, AppError):
            self.outcome = str(error) + "\n" + self.tr("Nothing was written.")
        else:
            self.outcome = self.tr("The import failed. Nothing was written.")
            report_crash(error, self.import_wizard.dialogs)
        self._finish()

    def _finish(self) -> None:
        self.progress_bar.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        self.import_wizard.next()

    def isComplete(self) -> bool:
        return self._op is not None and self._op.done


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setFinalPage(True)
        self.result_label = plain_label("")
        self.result_label.setObjectName("importResult")
        self.problem_table = ProblemTable("refusedRows")
        self.problems = self.problem_table.model
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem_table, 1)

    def initializePage(self) -> None:
        wizard = self.import_wizard
        summary = wizard.job.summary
        if summary is None:
            self.setTitle(self.tr("Not imported"))
            self.result_label.setText(wizard.run_page.outcome)
            self.problem_table.set_problems([])
            self.problem_table.setVisible(False)
            return
        self.setTitle(self.tr("Import finished"))
        text = self.tr("{0} from {1}: {2}.").format(
            wizard.kind_name(summary.kind).capitalize(),
            wizard.job.path.name if wizard.job.path else "",
            counts_text(self, summary),
        )
        services = services_for(wizard)
        if services is not None:  # the window's status bar keeps the outcome after closing
            services.status.emit(text)
        if not summary.written:
            self.setTitle(self.tr("Not imported"))
            text += "\n" + self.tr("Nothing was written: fix these rows and import the file again.")
        elif summary.refused:
            text += "\n" + self.tr("These rows were left out; fix them and import the file again.")
        self.result_label.setText(text)
        self.problem_table.set_problems(summary.problems)
        self.problem_table.setVisible(bool(summary.problems))
