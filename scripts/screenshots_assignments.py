"""Screenshots of Assignments & Paths, the compliance view and the person page, on the demo.

    .venv/bin/python scripts/screenshots_assignments.py [--out screenshots] [--lang en|zh_CN]

Generates the demo company (``core.demo``, default size) with ``as_of`` = today, so the due
and expiry states look as an admin would see them this morning, opens the real main window
offscreen at 1400x900 and saves: the assignments table, its overdue filter, the compliance
grid (all and one department), a person page's Assignments and Certificates tabs (a person
with a Chinese name), and the assign (with its plan), progress, learning-path dialogs.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.shot_support import (  # noqa: E402 - after the path is set
    open_window,
    private_work_folder,
    shooter,
    shot_arguments,
    start_gui,
    wait_until,
)


def build_demo(path: Path) -> Path:
    from core.database import open_database
    from core.demo.generate import DemoParams, generate_demo

    opened = open_database(path)
    try:
        generate_demo(opened.db, DemoParams(as_of=dt.date.today()))
    finally:
        opened.db.close()
    return path


def main() -> int:
    args = shot_arguments(__doc__)
    work = private_work_folder("training-desk-assign-shots-")
    db_path = build_demo(work / "demo.db")
    _app = start_gui(args.lang)
    shoot = shooter(args.out)
    window = open_window(db_path)
    shoot_assignments(window, shoot)
    shoot_person_page(window, shoot)
    shoot_dialogs(window, shoot)
    window.close()
    sys.stdout.write(f"screenshots in {args.out}" + "\n")
    return 0


def shoot_assignments(window: Any, shoot: Any) -> None:
    section = window.section("assignments")
    window.show_section("assignments")
    wait_until(lambda: section.loaded)
    section.select_where(lambda r: r.due_state == "overdue")
    wait_until(lambda: bool(section.detail.heading))
    shoot(window, "a01-assignments")
    due = section.due_filter.combo
    due.setCurrentIndex(due.findData("due_30"))
    shoot(window, "a02-assignments-due-in-30-days")
    due.setCurrentIndex(0)

    section.compliance_action.trigger()
    wait_until(lambda: section.compliance.loaded)
    shoot(window, "a03-compliance")
    view = section.compliance
    view.loaded = False
    view.department.setCurrentIndex(1)
    wait_until(lambda: view.loaded)
    shoot(window, "a04-compliance-one-department")
    section.compliance_action.trigger()


def shoot_person_page(window: Any, shoot: Any) -> None:
    people = window.section("people")
    window.show_section("people")
    wait_until(lambda: people.loaded)
    people.select_where(lambda r: any(ord(c) > 0x3000 for c in r.name) and r.active)
    wait_until(lambda: bool(people.detail.heading))
    wait_until(lambda: bool(people.page_tabs.assignments.heading))
    for tab, name in ((1, "a05-person-assignments"), (2, "a06-person-certificates")):
        people.detail_tabs.setCurrentIndex(tab)
        shoot(window, name)
    people.detail_tabs.setCurrentIndex(0)


def shoot_dialogs(window: Any, shoot: Any) -> None:
    from core.progress import progress_input
    from desktop.gui.assign_dialog import AssignDialog, AssignPreset, read_assign_choices
    from desktop.gui.path_dialog import PathEditor, PathsDialog
    from desktop.gui.progress_dialog import ProgressDialog

    db, today = window.db, dt.date.today()
    section = window.section("assignments")
    window.show_section("assignments")
    with db.reading() as session:
        choices = read_assign_choices(session)
    department = choices.departments[0]
    dialog = AssignDialog(section, db, choices, AssignPreset("department", department), today)
    if choices.paths:
        dialog.path_choice.setChecked(True)
    dialog.mandatory.setChecked(True)
    dialog.show()
    wait_until(lambda: not dialog.planning and dialog.plan_result is not None)
    shoot(dialog, "a07-assign-dialog")
    dialog.close()

    row = next(r for r in section.model.all_rows if r.status == "in_progress")
    with db.reading() as session:
        data = progress_input(session, row.id)
    progress = ProgressDialog(section, db, row, data, today)
    progress.show()
    shoot(progress, "a08-progress-dialog")
    progress.close()

    paths = PathsDialog(section, db)
    paths.show()
    wait_until(lambda: paths.loaded)
    shoot(paths, "a09-learning-paths")
    if paths.model.all_rows:
        paths.table.selectRow(0)
        editor = paths.editor(paths.model.all_rows[0])
    else:
        editor = PathEditor(paths, db, paths.courses)
    editor.show()
    shoot(editor, "a10-learning-path-editor")
    editor.close()
    paths.close()


if __name__ == "__main__":
    sys.exit(main())
