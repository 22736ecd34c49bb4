"""File → Export ▸ …: the table written on the worker, read back by the importer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import COURSES, PEOPLE

pytest_plugins = ["gui_plugin"]


def export(qtbot: Any, window: Any, dialogs: Any, kind: str, path: Path) -> str:
    dialogs.save_file = path
    window.file_actions.export_actions[kind].trigger()
    qtbot.waitUntil(lambda: "Exported" in window.status_bar.last_action.text(), timeout=10_000)
    return str(window.status_bar.last_action.text())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_courses_writes_a_file_the_importer_reads_back(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path, suffix: str
) -> None:
    from core.importing import FIELDS, read_table

    path = tmp_path / f"课程{suffix}"
    status = export(qtbot, window, dialogs, "courses", path)
    assert f"Exported {len(COURSES)} courses to {path}" in status
    table = read_table(path)
    assert table.headers == FIELDS["courses"]  # the header row is the field names
    code, title = table.headers.index("code"), table.headers.index("title")
    read_back = sorted((row[code], row[title]) for row in table.rows)
    assert read_back == sorted((c[0], c[1]) for c in COURSES)


def test_export_learners_keeps_names_and_ids(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from core.importing import read_table

    path = tmp_path / "people"  # no suffix: CSV
    status = export(qtbot, window, dialogs, "learners", path)
    written = tmp_path / "people.csv"
    assert str(written) in status and written.is_file()
    table = read_table(written)
    employee_id, name = table.headers.index("employee_id"), table.headers.index("name")
    assert sorted((r[employee_id], r[name]) for r in table.rows) == sorted(
        (p[0], p[1]) for p in PEOPLE
    )


def test_export_is_not_offered_without_a_file_and_cancel_writes_nothing(
    qtbot: Any, make_window: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    empty = make_window(None)
    assert not empty.file_actions.export_actions["courses"].isEnabled()
    assert not empty.file_actions.import_actions["courses"].isEnabled()
    assert window.file_actions.export_actions["roles"].isEnabled()
    dialogs.save_file = None  # the user cancels the file dialog
    window.file_actions.export_actions["roles"].trigger()
    assert dialogs.called("get_save_file")
    assert list(tmp_path.glob("*.csv")) == []
