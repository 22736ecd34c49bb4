"""Screenshots of every section and dialog, offscreen, at 1400x900, into ./screenshots/.

    .venv/bin/python scripts/screenshots.py [--out screenshots] [--lang en|zh_CN]

Builds a demo database in a temporary folder (core.demo when installed), opens the real
main window and saves one PNG per section, the People detail of a person with a Chinese
name, the Catalog detail, the settings, restore, first-run and about dialogs, the course,
person, departments and roles dialogs, and a course's History tab after an edit and Undo.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "zh_CN"])
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--courses", type=int, default=80)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="training-desk-shots-"))
    os.environ["TRAINING_DESK_DATA_DIR"] = str(work / "data")
    os.environ["TRAINING_DESK_CONFIG_DIR"] = str(work / "config")

    from scripts.sample_company import build_demo_or_company

    db_path = work / "demo.db"
    source = build_demo_or_company(db_path, args.people, args.courses)
    sys.stdout.write(f"demo data from {source}: {db_path}" + "\n")

    from PySide6.QtWidgets import QApplication, QWidget

    from core.database import backup_now, open_database, settings_of
    from core.listing import backup_rows, file_facts
    from desktop.gui.about import AboutDialog
    from desktop.gui.first_run import FirstRunDialog
    from desktop.gui.i18n import install_translators
    from desktop.gui.launch import configure_application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.restore_dialog import RestoreDialog
    from desktop.gui.settings_dialog import SettingsDialog
    from desktop.gui.style import apply_style

    opened = open_database(db_path)
    backup_now(opened.db)  # so the restore dialog has more than the daily backup to list
    opened.db.close()

    app = QApplication([])
    configure_application(app)
    install_translators(app, args.lang)
    apply_style(app)

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        sys.stdout.write(f"wrote {path}" + "\n")

    window = MainWindow(ask_first_run=False)
    window.resize(1400, 900)
    window.show()
    window.open_path(db_path)
    wait_until(lambda: window.db is not None)
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
