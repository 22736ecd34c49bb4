"""The Assignments & Paths section: who must take what by when, and how far they got.

A table of every assignment (the shared list-side filtering keeps 200,000 rows instant),
filters by status, due state, department and mandatory, due and expiry cells coloured by
state, bulk actions on a multi-row selection, and a switch to the compliance grid. "Today" is
read when the rows load and passed into the core, which computes every due and expiry state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import states
from desktop.gui.compliance_view import ComplianceView
from desktop.gui.dbop import DbOp, DbRead
from desktop.gui.detail_panel import DetailGroup
from desktop.gui.icons import icon
from desktop.gui.rowmodel import ROW_ROLE, Column, plain_text
from desktop.gui.section import EmptyState
from desktop.gui.table_section import ComboFilter, TableSection

Row = Any  # core.assignments.AssignmentRow (the core is imported where it is used)
DUE_COLUMN = 4
EXPIRY_COLUMN = 8


class StateDelegate(QStyledItemDelegate):
    """Paints a cell in the colour of its row's state (``state_of(row, column)``)."""

    def __init__(self, state_of: Callable[[Row, int], str | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._state_of = state_of

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        state = self._state_of(index.data(ROW_ROLE), index.column())
        back, fore = states.background(state), states.foreground(state)
        if back is not None and fore is not None:
            option.backgroundBrush = QBrush(back)
            option.palette.setColor(QPalette.ColorRole.Text, fore)


def cell_state(row: Row, column: int) -> str | None:
    if row is None:
        return None
    if column == DUE_COLUMN:
        return str(row.due_state) if row.due_state else None
    if column == EXPIRY_COLUMN:
        return str(row.expiry_state) if row.expiry_state else None
    return None


class AssignmentsSection(TableSection[Row]):
    key = "assignments"
    icon_name = "assignments"
    tables = frozenset(
        {"assignments", "completions", "employees", "courses", "departments", "path_templates"}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        tr = self.tr
        columns = [
            Column[Row](tr("Employee ID"), lambda r: r.employee_id, width=90),
            Column[Row](tr("Name"), lambda r: r.name, width=140),
            Column[Row](tr("Department"), lambda r: r.department, width=120),
            Column[Row](tr("Course"), lambda r: r.course_title, self._course_text, width=230),
            Column[Row](tr("Due"), lambda r: r.due_date, self._due_text, width=170),
            Column[Row](tr("Status"), lambda r: r.status, self._status_text, width=100),
            Column[Row](tr("Progress"), lambda r: r.percent, self._percent_text, 70, True),
            Column[Row](tr("Completed"), lambda r: r.completed_on, width=95),
            Column[Row](
                tr("Certificate expires"), lambda r: r.certificate_expiry, self._expiry_text, 190
            ),
            Column[Row](tr("Mandatory"), lambda r: r.mandatory, self._mandatory_text, width=80),
        ]
        filters = [
            ComboFilter[Row](
                tr("Status"),
                tr("All statuses"),
                lambda r: r.status,
                [(states.status_name(s), s) for s in states.STATUSES],
            ),
            ComboFilter[Row](tr("Department"), tr("All departments"), lambda r: r.department),
            ComboFilter[Row](
                tr("Mandatory"),
                tr("Mandatory or not"),
                lambda r: "yes" if r.mandatory else "no",
                [(tr("Mandatory"), "yes"), (tr("Optional"), "no")],
            ),
        ]
        self.due_filter = ComboFilter[Row](
            tr("Due"),
            tr("Any due date"),
            lambda r: states.due_buckets(r.due_state),
            [(states.due_state_name(s), s) for s in states.DUE_BUCKETS],
            multi=True,
        )
        super().__init__(columns, filters, parent, [self.due_filter])
        self._filters_on_own_row()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegate(StateDelegate(cell_state, self.table))
        self.compliance = ComplianceView(self)
        self.stack.addWidget(self.compliance)
        self._build_actions()

    def _filters_on_own_row(self) -> None:
        """Eight actions and four filters do not fit one row at 1400 px: filters go below."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 6, 12, 0)
        line.addWidget(self.filter_box)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, row)
        self.count_label.setWordWrap(False)

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        tr = self.tr
        self.assign_action = self.section_action(
            tr("&Assign…"),
            self.assign,
            [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
            tr("Assign a course or a learning path to a person, a department or a role"),
        )
        self.assign_action.setIcon(icon("new"))
        self.progress_action = self.section_action(
            tr("Edit &progress…"), self.edit_progress, tip=tr("Status, percent, score, dates")
        )
        self.extend_action = self.section_action(tr("E&xtend due dates…"), self.extend_due)
        self.reassign_action = self.section_action(tr("Re-assign &to…"), self.reassign)
        self.withdraw_action = self.section_action(tr("&Withdraw"), self.withdraw)
        self.actions_bar.addSeparator()
        self.paths_action = self.section_action(
            tr("&Learning paths…"), self.manage_paths, tip=tr("Reusable ordered sets of courses")
        )
        self.compliance_action = self.section_action(
            tr("&Compliance view"), self.toggle_compliance, tip=tr("People × mandatory courses")
        )
        self.compliance_action.setCheckable(True)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        count = len(self.selected_rows())
        table_shown = not self.compliance_action.isChecked()
        self.progress_action.setEnabled(count == 1 and table_shown)
        for action in (self.extend_action, self.reassign_action, self.withdraw_action):
            action.setEnabled(count > 0 and table_shown)

    def context_actions(self) -> list[QAction | None]:
        self._update_actions()
        return [
            self.progress_action,
            None,
            self.extend_action,
            self.reassign_action,
            self.withdraw_action,
            None,
            self.assign_action,
        ]

    def selected_rows(self) -> list[Row]:
        chosen = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in sorted(chosen, key=lambda i: i.row())]

    def selected_ids(self) -> list[int]:
        return [int(row.id) for row in self.selected_rows()]

    def open_selected(self) -> None:
        self.edit_progress()

    def assign(self, preset: Any = None) -> None:
        from desktop.gui.assign_dialog import open_assign_dialog

        open_assign_dialog(self, preset)

    def edit_progress(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.db is None:
            return
        from core.progress import progress_input
        from desktop.gui.progress_dialog import ProgressDialog

        row = rows[0]
        db = self.db

        def opened(data: Any) -> None:
            dialogs = self.dialogs()
            if dialogs is not None:
                dialog = ProgressDialog(self, db, row, data, states.today())
                dialog.when_saved(lambda _r: self.select_id(row.id))
                dialogs.run_editor(dialog)

        DbRead(self, db, lambda s: progress_input(s, row.id)).success(opened).run()

    def extend_due(self) -> None:
        from desktop.gui.bulk_dialogs import ExtendDueDialog

        self._run_bulk_dialog(lambda db, ids: ExtendDueDialog(self, db, ids))

    def reassign(self) -> None:
        from desktop.gui.bulk_dialogs import ReassignDialog, read_people

        ids, db = self.selected_ids(), self.db
        if not ids or db is None:
            return
        DbRead(self, db, read_people).success(
            lambda people: self._run_bulk_dialog(lambda d, i: ReassignDialog(self, d, i, people))
        ).run()

    def _run_bulk_dialog(self, make: Callable[[Any, list[int]], Any]) -> None:
        ids, dialogs = self.selected_ids(), self.dialogs()
        if ids and self.db is not None and dialogs is not None:
            dialogs.run_editor(make(self.db, ids))

    def withdraw(self) -> None:
        ids, dialogs = self.selected_ids(), self.dialogs()
        if not ids or self.db is None or dialogs is None:
            return
        from core.assignments import withdraw

        question = self.tr("Withdraw {0:,} assignments? Their progress so far is kept.")
        if dialogs.confirm(self.tr("Withdraw"), question.format(len(ids)), self.tr("Withdraw")):
            action = self.tr("Withdraw assignments")
            DbOp(self, self.db, lambda s: withdraw(s, ids), action=action).run()

    def manage_paths(self) -> None:
        from desktop.gui.path_dialog import PathsDialog

        dialogs = self.dialogs()
        if self.db is not None and dialogs is not None:
            dialogs.run_editor(PathsDialog(self, self.db))

    # -- compliance switch -------------------------------------------------------------------
    def toggle_compliance(self) -> None:
        shown = self.compliance_action.isChecked()
        self.filter_box.setVisible(not shown and bool(self.model.all_rows))
        if shown:
            self.stack.setCurrentWidget(self.compliance)
            self.compliance.show_for(self.db, states.today())
        else:
            self.stack.setCurrentIndex(0 if self.model.all_rows else 1)
        self._update_actions()

    def _rows_loaded(self, *args: Any, **kwargs: Any) -> None:
        super()._rows_loaded(*args, **kwargs)
        if self.compliance_action.isChecked():
            self.filter_box.hide()
            self.stack.setCurrentWidget(self.compliance)

    def set_database(self, db: Any) -> None:
        super().set_database(db)
        self.compliance.set_database(db)
        if db is not None and self.compliance_action.isChecked() and self.isVisible():
            self.compliance.show_for(db, states.today())

    def on_changes(self, changes: Any) -> None:
        super().on_changes(changes)
        if changes.touches(*self.tables):
            self.compliance.mark_stale()
            if self.compliance_action.isChecked() and self.isVisible():
                self.compliance.show_for(self.db, states.today())

    # -- cell texts --------------------------------------------------------------------------
    def _course_text(self, row: Row) -> str:
        return f"{row.course_code} · {row.course_title}"

    def _due_text(self, row: Row) -> str:
        if row.due_date is None:
            return ""
        state = states.due_state_name(row.due_state)
        return f"{row.due_date.isoformat()}  {state}".rstrip()

    def _expiry_text(self, row: Row) -> str:
        if row.certificate_expiry is None:
            return ""
        state = states.expiry_state_name(row.expiry_state)
        return f"{row.certificate_expiry.isoformat()}  {state}".rstrip()

    def _status_text(self, row: Row) -> str:
        return states.status_name(row.status)

    def _percent_text(self, row: Row) -> str:
        return f"{plain_text(float(row.percent or 0))} %"

    def _mandatory_text(self, row: Row) -> str:
        return self.tr("Yes") if row.mandatory else ""

    # -- data --------------------------------------------------------------------------------
    def load_rows(self, session: Any) -> list[Row]:
        from core.assignments import assignment_rows

        return list(assignment_rows(session, states.today()))

    def read_detail(self, session: Any, row: Row) -> Row:
        return row

    def show_detail(self, detail: Row) -> None:
        tr = self.tr
        row = detail
        fields = [
            (tr("Person"), f"{row.name} ({row.employee_id})"),
            (tr("Department"), row.department),
            (tr("Course"), self._course_text(row)),
            (tr("Assigned on"), plain_text(row.assigned_on)),
            (tr("Due"), self._due_text(row)),
            (tr("Mandatory"), tr("Yes") if row.mandatory else tr("No")),
            (tr("Source"), self._source_name(row.source)),
        ]
        progress = [
            (tr("Status"), states.status_name(row.status)),
            (tr("Progress"), self._percent_text(row)),
            (tr("Score"), plain_text(row.score)),
            (tr("Hours"), plain_text(float(row.hours or 0))),
            (tr("Started"), plain_text(row.started_on)),
            (tr("Completed"), plain_text(row.completed_on)),
            (tr("Certificate expires"), self._expiry_text(row)),
        ]
        groups = [DetailGroup(tr("Assignment"), fields), DetailGroup(tr("Progress"), progress)]
        self.detail.show_detail(row.course_title, f"{row.name} · {row.department}", groups)

    def _source_name(self, source: str) -> str:
        names = {
            "manual": self.tr("Assigned by hand"),
            "path": self.tr("From a learning path"),
            "recommendation": self.tr("From a recommendation"),
        }
        return names.get(source, source)

    def title(self) -> str:
        return self.tr("Assignments & Paths")

    def search_placeholder(self) -> str:
        return self.tr("Search assignments: person, employee id, course…")

    def noun_count(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{0:,} assignments").format(total)
        return self.tr("{0:,} of {1:,} assignments").format(shown, total)

    def detail_placeholder(self) -> str:
        return self.tr("Select an assignment to see its dates and progress.")

    def default_sort_column(self) -> int:
        return DUE_COLUMN

    def empty_state(self) -> EmptyState:
        return EmptyState(
            icon("assignments"),
            self.tr("No assignments yet"),
            self.tr(
                "Assign a course or a whole learning path to a person, a department or a "
                "role, with a due date; then track progress and compliance here."
            ),
            [
                self.tr("Assign a course or a path: Assign… (Ctrl+Shift+N)"),
                self.tr("Build reusable learning paths: Learning paths…"),
                self.tr("Or right-click a person or a course and choose Assign…"),
            ],
        )
