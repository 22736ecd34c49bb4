"""File menu flows (first run, settings, backup/restore, about) and the error/crash paths."""

from __future__ import annotations

import base64
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import drain, fill_sample
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from core.changes import perform
from core.database import open_database, settings_of
from core.errors import AppError
from core.listing import BackupRow, backup_rows
from core.messages import msg
from core.settings import AppSettings
from desktop.gui import prefs
from desktop.gui.crash import install_excepthook, log_file
from desktop.gui.dbop import DbOp, DbRead
from desktop.gui.dialogs import FirstRunChoice
from desktop.gui.first_run import FirstRunDialog
from desktop.gui.restore_dialog import RestoreDialog
from desktop.gui.settings_dialog import SettingsDialog, logo_pixmap

pytest_plugins = ["gui_plugin"]


def counts(path: Path) -> dict[str, int]:
    from db.backup import record_counts

    return record_counts(path)


# -- first run -------------------------------------------------------------------------------
def test_first_run_is_asked_on_a_new_file_and_start_empty_is_remembered(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.first_run_choice = FirstRunChoice.EMPTY
    path = tmp_path / "new.db"
    window = make_window(path, ask_first_run=True)
    qtbot.waitUntil(lambda: bool(dialogs.called("ask_first_run")))
    assert prefs.started_empty(path)
    assert "empty" in window.status_bar.last_action.text()
    window.close()
    drain()
    make_window(path, ask_first_run=True)
    drain()
    assert len(dialogs.called("ask_first_run")) == 1  # not asked again for that file


def test_first_run_open_existing_file(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path, sample_db: Path
) -> None:
    dialogs.first_run_choice = FirstRunChoice.OPEN
    dialogs.open_file = sample_db
    window = make_window(tmp_path / "new.db", ask_first_run=True)
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == sample_db.absolute())
    drain()
    assert len(dialogs.called("ask_first_run")) == 1  # the sample file holds data: no question


def test_first_run_demo_runs_in_the_background_with_progress(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.first_run_choice = FirstRunChoice.DEMO
    window = make_window(None, ask_first_run=True)
    progress: list[float] = []

    def fake_demo(db: Any, state: Any) -> Any:
        # Stands in for core.demo.generate_demo: reports progress, writes a small company.
        for step in range(5):
            state.set_progress(step / 4, f"step {step}")
            state.check()
        perform(db, "Demo data", fill_sample)
        return type("Summary", (), {"people": 7, "courses": 5, "events": 0})()

    window.file_actions.demo_generator = fake_demo
    window.open_path(tmp_path / "demo.db")
    qtbot.waitUntil(lambda: window.file_actions.progress_dialog is not None)
    dialog = window.file_actions.progress_dialog
    dialog.canceled.connect(lambda: progress.append(-1))
    qtbot.waitUntil(lambda: window.file_actions.progress_dialog is None, timeout=20_000)
    qtbot.waitUntil(lambda: window.current_section().key == "people")
    qtbot.waitUntil(lambda: window.section("people").model.rowCount() == 7)
    assert "Demo company ready: 7 people, 5 courses" in window.status_bar.last_action.text()
    assert not progress


def test_first_run_dialog_buttons(qtbot: Any) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.EMPTY and dialog.result() == 1


# -- settings --------------------------------------------------------------------------------
def test_settings_dialog_round_trip_and_validation(qtbot: Any, tmp_path: Path) -> None:
    original = AppSettings(
        company_name="示例公司",
        exchange_rates={"EUR": 1.08, "CNY": 0.14},
        backup_keep_daily=5,
        page_size="Letter",
        language="zh_CN",
    )
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.values() == original
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()

    dialog.company.setText("  ")
    assert not save.isEnabled() and "company name" in dialog.problems_label.text()
    dialog.company.setText("ACME 培训")
    dialog.add_rate("gbp", "1,27")  # lower case and a decimal comma are accepted
    assert dialog.values().exchange_rates == {"EUR": 1.08, "CNY": 0.14, "GBP": 1.27}
    dialog.add_rate("JPY", "cheap")
    assert not save.isEnabled() and "row 4" in dialog.problems_label.text()
    dialog.rates.selectRow(3)
    dialog.remove_rate()
    assert save.isEnabled()
    dialog.keep_weekly.setValue(9)
    dialog.on_open.setChecked(False)

    image = QImage(900, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2a6fdb"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))

    class Chooser:
        def get_open_file(self, *_args: Any) -> Path:
            return logo

    dialog.dialogs = Chooser()  # type: ignore[assignment]
    dialog.choose_logo()
    values = dialog.values()
    assert base64.b64decode(values.company_logo_png)[:8] == b"\x89PNG\r\n\x1a\n"
    assert logo_pixmap(values.company_logo_png).width() == 600  # scaled to fit
    assert values == replace(
        original,
        company_name="ACME 培训",
        company_logo_png=values.company_logo_png,
        exchange_rates={"EUR": 1.08, "CNY": 0.14, "GBP": 1.27},
        backup_keep_weekly=9,
        backup_on_open=False,
    )


def test_settings_are_saved_through_the_audited_door(qtbot: Any, window: Any, dialogs: Any) -> None:
    changed = AppSettings(company_name="新公司", base_currency="CNY", exchange_rates={"USD": 7.1})
    dialogs.settings_result = changed
    qtbot.waitUntil(lambda: window.file_actions.settings_action.isEnabled())
    window.file_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: "Edit settings" in window.status_bar.last_action.text())
    (shown,) = dialogs.called("edit_settings")
    assert shown[0] == AppSettings()
    assert settings_of(window.db) == changed
    with window.db.reading() as session:
        from sqlalchemy import select

        from db.models import AuditEntry

        actions = set(session.scalars(select(AuditEntry.action)))
    assert "Edit settings" in actions


# -- backup and restore ----------------------------------------------------------------------
def test_restore_dialog_lists_backups(qtbot: Any, tmp_path: Path) -> None:
    import datetime as dt

    rows = [
        BackupRow(tmp_path / "b1.db", dt.datetime(2026, 3, 4, 9, 30), "manual", {"courses": 12}),
        BackupRow(tmp_path / "b2.db", dt.datetime(2026, 3, 3, 8, 0), "pre-restore", {}),
    ]
    dialog = RestoreDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 2
    first, second = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert first is not None and second is not None
    assert first.text(0) == "2026-03-04  09:30"
    assert first.text(1) == "Backup now" and first.text(2) == "12" and first.text(3) == "?"
    assert second.text(1) == "Before a restore"
    assert not dialog.restore_button.isEnabled()
    dialog.tree.setCurrentItem(first)
    assert dialog.restore_button.isEnabled() and dialog.chosen() == tmp_path / "b1.db"


def test_backup_now_then_restore_reopens_the_file(qtbot: Any, window: Any, dialogs: Any) -> None:
    path = window.db.path
    qtbot.waitUntil(lambda: window.file_actions.backup_action.isEnabled())
    window.file_actions.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backup written to" in window.status_bar.last_action.text())
    backup = next(r.path for r in backup_rows(path) if r.reason == "manual")
    assert str(backup) in window.status_bar.last_action.text()

    def add(session: Any) -> None:
        from db.models import Employee

        session.add(Employee(employee_id="E999", name="Added after backup"))

    DbOp(window, window.db, add, action="Add person").run()
    drain()
    assert counts(path)["employees"] == 8

    dialogs.backup_choice = backup
    window.file_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: "Restored from" in window.status_bar.last_action.text(), timeout=20_000)
    assert window.db is not None and window.db.path == path
    (listed,) = dialogs.called("choose_backup")
    assert any(r.path == backup and r.counts["employees"] == 7 for r in listed[0])
    assert counts(path)["employees"] == 7
    assert any(r.reason == "pre-restore" for r in backup_rows(path))


