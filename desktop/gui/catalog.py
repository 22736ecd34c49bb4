"""The Catalog section: every course in a sortable, filterable table, and its details."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from core.changes import Changes
from core.errors import AppError
from core.listing import CourseDetail, CourseRow, course_detail, course_rows
from db.session import Database
from desktop.gui.course_dialog import CourseDialog, read_course_choices
from desktop.gui.dbop import DbOp, DbRead, services_for
from desktop.gui.detail_panel import DetailGroup
from desktop.gui.icons import icon
from desktop.gui.recommend_panel import SimilarPanel, read_similar
from desktop.gui.rowmodel import Column, plain_text
from desktop.gui.section import EmptyState
from desktop.gui.table_section import ComboFilter, TableSection


@dataclass(frozen=True)
class CoursePage:
    """What a course's page shows, read on the worker in one go."""

    detail: CourseDetail
    hidden: bool  # hidden from recommendations: shown as a badge


def money(amount: float | None, currency: str) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f} {currency}".strip()


def hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    return QCoreApplication.translate("CatalogSection", "{0} h").format(plain_text(float(hours)))


class CatalogSection(TableSection[CourseRow]):
    key = "catalog"
    icon_name = "catalog"
    tables = frozenset({"courses", "course_skills", "skills", "course_modules", "prerequisites"})
    has_history = True

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
        self.tag_filter = ComboFilter[CourseRow](
            tr("Tag"), tr("All tags"), lambda r: self._tags.get(r.id, ()), multi=True
        )
        self._tags: dict[int, tuple[str, ...]] = {}
        self._hidden: frozenset[int] = frozenset()  # ids of courses hidden from recommendations
        self.index: Any = None  # core.search.CourseIndex of the loaded rows
        super().__init__(columns, filters, parent, [self.tag_filter])
        self.similar = SimilarPanel()
        self.detail_tabs.addTab(self.similar, tr("Similar courses"))
        self.detail_tabs.currentChanged.connect(self._similar_if_shown)
        self._build_actions()

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = self.section_action(
            tr("&New course…"),
            self.new_course,
            [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
            tr("Add a course to the catalog"),
        )
        self.new_action.setIcon(icon("new"))
        self.edit_action = self.section_action(
            tr("&Edit…"), self.edit_course, tip=tr("Edit the selected course (Enter)")
        )
        self.retire_action = self.section_action(tr("&Retire"), self.toggle_retired)
        self.assign_action = self.section_action(
            tr("&Assign…"),
            self.assign,
            tip=tr("Assign this course to people, a department or a role"),
        )
        self.delete_action = self.section_action(
            tr("&Delete…"), self.delete_course, [QKeySequence(QKeySequence.StandardKey.Delete)]
        )
        self.hide_action = self.section_action(tr("&Hide from recommendations"), self.toggle_hidden)
        from desktop.gui.knowledge_actions import add_catalog_map_actions

        add_catalog_map_actions(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        row = self.selected_row()
        for action in (self.edit_action, self.retire_action, self.delete_action, self.hide_action):
            action.setEnabled(row is not None)
        hidden = row is not None and row.id in self._hidden
        self.hide_action.setText(
            self.tr("S&how in recommendations") if hidden else self.tr("&Hide from recommendations")
        )
        self.hide_action.setToolTip(
            self.tr("Let the recommender suggest this course again")
            if hidden
            else self.tr("Never recommend this course; it stays in the catalog and in paths")
        )
        self.assign_action.setEnabled(row is not None and row.status == "active")
        retired = row is not None and row.status == "retired"
        self.retire_action.setText(self.tr("Re&activate") if retired else self.tr("&Retire"))
        self.retire_action.setToolTip(
            self.tr("Offer this course again")
            if retired
            else self.tr("Stop offering this course; its history is kept")
        )

    def context_actions(self) -> list[QAction | None]:
        self._update_actions()
        return [
            self.edit_action,
            self.retire_action,
            None,
            self.assign_action,
            self.hide_action,
            None,
            self.delete_action,
            self.new_action,
        ]

    def assign(self) -> None:
        row = self.selected_row()
        if row is not None:
            from desktop.gui.assign_dialog import AssignPreset, open_assign_dialog

            open_assign_dialog(self, AssignPreset("department", "", course_code=row.code))

    def open_selected(self) -> None:
        self.edit_course()

    def new_course(self) -> None:
        if self.db is not None:
            DbRead(self, self.db, read_course_choices).success(
                lambda choices: self._open_dialog(choices, None, None)
            ).run()

    def edit_course(self) -> None:
        row = self.selected_row()
        if row is None or self.db is None:
            return
        from core.catalog import course_input

        def read(session: Any) -> tuple[Any, Any, bool]:
            from core.recommend.controls import is_course_hidden

            hidden = is_course_hidden(session, row.code)
            return read_course_choices(session), course_input(session, row.id), hidden

        DbRead(self, self.db, read).success(
            lambda loaded: self._open_dialog(loaded[0], loaded[1], row.id, loaded[2])
        ).run()

    def _open_dialog(
        self, choices: Any, data: Any, course_id: int | None, hidden: bool = False
    ) -> None:
        dialogs = self.dialogs()
        if self.db is None or dialogs is None:
            return
        dialog = CourseDialog(self, self.db, choices, data, course_id, hidden)
        dialog.when_saved(self.select_id)
        dialogs.run_editor(dialog)

    def toggle_retired(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._set_retired(row, row.status != "retired")

    def _set_retired(self, row: CourseRow, retire: bool) -> None:
        from core.catalog import reactivate_course, retire_course

        if self.db is None:
            return
        change = retire_course if retire else reactivate_course
        action = self.tr("Retire course") if retire else self.tr("Reactivate course")
        DbOp(self, self.db, lambda s: change(s, row.id), action=action).run()

    def toggle_hidden(self) -> None:
        row = self.selected_row()
        if row is None or self.db is None:
            return
        from core.recommend.controls import set_course_hidden

        hide = row.id not in self._hidden
        action = (
            self.tr("Hide from recommendations") if hide else self.tr("Show in recommendations")
        )
        code = row.code
        DbOp(self, self.db, lambda s: set_course_hidden(s, code, hide), action=action).run()

    def delete_course(self) -> None:
        row = self.selected_row()
        dialogs = self.dialogs()
        if row is None or self.db is None or dialogs is None:
            return
        from core.catalog import delete_course

        question = self.tr("Delete {0} · {1}? Its skills, modules and prerequisites go too.")
        if not dialogs.confirm(
            self.tr("Delete course"), question.format(row.code, row.title), self.tr("Delete")
        ):
            return
        action = self.tr("Delete course")
        DbOp(self, self.db, lambda s: delete_course(s, row.id), action=action).failure(
            lambda error: self._delete_refused(row, error, action)
        ).run()

    def _delete_refused(self, row: CourseRow, error: BaseException, action: str) -> None:
        dialogs = self.dialogs()
        if isinstance(error, AppError) and error.message.code == "course.has_history":
            text = (
                str(error)
                + "\n\n"
                + self.tr(
                    "Retire it instead? A retired course keeps its history but is not offered."
                )
            )
            if dialogs is not None and dialogs.confirm(
                self.tr("Course has history"), text, self.tr("Retire instead")
            ):
                self._set_retired(row, True)
            return
        services = services_for(self)
        if services is not None:
            services.report(error, action)

    # -- ranked search -------------------------------------------------------------------------
    def load_support(self, session: Any) -> Any:
        from core.recommend.service import hidden_course_ids
        from core.search import CourseIndex, course_docs

        docs = course_docs(session)
        tags = {d.id: tuple(_tag_list(d.tags)) for d in docs}
        return CourseIndex.build(docs), tags, hidden_course_ids(session)

    def support_loaded(self, support: Any) -> None:
        if support is not None:
            self.index, self._tags, self._hidden = support
            self._update_actions()

    def ranking(self, text: str) -> dict[int, float] | None:
        if self.index is None or not text.strip():
            return None
        return dict(self.index.search(text))

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
                self.tr("Add a course: New course… (Ctrl+Shift+N)"),
                self.tr("Import a course list from Excel or CSV: File → Import → Courses…"),
                self.tr("Or explore the demo data: File → New…, then Explore with demo data"),
            ],
        )

    def load_rows(self, session: Any) -> list[CourseRow]:
        return course_rows(session)

    def read_history(self, session: Any, row: CourseRow) -> list[Any]:
        from core.history import course_history

        return list(course_history(session, row.id))

    def read_detail(self, session: Any, row: CourseRow) -> CoursePage | None:
        from core.recommend.controls import is_course_hidden

        detail = course_detail(session, row.id)
        return None if detail is None else CoursePage(detail, is_course_hidden(session, row.code))

    def _similar_if_shown(self, *_args: object) -> None:
        """Read the selected course's similar courses, only while their tab is open."""
        row = self.selected_row()
        if self.detail_tabs.currentWidget() is not self.similar or self.db is None:
            return
        if row is None:
            self.similar.show_placeholder(self.detail_placeholder())
            return
        if self.similar.shown_for == row.code:
            return
        self.similar.show_placeholder(self.tr("Comparing {0} with the catalog…").format(row.code))
        code = row.code
        DbRead(self, self.db, lambda s: read_similar(s, code)).success(self._similar_read).run()

    def _similar_read(self, found: Any) -> None:
        row = self.selected_row()
        if row is not None and row.code == found.code:  # still the one selected
            self.similar.show_results(found)

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.similar.show_placeholder(self.detail_placeholder())

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*self.tables):
            self.similar.shown_for = ""  # the content model is refitted: read again when shown
            self._similar_if_shown()

    def show_detail(self, page: CoursePage) -> None:
        self._similar_if_shown()
        tr = self.tr
        detail = page.detail
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
            (
                tr("Recommendations"),
                tr("Hidden: never recommended")
                if page.hidden
                else tr("Recommended when it fits a person"),
            ),
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
        badge = "⊘ " + tr("Hidden from recommendations") if page.hidden else ""
        subheading = "  ·  ".join(part for part in (detail.category or "", badge) if part)
        self.detail.show_detail(detail.title, subheading, groups)

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


def _tag_list(tags: Any) -> list[str]:
    if isinstance(tags, str):
        return [t.strip() for t in tags.split(",") if t.strip()]
    return [str(t).strip() for t in tags if str(t).strip()]
