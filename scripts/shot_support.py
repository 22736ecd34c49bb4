"""What every screenshot script shares: arguments, a private work folder, the app, the window.

Each script builds its own data, then shoots its own widgets with :func:`shooter`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def shot_arguments(doc: str | None, *, sizes: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "zh_CN"])
    if sizes:
        parser.add_argument("--people", type=int, default=120)
        parser.add_argument("--courses", type=int, default=80)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def private_work_folder(prefix: str) -> Path:
    """A temporary folder that also holds the program's data and settings for this run."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["TRAINING_DESK_DATA_DIR"] = str(work / "data")
    os.environ["TRAINING_DESK_CONFIG_DIR"] = str(work / "config")
    return work


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def start_gui(lang: str) -> Any:
    """The QApplication as the program sets it up (settings path, translations, style)."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.i18n import install_translators
    from desktop.gui.launch import configure_application
    from desktop.gui.style import apply_style

    app = QApplication([])
    configure_application(app)
    install_translators(app, lang)
    apply_style(app, lang)
    return app


def shooter(out: Path) -> Callable[[Any, str], None]:
    def shoot(widget: Any, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        sys.stdout.write(f"wrote {path}\n")

    return shoot


def open_window(db_path: Path) -> Any:
    """The real main window at 1400x900 on ``db_path``, once the file is open."""
    from desktop.gui.main_window import MainWindow

    window = MainWindow(ask_first_run=False)
    window.resize(1400, 900)
    window.show()
    window.open_path(db_path)
    wait_until(lambda: window.db is not None)
    return window


@dataclass
class ShotSession:
    """A demo company opened in the real window, ready to be photographed."""

    args: argparse.Namespace
    work: Path  # the private folder of this run (the demo file lives there)
    app: Any
    window: Any
    shoot: Callable[[Any, str], None]
    suffix: str  # "" in English, "-zh_CN" in Chinese: appended to every file name


def demo_session(doc: str | None, prefix: str) -> ShotSession:
    """Arguments, a demo company in a private folder, the app in ``--lang``, the window open."""
    from scripts.sample_company import build_demo_or_company

    args = shot_arguments(doc, sizes=True)
    work = private_work_folder(prefix)
    db_path = work / "demo.db"
    source = build_demo_or_company(db_path, args.people, args.courses)
    sys.stdout.write(f"demo data from {source}: {db_path}\n")
    app = start_gui(args.lang)  # also sets core's message language
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    return ShotSession(args, work, app, open_window(db_path), shooter(args.out), suffix)
