"""A section built around one big table: actions and filter bar, sortable table, detail panel.

Rows load on the worker (``load_rows(session)``) when the section is first shown and again
whenever a write touches one of its ``tables``. Searching and the filter combos filter the
Python row list (each row's precomputed ``search_text``), never the database, so typing
stays instant at 20,000 rows. With search text a section may rank rows (``ranking``)
instead of keeping the column order: the Catalog orders courses by relevance. Sections that
set ``has_history`` show a History tab (the selected row's audit entries) beside its details.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.dbop import DbRead, services_for
from desktop.gui.detail_panel import DetailPanel, plain_label
from desktop.gui.history_view import HistoryView
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.section import EmptyState, Section
from desktop.gui.table_export import export_action
from desktop.gui.table_parts import ComboFilter, RowTable

__all__ = ["ComboFilter", "RowTable", "TableSection"]  # sections import ComboFilter from here
R = TypeVar("R")


class TableSection(Section, Generic[R]):
    has_history = False

    def __init__(
        self,
        columns: Sequence[Column[R]],
        filters: Sequence[ComboFilter[R]],
        parent: QWidget | None = None,
        multi_filters: Sequence[ComboFilter[R]] = (),
    ) -> None:
        """``filters`` match one value per row; ``multi_filters`` one of several (tags)."""
        super().__init__(parent)
        self.model: RowTableModel[R] = RowTableModel(columns, self)
        self.filters = list(filters)
        self.multi_filters = list(multi_filters)
        self._needles: list[str] = []
        self._generation = 0
        self._selected_id: int | None = None
        self.loaded = False
        self.actions_bar = QToolBar()
        self.actions_bar.setObjectName(f"{self.key}Actions")
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build()

    # -- what subclasses provide -------------------------------------------------------------
    def load_rows(self, session: Any) -> list[R]:
        raise NotImplementedError

    def read_detail(self, session: Any, row: R) -> Any:
        raise NotImplementedError

    def show_detail(self, detail: Any) -> None:
        raise NotImplementedError

    def noun_count(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def empty_state(self) -> EmptyState:
        raise NotImplementedError

    def detail_placeholder(self) -> str:
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        return int(getattr(row, "id"))  # noqa: B009 - rows are any dataclass with an id

    def read_history(self, session: Any, row: R) -> list[Any]:
        """The audit entries concerning ``row``, newest first (sections with History)."""
        return []

    def load_support(self, session: Any) -> Any:
        """Extra data built on the worker with each load (the Catalog's search index)."""
        return None

    def support_loaded(self, support: Any) -> None:
        """Receives :meth:`load_support`'s result on the GUI thread, before the rows show."""

    def open_selected(self) -> None:
        """Double-click or Enter on a row (editing sections open their dialog)."""

    def context_actions(self) -> list[QAction | None]:
        """What the right-click menu offers for the selected row (None is a separator)."""
        return []

    def section_action(
        self, text: str, slot: Callable[[], object], shortcuts: Sequence[Any] = (), tip: str = ""
    ) -> QAction:
        """An action on this section's bar, its shortcut live while the section is shown."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts(list(shortcuts))
            # Window-wide, yet only the shown section's action answers: a hidden widget's do not.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            keys = ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts
            )
            tip = f"{tip or text.replace('&', '')}  ({keys})"
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        self.actions_bar.addAction(action)
        return action

    def dialogs(self) -> Any:
        services = services_for(self)
        return services.dialogs if services is not None else None

    def select_id(self, row_id: int) -> None:
        """Select this row now, or when the load under way brings it."""
        self._selected_id = row_id
        if not self.select_where(lambda r: self.row_id(r) == row_id):
            return
        self.refresh_detail()

    @property
    def all_filters(self) -> list[ComboFilter[R]]:
        return [*self.filters, *self.multi_filters]

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The actions sit above the stack so "New course…" is there on an empty file too.
        top = QWidget()
        bar = QHBoxLayout(top)
        bar.setContentsMargins(12, 8, 12, 0)
        bar.setSpacing(8)
        bar.addWidget(self.actions_bar)
        bar.addSpacing(8)
        self.filter_box = QWidget()
        filters = QHBoxLayout(self.filter_box)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(8)
        for combo_filter in self.all_filters:
            caption = QLabel(combo_filter.label)
            caption.setObjectName("filterLabel")
            caption.setBuddy(combo_filter.combo)
            filters.addWidget(caption)
            filters.addWidget(combo_filter.combo)
            filters.addSpacing(8)
            combo_filter.combo.currentIndexChanged.connect(self._apply_filter)
        filters.addStretch(1)
        self.count_label = plain_label("", object_name="countLabel", selectable=False)
        self.count_label.setWordWrap(False)  # "80 门课程" must not break onto two lines
        filters.addWidget(self.count_label)
        bar.addWidget(self.filter_box, 1)
        layout.addWidget(top)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(12, 8, 0, 0)
        page_layout.setSpacing(8)

        self.table = self._make_table()
        self.detail = DetailPanel()
        self.detail.show_placeholder(self.detail_placeholder())
        self.history = HistoryView()
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("detailTabs")
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(self.detail, self.tr("Details"))
        self.detail_tabs.addTab(self.history, self.tr("History"))
        self.detail_tabs.setTabVisible(1, self.has_history)
        self.detail_tabs.tabBar().setVisible(self.has_history)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 380])
        page_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty_state())

    def _make_table(self) -> QTableView:
        table = RowTable(self.model, self.open_selected)
        table.setObjectName(f"{self.key}Table")
        table.sortByColumn(self.default_sort_column(), Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self._double_clicked)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.export_table_action = export_action(table, lambda: self.title(), self)
        return table

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        actions = [*self.context_actions()]
        actions += [None, self.export_table_action] if actions else [self.export_table_action]
        menu = QMenu(self)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))
        self.context_menu = menu  # kept for tests, which read it instead of clicking

    def default_sort_column(self) -> int:
        return 0

    # -- data --------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self._generation += 1
        self._selected_id = None
        self.loaded = False
        self.model.set_rows([])
        self.detail.show_placeholder(self.detail_placeholder())
        self.history.set_rows([])
        self.mark_stale()

    def reload(self) -> None:
        if self.db is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        presort, sorted_by = self.model.presorter(), self.model.sort_key

        def load(session: Any) -> tuple[list[R], Any]:
            return presort(self.load_rows(session)), self.load_support(session)

        DbRead(self, self.db, load, label=self.loading_label()).success(
            lambda loaded: self._rows_loaded(generation, loaded[0], sorted_by, loaded[1])
        ).run()

    def loading_label(self) -> str:
        return self.tr("Loading {0}").format(self.title().lower())

    def _rows_loaded(
        self,
        generation: int,
        rows: list[R],
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
        support: Any = None,
    ) -> None:
        if generation != self._generation:
            return  # a newer load (or another file) superseded this one
        self.support_loaded(support)
        for combo_filter in self.all_filters:
            combo_filter.refill(rows)
        # The user may have clicked a header while the rows were loading.
        self.model.set_rows(rows, presorted=sorted_by == self.model.sort_key)
        self._apply_filter()
        self.loaded = True
        self.stack.setCurrentIndex(0 if rows else 1)
        self.filter_box.setVisible(bool(rows))
        self.refresh_detail()

    # -- filtering ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        super().set_search(text)
        self._needles = text.casefold().split()
        self._apply_filter()

    def ranking(self, text: str) -> dict[int, float] | None:
        """Row id → score for a ranked search of ``text``; None filters by substrings."""
        return None

    def _apply_filter(self) -> None:
        needles = self._needles
        wanted = [(f.accepts, f.value) for f in self.all_filters if f.value is not None]
        scores = self.ranking(self.search_text) if needles else None

        def by_filters(rows: list[Any]) -> list[Any]:
            for ok, value in wanted:
                rows = [r for r in rows if ok(r, value)]
            return rows

        def by_words_and_filters(rows: list[Any]) -> list[Any]:
            # One comprehension per condition: each narrows the list for the next.
            for needle in needles:
                rows = [r for r in rows if needle in r.search_text]
            return by_filters(rows)

        if not needles and not wanted:
            self.model.set_narrowing(None)
        elif scores is not None:
            row_id = self.row_id

            # Ranked matches first; then rows the index does not cover that still hold
            # every word (a category, a provider), so ranking never hides a row.
            def ranked(rows: list[Any]) -> list[Any]:
                hits = by_filters([r for r in rows if row_id(r) in scores])
                rest = by_words_and_filters([r for r in rows if row_id(r) not in scores])
                return hits + rest

            self.model.set_narrowing(ranked, lambda row: scores.get(row_id(row), -1.0))
        else:
            self.model.set_narrowing(by_words_and_filters)
        self._restore_selection()
        shown, total = len(self.model.visible_rows), len(self.model.all_rows)
        self.count_label.setText(self.noun_count(shown, total))

    def _restore_selection(self) -> None:
        selected = self._selected_id
        if selected is None:
            return
        position = self.model.position_of(lambda r: self.row_id(r) == selected)
        if position is not None:
            self.table.selectRow(position)
            self.table.scrollTo(self.model.index(position, 0))

    # -- selection and detail ----------------------------------------------------------------
    def selected_row(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_where(self, matches: Callable[[R], bool]) -> bool:
        position = self.model.position_of(matches)
        if position is None:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is None or self.db is None:
            return
        row_id = self.row_id(row)
        if row_id == self._selected_id and self.detail.heading:
            return
        self._selected_id = row_id
        self._read_detail(row)

    def refresh_detail(self) -> None:
        """Read the selected row's detail and history again (after an edit or an undo)."""
        row = self.selected_row()
        if row is not None and self.row_id(row) == self._selected_id:
            self._read_detail(row)
        elif self._selected_id is not None and row is None:
            self._selected_id = None
            self.detail.show_placeholder(self.detail_placeholder())
            self.history.set_rows([])

    def _read_detail(self, row: R) -> None:
        if self.db is None:
            return
        row_id = self.row_id(row)
        generation = self._generation
        with_history = self.has_history

        def read(session: Any) -> tuple[Any, list[Any]]:
            detail = self.read_detail(session, row)
            return detail, self.read_history(session, row) if with_history else []

        DbRead(self, self.db, read).success(
            lambda loaded: self._detail_loaded(generation, row_id, *loaded)
        ).run()

    def _detail_loaded(self, generation: int, row_id: int, detail: Any, history: list[Any]) -> None:
        if generation != self._generation or row_id != self._selected_id:
            return
        self.history.set_rows(history)
        if detail is None:
            self.detail.show_placeholder(self.detail_placeholder())
        else:
            self.show_detail(detail)
