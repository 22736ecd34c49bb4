"""The People section: every employee in a sortable, filterable table, and their details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from core.listing import PersonDetail, PersonRow, people_rows, person_detail
from desktop.gui.detail_panel import DetailGroup
from desktop.gui.icons import icon
from desktop.gui.rowmodel import Column
from desktop.gui.section import EmptyState
from desktop.gui.table_section import ComboFilter, TableSection

NAME_COLUMN = 1
HIRE_DATE_COLUMN = 5


class PeopleSection(TableSection[PersonRow]):
    key = "people"
    icon_name = "people"
    tables = frozenset({"employees", "departments", "roles", "role_skills", "employee_skills"})

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
                self.tr("Import a staff list from Excel or CSV (coming in a later release)"),
                self.tr("Or explore the demo data: File → New…, then Explore with demo data"),
            ],
        )

    def load_rows(self, session: Any) -> list[PersonRow]:
        return people_rows(session)

    def read_detail(self, session: Any, row: PersonRow) -> PersonDetail | None:
        return person_detail(session, row.id)

    def show_detail(self, detail: PersonDetail) -> None:
        tr = self.tr
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
            + (f"  ·  {tr('{0} to close').format(missing)}" if missing else ""),
            grid_header=[tr("Skill"), tr("Role needs"), tr("Has"), ""] if rows else [],
            grid=rows,
            empty_text=tr("No skills recorded for this person or their role"),
        )
        subtitle = " · ".join(part for part in (detail.role, detail.department) if part)
        self.detail.show_detail(detail.name, subtitle, [DetailGroup(tr("Details"), fields), skills])
