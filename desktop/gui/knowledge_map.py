"""The knowledge map window: the catalog as a graph, filtered, zoomable, exportable.

One window per main window (opened through :mod:`desktop.gui.knowledge_actions`). The
map — selection, cap and layered layout — is computed on the worker by
:func:`core.knowledge_map.load_knowledge_map` through ``DbRead``; this window only draws it
(:mod:`desktop.gui.knowledge_scene`). A click on a course opens it in the Catalog; a click
on a skill shows who holds it. Export writes PNG or SVG to a path asked through the
injectable ``Dialogs``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QStringListModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from desktop.gui import states
from desktop.gui.dbop import DbRead, services_for
from desktop.gui.detail_panel import plain_label
from desktop.gui.knowledge_scene import NodeItem, build_scene, node_tooltip
from desktop.gui.knowledge_view import ZOOM_STEP, MapView, export_png, export_svg

KINDS = ("all", "role", "person", "course")
LIMITS = (100, 300, 1000)  # 1,000 nodes: ~0.25 s to draw on the GUI thread
EXPORT_FILTER = str(QT_TRANSLATE_NOOP("Dialogs", "PNG image (*.png);;SVG drawing (*.svg)"))
MAP_TABLES = ("courses", "course_skills", "skills", "prerequisites", "roles", "role_skills")
PERSON_TABLES = ("assignments", "completions", "employee_skills", "employees")


class KnowledgeMapWindow(QWidget):
    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window, Qt.WindowType.Window)
        self.setObjectName("knowledgeMap")
        self.setWindowTitle(self.tr("Knowledge map"))
        self.resize(1300, 850)
        self.main_window = main_window
        self.map: Any = None  # core.knowledge_map.KnowledgeMap shown
        self.node_items: list[NodeItem] = []
        self.loading = False
        self._generation = 0
        self._choices: Any = None
        self.skill_shown = ""  # the skill whose holders were last shown on a click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self._tool_bar())
        self.heading = plain_label("", object_name="mapHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        layout.addWidget(self.heading)
        self.notes = plain_label("", object_name="mapNotes")
        self.notes.setStyleSheet(
            "background: #fef7e0; color: #5f3a00; border: 1px solid #f9ab00;"
            " border-radius: 4px; padding: 4px 8px;"
        )
        self.notes.hide()
        layout.addWidget(self.notes)
        self.view = MapView(self)
        layout.addWidget(self.view, 1)
        self.hint = plain_label(
            self.tr(
                "Wheel or Ctrl+/Ctrl− to zoom, drag to move, Ctrl+0 to fit. Click a course "
                "to open it in the Catalog, a skill to see who holds it."
            ),
            object_name="mutedText",
        )
        layout.addWidget(self.hint)
        services = services_for(main_window)
        if services is not None:
            services.changed.connect(self._on_changes)

    # -- widgets -----------------------------------------------------------------------------
    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("mapKind")
        names = [
            self.tr("Whole catalog"),
            self.tr("A role's skills and courses"),
            self.tr("A person's path"),
            self.tr("A course's neighbourhood"),
        ]
        for kind, name in zip(KINDS, names, strict=True):
            self.kind.addItem(name, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value = QLineEdit()
        self.value.setObjectName("mapValue")
        self.value.setMinimumWidth(320)
        self.value.returnPressed.connect(self.show_map)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self.show_map())
        self.value.setCompleter(completer)
        self.hops_label = QLabel(self.tr("Links"))
        self.hops = QSpinBox()
        self.hops.setRange(1, 6)
        self.hops.setValue(2)
        self.hops.setToolTip(self.tr("How many links away from the course to show"))
        self.limit = QComboBox()
        for limit in LIMITS:
            self.limit.addItem(self.tr("up to {0:,} nodes").format(limit), limit)
        self.limit.setCurrentIndex(LIMITS.index(300))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_map)
        for widget in (self.kind, self.value, self.hops_label, self.hops, self.limit):
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self._kind_changed()
        return row

    def _tool_bar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("knowledgeMapTools")

        def action(text: str, slot: Any, keys: list[Any]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            bar.addAction(act)
            return act

        plus = QKeySequence.StandardKey.ZoomIn
        minus = QKeySequence.StandardKey.ZoomOut
        self.zoom_in_action = action(
            self.tr("Zoom in"), lambda: self.view.zoom(ZOOM_STEP), [plus, "Ctrl+="]
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"), lambda: self.view.zoom(1 / ZOOM_STEP), [minus]
        )
        self.fit_action = action(self.tr("Fit to window"), self.view_fit, ["Ctrl+0"])
        bar.addSeparator()
        self.export_action = action(self.tr("Export PNG or SVG…"), self.export, ["Ctrl+E"])
        return bar

    def view_fit(self) -> None:
        self.view.fit()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        self.value.setEnabled(kind != "all")
        placeholders = {
            "all": "",
            "role": self.tr("Role name or code"),
            "person": self.tr("Employee ID, email or name"),
            "course": self.tr("Course code or title"),
        }
        self.value.setPlaceholderText(placeholders[kind])
        self.hops.setVisible(kind == "course")
        self.hops_label.setVisible(kind == "course")
        self._fill_completions()

    def _fill_completions(self) -> None:
        choices, kind = self._choices, self.kind.currentData()
        if choices is None or kind == "all":
            self._completions.setStringList([])
            return
        if kind == "role":
            self._completions.setStringList(list(choices.roles))
        else:
            pairs = choices.people if kind == "person" else choices.courses
            self._completions.setStringList([f"{key} · {name}" for key, name in pairs])

    # -- loading -----------------------------------------------------------------------------
    def db(self) -> Any:
        return getattr(self.main_window, "db", None)

    def set_filter(self, kind: str, value: str = "", hops: int | None = None) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.value.setText(value)
        if hops is not None:
            self.hops.setValue(hops)

    def current_filter(self) -> Any:
        from core.knowledge_map import MapFilter

        kind = self.kind.currentData()
        text = self.value.text().strip()
        if kind in ("person", "course"):
            text = text.split(" · ")[0].strip()  # "CODE · title" from the completer
        return MapFilter(kind, text, self.hops.value(), int(self.limit.currentData()))

    def load_choices(self) -> None:
        db = self.db()
        if db is not None:
            from core.knowledge_map import map_choices

            DbRead(self, db, map_choices).success(self._choices_read).run()

    def _choices_read(self, choices: Any) -> None:
        self._choices = choices
        self._fill_completions()

    def show_map(self) -> None:
        """Read and lay out the map for the filter chosen, on the worker; draw it when done."""
        db = self.db()
        if db is None:
            return
        from core.knowledge_map import load_knowledge_map

        map_filter, today = self.current_filter(), states.today()
        if map_filter.kind != "all" and not map_filter.value:
            self._show_notes([self.tr("Choose what to show first.")])
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.heading.setText(self.tr("Laying out the map…"))
        self.heading.show()
        DbRead(self, db, lambda s: load_knowledge_map(s, map_filter, today)).success(
            lambda found: self._map_read(found, generation)
        ).failure(lambda error: self._map_failed(error, generation)).run()

    def _map_failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        from core.errors import AppError

        self.loading = False
        self.heading.setVisible(self.map is None)
        self.heading.setText("")
        if isinstance(error, AppError):
            self._show_notes([str(error)])
            return
        services = services_for(self.main_window)
        if services is not None:
            services.report(error, self.tr("Knowledge map"))

    def _map_read(self, knowledge_map: Any, generation: int) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.loading = False
        self.map = knowledge_map
        heading, summary = knowledge_map.heading.text(), knowledge_map.summary().text()
        self.heading.hide()  # the scene's legend carries it (exports too), the title keeps it
        self.setWindowTitle(self.tr("Knowledge map — {0}").format(heading))
        self._show_notes([note.text() for note in knowledge_map.notes])
        scene, self.node_items = build_scene(
            knowledge_map, heading, summary, self.font(), self.node_clicked
        )
        old = self.view.scene()
        self.view.setScene(scene)
        scene.setParent(self)
        if old is not None:
            old.deleteLater()
        self.view.first_look()

    def _show_notes(self, notes: list[str]) -> None:
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _on_changes(self, changes: Changes, _action: str) -> None:
        if self.map is None or not self.isVisible():
            return
        person = self.map.filter.kind == "person" and changes.touches(*PERSON_TABLES)
        if changes.touches(*MAP_TABLES) or person:
            self.load_choices()
            self.show_map()

    # -- clicks ------------------------------------------------------------------------------
    def node_clicked(self, node: Any) -> None:
        if node.kind == "skill":
            QToolTip.showText(self.view.mapToGlobal(QPoint(40, 40)), node_tooltip(node), self.view)
            self.skill_shown = node.name
            return
        main: Any = self.main_window
        if hasattr(main, "show_section"):
            main.show_section("catalog")
            main.section("catalog").select_id(node.db_id)
            main.raise_()
            main.activateWindow()

    # -- export ------------------------------------------------------------------------------
    def export(self) -> None:
        services = services_for(self.main_window)
        scene = self.view.scene()
        if services is None or scene is None or self.map is None:
            return
        path = services.dialogs.get_save_file(
            self.tr("Export the knowledge map"), EXPORT_FILTER, "knowledge-map.png"
        )
        if path is None:
            return
        written = (
            export_svg(scene, path) if path.suffix.lower() == ".svg" else export_png(scene, path)
        )
        if written:
            services.status.emit(self.tr("Knowledge map exported to {0}").format(path))
        else:
            services.dialogs.show_error(
                self.tr("Export the knowledge map"),
                self.tr("{0} could not be written. Choose a folder you can write to.").format(path),
            )
