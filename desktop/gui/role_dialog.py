"""Roles… : every role with the skills it requires at levels 1–5; add, edit, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.session import Database
from desktop.gui.edit_support import EditorDialog, text_or_none
from desktop.gui.list_editors import SkillLevelTable
from desktop.gui.record_list import RecordListDialog
from desktop.gui.rowmodel import Column


def skills_text(skills: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{name} {level}" for name, level in skills)


class RoleEditor(EditorDialog):
    """Name, code, description and required skill levels of one role."""

    def __init__(
        self, parent: QWidget, db: Database, skill_names: list[str], row: Any | None = None
    ) -> None:
        action = self.tr("Edit role") if row is not None else self.tr("New role")
        super().__init__(parent, db, action)
        self.setObjectName("roleEditor")
        self.role_id = row.id if row is not None else None
        self.setWindowTitle(action)
        tr = self.tr
        self.name = QLineEdit(row.name if row is not None else "")
        self.code = QLineEdit((row.code or "") if row is not None else "")
        self.code.setToolTip(tr("An optional short code, e.g. DA; the CLI accepts it too."))
        self.description = QPlainTextEdit(row.description if row is not None else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 4)
        self.skills = SkillLevelTable(skill_names, 1, 5, self)
        if row is not None:
            self.skills.set_levels(list(row.skills))
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Code"), self.code)
        form.addRow(tr("&Description"), self.description)
        box = QGroupBox(tr("Required skills (level 1–5)"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.skills)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.code):
            edit.textChanged.connect(self.revalidate)
        self.description.textChanged.connect(self.revalidate)
        self.skills.edited.connect(self.revalidate)
        self.resize(520, 520)
        self.revalidate()

    def current_input(self) -> Any:
        from core.people import RoleInput

        return RoleInput(
            name=self.name.text().strip(),
            code=text_or_none(self.code.text()),
            description=self.description.toPlainText().strip(),
            skills=tuple(self.skills.levels()),
        )

    def extra_problems(self) -> list[str]:
        return self.skills.problems()

    def write(self, session: Any, data: Any) -> Any:
        from core.people import create_role, update_role

        if self.role_id is None:
            return create_role(session, data)
        update_role(session, self.role_id, data)
        return self.role_id


class RolesDialog(RecordListDialog):
    def __init__(self, parent: QWidget, db: Database) -> None:
        tr = self.tr
        columns = [
            Column[Any](tr("Role"), lambda r: r.name, width=180),
            Column[Any](tr("Code"), lambda r: r.code, width=70),
            Column[Any](tr("People"), lambda r: r.people, width=70, align_right=True),
            Column[Any](tr("Required skills"), lambda r: skills_text(r.skills), width=300),
        ]
        self.skill_names: list[str] = []
        super().__init__(parent, db, columns, tr("Roles"))
        self.setObjectName("rolesDialog")
        self.resize(860, 460)

    def load(self, session: Any) -> Any:
        from core.catalog import skill_names
        from core.people import role_rows

        return list(role_rows(session)), skill_names(session)

    def _loaded(self, loaded: Any) -> None:
        rows, self.skill_names = loaded
        super()._loaded(rows)

    def editor(self, row: Any | None) -> EditorDialog:
        return RoleEditor(self, self.db, self.skill_names, row)

    def remover(self, row: Any) -> tuple[str, str, Callable[[Any], object]]:
        from core.people import delete_role

        question = self.tr("Delete the role {0}?").format(row.name)
        return question, self.tr("Delete role"), lambda s: delete_role(s, row.id)
