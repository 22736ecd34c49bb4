"""The Catalog section: every course in a sortable, filterable table, and its details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from core.listing import CourseDetail, CourseRow, course_detail, course_rows
from desktop.gui.detail_panel import DetailGroup
from desktop.gui.icons import icon
from desktop.gui.rowmodel import Column, plain_text
from desktop.gui.section import EmptyState
from desktop.gui.table_section import ComboFilter, TableSection


def money(amount: float | None, currency: str) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f} {currency}".strip()


def hours_text(hours: float | None) -> str:
    return "" if hours is None else f"{plain_text(float(hours))} h"


class CatalogSection(TableSection[CourseRow]):
    key = "catalog"
    icon_name = "catalog"
    tables = frozenset({"courses", "course_skills", "skills", "course_modules", "prerequisites"})

    def __init__(self, parent: QWidget | None = None) -> None:
        tr = self.tr
        columns = [
            Column[CourseRow](tr("Code"), lambda r: r.code, width=90),
            Column[CourseRow](tr("Title"), lambda r: r.title, width=280),
            Column[CourseRow](tr("Category"), lambda r: r.category, width=130),
            Column[CourseRow](tr("Provider"), lambda r: r.provider, width=160),
            Column[CourseRow](tr("Format"), lambda r: r.format, self._format_text, width=85),
            Column[CourseRow](
                tr("Hours"), lambda r: r.hours, lambda r: hours_text(r.hours), 70, True
            ),
            Column[CourseRow](
                tr("Price"), lambda r: r.price, lambda r: money(r.price, r.currency), 110, True
            ),
            Column[CourseRow](tr("Language"), lambda r: r.language, width=80),
            Column[CourseRow](tr("Status"), lambda r: r.status, self._status_text, width=80),
        ]
        filters = [
            ComboFilter[CourseRow](tr("Category"), tr("All categories"), lambda r: r.category),
            ComboFilter[CourseRow](
                tr("Status"),
                tr("All statuses"),
                lambda r: r.status,
                [(tr("Active"), "active"), (tr("Retired"), "retired")],
            ),
        ]
        super().__init__(columns, filters, parent)

    def _status_text(self, row: CourseRow) -> str:
        return self._status_name(row.status)

    def _status_name(self, status: str) -> str:
        return {"active": self.tr("Active"), "retired": self.tr("Retired")}.get(status, status)

    def _format_text(self, row: CourseRow) -> str:
        return self.format_name(row.format)

    def format_name(self, value: str) -> str:
        names = {
            "online": self.tr("Online"),
            "classroom": self.tr("Classroom"),
            "blended": self.tr("Blended"),
            "video": self.tr("Video"),
        }
        return names.get(value, value)

    def title(self) -> str:
        return self.tr("Catalog")

    def search_placeholder(self) -> str:
        return self.tr("Search courses: code, title, provider, skill…")

    def noun_count(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{0:,} courses").format(total)
        return self.tr("{0:,} of {1:,} courses").format(shown, total)

    def detail_placeholder(self) -> str:
        return self.tr("Select a course to see its description, skills and modules.")

    def empty_state(self) -> EmptyState:
        return EmptyState(
            icon("catalog"),
            self.tr("No courses yet"),
            self.tr(
                "Your catalog holds internal and purchased courses: price, hours, format, "
                "the skills each one teaches and what it requires first."
            ),
            [
                self.tr("Import a course list from Excel or CSV (coming in a later release)"),
                self.tr("Or explore the demo data: File → New…, then Explore with demo data"),
            ],
        )

    def load_rows(self, session: Any) -> list[CourseRow]:
        return course_rows(session)

    def read_detail(self, session: Any, row: CourseRow) -> CourseDetail | None:
        return course_detail(session, row.id)

    def show_detail(self, detail: CourseDetail) -> None:
        tr = self.tr
        validity = (
            tr("{0} months").format(detail.validity_months)
            if detail.validity_months
            else tr("Does not expire")
        )
        price = tr("Free") if detail.price == 0 else money(detail.price, detail.currency)
        if detail.certificate_price:
            price += "  " + tr("(certificate {0})").format(
                money(detail.certificate_price, detail.currency)
            )
        about = [
            (tr("Code"), detail.code),
            (tr("Provider"), detail.provider or tr("Internal")),
            (tr("Category"), detail.category),
            (tr("Price"), price),
            (tr("Hours"), hours_text(detail.hours)),
            (tr("Format"), self.format_name(detail.format)),
            (tr("Language"), self.language_name(detail.language)),
            (tr("Difficulty"), self.difficulty_name(detail.difficulty)),
            (tr("Valid for"), validity),
            (tr("Status"), self._status_name(detail.status)),
        ]
        if detail.tags:
            tags = [t.strip() for t in detail.tags.split(",") if t.strip()]
            about.append((tr("Tags"), ", ".join(tags)))
        groups = [
            DetailGroup(tr("About"), fields=about),
            DetailGroup(
                tr("Description"), lines=[detail.description] if detail.description else []
            ),
            DetailGroup(
                tr("Skills taught"),
                grid_header=[tr("Skill"), tr("Brings to level")] if detail.skills else [],
                grid=[[s.skill, f"{s.level} / 5"] for s in detail.skills],
                empty_text=tr("No skills recorded"),
            ),
            DetailGroup(
                tr("Prerequisites"),
                lines=[f"{p.code} · {p.title}" for p in detail.prerequisites],
                empty_text=tr("None"),
            ),
            DetailGroup(
                tr("Modules"),
                lines=[
                    f"{m.position}. {m.title}" + (f"  ({hours_text(m.hours)})" if m.hours else "")
                    for m in detail.modules
                ],
                empty_text=tr("No modules"),
            ),
        ]
        self.detail.show_detail(detail.title, detail.category or "", groups)

    def language_name(self, code: str) -> str:
        names = {"en": self.tr("English"), "zh": self.tr("Chinese"), "zh_CN": self.tr("Chinese")}
        return names.get(code, code)

    def difficulty_name(self, value: str) -> str:
        names = {
            "beginner": self.tr("Beginner"),
            "intermediate": self.tr("Intermediate"),
            "advanced": self.tr("Advanced"),
        }
        return names.get(value, value)
