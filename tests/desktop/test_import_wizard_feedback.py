"""The import wizard on a survey sheet: questions found, the Likert table edited, imported."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QSpinBox, QWizard
from sqlalchemy import text

pytest_plugins = ["gui_plugin"]

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton

SURVEY_CSV = (
    "Campus,1 - Did the class meet your expectations?,Please share your comments,"
    "2 - 课程内容是否清楚？,Please share your comments\n"
    'Paris,"Yes, absolutely",Great examples,非常满意,\n'
    "Lyon,Meh,,一般,讲得太快\n"
    'Lyon,"No, not at all",Too fast,不满意,\n'
)


def next_when_ready(qtbot: Any, wizard: Any, button: Any = NEXT) -> None:
    qtbot.waitUntil(lambda: wizard.button(button).isEnabled(), timeout=10_000)
    wizard.button(button).click()


def test_survey_import_with_an_answer_added_to_the_likert_table(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "survey.csv"
    source.write_text(SURVEY_CSV, encoding="utf-8")
    window.file_actions.import_actions["courses"].trigger()
    wizard = dialogs.import_wizard
    wizard.choose_page.kind_button("feedback").setChecked(True)
    dialogs.open_file = source
    wizard.choose_page.browse_button.click()
    next_when_ready(qtbot, wizard)  # → sheet and encoding
    qtbot.waitUntil(lambda: wizard.source_page.isComplete(), timeout=10_000)
    next_when_ready(qtbot, wizard)  # → mapping
    mapping = wizard.mapping_page
    assert mapping.survey_label.isVisible() and "2 questions" in mapping.survey_label.text()
    next_when_ready(qtbot, wizard)  # → course and answers
    page = wizard.likert_page
    assert wizard.currentPage() is page
    assert not wizard.button(NEXT).isEnabled()  # no course column and none entered yet
    questions = page.questions
    assert questions.rowCount() == 2
    assert questions.data(questions.index(1, 0)) == "2 - 课程内容是否清楚？"
    assert "Meh" in page.unknown_label.text()
    page.course_edit.setText("C-SQL1")
    assert wizard.button(NEXT).isEnabled()  # unknown answers are refused rows, not a block
    page.add_unknown_button.click()
    page.editor.set_rating("Meh", 2)
    assert wizard.job.likert["Meh"] == 2
    assert not page.add_unknown_button.isVisible()
    os.makedirs("/tmp/td-shots", exist_ok=True)
    wizard.grab().save("/tmp/td-shots/likert_page.png")

    next_when_ready(qtbot, wizard)  # → preview
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10_000)
    records = wizard.preview_page.records
    assert "answers" in records.headers
    next_when_ready(qtbot, wizard)  # → validation report
    report = wizard.validation_page
    assert report.problems.all_rows == []
    next_when_ready(qtbot, wizard, COMMIT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert "added 3" in wizard.summary_page.result_label.text()
    wizard.button(FINISH).click()
    with window.db.reading() as session:
        rows = session.execute(
            text("SELECT rating, comment, question FROM feedback WHERE question IS NOT NULL")
        ).all()
    assert len(rows) == 6
    assert (2, None, "1 - Did the class meet your expectations?") in rows
    assert (3, "讲得太快", "2 - 课程内容是否清楚？") in rows


def test_the_likert_table_can_be_reset_and_edits_are_remembered(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from core.importing.likert import DEFAULT_LIKERT
    from desktop.gui.likert_page import saved_likert

    source = tmp_path / "survey.csv"
    source.write_text(SURVEY_CSV, encoding="utf-8")
    window.file_actions.import_file("feedback")
    wizard = dialogs.import_wizard
    assert wizard.choose_page.kind_button("feedback").isChecked()
    dialogs.open_file = source
    wizard.choose_page.browse_button.click()
    for _page in ("source", "mapping", "likert"):
        next_when_ready(qtbot, wizard)
    page = wizard.likert_page
    assert wizard.currentPage() is page
    table = page.editor.table
    spin = table.cellWidget(0, 1)
    assert isinstance(spin, QSpinBox)
    first = table.item(0, 0).text()
    spin.setValue(1)
    saved = saved_likert()
    assert saved is not None and saved[first] == 1  # the next import starts from it
    assert wizard.job.likert is not None and wizard.job.likert[first] == 1
    page.editor.reset_button.click()
    assert page.editor.answers()[first] == DEFAULT_LIKERT[first] != 1


def test_file_menu_offers_feedback_import_and_export(qtbot: Any, window: Any, dialogs: Any) -> None:
    actions = window.file_actions
    assert "feedback" in actions.import_actions and "feedback" in actions.export_actions
    actions.import_actions["feedback"].trigger()
    assert dialogs.import_wizard is not None and dialogs.import_wizard.job.kind == "feedback"
    dialogs.import_wizard.close()
