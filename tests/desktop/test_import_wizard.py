"""The import wizard, walked through its buttons on a real window with fake dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import drain
from PySide6.QtWidgets import QWizard

from desktop.gui.import_wizard import last_folder

pytest_plugins = ["gui_plugin"]

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton

# Chinese headers as an admin's own sheet has them; "时长（小时）" is not a name the
# mapper knows, and row 3 (the file's row numbering: header is row 1) has a price that
# is not an amount.
CHINESE_CSV = (
    "课程编号,课程名称,课程简介,开课学校,价格,时长（小时）\n"
    "IMP-001,数据分析入门,用 Excel 和 SQL 做数据分析,清华大学,199,12\n"
    "IMP-002,项目管理实战,从立项到复盘,北京大学,很贵,8\n"
    "IMP-003,沟通技巧,倾听与反馈,,0,6\n"
)


def open_wizard(window: Any, dialogs: Any, kind: str, path: Path) -> Any:
    """File → Import ▸ kind, then choose ``path`` with Browse… (answered by the fake)."""
    window.file_actions.import_actions[kind].trigger()
    wizard = dialogs.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.choose_page.kind_button(kind).isChecked()
    dialogs.open_file = path
    wizard.choose_page.browse_button.click()
    assert wizard.choose_page.path_edit.text() == str(path)
    return wizard


def next_when_ready(qtbot: Any, wizard: Any, button: Any = NEXT) -> None:
    qtbot.waitUntil(lambda: wizard.button(button).isEnabled(), timeout=10_000)
    wizard.button(button).click()


def catalog_codes(window: Any) -> set[str]:
    return {row.code for row in window.section("catalog").model.all_rows}


def test_wizard_imports_chinese_csv_after_fixing_a_mapping_and_skipping_a_bad_row(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "课程清单.csv"
    source.write_text(CHINESE_CSV, encoding="utf-8")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: "C-SQL1" in catalog_codes(window))
    wizard = open_wizard(window, dialogs, "courses", source)

    next_when_ready(qtbot, wizard)  # → sheet and encoding
    assert wizard.currentPage() is wizard.source_page
    assert last_folder() == str(tmp_path)  # the next Browse… starts here
    qtbot.waitUntil(lambda: wizard.source_page.isComplete(), timeout=10_000)
    assert "utf-8" in wizard.source_page.detected_label.text().lower()
    assert wizard.source_page.sample.rowCount() == 3
    assert not wizard.source_page.sheet_combo.isVisible()  # a CSV has no sheets

    next_when_ready(qtbot, wizard)  # → mapping
    mapping = wizard.mapping_page
    chosen = {name: mapping.combo_for(name).currentData() for name in mapping.combos}
    assert chosen["code"] == 0 and chosen["title"] == 1 and chosen["description"] == 2
    assert chosen["provider"] == 3 and chosen["price"] == 4
    assert chosen["hours"] is None  # "时长（小时）" was not recognised
    assert mapping.combo_for("hours").itemText(6) == "6 · 时长（小时）"
    assert "时长（小时）" in mapping.unmapped_label.text()
    hours = mapping.combo_for("hours")
    hours.setCurrentIndex(hours.findData(5))
    assert wizard.job.mapping.columns["hours"] == 5
    assert mapping.samples["hours"].text() == "12"
    assert mapping.unmapped_label.text() == ""

    next_when_ready(qtbot, wizard)  # → preview
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10_000)
    records = wizard.preview_page.records
    titles = [records.data(records.index(r, records.headers.index("title"))) for r in range(2)]
    assert titles == ["数据分析入门", "沟通技巧"]
    hours_column = records.headers.index("hours")
    assert records.data(records.index(0, hours_column)) == "12"

    next_when_ready(qtbot, wizard)  # → validation report
    report = wizard.validation_page
    assert wizard.currentPage() is report
    problems = report.problems.all_rows
    assert [(p.row, p.column, p.field) for p in problems] == [(3, "价格", "price")]
    assert "很贵" in problems[0].message.text()
    summary = report.summary_label.text()
    assert "added 2" in summary and "refused 1" in summary
    assert not wizard.button(COMMIT).isEnabled()  # not while a problem stands
    report.skip_invalid.setChecked(True)
    assert wizard.button(COMMIT).isEnabled()

    wizard.button(COMMIT).click()  # → import, then the summary
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    result = wizard.summary_page.result_label.text()
    assert "added 2" in result and "refused 1" in result
    assert [p.row for p in wizard.summary_page.problems.all_rows] == [3]

    # The import's broadcast reloads the Catalog table by itself.
    qtbot.waitUntil(lambda: {"IMP-001", "IMP-003"} <= catalog_codes(window), timeout=10_000)
    assert "IMP-002" not in catalog_codes(window)
    rows = {r.code: r for r in window.section("catalog").model.all_rows}
    assert rows["IMP-001"].title == "数据分析入门" and rows["IMP-001"].hours == 12
    status = window.status_bar.last_action.text()
    assert "课程清单.csv" in status and "added 2" in status
    wizard.button(FINISH).click()
    assert not wizard.isVisible()


def test_wizard_refuses_to_import_while_problems_stand_and_writes_nothing_on_cancel(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "courses.csv"
    source.write_text(CHINESE_CSV, encoding="utf-8")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: "C-SQL1" in catalog_codes(window))
    wizard = open_wizard(window, dialogs, "courses", source)
    for _page in ("source", "mapping", "preview", "report"):
        next_when_ready(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.validation_page, timeout=10_000)
    assert not wizard.button(COMMIT).isEnabled()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    drain()
    assert "IMP-001" not in catalog_codes(window)
    assert not dialogs.called("show_error")


def test_cancelling_the_import_writes_nothing(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    import threading

    from desktop.gui.dbop import BackgroundOp

    source = tmp_path / "courses.csv"
    source.write_text(CHINESE_CSV.replace("很贵", "99"), encoding="utf-8")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: "C-SQL1" in catalog_codes(window))
    wizard = open_wizard(window, dialogs, "courses", source)
    for _page in ("source", "mapping", "preview", "report"):
        next_when_ready(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.validation_page, timeout=10_000)
    # Keep the one worker busy so the import is still queued when Cancel is clicked.
    release = threading.Event()
    BackgroundOp(None, lambda _state: release.wait(10)).run()
    next_when_ready(qtbot, wizard, COMMIT)
    assert wizard.currentPage() is wizard.run_page
    wizard.run_page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert "cancelled" in wizard.summary_page.result_label.text()
    assert "Nothing was written" in wizard.summary_page.result_label.text()
    drain()
    with window.db.reading() as session:
        from core.listing import course_rows

        assert not any(row.code.startswith("IMP-") for row in course_rows(session))
    assert not dialogs.called("show_error")


def test_wizard_reads_the_second_sheet_of_a_workbook(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "说明"
    first.append(["This sheet explains the file"])
    second = book.create_sheet("员工")
    second.append(["工号", "姓名", "邮箱", "部门"])
    second.append(["00042", "赵六", "zhao@example.com", "Sales"])
    second.append(["E900", "Dana Lee", "dana@example.com", "Finance"])
    source = tmp_path / "people.xlsx"
    book.save(source)

    window.show_section("people")
    wizard = open_wizard(window, dialogs, "courses", source)
    wizard.choose_page.kind_button("learners").setChecked(True)
    next_when_ready(qtbot, wizard)
    page = wizard.source_page
    # The first sheet is a note, not a table: said on the page, with the sheets to choose.
    qtbot.waitUntil(lambda: bool(page.error_text()), timeout=10_000)
    assert "people.xlsx" in page.error_text()
    assert not wizard.button(NEXT).isEnabled()
    assert page.sheet_combo.isVisible()
    assert [page.sheet_combo.itemText(i) for i in range(2)] == ["说明", "员工"]
    assert not page.encoding_combo.isVisible()  # a workbook has no text encoding
    page.sheet_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.isComplete() and page.sample.rowCount() == 2, timeout=10_000)
    assert page.sample.headers[0] == "1 · 工号"
    assert page.sample.data(page.sample.index(0, 0)) == "00042"  # leading zeros kept

    next_when_ready(qtbot, wizard)  # → mapping
    columns = wizard.job.mapping.columns
    assert (columns["employee_id"], columns["name"], columns["department"]) == (0, 1, 3)
    assert wizard.mapping_page.date_form.isVisible()  # learners have a hire date
    next_when_ready(qtbot, wizard)  # → preview
    next_when_ready(qtbot, wizard)  # → report
    assert wizard.validation_page.problems.all_rows == []
    next_when_ready(qtbot, wizard, COMMIT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert "added 2" in wizard.summary_page.result_label.text()
    people = window.section("people")
    qtbot.waitUntil(
        lambda: {"00042", "E900"} <= {r.employee_id for r in people.model.all_rows},
        timeout=10_000,
    )


def test_going_back_and_changing_the_mapping_checks_the_file_again(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "courses.csv"
    source.write_text(CHINESE_CSV, encoding="utf-8")
    wizard = open_wizard(window, dialogs, "courses", source)
    for _page in ("source", "mapping", "preview"):
        next_when_ready(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    assert "hours" not in wizard.preview_page.records.headers
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    hours = wizard.mapping_page.combo_for("hours")
    hours.setCurrentIndex(hours.findData(5))
    price = wizard.mapping_page.combo_for("price")
    price.setCurrentIndex(0)  # — not imported —: the bad price no longer counts
    next_when_ready(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    records = wizard.preview_page.records
    assert "hours" in records.headers and "price" not in records.headers
    assert records.rowCount() == 3
    next_when_ready(qtbot, wizard)
    assert wizard.validation_page.problems.all_rows == []
    assert wizard.button(COMMIT).isEnabled()


def test_duplicate_headers_are_reported_and_mapped_by_column_number(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "survey.csv"
    source.write_text("code,Name,Name\nD-1,Old title,New title\n", encoding="utf-8")
    wizard = open_wizard(window, dialogs, "courses", source)
    next_when_ready(qtbot, wizard)
    next_when_ready(qtbot, wizard)  # → mapping
    mapping = wizard.mapping_page
    assert mapping.combo_for("title").currentData() is None  # never guessed
    assert "'Name' appears more than once" in mapping.problems_label.text()
    assert not wizard.button(NEXT).isEnabled()  # title is required
    title = mapping.combo_for("title")
    assert [title.itemText(i) for i in (2, 3)] == ["2 · Name", "3 · Name"]
    title.setCurrentIndex(title.findData(2))
    assert wizard.job.overrides == ["title=3"]  # the same words as --map title=3
    next_when_ready(qtbot, wizard)  # → preview
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    records = wizard.preview_page.records
    assert records.data(records.index(0, records.headers.index("title"))) == "New title"


def test_an_unknown_encoding_is_shown_and_another_can_be_chosen(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "latin.csv"
    source.write_bytes("code,title\nFR-1,Café crème pour débutants\n".encode("latin-1"))
    wizard = open_wizard(window, dialogs, "courses", source)
    next_when_ready(qtbot, wizard)
    page = wizard.source_page
    qtbot.waitUntil(lambda: bool(page.error_text()), timeout=10_000)
    assert "latin.csv" in page.error_text()
    assert not wizard.button(NEXT).isEnabled()  # nothing to map: never silent mojibake
    assert page.encoding_combo.isVisible()
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("latin-1"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.error_text() == ""
    assert page.sample.data(page.sample.index(0, 1)) == "Café crème pour débutants"
    assert "latin-1" in page.detected_label.text()


@pytest.mark.parametrize("rows", [20_000])
def test_checking_a_large_file_keeps_the_window_responsive(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path, rows: int
) -> None:
    import time

    from PySide6.QtCore import QTimer

    source = tmp_path / "big.csv"
    lines = ["code,title,provider,price,hours"]
    lines += [
        f"B{n:05d},Course {n} 课程,Provider {n % 40},{n % 300},{n % 20 + 1}" for n in range(rows)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = open_wizard(window, dialogs, "courses", source)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    next_when_ready(qtbot, wizard)  # read 20,000 rows on the worker
    next_when_ready(qtbot, wizard)  # mapping
    next_when_ready(qtbot, wizard)  # preview: checks every row on the worker
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=60_000)
    timer.stop()
    assert wizard.job.preview.added == rows
    # The GUI thread kept turning while the worker read and checked the file.
    assert max(gaps) < 0.5, f"longest GUI-thread stall {max(gaps) * 1000:.0f} ms"
