"""Every section and the main dialogs in Simplified Chinese and in English (issue 8, acceptance 3).

    .venv/bin/python scripts/screenshots_chinese.py [--out screenshots] [--lang zh_CN|en|both]

Builds the demo company in a temporary folder, opens the real main window offscreen at
1400x900 and saves, per language, ``i18n-<lang>-NN-<what>.png``: Dashboard, Catalog with a
course selected, People with a person's page (details, assignments, recommendations),
Assignments & Paths with an assignment selected and the compliance view, Skills Matrix,
the four Analytics tabs, Reports with a training plan previewed, the Settings dialog (every
tab), the first-run dialog, and the course, person, assign, path-builder, import, guide,
about and knowledge-map windows, and the getting-started checklist of an empty file.
Each language runs in its own process: Qt translates widgets when they are built.
"""

from __future__ import annotations

import os
import subprocess
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
    settle,
    start_gui,
    wait_until,
)

Shoot = Callable[[Any, str], None]


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="both", choices=["both", "zh_CN", "en"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.lang == "both":
        for lang in ("zh_CN", "en"):
            command = [sys.executable, __file__, "--out", str(args.out), "--lang", lang]
            subprocess.run(command, check=True)
        return 0
    shoot_language(args.out, args.lang)
    return 0


def shooter(out: Path, lang: str) -> Shoot:
    counter = iter(range(1, 100))

    def shoot(widget: Any, name: str) -> None:
        settle()
        path = out / f"i18n-{lang}-{next(counter):02d}-{name}.png"
        widget.grab().save(str(path))
        sys.stdout.write(f"wrote {path}\n")

    return shoot


def shoot_language(out: Path, lang: str) -> None:
    work = private_work_folder("training-desk-i18n-shots-")
    from scripts.sample_company import build_demo_or_company

    db_path = work / "demo.db"
    build_demo_or_company(db_path, 120, 80)
    _app = start_gui(lang)
    shoot = shooter(out, lang)
    window = open_window(db_path)
    shoot_dashboard_and_catalog(window, shoot)
    shoot_people(window, shoot)
    shoot_assignments(window, shoot)
    shoot_matrix_and_analytics(window, shoot)
    shoot_reports(window, shoot)
    shoot_dialogs(window, shoot)
    shoot_windows(window, shoot)
    shoot_menus_and_lists(window, shoot)
    window.close()
    shoot_empty_file(work / "empty.db", shoot)


def _loaded(section: Any, timeout_s: float = 120) -> None:
    if hasattr(section, "loaded"):
        wait_until(lambda: bool(section.loaded), timeout_s=timeout_s)


def _chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def shoot_dashboard_and_catalog(window: Any, shoot: Shoot) -> None:
    window.show_section("dashboard")
    _loaded(window.section("dashboard"))
    shoot(window, "dashboard")
    catalog = window.section("catalog")
    window.show_section("catalog")
    _loaded(catalog)
    catalog.select_where(lambda r: bool(r.skills) and bool(r.provider))
    wait_until(lambda: bool(catalog.detail.heading))
    shoot(window, "catalog-course")


def shoot_people(window: Any, shoot: Shoot) -> None:
    people = window.section("people")
    window.show_section("people")
    _loaded(people)
    people.select_where(lambda r: _chinese(r.name) and r.active and bool(r.role))
    wait_until(lambda: bool(people.detail.heading))
    shoot(window, "people-person")
    wait_until(lambda: bool(people.page_tabs.assignments.heading))
    people.detail_tabs.setCurrentIndex(1)
    shoot(window, "people-person-assignments")
    people.detail_tabs.setCurrentIndex(2)
    shoot(window, "people-person-certificates")
    row = people.selected_row()
    people.detail_tabs.setCurrentWidget(people.recommended)
    wait_until(lambda: people.recommended.shown_for == row.employee_id, timeout_s=120)
    shoot(window, "people-person-recommended")
    people.detail_tabs.setCurrentIndex(0)


def shoot_assignments(window: Any, shoot: Shoot) -> None:
    section = window.section("assignments")
    window.show_section("assignments")
    _loaded(section)
    section.select_where(lambda r: r.due_state == "overdue")
    wait_until(lambda: bool(section.detail.heading))
    shoot(window, "assignments")
    section.compliance_action.trigger()
    wait_until(lambda: bool(section.compliance.loaded))
    shoot(window, "assignments-compliance")
    section.compliance_action.trigger()


def shoot_matrix_and_analytics(window: Any, shoot: Shoot) -> None:
    window.show_section("skills")
    _loaded(window.section("skills"))
    shoot(window, "skills-matrix")
    analytics = window.section("analytics")
    window.show_section("analytics")
    for tab, name in (
        (analytics.segments, "analytics-segments"),
        (analytics.feedback, "analytics-feedback"),
        (analytics.weak_courses, "analytics-weak-courses"),
        (analytics.risk, "analytics-at-risk"),
    ):
        analytics.show_tab(tab)
        _loaded(tab, timeout_s=300)
        if tab is analytics.segments:
            biggest = max(tab.result.segments, key=lambda s: s.size)
            tab.select_person(next(p for p in tab.result.people if p.segment == biggest.index))
        elif tab is analytics.feedback and tab.summary.courses:
            _select_course(tab, max(tab.summary.courses, key=lambda c: c.comment_count).code)
        elif tab is analytics.weak_courses and tab.report.courses:
            _select_course(tab, tab.report.courses[0].code)
        shoot(window, name)


def _select_course(tab: Any, code: str) -> None:
    tab.select_course(code)
    wait_until(lambda: tab.shown_course == code, timeout_s=60)


def shoot_reports(window: Any, shoot: Shoot) -> None:
    people = window.section("people")
    window.show_section("people")
    people.training_plan()  # the person selected above
    reports = window.section("reports")
    wait_until(lambda: reports.previewed is not None, timeout_s=120)
    shoot(window, "reports-training-plan")
    for kind in ("department", "compliance"):
        reports.previewed = None
        reports.form.choose(kind)
        reports.make_preview()
        wait_until(lambda: reports.previewed is not None, timeout_s=120)
        shoot(window, f"reports-{kind}")


def shoot_dialogs(window: Any, shoot: Shoot) -> None:
    from core.database import settings_of
    from desktop.gui.first_run import FirstRunDialog
    from desktop.gui.settings_dialog import SettingsDialog

    settings = settings_of(window.db)
    settings.exchange_rates = {"EUR": 1.08, "CNY": 0.14}
    dialog = SettingsDialog(settings, None, window)
    tabs: Any = dialog.findChild(_tab_widget_type())
    dialog.show()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shoot(dialog, f"settings-{index + 1}")
    dialog.close()
    first = FirstRunDialog(window)
    first.show()
    shoot(first, "first-run")
    first.close()
    shoot_editors(window, shoot)


def _tab_widget_type() -> Any:
    from PySide6.QtWidgets import QTabWidget

    return QTabWidget


def shoot_editors(window: Any, shoot: Shoot) -> None:
    from core.catalog import course_input
    from core.people import employee_input
    from desktop.gui import states
    from desktop.gui.assign_dialog import AssignDialog, AssignPreset, read_assign_choices
    from desktop.gui.course_dialog import CourseDialog, read_course_choices
    from desktop.gui.path_builder_dialog import PathBuilderDialog
    from desktop.gui.person_dialog import PersonDialog, read_person_choices

    db = window.db
    catalog, people = window.section("catalog"), window.section("people")
    course, person = catalog.selected_row(), people.selected_row()
    with db.reading() as session:
        course_choices, course_data = read_course_choices(session), course_input(session, course.id)
        person_choices = read_person_choices(session)
        person_data = employee_input(session, person.id)
        assign_choices = read_assign_choices(session)
    course_dialog = CourseDialog(catalog, db, course_choices, course_data, course.id)
    course_dialog.show()
    for tab in range(course_dialog.tabs.count()):
        course_dialog.tabs.setCurrentIndex(tab)
        shoot(course_dialog, f"course-dialog-{tab + 1}")
    course_dialog.close()
    person_dialog = PersonDialog(people, db, person_choices, person_data, person.id)
    person_dialog.show()
    shoot(person_dialog, "person-dialog")
    person_dialog.close()
    preset = AssignPreset("person", person.employee_id, course_code=course.code)
    assign = AssignDialog(people, db, assign_choices, preset, states.today())
    assign.mandatory.setChecked(True)
    assign.show()
    wait_until(lambda: not assign.planning and assign.plan_result is not None)
    shoot(assign, "assign-dialog")
    assign.close()
    who = (person.employee_id, person.name)
    builder = PathBuilderDialog(people, db, who, person_choices.roles, person.role, states.today())
    builder.show()
    builder.build()
    wait_until(lambda: builder.table.rowCount() > 0 or bool(builder.summary.text()), 120)
    shoot(builder, "path-builder")
    builder.close()


def shoot_windows(window: Any, shoot: Shoot) -> None:
    from core.listing import file_facts
    from desktop.gui.about import AboutDialog
    from desktop.gui.help_guide import GuideDialog
    from desktop.gui.import_wizard import ImportWizard
    from desktop.gui.knowledge_actions import open_knowledge_map

    wizard = ImportWizard(window.db, "learners", window)
    wizard.show()
    shoot(wizard, "import-wizard")
    wizard.close()
    guide = GuideDialog(window, "start")
    guide.show()
    shoot(guide, "guide")
    guide.close()
    with window.db.reading() as session:
        facts = file_facts(session, window.db.path)
    about = AboutDialog(facts, window)
    about.show()
    shoot(about, "about")
    about.close()
    kmap = open_knowledge_map(window.section("catalog"))
    kmap.set_filter("all", "")
    before = kmap.map
    kmap.show_map()
    wait_until(lambda: kmap.map is not before and not kmap.loading, timeout_s=60)
    shoot(kmap, "knowledge-map")
    kmap.close()


def shoot_empty_file(path: Path, shoot: Shoot) -> None:
    """A new, empty file: the Dashboard's getting-started checklist and an empty section."""
    from core.database import open_database

    open_database(path).db.close()
    window = open_window(path)
    window.show_section("dashboard")
    _loaded(window.section("dashboard"))
    shoot(window, "empty-dashboard")
    window.show_section("catalog")
    _loaded(window.section("catalog"))
    shoot(window, "empty-catalog")
    window.close()


def shoot_menus_and_lists(window: Any, shoot: Shoot) -> None:
    """The menus, the restore dialog, a dashboard list and the records dialogs."""
    from PySide6.QtCore import QPoint

    from core.listing import backup_rows
    from desktop.gui.department_dialog import DepartmentsDialog
    from desktop.gui.path_dialog import PathsDialog
    from desktop.gui.restore_dialog import RestoreDialog
    from desktop.gui.role_dialog import RolesDialog

    for number, action in enumerate(window.menuBar().actions(), start=1):
        menu = action.menu()
        menu.popup(QPoint(0, 0))
        shoot(menu, f"menu-{number}")
        menu.hide()
    window.file_actions.import_menu.popup(QPoint(0, 0))
    shoot(window.file_actions.import_menu, "menu-import")
    window.file_actions.import_menu.hide()
    restore = RestoreDialog(backup_rows(window.db.path), window)
    restore.show()
    shoot(restore, "restore-dialog")
    restore.close()
    dashboard = window.section("dashboard")
    window.show_section("dashboard")
    dashboard.open_list("overdue")
    wait_until(lambda: dashboard.list_dialog is not None)
    shoot(dashboard.list_dialog, "dashboard-overdue-list")
    dashboard.list_dialog.close()
    people = window.section("people")
    for listing_type, name in (
        (DepartmentsDialog, "departments"),
        (RolesDialog, "roles"),
        (PathsDialog, "learning-paths"),
    ):
        listing: Any = listing_type(people, window.db)
        listing.show()
        _loaded(listing)
        shoot(listing, name)
        if listing.model.all_rows:
            listing.table.selectRow(0)
            editor = listing.editor(listing.model.all_rows[0])
            editor.show()
            shoot(editor, f"{name}-editor")
            editor.close()
        listing.close()


if __name__ == "__main__":
    raise SystemExit(main())
