"""Window test fixtures (loaded through pytest_plugins): sample file, fake dialogs, windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import FakeDialogs, build_sample_database, drain


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return build_sample_database(tmp_path / "sample.db")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_window(qtbot: Any, dialogs: FakeDialogs) -> Iterator[Any]:
    """Build main windows with fake dialogs; at teardown drain the worker and close the file."""
    from desktop.gui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(
        path: Path | None = None, *, ask_first_run: bool = False, resize: bool = True
    ) -> MainWindow:
        window = MainWindow(dialogs, ask_first_run=ask_first_run)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        if resize:
            window.resize(1400, 900)
        window.show()
        if path is not None:
            window.open_path(path)
            qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.close()
        drain()
        assert window.db is None
    drain()


@pytest.fixture
def window(make_window: Any, sample_db: Path) -> Any:
    return make_window(sample_db)
