"""Screenshots of the Dashboard and the Skills Matrix on the demo data, offscreen, 1400×900.

    .venv/bin/python scripts/screenshots_insights.py [--out screenshots] [--lang en|zh_CN]

Builds the default demo (core.demo, as of 2026-06-15 so the pictures repeat), opens the real
main window and saves: the dashboard (top and scrolled to the bottom), the list behind the
Overdue figure, the skills matrix, and the matrix filtered to one department.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
AS_OF = dt.date(2026, 6, 15)


def wait_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def build_demo(path: Path) -> None:
    from core.database import open_database
    from core.demo.generate import DemoParams, generate_demo

    opened = open_database(path)
    try:
        generate_demo(opened.db, DemoParams(as_of=AS_OF))
    finally:
        opened.db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "zh_CN"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="training-desk-insights-"))
    os.environ["TRAINING_DESK_DATA_DIR"] = str(work / "data")
    os.environ["TRAINING_DESK_CONFIG_DIR"] = str(work / "config")
    db_path = work / "demo.db"
    build_demo(db_path)

    from PySide6.QtWidgets import QApplication, QScrollArea

    from desktop.gui.i18n import install_translators
    from desktop.gui.launch import configure_application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.style import apply_style

    app = QApplication([])
    configure_application(app)
    install_translators(app, args.lang)
    apply_style(app)
    window = MainWindow(ask_first_run=False)
    window.resize(1400, 900)
    window.show()
    window.open_path(db_path)
    wait_until(lambda: window.db is not None)
    suffix = "" if args.lang == "en" else f"_{args.lang}"

    def shot(name: str, widget: object = window) -> None:
        settle()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        sys.stdout.write(f"{path}\n")

    dashboard = window.section("dashboard")
    dashboard.today = lambda: AS_OF  # type: ignore[attr-defined]
    window.show_section("dashboard")
    wait_until(lambda: dashboard.loaded)  # type: ignore[attr-defined]
    shot("insights_dashboard")
    scroll = dashboard.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot("insights_dashboard_bottom")
    dashboard.open_list("overdue")  # type: ignore[attr-defined]
    wait_until(lambda: dashboard.list_dialog is not None)  # type: ignore[attr-defined]
    dialog = dashboard.list_dialog  # type: ignore[attr-defined]
    shot("insights_overdue_list", dialog)
    dialog.close()

    matrix = window.section("skills")
    window.show_section("skills")
    wait_until(lambda: matrix.loaded)  # type: ignore[attr-defined]
    shot("insights_skills_matrix")
    matrix.department_filter.setCurrentIndex(1)  # type: ignore[attr-defined]
    shot("insights_skills_matrix_department")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
