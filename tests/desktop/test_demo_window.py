"""The main window over the real demo company: every section, and People filtered by typing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from sqlalchemy import select

from core.database import open_database
from core.demo import DemoParams, generate_demo
from db.models import Department, Employee
from desktop.gui.people import NAME_COLUMN

pytest_plugins = ["gui_plugin"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    opened = open_database(path)
    generate_demo(opened.db, DemoParams(seed=3, as_of=dt.date(2026, 6, 30)))
    opened.db.close()
    return path


def _expected_names(path: Path, department: str, word: str) -> list[str]:
    opened = open_database(path, write=False)
    with opened.db.reading() as session:
        found = session.scalars(
            select(Employee.name).join(Department).where(Department.name == department)
        ).all()
    opened.db.close()
    return sorted(n for n in found if word.lower() in n.lower())


def test_demo_company_in_every_section_and_people_filtered_by_typing(
    qtbot: Any, make_window: Any, demo_db: Path
) -> None:
    window = make_window(demo_db)
    for section in window.sections:
        window.show_section(section.key)
        assert window.current_section() is section
        qtbot.waitExposed(section)

    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    assert people.model.rowCount() == 120

    visible = [people.model.index(r, NAME_COLUMN).data() for r in range(120)]
    chinese = {c for name in visible for c in name if ord(c) > 0x2E80}
    assert len(chinese) > 10, "the demo has Chinese names"
    metrics = QFontMetrics(people.table.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in chinese)

    department = people.filters[0].combo
    department.setCurrentIndex(department.findData("Sales"))
    window.search_box.setFocus()
    sales = sorted(row.name for row in people.model.visible_rows)
    assert sales and len(sales) < 120
    word = sales[0].split()[0][:3]  # the start of a real name, typed key by key
    qtbot.keyClicks(window.search_box, word)
    expected = _expected_names(demo_db, "Sales", word)
    qtbot.waitUntil(lambda: sorted(r.name for r in people.model.visible_rows) == expected)
    assert expected and sales[0] in expected

    catalog = window.section("catalog")
    window.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.loaded, timeout=10_000)
    assert catalog.model.rowCount() == 80
