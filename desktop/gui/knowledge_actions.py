"""Where the knowledge map opens from: the Catalog ("Knowledge map", "Show on map") and
People ("Show path on map"). One map window per main window, made on first use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.gui.knowledge_map import KnowledgeMapWindow


def open_knowledge_map(
    anchor: QWidget, kind: str = "all", value: str = "", hops: int | None = None
) -> KnowledgeMapWindow:
    """Show the main window's knowledge map (made on first use) with this filter, and load it."""
    main = anchor.window()
    found = main.findChild(KnowledgeMapWindow)
    window = found if isinstance(found, KnowledgeMapWindow) else KnowledgeMapWindow(main)
    window.set_filter(kind, value, hops)
    window.show()
    window.raise_()
    window.activateWindow()
    window.load_choices()
    window.show_map()
    return window


def _tr(text: str) -> str:
    return QCoreApplication.translate("KnowledgeMap", text)


def add_catalog_map_actions(section: Any) -> None:
    """The Catalog's "Knowledge map" (the whole catalog) and "Show on map" (the course shown)."""
    section.actions_bar.addSeparator()
    section.map_action = section.section_action(
        _tr("Knowledge &map"),
        lambda: open_knowledge_map(section),
        tip=_tr("Courses, their prerequisites and the skills they teach, as a map"),
    )

    def course_on_map() -> None:
        row = section.selected_row()
        if row is not None:
            open_knowledge_map(section, "course", row.code)

    section.course_map_action = section.section_action(
        _tr("Show on map"),
        course_on_map,
        tip=_tr("This course, what it requires, what requires it and its skills, on the map"),
    )
    _enable_with_selection(section, section.course_map_action)


def add_person_map_action(section: Any) -> None:
    """The People section's "Show path on map": the person's open assignments (or the path
    towards their role) with the prerequisites and skills."""

    def person_on_map() -> None:
        row = section.selected_row()
        if row is not None:
            open_knowledge_map(section, "person", row.employee_id)

    section.person_map_action = section.section_action(
        _tr("Show path on &map"),
        person_on_map,
        tip=_tr("This person's open assignments, or their path towards their role, on the map"),
    )
    _enable_with_selection(section, section.person_map_action)


def _enable_with_selection(section: Any, action: QAction) -> None:
    def sync(*_args: object) -> None:
        action.setEnabled(section.selected_row() is not None)

    section.table.selectionModel().selectionChanged.connect(sync)
    sync()
