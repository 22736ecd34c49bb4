"""A section built around one big table: filter bar, sortable table, detail panel.

Rows load on the worker (``load_rows(session)``) when the section is first shown and again
whenever a write touches one of its ``tables``. Searching and the filter combos filter the
Python row list (each row's precomputed ``search_text``), never the database, so typing
stays instant at 20,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from db.session import Database
from desktop.gui.dbop import DbRead
from desktop.gui.detail_panel import DetailPanel, plain_label
from desktop.gui.rowmodel import Column, RowTableModel
from desktop.gui.section import EmptyState, Section

R = TypeVar("R")


class ComboFilter(Generic[R]):
    """A drop-down of the distinct values of one field, with an "All …" entry first."""

    def __init__(
        self,
        label: str,
        all_text: str,
        key: Callable[[R], str],
        choices: Sequence[tuple[str, str]] = (),
    ) -> None:
        """``choices`` (shown text, value) fixes the list; otherwise it comes from the rows."""
        self.label = label
        self.all_text = all_text
        self.key = key
        self.fixed = bool(choices)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(12)
        self.combo.addItem(all_text, None)
        for text, value in choices:
            self.combo.addItem(text, value)

    @property
    def value(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def refill(self, rows: Sequence[R]) -> None:
        if self.fixed:
            return
        current = self.value
        values = sorted({v for v in map(self.key, rows) if v}, key=str.casefold)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.all_text, None)
        for value in values:
            self.combo.addItem(value, value)
        position = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(0, position))
        self.combo.blockSignals(False)


class TableSection(Section, Generic[R]):
    tables: frozenset[str] = frozenset()

    def __init__(
        self,
        columns: Sequence[Column[R]],
        filters: Sequence[ComboFilter[R]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model: RowTableModel[R] = RowTableModel(columns, self)
        self.filters = list(filters)
        self._needles: list[str] = []
        self._stale = True
        self._generation = 0
        self._selected_id: int | None = None
        self.loaded = False
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

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(12, 10, 0, 0)
        page_layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 12, 0)
        bar.setSpacing(8)
        for combo_filter in self.filters:
            caption = QLabel(combo_filter.label)
            caption.setObjectName("filterLabel")
            caption.setBuddy(combo_filter.combo)
            bar.addWidget(caption)
            bar.addWidget(combo_filter.combo)
            bar.addSpacing(8)
            combo_filter.combo.currentIndexChanged.connect(self._apply_filter)
        bar.addStretch(1)
        self.count_label = plain_label("", object_name="countLabel", selectable=False)
        bar.addWidget(self.count_label)
        page_layout.addLayout(bar)

        self.table = self._make_table()
        self.detail = DetailPanel()
        self.detail.show_placeholder(self.detail_placeholder())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 380])
        page_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty_state())

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.key}Table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 20,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for position, column in enumerate(self.model.columns):
            table.setColumnWidth(position, column.width)
        table.setSortingEnabled(True)
        table.sortByColumn(self.default_sort_column(), Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

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
        self._stale = True
        if db is not None and self.isVisible():
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.tables):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.db is not None:
            self.reload()

    def reload(self) -> None:
        if self.db is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        presort, sorted_by = self.model.presorter(), self.model.sort_key
        DbRead(
            self, self.db, lambda s: presort(self.load_rows(s)), label=self.loading_label()
        ).success(lambda rows: self._rows_loaded(generation, rows, sorted_by)).run()

    def loading_label(self) -> str:
        return self.tr("Loading {0}").format(self.title().lower())

    def _rows_loaded(
        self, generation: int, rows: list[R], sorted_by: tuple[int, Qt.SortOrder] | None = None
    ) -> None:
        if generation != self._generation:
            return  # a newer load (or another file) superseded this one
        for combo_filter in self.filters:
            combo_filter.refill(rows)
        # The user may have clicked a header while the rows were loading.
        self.model.set_rows(rows, presorted=sorted_by == self.model.sort_key)
        self._apply_filter()
        self.loaded = True
        self.stack.setCurrentIndex(0 if rows else 1)

    # -- filtering ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        super().set_search(text)
        self._needles = text.casefold().split()
        self._apply_filter()

    def _apply_filter(self) -> None:
        needles = self._needles
        wanted = [(f.key, f.value) for f in self.filters if f.value is not None]
        if not needles and not wanted:
            self.model.set_filter(None)
        else:

            def accepts(row: Any) -> bool:
                text = row.search_text
                return all(n in text for n in needles) and all(k(row) == v for k, v in wanted)

            self.model.set_filter(accepts)
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
        generation = self._generation
        DbRead(self, self.db, lambda s: self.read_detail(s, row)).success(
            lambda detail: self._detail_loaded(generation, row_id, detail)
        ).run()

    def _detail_loaded(self, generation: int, row_id: int, detail: Any) -> None:
        if generation != self._generation or row_id != self._selected_id:
            return
        if detail is None:
            self.detail.show_placeholder(self.detail_placeholder())
        else:
            self.show_detail(detail)
