"""The Skills Matrix section over the hand-built company."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from insights_fixture import build_insights_database
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.gui.skills_matrix_view import LIGHT_FILLS

pytest_plugins = ["gui_plugin"]


def open_matrix(qtbot: Any, make_window: Any, tmp_path: Path) -> Any:
    window = make_window(build_insights_database(tmp_path / "insights.db"))
    section = window.section("skills")
    window.show_section("skills")
    assert section.progress.isVisible()  # read on the worker
    qtbot.waitUntil(lambda: section.loaded, timeout=20_000)
    return window, section


def cell(model: Any, row: int, column: int, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def test_matrix_shows_levels_coloured_by_gap(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    _window, section = open_matrix(qtbot, make_window, tmp_path)
    model = section.model
    assert (model.rowCount(), model.columnCount()) == (3, 6)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Person", "Department", "Role", "Excel", "SQL", "⚠ 谈判"]
    assert [cell(model, 0, c) for c in range(6)] == ["Bob", "Ops", "Analyst", "2/2", "1/3", ""]
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(model, 0, 3, background) == QColor("#b7e1cd")  # met
    assert cell(model, 0, 4, background) == QColor(LIGHT_FILLS[3])  # gap 2+
    assert cell(model, 2, 3, background) == QColor("#fce8b2")  # 王芳: gap 1
    assert cell(model, 0, 5, background) is None  # not required
    assert "谈判" in section.risk_label.text() and "Sales" in section.risk_label.text()


def test_filters_and_search_pick_people(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window, section = open_matrix(qtbot, make_window, tmp_path)
    model = section.model
    section.department_filter.setCurrentText("Ops")
    assert [cell(model, r, 0) for r in range(model.rowCount())] == ["Bob", "王芳"]
    # Ops has no single-holder risk: the flag goes from the header.
    assert model.headerData(5, Qt.Orientation.Horizontal) == "谈判"
    assert section.risk_label.text() == ""
    section.department_filter.setCurrentIndex(0)
    section.role_filter.setCurrentText("Lead")
    assert [cell(model, r, 0) for r in range(model.rowCount())] == ["Carol"]
    section.role_filter.setCurrentIndex(0)
    window.search_box.setText("王")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert cell(model, 0, 0) == "王芳"


def test_cli_exports_the_matrix_as_xlsx_only(tmp_path: Path, capsys: Any) -> None:
    from openpyxl import load_workbook

    from desktop.app import main

    path = build_insights_database(tmp_path / "insights.db")
    out = tmp_path / "matrix.xlsx"
    assert main(["--db", str(path), "export", "matrix", str(out)]) == 0
    assert "3 matrix rows" in capsys.readouterr().out
    header = [c.value for c in next(load_workbook(out).worksheets[0].iter_rows())]
    assert header[-1] == "谈判 ⚠"
    assert main(["--db", str(path), "export", "matrix", str(tmp_path / "matrix.csv")]) == 3
    assert not (tmp_path / "matrix.csv").exists()


def test_export_button_writes_the_people_shown(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _window, section = open_matrix(qtbot, make_window, tmp_path)
    section.department_filter.setCurrentText("Sales")
    dialogs.save_file = tmp_path / "sales matrix"  # the suffix is added
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "sales matrix.xlsx"
    qtbot.waitUntil(out.exists, timeout=20_000)
    rows = [[c.value for c in row] for row in load_workbook(out).worksheets[0].iter_rows()]
    assert rows == [
        ["Employee ID", "Person", "Department", "Role", "Excel", "SQL", "谈判 ⚠"],
        ["C", "Carol", "Sales", "Lead", None, None, "2/2"],
    ]
