"""Screenshots of every section and dialog, offscreen, at 1400x900, into ./screenshots/.

    .venv/bin/python scripts/screenshots.py [--out screenshots] [--lang en|zh_CN]

Builds a demo database in a temporary folder (core.demo when installed), opens the real
main window and saves one PNG per section, the People detail of a person with a Chinese
name, the Catalog detail, the settings, restore, first-run and about dialogs, the course,
person, departments and roles dialogs, and a course's History tab after an edit and Undo.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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


def main() -> int:
    args = shot_arguments(__doc__, sizes=True)
    work = private_work_folder("training-desk-shots-")

    from scripts.sample_company import build_demo_or_company

    db_path = work / "demo.db"
    source = build_demo_or_company(db_path, args.people, args.courses)
    sys.stdout.write(f"demo data from {source}: {db_path}" + "\n")

    from core.database import backup_now, open_database, settings_of
    from core.listing import backup_rows, file_facts
    from desktop.gui.about import AboutDialog
    from desktop.gui.first_run import FirstRunDialog
    from desktop.gui.restore_dialog import RestoreDialog
    from desktop.gui.settings_dialog import SettingsDialog

    opened = open_database(db_path)
    backup_now(opened.db)  # so the restore dialog has more than the daily backup to list
    opened.db.close()

    _app = start_gui(args.lang)
    shoot = shooter(args.out)
    window = open_window(db_path)
    for number, section in enumerate(window.sections, start=1):
        window.show_section(section.key)
        if hasattr(section, "loaded"):
            wait_until(lambda s=section: bool(getattr(s, "loaded", True)))
        shoot(window, f"{number:02d}-{section.key}")

    people = window.section("people")
    window.show_section("people")
    people.select_where(lambda r: any(ord(c) > 0x3000 for c in r.name) and bool(r.manager))
    wait_until(lambda: bool(people.detail.heading))
    shoot(window, "08-people-detail-chinese-name")

    window.search_box.setText("王")
    wait_until(lambda: people.search_text == "王")
    shoot(window, "09-people-search")
    window.search_box.clear()

    catalog = window.section("catalog")
    window.show_section("catalog")
    catalog.select_where(lambda r: bool(r.skills) and bool(r.provider))
    wait_until(lambda: bool(catalog.detail.heading))
    shoot(window, "10-catalog-detail")

    assert window.db is not None
    db = window.db
    settings = settings_of(db)
    settings.exchange_rates = {"EUR": 1.08, "CNY": 0.14}
    dialog = SettingsDialog(settings, None, window)
    dialog.show()
    shoot(dialog, "11-settings-dialog")
    dialog.close()

    restore = RestoreDialog(backup_rows(db.path), window)
    restore.show()
    shoot(restore, "12-restore-dialog")
    restore.close()

    first = FirstRunDialog(window)
    first.show()
    shoot(first, "13-first-run-dialog")
    first.close()

    with db.reading() as session:
        facts = file_facts(session, db.path)
    about = AboutDialog(facts, window)
    about.show()
    shoot(about, "14-about-dialog")
    about.close()

    shoot_editing(window, shoot)
    window.close()
    sys.stdout.write(f"screenshots in {args.out}" + "\n")
    return 0


def shoot_editing(window: Any, shoot: Callable[[Any, str], None]) -> None:
    """The editing dialogs over the demo data, and a History tab after an edit and its Undo."""
    from core.catalog import course_input, update_course
    from core.people import employee_input
    from desktop.gui.course_dialog import CourseDialog, read_course_choices
    from desktop.gui.dbop import DbOp, worker
    from desktop.gui.department_dialog import DepartmentsDialog
    from desktop.gui.person_dialog import PersonDialog, read_person_choices
    from desktop.gui.role_dialog import RolesDialog

    db = window.db
    catalog, people = window.section("catalog"), window.section("people")
    window.show_section("catalog")
    course = catalog.selected_row()
    with db.reading() as session:
        choices, data = read_course_choices(session), course_input(session, course.id)
    dialog = CourseDialog(catalog, db, choices, data, course.id)
    for tab, name in ((0, "15-course-dialog"), (2, "16-course-dialog-skills")):
        dialog.tabs.setCurrentIndex(tab)
        dialog.show()
        shoot(dialog, name)
    dialog.close()

    window.show_section("people")
    person = people.selected_row() or people.model.visible_rows[0]
    with db.reading() as session:
        person_choices, person_data = (
            read_person_choices(session),
            employee_input(session, person.id),
        )
    person_dialog = PersonDialog(people, db, person_choices, person_data, person.id)
    person_dialog.show()
    shoot(person_dialog, "17-person-dialog")
    person_dialog.close()
    for managing, name in ((DepartmentsDialog, "18-departments"), (RolesDialog, "19-roles")):
        listing = managing(people, db)
        listing.show()
        wait_until(lambda d=listing: bool(d.loaded))
        shoot(listing, name)
        listing.close()

    window.show_section("catalog")
    edited = type(data)(**{**data.__dict__, "price": (data.price or 0) + 50, "hours": 12.0})
    DbOp(window, db, lambda s: update_course(s, course.id, edited), action="Edit course").run()
    worker().drain()
    window.undo()
    worker().drain()
    wait_until(lambda: len(catalog.history.rows) >= 2)
    catalog.detail_tabs.setCurrentIndex(1)
    shoot(window, "20-catalog-history-tab")
    catalog.detail_tabs.setCurrentIndex(0)


if __name__ == "__main__":
    sys.exit(main())
