"""The main window over a small demo-like database: sections, search, filters, sort, glyphs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel

from db.models import Employee
from desktop.gui import prefs
from desktop.gui.dbop import DbOp
from desktop.gui.people import HIRE_DATE_COLUMN, NAME_COLUMN
from desktop.gui.rowmodel import SORT_ROLE

pytest_plugins = ["gui_plugin"]

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["dashboard", "catalog", "people", "assignments", "skills", "analytics", "reports"]


def names(section: Any) -> list[str]:
    return [row.name for row in section.model.visible_rows]


def loaded(qtbot: Any, section: Any) -> None:
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)


def test_every_section_is_reachable_from_sidebar_and_shortcut(qtbot: Any, window: Any) -> None:
    assert [s.key for s in window.sections] == SECTIONS
    assert window.sidebar.count() == 7
    for number, key in enumerate(SECTIONS, start=1):
        window.sidebar.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_section().key == key
        assert window.stack.currentWidget() is window.section(key)
        assert window.section_title.text() == window.section(key).title()
        qtbot.waitExposed(window.section(key))
    window.show_section("people")
    loaded(qtbot, window.section("people"))
    window.show_section("catalog")
    loaded(qtbot, window.section("catalog"))
    assert window.section("catalog").model.rowCount() == 5


def test_people_search_and_department_filter(qtbot: Any, window: Any) -> None:
    window.show_section("people")
    people = window.section("people")
    loaded(qtbot, people)
    assert people.model.rowCount() == 7
    assert people.count_label.text() == "7 people"

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    window.search_box.insert("王")  # QTest cannot type CJK; insert() edits like an IME
    qtbot.waitUntil(lambda: sorted(names(people)) == ["王小明", "王芳"])
    assert people.count_label.text() == "2 of 7 people"

    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "ACCOUNT man")  # every word, any case, any field
    qtbot.waitUntil(lambda: sorted(names(people)) == ["Alice Wang", "张伟", "王小明"])

    department = people.filters[0].combo
    department.setCurrentIndex(department.findData("Sales"))
    qtbot.keyClicks(window.search_box, " wang")
    qtbot.waitUntil(lambda: names(people) == ["Alice Wang"])

    window.search_box.clear()
    qtbot.waitUntil(lambda: sorted(names(people)) == ["Alice Wang", "张伟", "王小明"])
    department.setCurrentIndex(0)
    assert people.model.rowCount() == 7

    # Each section keeps its own search text.
    qtbot.keyClicks(window.search_box, "zzz-nobody")
    qtbot.waitUntil(lambda: people.model.rowCount() == 0)
    window.show_section("catalog")
    assert window.search_box.text() == ""
    window.show_section("people")
    assert window.search_box.text() == "zzz-nobody"


def test_sort_by_hire_date_is_by_date_not_text(qtbot: Any, window: Any) -> None:
    window.show_section("people")
    people = window.section("people")
    loaded(qtbot, people)
    people.table.sortByColumn(HIRE_DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    model = people.model
    dates = [model.index(r, HIRE_DATE_COLUMN).data(SORT_ROLE) for r in range(model.rowCount())]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and all(isinstance(d, dt.date) for d in known)
    assert dates[-1] is None  # unknown dates last
    assert names(people)[0] == "李娜"  # 2015
    people.table.sortByColumn(HIRE_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert names(people)[0] == "Carol Jones"  # 2023
    people.table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
    assert names(people)[:2] == ["Alice Wang", "Bob Smith"]


def test_font_has_glyphs_for_every_chinese_name(qtbot: Any, window: Any) -> None:
    window.show_section("people")
    people = window.section("people")
    loaded(qtbot, people)
    font = people.table.font()
    metrics = QFontMetrics(font)
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.SimplifiedChinese)
    shown = [people.model.index(r, NAME_COLUMN).data() for r in range(people.model.rowCount())]
    chinese = [c for name in shown for c in name if ord(c) > 0x2E80]
    assert set("王芳李娜张伟小明") <= set(chinese)
    for character in chinese:
        assert metrics.inFontUcs4(ord(character)), f"no glyph for {character!r}"
        assert raw.supportsCharacter(ord(character)), f"no glyph for {character!r}"


def test_selecting_a_person_shows_details_and_skill_gaps(qtbot: Any, window: Any) -> None:
    window.show_section("people")
    people = window.section("people")
    loaded(qtbot, people)
    assert people.select_where(lambda r: r.name == "王芳")
    qtbot.waitUntil(lambda: people.detail.heading == "王芳")
    texts = [label.text() for label in people.detail.widget().findChildren(QLabel)]
    for expected in ("E001", "e001@example.com", "工程部", "数据分析师", "李娜", "2019-03-01"):
        assert expected in texts
    assert {"SQL", "Excel", "gap 2"} <= set(texts)


def test_catalog_filters_and_course_detail(qtbot: Any, window: Any) -> None:
    catalog = window.section("catalog")
    loaded(qtbot, catalog)
    category, status = (f.combo for f in catalog.filters)
    category.setCurrentIndex(category.findData("Data"))
    assert sorted(r.code for r in catalog.model.visible_rows) == ["C-SQL1", "C-SQL2", "C-XLS"]
    status.setCurrentIndex(status.findData("retired"))
    assert [r.code for r in catalog.model.visible_rows] == ["C-XLS"]
    category.setCurrentIndex(0)
    status.setCurrentIndex(0)
    assert catalog.select_where(lambda r: r.code == "C-NEG")
    qtbot.waitUntil(lambda: catalog.detail.heading == "Negotiation <Advanced> & More")
    texts = [label.text() for label in catalog.detail.widget().findChildren(QLabel)]
    assert "300.00 EUR" in texts and "Harvard ManageMentor" in texts
    assert catalog.select_where(lambda r: r.code == "C-SQL2")
    qtbot.waitUntil(lambda: catalog.detail.heading == "高级 SQL 查询")
    texts = [label.text() for label in catalog.detail.widget().findChildren(QLabel)]
    assert "C-SQL1 · SQL 入门" in texts


def test_a_write_refreshes_only_the_views_it_touches(qtbot: Any, window: Any) -> None:
    people, catalog = window.section("people"), window.section("catalog")
    window.show_section("people")
    loaded(qtbot, people)
    loaded(qtbot, catalog)
    catalog_rows = catalog.model.all_rows

    def add(session: Any) -> None:
        session.add(Employee(employee_id="E100", name="赵六", active=True))

    DbOp(window, window.db, add, action="Add person").run()
    qtbot.waitUntil(lambda: "赵六" in names(people))
    assert catalog.model.all_rows is catalog_rows  # the catalog did not reload
    assert window.status_bar.last_action.text() == "Last action: Add person"


def test_last_file_and_geometry_are_remembered(
    qtbot: Any, make_window: Any, sample_db: Path
) -> None:
    from desktop.gui.launch import start_path

    window = make_window(sample_db)
    window.resize(760, 560)  # within the offscreen screen, so restoring need not shrink it
    saved = window.size()
    window.close()
    assert prefs.last_file() == sample_db.absolute()
    assert prefs.recent_files()[0] == sample_db.absolute()
    assert start_path(type("Args", (), {"db": None})()) == sample_db.absolute()
    again = make_window(None, resize=False)
    assert again.size() == saved


def test_second_writer_gets_a_readable_message_and_can_choose_another_file(
    qtbot: Any, make_window: Any, dialogs: Any, sample_db: Path, tmp_path: Path
) -> None:
    first = make_window(sample_db)
    other = tmp_path / "other.db"
    dialogs.open_file = other
    second = make_window(None)
    second.open_path(sample_db)
    qtbot.waitUntil(lambda: second.db is not None, timeout=10_000)
    ((_title, text),) = dialogs.called("show_error")
    assert "already open for writing" in text and str(sample_db) in text
    assert dialogs.called("get_open_file")
    assert second.db.path == other.absolute()
    assert first.db.path == sample_db.absolute()


def test_file_notices_show_in_a_banner(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "training.db"
    window = make_window(synced)
    assert window.banner.isVisible()
    assert "Dropbox" in window.banner_text.text()


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def test_quit_after_paint_on_a_new_default_database(tmp_path: Path) -> None:
    data = tmp_path / "fresh-data"
    env = {**_env(), "TRAINING_DESK_DATA_DIR": str(data)}
    entry = Path(sys.executable).with_name("training-desk")
    command = [str(entry)] if entry.exists() else [sys.executable, "-m", "desktop"]
    done = subprocess.run(
        [*command, "--quit-after-paint"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (data / "training-desk.db").is_file()
    assert (data / "logs" / "training-desk.log").is_file()


def test_start_up_imports_nothing_heavy(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.gui.main_window import MainWindow\n"
        "from desktop.gui.launch import configure_application\n"
        "configure_application(app)\n"
        "window = MainWindow(ask_first_run=False)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('pandas', 'sklearn', 'matplotlib', 'reportlab', 'scipy')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
