"""The Reports section: choose, preview, save, print and open — the PDF the CLI would write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

pytest_plugins = ["gui_plugin"]


def _reports(qtbot: Any, window: Any) -> Any:
    window.show_section("reports")
    reports = window.section("reports")
    qtbot.waitUntil(lambda: reports.form.person.count() == 6, timeout=10_000)  # active people
    return reports


def _previewed(qtbot: Any, reports: Any) -> None:
    qtbot.waitUntil(lambda: reports.previewed is not None, timeout=30_000)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_person_s_plan_previews_then_saves_the_very_file_previewed(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    reports = _reports(qtbot, window)
    reports.form.choose("plan", "E001")
    reports.preview_button.click()
    _previewed(qtbot, reports)
    pages = reports.preview.page_labels()
    assert len(pages) == reports.previewed.pages >= 1
    image = reports.preview.pages[0]
    # A rendered page, not a blank one: some pixels are dark (text).
    dark = sum(
        1
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50

    dialogs.save_file = tmp_path / "王芳 plan"
    reports.save_button.click()
    saved = tmp_path / "王芳 plan.pdf"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes() == reports.previewed.path.read_bytes()
    assert "王芳" in _text(saved)


def test_print_goes_through_the_print_dialog_and_cancel_prints_nothing(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    reports = _reports(qtbot, window)
    reports.form.choose("transcript", "E004")
    dialogs.print_to = None  # the user cancels the print dialog
    reports.print_button.click()  # writes the preview first, then asks
    _previewed(qtbot, reports)
    qtbot.waitUntil(lambda: any(c[0] == "choose_printer" for c in dialogs.calls))
    dialogs.print_to = tmp_path / "printed.pdf"
    reports.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "printed.pdf").exists(), timeout=20_000)
    qtbot.waitUntil(lambda: "printer" in window.status_bar.last_action.text(), timeout=20_000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == reports.previewed.pages
    reports.open_button.click()
    assert dialogs.opened_in_viewer == [reports.previewed.path]


def test_a_department_batch_saves_as_a_zip_of_one_pdf_per_person(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    import zipfile

    reports = _reports(qtbot, window)
    reports.form.choose("plan")
    reports.form.scope.setCurrentIndex(reports.form.scope.findData("department"))
    reports.form.department.setCurrentIndex(reports.form.department.findData("Sales"))
    request = reports.form.request()
    assert request is not None and request.department == "Sales" and request.learner is None
    dialogs.save_file = tmp_path / "sales.zip"
    reports.save_button.click()
    qtbot.waitUntil((tmp_path / "sales.zip").exists, timeout=30_000)
    with zipfile.ZipFile(tmp_path / "sales.zip") as archive:
        assert len(archive.namelist()) == 3  # 张伟, Alice Wang, 王小明


def test_changing_the_choice_marks_the_preview_out_of_date(qtbot: Any, window: Any) -> None:
    reports = _reports(qtbot, window)
    reports.form.choose("plan", "E002")
    reports.preview_button.click()
    _previewed(qtbot, reports)
    reports.form.choose("plan", "E003")
    assert reports.previewed is None
    assert not reports.preview.page_labels()


def test_right_click_training_plan_on_a_person_previews_their_plan(qtbot: Any, window: Any) -> None:
    window.show_section("people")
    people = window.section("people")
    qtbot.waitUntil(lambda: people.model.rowCount() == 7, timeout=10_000)
    people.select_id(next(r.id for r in people.model.visible_rows if r.employee_id == "E007"))
    assert people.plan_report_action in people.context_actions()
    people.plan_report_action.trigger()
    assert window.current_section().key == "reports"
    reports = window.section("reports")
    qtbot.waitUntil(lambda: reports.previewed is not None, timeout=30_000)
    assert reports.previewed.request.learner == "E007"
    assert "王小明" in _text(reports.previewed.path)


def test_saving_into_a_folder_that_cannot_be_written_says_so(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    reports = _reports(qtbot, window)
    reports.form.choose("transcript", "E001")
    reports.preview_button.click()
    _previewed(qtbot, reports)
    dialogs.save_file = tmp_path / "missing folder" / "transcript.pdf"
    reports.save_button.click()
    errors = [c for c in dialogs.calls if c[0] == "show_error"]
    assert errors and "missing folder" in str(errors[-1])
