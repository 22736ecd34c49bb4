"""The People section: every employee in a sortable, filterable table, and their details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from core.changes import Changes
from core.listing import PersonRow, people_rows
from core.tasks import Cancelled
from db.session import Database
from desktop.gui.dbop import DbOp, DbRead, services_for
from desktop.gui.department_dialog import DepartmentsDialog
from desktop.gui.detail_panel import DetailGroup
from desktop.gui.icons import icon
from desktop.gui.person_dialog import PersonDialog, read_person_choices
from desktop.gui.person_page import PersonPage, PersonTabs, read_person_page
from desktop.gui.recommend_panel import RecommendedPanel, RecommenderCache
from desktop.gui.role_dialog import RolesDialog
from desktop.gui.rowmodel import Column
from desktop.gui.section import EmptyState
from desktop.gui.table_section import ComboFilter, TableSection

NAME_COLUMN = 1
HIRE_DATE_COLUMN = 5
# Written by assignments and progress: they change the person page, not the people list.
PAGE_TABLES = ("assignments", "completions", "courses", "feedback")


class PeopleSection(TableSection[PersonRow]):
    key = "people"
    icon_name = "people"
    tables = frozenset(
        {"employees", "departments", "roles", "role_skills", "employee_skills", "skills"}
    )
    has_history = True

    def __init__(self, parent: QWidget | None = None) -> None:
        tr = self.tr
        columns = [
            Column[PersonRow](tr("Employee ID"), lambda r: r.employee_id, width=100),
            Column[PersonRow](tr("Name"), lambda r: r.name, width=170),
            Column[PersonRow](tr("Department"), lambda r: r.department, width=150),
            Column[PersonRow](tr("Role"), lambda r: r.role, width=170),
            Column[PersonRow](tr("Manager"), lambda r: r.manager, width=150),
            Column[PersonRow](tr("Hire date"), lambda r: r.hire_date, width=100),
            Column[PersonRow](tr("Active"), lambda r: r.active, self._active_text, width=70),
            Column[PersonRow](tr("Email"), lambda r: r.email, width=220),
        ]
        filters = [
            ComboFilter[PersonRow](tr("Department"), tr("All departments"), lambda r: r.department)
        ]
        super().__init__(columns, filters, parent)
        self.page_tabs = PersonTabs(self.detail_tabs)
        self.recommender = RecommenderCache()
        self.recommended = RecommendedPanel(self.assign_course, self.build_path, lambda: self.db)
        self.detail_tabs.addTab(self.recommended, tr("Recommended"))
        self.detail_tabs.currentChanged.connect(self._recommend_if_shown)
        self._build_actions()

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = self.section_action(
            tr("&New person…"),
            self.new_person,
            [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
            tr("Add an employee"),
        )
        self.new_action.setIcon(icon("new"))
        self.edit_action = self.section_action(
            tr("&Edit…"), self.edit_person, tip=tr("Edit the selected person (Enter)")
        )
        self.active_action = self.section_action(tr("&Deactivate"), self.toggle_active)
        self.assign_action = self.section_action(
            tr("&Assign…"), self.assign, tip=tr("Assign a course or a learning path to this person")
        )
        self.path_action = self.section_action(
            tr("Build &path…"),
            self.build_path,
            tip=tr("Plan the courses that close this person's skill gaps, on dates"),
        )
        self.plan_report_action = self.section_action(
            tr("&Training plan…"),
            self.training_plan,
            tip=tr("Preview this person's training plan as a PDF to save or print"),
        )
        self.actions_bar.addSeparator()
        self.departments_action = self.section_action(
            tr("De&partments…"), self.manage_departments, tip=tr("Departments and budgets")
        )
        self.roles_action = self.section_action(
            tr("R&oles…"), self.manage_roles, tip=tr("Roles and the skills they require")
        )
        from desktop.gui.knowledge_actions import add_person_map_action

        add_person_map_action(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        row = self.selected_row()
        self.edit_action.setEnabled(row is not None)
        self.assign_action.setEnabled(row is not None and row.active)
        self.path_action.setEnabled(row is not None and row.active)
        self.plan_report_action.setEnabled(row is not None and row.active)
        self.active_action.setEnabled(row is not None)
        active = row is None or row.active
        self.active_action.setText(self.tr("&Deactivate") if active else self.tr("Re&activate"))
        self.active_action.setToolTip(
            self.tr("Mark as left the company; their history is kept")
            if active
            else self.tr("Mark as working here again")
        )

    def context_actions(self) -> list[QAction | None]:
        self._update_actions()
        row = self.selected_row()
        assign: list[QAction | None] = (
            [self.assign_action, self.path_action, self.plan_report_action]
            if row and row.active
            else []
        )
        return [self.edit_action, self.active_action, None, *assign, self.new_action]

    def open_selected(self) -> None:
        self.edit_person()

    def training_plan(self) -> None:
        """Right-click → Training plan: the Reports section, previewing this person's plan."""
        row = self.selected_row()
        window: Any = self.window()  # the MainWindow, when the section is in one
        if row is None or not hasattr(window, "show_section"):
            return
        window.show_section("reports")
        window.section("reports").preview_plan_for(row.employee_id)

    def assign(self) -> None:
        row = self.selected_row()
        if row is not None:
            from desktop.gui.assign_dialog import AssignPreset, open_assign_dialog

            open_assign_dialog(self, AssignPreset("person", row.employee_id))

    def assign_course(self, code: str) -> None:
        """Assign one recommended course: the assign dialog, pre-filled with person and course."""
        row = self.selected_row()
        if row is not None and row.active:
            from desktop.gui.assign_dialog import AssignPreset, open_assign_dialog

            open_assign_dialog(self, AssignPreset("person", row.employee_id, course_code=code))

    def build_path(self) -> None:
        row = self.selected_row()
        if row is not None and row.active:
            from desktop.gui.path_builder_dialog import open_path_builder

            open_path_builder(self, (row.employee_id, row.name), row.role)

    def _recommend_if_shown(self, *_args: object) -> None:
        """Read the selected person's recommendations, only while their tab is open."""
        row = self.selected_row()
        if self.detail_tabs.currentWidget() is not self.recommended or self.db is None:
            return
        if row is None:
            self.recommended.show_placeholder(self.detail_placeholder())
            return
        if self.recommended.shown_for == row.employee_id and not self.recommender.stale:
            return
        self.recommended.show_placeholder(self.tr("Finding courses for {0}…").format(row.name))
        cache, employee_id, active = self.recommender, row.employee_id, row.active
        DbRead(self, self.db, lambda s: cache.recommend(s, employee_id)).success(
            lambda found: self._recommended(found, active)
        ).failure(self._recommend_failed).run()

    def _recommended(self, found: Any, active: bool) -> None:
        row = self.selected_row()
        if row is not None and row.employee_id == found.employee_id:  # still the one selected
            self.recommended.show_results(found, active)

    def _recommend_failed(self, error: BaseException) -> None:
        """Say so in the tab (not "Finding courses…" for ever); bugs still reach the window."""
        self.recommended.show_placeholder(self.tr("No recommendations: {0}").format(error))
        services = services_for(self)
        if services is not None and not isinstance(error, Cancelled):
            services.report(error, self.tr("Recommended"))

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*PAGE_TABLES) and not changes.touches(*self.tables):
            self.refresh_detail()
        if self.recommender.note_changes(changes):
            self.recommended.shown_for = ""  # re-read when shown
            if self.detail_tabs.currentWidget() is self.recommended:
                self._recommend_if_shown()
            elif self.db is not None and self.recommender.built:
                # Rebuild now, on the worker, so the tab is quick when next opened.
                DbRead(self, self.db, self.recommender.engine).run()

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.page_tabs.clear(self.detail_placeholder())
        self.recommender = RecommenderCache()
        self.recommended.show_placeholder(self.detail_placeholder())

    def new_person(self) -> None:
        if self.db is not None:
            DbRead(self, self.db, read_person_choices).success(
                lambda choices: self._open_dialog(choices, None, None)
            ).run()

    def edit_person(self) -> None:
        row = self.selected_row()
        if row is None or self.db is None:
            return
        from core.people import employee_input

        def read(session: Any) -> tuple[Any, Any]:
            return read_person_choices(session), employee_input(session, row.id)

        DbRead(self, self.db, read).success(
            lambda loaded: self._open_dialog(loaded[0], loaded[1], row.id)
        ).run()

    def _open_dialog(self, choices: Any, data: Any, person_id: int | None) -> None:
        dialogs = self.dialogs()
        if self.db is None or dialogs is None:
            return
        dialog = PersonDialog(self, self.db, choices, data, person_id)
        dialog.when_saved(self.select_id)
        dialogs.run_editor(dialog)

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None or self.db is None:
            return
        from core.people import deactivate_employee, reactivate_employee

        change = deactivate_employee if row.active else reactivate_employee
        action = self.tr("Deactivate person") if row.active else self.tr("Reactivate person")
        DbOp(self, self.db, lambda s: change(s, row.id), action=action).run()

    def manage_departments(self) -> None:
        dialogs = self.dialogs()
        if self.db is not None and dialogs is not None:
            dialogs.run_editor(DepartmentsDialog(self, self.db))

    def manage_roles(self) -> None:
        dialogs = self.dialogs()
        if self.db is not None and dialogs is not None:
            dialogs.run_editor(RolesDialog(self, self.db))

    def default_sort_column(self) -> int:
        return NAME_COLUMN

    def _active_text(self, row: PersonRow) -> str:
        return self.tr("Yes") if row.active else self.tr("No")

    def title(self) -> str:
        return self.tr("People")

    def search_placeholder(self) -> str:
        return self.tr("Search people: name, ID, email, role…")

    def noun_count(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{0:,} people").format(total)
        return self.tr("{0:,} of {1:,} people").format(shown, total)

    def detail_placeholder(self) -> str:
        return self.tr("Select a person to see their role, manager and skills.")

    def empty_state(self) -> EmptyState:
        return EmptyState(
            icon("people"),
            self.tr("No people yet"),
            self.tr(
                "People are your employees: department, role, manager and hire date, and "
                "the skills each one holds against what their role needs."
            ),
            [
                self.tr("Add a person: New person… (Ctrl+Shift+N)"),
                self.tr("Import a staff list from Excel or CSV: File → Import → Learners…"),
                self.tr("Or explore the demo data: File → New…, then Explore with demo data"),
            ],
        )

    def load_rows(self, session: Any) -> list[PersonRow]:
        return people_rows(session)

    def read_detail(self, session: Any, row: PersonRow) -> PersonPage | None:
        return read_person_page(session, row.id)

    def read_history(self, session: Any, row: PersonRow) -> list[Any]:
        from core.history import person_history

        return list(person_history(session, row.id))

    def show_detail(self, page: PersonPage) -> None:
        tr = self.tr
        detail = page.detail
        self.page_tabs.show(page)
        self._recommend_if_shown()
        fields = [
            (tr("Employee ID"), detail.employee_id),
            (tr("Email"), detail.email),
            (tr("Department"), detail.department),
            (tr("Role"), detail.role),
            (tr("Manager"), detail.manager),
            (tr("Hire date"), detail.hire_date.isoformat() if detail.hire_date else ""),
            (tr("Active"), tr("Yes") if detail.active else tr("No — left the company")),
        ]
        rows = []
        for gap in detail.skills:
            needs = str(gap.required) if gap.required is not None else "—"
            has = str(gap.current) if gap.current is not None else "0"
            if gap.required is None:
                state = tr("beyond role")
            elif gap.gap:
                state = tr("gap {0}").format(gap.gap)
            else:
                state = tr("met")
            rows.append([gap.skill, needs, has, state])
        missing = sum(1 for g in detail.skills if g.gap)
        skills = DetailGroup(
            tr("Skills vs role")
            + ("  ·  " + tr("{0} to close").format(missing) if missing else ""),
            grid_header=[tr("Skill"), tr("Role needs"), tr("Has"), ""] if rows else [],
            grid=rows,
            empty_text=tr("No skills recorded for this person or their role"),
        )
        subtitle = " · ".join(part for part in (detail.role, detail.department) if part)
        self.detail.show_detail(detail.name, subtitle, [DetailGroup(tr("Details"), fields), skills])
