"""Third-party notices: generated from what is installed (from source) or what the spec
collected (the bundle), and shown from Help → About."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from db.resources import resource_path
from desktop.notices import (
    dependency_closure,
    distributions_for,
    licence_of,
    licence_texts,
    notices_text,
    render_notices,
)

pytest_plugins = ["gui_plugin"]


@pytest.fixture(scope="module")
def text() -> str:
    return notices_text()


def _names(dists: Any) -> set[str]:
    return {str(d.metadata["Name"]).lower().replace("_", "-") for d in dists}


def test_every_runtime_dependency_is_named_with_version_and_licence(text: str) -> None:
    for dist in dependency_closure():
        header = f"\n{dist.metadata['Name']} {dist.version}\nLicence: {licence_of(dist)}\n"
        assert header in text, dist.metadata["Name"]
    named = _names(dependency_closure())
    assert {"pyside6-essentials", "numpy", "scikit-learn", "reportlab", "rjieba"} <= named
    assert {"pypdfium2", "vadersentiment", "matplotlib", "pandas"} <= named
    assert not named & {"pytest", "mypy", "ruff", "pyinstaller", "training-desk"}


def test_licence_texts_from_the_wheels_are_reproduced(text: str) -> None:
    numpy = next(d for d in dependency_closure() if d.metadata["Name"] == "numpy")
    paths = [path for path, _ in licence_texts(numpy)]
    assert "numpy-" in paths[0] and paths[0].endswith("LICENSE.txt")
    assert f"--- {paths[0]} ---" in text
    assert "Copyright (c) 2005" in text  # numpy's own licence text, not just its name


def test_qt_lgpl_notice_says_how_to_replace_qt(text: str) -> None:
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "separate shared libraries" in text
    assert "_internal/PySide6/Qt/lib/libQt6*.so.6" in text
    assert "replace the files above with yours" in text


def test_fonts_and_python_licences(text: str) -> None:
    assert "WenQuanYi" in text and "Bitstream Vera" in text
    for licence in (resource_path("resources", "fonts")).glob("LICENSE*"):
        assert f"--- fonts/{licence.name} ---" in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in text


def test_bundle_folders_map_to_their_distributions() -> None:
    found = _names(distributions_for(["numpy.libs", "PIL", "PySide6", "os", "core", "nope"]))
    assert found == {"numpy", "pillow", "pyside6-essentials"}


def test_system_libraries_section_names_the_package(tmp_path: Path) -> None:
    import shutil
    import sys

    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        pytest.skip("Debian packages only")
    library = next(
        (
            p
            for p in (Path("/usr/lib/x86_64-linux-gnu"), Path("/lib/x86_64-linux-gnu"))
            if p.is_dir()
        ),
        None,
    )
    candidates = sorted(library.glob("libz.so.1*")) if library else []
    if not candidates:
        pytest.skip("no libz to look up")
    text = render_notices([], resource_path("resources"), [str(candidates[0])])
    assert "System libraries copied from the build machine" in text
    assert "zlib1g" in text


def test_about_opens_the_notices(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.gui.about import AboutDialog
    from desktop.gui.notices_dialog import NoticesDialog

    about = AboutDialog(None)
    qtbot.addWidget(about)
    about.notices_button.click()
    dialog = about.findChild(NoticesDialog)
    assert dialog is not None and dialog.isVisible()
    view = dialog.findChild(QPlainTextEdit, "noticesText")
    assert view is not None and view.isReadOnly()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in view.toPlainText()
    dialog.close()