# -- about, errors, crashes ------------------------------------------------------------------
def test_about_shows_versions_of_the_open_file(qtbot: Any, window: Any, dialogs: Any) -> None:
    from db.migrate import head_revision

    window.file_actions.about_action.trigger()
    qtbot.waitUntil(lambda: dialogs.facts is not None)
    assert dialogs.facts.path == window.db.path
    assert dialogs.facts.schema_revision == dialogs.facts.program_revision == head_revision()


def test_app_error_in_background_shows_a_readable_dialog(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    def refuse(_session: Any) -> None:
        raise AppError(msg("value.bad_date", value="31/02/2026"))

    DbRead(window, window.db, refuse, label="Import").run()
    qtbot.waitUntil(lambda: bool(dialogs.called("show_error")))
    assert dialogs.called("show_error") == [
        ("Import", "'31/02/2026' is not a date; write it as YYYY-MM-DD.")
    ]
    assert not dialogs.called("show_crash")


def test_unexpected_error_reaches_the_crash_dialog_and_the_log(
    qtbot: Any, window: Any, dialogs: Any
) -> None:
    def broken(_session: Any) -> None:
        raise RuntimeError("disk gremlins")

    DbOp(window, window.db, broken, action="Edit course").run()
    qtbot.waitUntil(lambda: bool(dialogs.called("show_crash")))
    ((details, path),) = dialogs.called("show_crash")
    assert "RuntimeError: disk gremlins" in details and "Training Desk" in details
    assert path == log_file()
    assert "disk gremlins" in path.read_text(encoding="utf-8")


def test_excepthook_routes_uncaught_errors_to_the_crash_dialog(
    window: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: window.dialogs)
    try:
        raise ValueError("uncaught in a slot")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    ((details, _path),) = dialogs.called("show_crash")
    assert "ValueError: uncaught in a slot" in details


def test_open_failure_for_a_foreign_file(
    qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database", encoding="utf-8")
    window = make_window(None)
    window.open_path(foreign)
    qtbot.waitUntil(lambda: bool(dialogs.called("get_open_file")))
    ((_title, text),) = dialogs.called("show_error")
    assert "is not a database file" in text
    assert window.db is None and not window.file_actions.backup_action.isEnabled()
    opened = open_database(tmp_path / "fine.db")
    opened.db.close()
