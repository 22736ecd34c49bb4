"""What every section of the sidebar is, and the calm empty state a section shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.changes import Changes
from db.session import Database
from desktop.gui.detail_panel import plain_label


class Section(QWidget):
    """A page of the main window. Sections with data override :meth:`reload`.

    Data is read lazily: a write that touches one of ``tables`` (or a new file) marks the
    section stale, and it reloads at once if shown, otherwise when it is next shown.
    """

    key = ""
    icon_name = ""
    tables: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.search_text = ""
        self._stale = True

    def title(self) -> str:
        raise NotImplementedError

    def search_placeholder(self) -> str | None:
        """The search box's hint here, or None when this section has nothing to search."""
        return None

    def set_database(self, db: Database | None) -> None:
        self.db = db

    def on_changes(self, changes: Changes) -> None:
        """Called after every write; refresh only when ``changes`` touches this section."""
        if changes.touches(*self.tables):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.db is not None and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.db is not None:
            self.reload()

    def reload(self) -> None:
        """Read this section's data again, on the worker; clears the stale mark."""
        self._stale = False

    def set_search(self, text: str) -> None:
        self.search_text = text


class EmptyState(QFrame):
    """A calm, centred message: an icon, a title, what goes here and what will come."""

    def __init__(
        self,
        icon: QIcon,
        title: str,
        text: str,
        bullets: Sequence[str] = (),
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QWidget()
        # A fixed width lets the wrapped labels report their real height (no overlap).
        card.setFixedWidth(520)
        layout = QVBoxLayout(card)
        layout.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(QSize(56, 56)))
        picture.setFixedHeight(64)
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(picture)
        heading = plain_label(title, object_name="emptyTitle", selectable=False)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading)
        body = plain_label(text, object_name="emptyText", selectable=False)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(body)
        if bullets:
            layout.addSpacing(6)
            for bullet in bullets:
                line = plain_label(f"•  {bullet}", object_name="emptyBullet", selectable=False)
                layout.addWidget(line)
        self.note: QLabel | None = None
        if note:
            layout.addSpacing(12)
            self.note = plain_label(note, object_name="emptyNote", selectable=False)
            self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.heading = heading
        self.body = body
