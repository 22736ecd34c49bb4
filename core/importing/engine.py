"""Preview and run an import: parse every row, check them together, write in one transaction.

Without ``skip_invalid`` a file with any invalid row writes nothing; with it exactly the
valid rows are written. ``dry_run`` writes nothing and reports what the real run would do.
Cancelling (``state.check()`` raising ``Cancelled``) rolls the one transaction back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from core.changes import Changes, note_bulk_change, perform
from core.errors import InputRefused
from core.importing.courses import CourseHandler
from core.importing.feedback import FeedbackHandler
from core.importing.fields import KINDS, REQUIRED
from core.importing.handler import ADDED, UNCHANGED, UPDATED, KindHandler
from core.importing.learners import LearnerHandler
from core.importing.mapping import MappingError, column_label
from core.importing.model import (
    ColumnMapping,
    ImportOptions,
    ImportPreview,
    ImportSummary,
    RepeatedRow,
    RowProblem,
    SourceTable,
)
from core.importing.progress import ProgressHandler
from core.importing.roles import RoleHandler
from core.importing.rows import ParsedRow, RowView, check_swallowed, is_blank
from core.messages import msg
from core.tasks import TaskState
from db.session import Database

HANDLERS: dict[str, type[KindHandler]] = {
    "courses": CourseHandler,
    "learners": LearnerHandler,
    "roles": RoleHandler,
    "progress": ProgressHandler,
    "feedback": FeedbackHandler,
}
_PROGRESS_EVERY = 500
_PARSE_SHARE = 0.6


@dataclass
class Analysis:
    handler: KindHandler
    rows: list[ParsedRow]
    statuses: list[tuple[ParsedRow, str]] = field(default_factory=list)
    repeated: list[RepeatedRow] = field(default_factory=list)

    @property
    def problems(self) -> list[RowProblem]:
        found = [p for row in self.rows for p in row.problems]
        return sorted(found, key=lambda p: p.row)

    @property
    def refused(self) -> int:
        return sum(1 for row in self.rows if not row.valid)

    def count(self, status: str) -> int:
        return sum(1 for _, s in self.statuses if s == status)


def _require_columns(kind: str, table: SourceTable, mapping: ColumnMapping) -> None:
    if kind not in KINDS:
        raise MappingError.of(
            "import.bad_map_field", given=kind, kind=kind, fields=", ".join(KINDS)
        )
    for name in REQUIRED[kind]:
        if name not in mapping.columns:
            raise InputRefused(
                msg("import.missing_column", file=str(table.path), field=name, kind=kind)
            )


def analyse(
    session: Session,
    kind: str,
    table: SourceTable,
    mapping: ColumnMapping,
    options: ImportOptions,
    state: TaskState,
) -> Analysis:
    _require_columns(kind, table, mapping)
    labels = {f: column_label(table.headers, i) for f, i in mapping.columns.items()}
    handler = HANDLERS[kind](session, options, labels)
    views = [
        RowView(table, mapping, i) for i, cells in enumerate(table.rows) if not is_blank(cells)
    ]
    handler.prepare(views)
    total = max(len(views), 1)
    for done, view in enumerate(views):
        if done % _PROGRESS_EVERY == 0:
            state.check()
            text = msg("import.progress.reading", done=done, total=len(views)).text()
            state.set_progress(_PARSE_SHARE * done / total, text)
        handler.parse(view)
        check_swallowed(view)
    analysis = Analysis(handler, [view.parsed for view in views])
    unique = _unique_rows(analysis)
    while True:  # a row refused here can make rows that refer to it invalid in turn
        valid = [row for row in unique if row.valid]
        handler.cross_check(valid)
        if all(row.valid for row in valid):
            break
    analysis.statuses = [(row, handler.status(row)) for row in valid]
    return analysis


def _unique_rows(analysis: Analysis) -> list[ParsedRow]:
    """One row per key: exact repeats are stored once, different ones refused."""
    first: dict[str, ParsedRow] = {}
    for row in analysis.rows:
        if not row.valid:
            continue
        prior = first.get(row.key)
        if prior is None:
            first[row.key] = row
        elif prior.record == row.record:
            analysis.repeated.append(RepeatedRow(row.number, prior.number, row.key))
        else:
            message = msg("import.duplicate_key", value=row.key, first_row=prior.number)
            analysis.handler.flag(row, analysis.handler.key_field, message)
    return list(first.values())


def preview_import(
    session: Session,
    kind: str,
    table: SourceTable,
    mapping: ColumnMapping,
    options: ImportOptions,
    *,
    limit: int = 20,
    state: TaskState | None = None,
) -> ImportPreview:
    analysis = analyse(session, kind, table, mapping, options, state or TaskState())
    return ImportPreview(
        records=[row.record for row, _ in analysis.statuses[:limit]],
        problems=analysis.problems,
        added=analysis.count(ADDED),
        updated=analysis.count(UPDATED),
        unchanged=analysis.count(UNCHANGED),
        refused=analysis.refused,
        repeated=analysis.repeated,
    )


def run_import(
    db: Database,
    kind: str,
    table: SourceTable,
    mapping: ColumnMapping,
    options: ImportOptions,
    state: TaskState | None = None,
) -> ImportSummary:
    task = state or TaskState()
    if options.dry_run:
        with db.reading() as session:
            analysis = analyse(session, kind, table, mapping, options, task)
        return _summary(kind, analysis, options, written=False, changes=Changes())

    def change(session: Session) -> tuple[Analysis, bool]:
        analysis = analyse(session, kind, table, mapping, options, task)
        if analysis.refused and not options.skip_invalid:
            return analysis, False
        _write(session, analysis, table, task)
        return analysis, True

    (analysis, written), changes = perform(db, f"Import {kind} from {table.path.name}", change)
    task.set_progress(1.0)
    return _summary(kind, analysis, options, written=written, changes=changes)


def _write(session: Session, analysis: Analysis, table: SourceTable, state: TaskState) -> None:
    changed = [(row, status) for row, status in analysis.statuses if status != UNCHANGED]
    if not changed:
        return
    state.set_progress(_PARSE_SHARE, msg("import.progress.writing", total=len(changed)).text())
    state.check()
    counts = analysis.handler.write(changed, state)
    state.check()
    for name, rows in counts.items():
        note_bulk_change(
            session,
            name,
            {
                "file": str(table.path.name),
                "rows": rows,
                "added": analysis.count(ADDED),
                "updated": analysis.count(UPDATED),
            },
        )


def _summary(
    kind: str, analysis: Analysis, options: ImportOptions, *, written: bool, changes: Changes
) -> ImportSummary:
    would_write = options.skip_invalid or not analysis.refused
    wrote = written or (options.dry_run and would_write)
    return ImportSummary(
        kind=kind,
        added=analysis.count(ADDED) if wrote else 0,
        updated=analysis.count(UPDATED) if wrote else 0,
        unchanged=analysis.count(UNCHANGED) if wrote else 0,
        refused=analysis.refused,
        problems=analysis.problems,
        dry_run=options.dry_run,
        written=written,
        changes=changes,
        repeated=analysis.repeated,
    )
