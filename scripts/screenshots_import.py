"""Screenshots of the import wizard's pages, offscreen, into ./screenshots/ (import-*.png).

    .venv/bin/python scripts/screenshots_import.py [--out screenshots] [--lang en|zh_CN]

Uses the small sample company of the window tests and a CSV with Chinese headers, one
column the mapper does not know and one bad row, and walks the real wizard page by page.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests" / "desktop"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from scripts.shot_support import (  # noqa: E402
    private_work_folder,
    shooter,
    shot_arguments,
    start_gui,
    wait_until,
)

SOURCE_CSV = (
    "课程编号,课程名称,课程简介,开课学校,价格,时长（小时）\n"
    "IMP-001,数据分析入门,用 Excel 和 SQL 做数据分析,清华大学,1299,12\n"
    "IMP-002,项目管理实战,从立项到复盘,北京大学,很贵,8\n"
    "IMP-003,沟通技巧,倾听与反馈,,免费,6\n"
    "IMP-004,Python for Analysts,Pandas and notebooks,Coursera,49 USD,2–3 hours per week\n"
)


def forward(wizard: Any) -> None:
    from PySide6.QtWidgets import QWizard

    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    wait_until(button.isEnabled)
    button.click()


def shoot_workbook_and_encoding(window: Any, work: Path, shoot: Any) -> None:
    """A workbook whose first sheet is a note (refused, the second chosen); a latin-1 CSV."""
    from openpyxl import Workbook

    from desktop.gui.import_wizard import ImportWizard

    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表由人事部导出"])
    staff = book.create_sheet("员工")
    staff.append(["工号", "姓名", "邮箱", "部门", "岗位", "入职日期"])
    staff.append(["00042", "赵六", "zhao@example.com", "Sales", "Account Manager", "2021-03-01"])
    staff.append(["E900", "Dana Lee", "dana@example.com", "Finance", "Team Lead", "2019-11-30"])
    workbook = work / "员工名单.xlsx"
    book.save(workbook)
    wizard = ImportWizard(window.db, "learners", window)
    wizard.resize(900, 640)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(workbook))
    forward(wizard)
    page = wizard.source_page
    wait_until(lambda: bool(page.error_text()))
    shoot(wizard, "import-8-first-sheet-refused")
    page.sheet_combo.setCurrentIndex(1)
    wait_until(page.isComplete)
    shoot(wizard, "import-9-second-sheet")
    forward(wizard)
    shoot(wizard, "import-10-learner-mapping")
    wizard.close()

    latin = work / "cours.csv"
    latin.write_bytes("code,title\nFR-1,Café crème pour débutants\n".encode("latin-1"))
    wizard = ImportWizard(window.db, "courses", window)
    wizard.resize(900, 640)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(latin))
    forward(wizard)
    wait_until(lambda: bool(wizard.source_page.error_text()))
    shoot(wizard, "import-11-unknown-encoding")
    wizard.close()


def main() -> int:
    args = shot_arguments(__doc__)
    work = private_work_folder("training-desk-import-shots-")

    from gui_fixtures import build_sample_database

    from desktop.gui.import_wizard import ImportWizard
    from desktop.gui.main_window import MainWindow

    db_path = build_sample_database(work / "sample.db")
    source = work / "课程清单.csv"
    source.write_text(SOURCE_CSV, encoding="utf-8")

    _app = start_gui(args.lang)
    shoot = shooter(args.out)

    window = MainWindow(ask_first_run=False)
    window.resize(1400, 900)
    window.show()
    window.open_path(db_path)
    wait_until(lambda: window.db is not None)
    assert window.db is not None
    wizard = ImportWizard(window.db, "courses", window)
    wizard.resize(900, 640)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(source))
    shoot(wizard, "import-1-choose-file")

    forward(wizard)
    wait_until(wizard.source_page.isComplete)
    shoot(wizard, "import-2-sheet-encoding")
    forward(wizard)
    hours = wizard.mapping_page.combo_for("hours")
    hours.setCurrentIndex(hours.findData(5))
    shoot(wizard, "import-3-mapping")
    forward(wizard)
    wait_until(wizard.preview_page.isComplete)
    shoot(wizard, "import-4-preview")
    forward(wizard)
    shoot(wizard, "import-5-validation")
    wizard.validation_page.skip_invalid.setChecked(True)
    forward(wizard)
    wait_until(lambda: wizard.currentPage() is wizard.summary_page)
    shoot(wizard, "import-6-summary")
    wizard.close()
    shoot_workbook_and_encoding(window, work, shoot)
    window.show_section("catalog")
    catalog: Any = window.section("catalog")
    wait_until(lambda: any(r.code == "IMP-001" for r in catalog.model.all_rows))
    shoot(window, "import-7-catalog-after")
    window.close()
    sys.stdout.write(f"screenshots in {args.out}" + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
