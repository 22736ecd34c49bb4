"""Export table…: the table on screen — filtered and sorted as shown — to XLSX or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

pytest_plugins = ["gui_plugin"]


def _wait_exported(qtbot: Any, window: Any) -> str:
    qtbot.waitUntil(lambda: "Exported" in window.status_bar.last_action.text(), timeout=10_000)
    return str(window.status_bar.last_action.text())


def _shown_titles(section: Any) -> list[str]:
    model = section.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_right_click_export_writes_the_filtered_sorted_rows_as_shown(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    window.show_section("catalog")
    catalog = window.section("catalog")
    qtbot.waitUntil(lambda: catalog.model.rowCount() > 3, timeout=10_000)
    catalog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    window.search_box.insert("SQL")
    qtbot.waitUntil(lambda: catalog.model.rowCount() == 2)
    shown = _shown_titles(catalog)

    catalog._context_menu(QPoint(5, 5))
    texts = [a.text() for a in catalog.context_menu.actions()]
    assert "Export table…" in texts
    dialogs.save_file = tmp_path / "courses shown"  # no suffix: Excel
    catalog.export_table_action.trigger()
    status = _wait_exported(qtbot, window)
    written = tmp_path / "courses shown.xlsx"
    assert str(written) in status
    sheet = load_workbook(written).active
    headers = [c.value for c in sheet[1]]
    assert headers == [
        catalog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(headers))
    ]
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == shown
    assert sheet.freeze_panes == "A2"


def test_file_menu_exports_the_current_section_s_table_to_csv(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    window.show_section("people")
    people = window.section("people")
    qtbot.waitUntil(lambda: people.model.rowCount() == 7, timeout=10_000)
    dialogs.save_file = tmp_path / "people.csv"
    window.file_actions.export_actions["current_table"].trigger()
    _wait_exported(qtbot, window)
    lines = (tmp_path / "people.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 7
    assert "王小明" in "".join(lines)


def test_tables_outside_the_list_sections_offer_export_on_right_click(
    qtbot: Any, window: Any
) -> None:
    window.show_section("skills")
    matrix = window.section("skills")
    actions = [a.text() for a in matrix.table.actions()]
    assert "Export table…" in actions
    assert matrix.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
