"""The parts of the third-party notices that are not Python distributions' own licence files:
Qt's LGPL-3 terms and how to replace Qt, Python itself, the fonts in ``resources/fonts``, and
(Linux) the system libraries PyInstaller copied from the build machine.
"""

from __future__ import annotations

import importlib.metadata as md
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

RULE = "=" * 78
_TEXT_LIMIT = 200_000

QT_NOTICE = """\
Qt {qt} and Qt for Python (PySide6 {pyside}, shiboken6 {shiboken})
Copyright (C) The Qt Company Ltd. and other contributors.
Licence: GNU Lesser General Public License version 3 (LGPL-3.0-only); the full text follows,
with the GNU General Public License version 3 it builds on.

Qt is kept as separate shared libraries: nothing of Qt is linked into Training Desk's own
code, and the program loads Qt at start from files inside its folder:
  Linux    _internal/PySide6/Qt/lib/libQt6*.so.6 and _internal/PySide6/Qt/plugins/
  Windows  _internal/PySide6/Qt6*.dll and _internal/PySide6/plugins/
  macOS    _internal/PySide6/Qt/lib/Qt*.framework and _internal/PySide6/Qt/plugins/
with the Python bindings beside them (_internal/PySide6/*.abi3.*, _internal/shiboken6/).

To use a modified or different build of Qt, build Qt {qt_minor} (any {qt_minor}.x release is
binary compatible) from the sources at https://download.qt.io/official_releases/qt/
or https://code.qt.io/, and replace the files above with yours, keeping their names. To change
the bindings too, build PySide6 and shiboken6 {pyside} from
https://download.qt.io/official_releases/QtForPython/ and replace _internal/PySide6 and
_internal/shiboken6. No other step is needed: the program does not check these files.
"""


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[:_TEXT_LIMIT].strip()


def _version(name: str) -> str:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return "?"


def licences_folder() -> Path:
    from db.resources import resource_path

    return resource_path("resources", "licenses")


def qt_section() -> str:
    pyside = _version("PySide6_Essentials")
    if pyside == "?":
        pyside = _version("PySide6")
    qt_minor = ".".join(pyside.split(".")[:2])
    text = QT_NOTICE.format(
        qt=pyside, qt_minor=qt_minor, pyside=pyside, shiboken=_version("shiboken6")
    )
    parts = [RULE, text]
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        path = licences_folder() / name
        if path.is_file():
            parts += [f"--- {name} ---", read_text(path), ""]
    return "\n".join(parts).rstrip()


def python_section() -> str:
    version = sys.version.split()[0]
    lines = [
        RULE,
        f"Python {version}",
        "Licence: PSF-2.0 (Python Software Foundation License Version 2)",
        "The Python interpreter and standard library run the program (libpython, base_library).",
    ]
    licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if licence.is_file():
        lines += ["", "--- LICENSE.txt ---", read_text(licence)]
    else:
        lines.append("Full text: https://docs.python.org/3/license.html")
    return "\n".join(lines)


def fonts_section(resources: Path) -> str:
    """The fonts the PDFs embed and their licence files, from ``resources/fonts``."""
    folder = resources / "fonts"
    fonts = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in {".ttf", ".ttc", ".otf"})
    lines = [
        RULE,
        "Fonts in resources/fonts (embedded in the PDF reports)",
        "Files: " + (", ".join(fonts) or "none"),
        "DejaVu Sans: Bitstream Vera licence with DejaVu changes (public domain);",
        "WenQuanYi Micro Hei: Apache-2.0 (or GPL-3 with font exception), see below.",
    ]
    for licence in sorted(folder.glob("LICENSE*")):
        lines += ["", f"--- fonts/{licence.name} ---", read_text(licence)]
    return "\n".join(lines)


def _usrmerge_aliases(path: Path) -> list[str]:
    """dpkg knows a library under one of /lib/x.so and /usr/lib/x.so (merged /usr)."""
    names = {str(path), str(path.resolve())}
    for name in list(names):
        if name.startswith("/usr/lib/"):
            names.add(name.removeprefix("/usr"))
        elif name.startswith("/lib/"):
            names.add("/usr" + name)
    return sorted(names)


def debian_package_of(path: Path) -> str:
    """``libx11-6`` for /usr/lib/x86_64-linux-gnu/libX11.so.6; "" when dpkg does not know."""
    if shutil.which("dpkg") is None:
        return ""
    for name in _usrmerge_aliases(path):
        result = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():  # "libx11-6:amd64: /usr/lib/.../libX11.so.6"
            package, separator, _ = line.partition(": ")
            if separator and not line.startswith("diversion"):
                return package.split(",")[0].split(":")[0].strip()
    return ""


def _package_version(package: str) -> str:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip()


def system_libraries_section(library_paths: Iterable[str]) -> str:
    """Libraries copied from the build machine (Linux), grouped by their Debian package,
    with the package's copyright file."""
    paths = sorted({Path(p) for p in library_paths})
    if not paths:
        return ""
    by_package: dict[str, list[str]] = {}
    for path in paths:
        by_package.setdefault(debian_package_of(path), []).append(path.name)
    lines = [
        RULE,
        "System libraries copied from the build machine",
        "These shared libraries are bundled unmodified so the program runs where they are",
        "missing; each is under its own licence, given by its Debian package's copyright file.",
    ]
    for package in sorted(p for p in by_package if p):
        files = ", ".join(by_package[package])
        lines += ["", f"--- {package} {_package_version(package)}: {files} ---"]
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        lines.append(
            read_text(copyright_file) if copyright_file.is_file() else "(no copyright file)"
        )
    if by_package.get(""):
        lines += ["", "--- not from a system package: " + ", ".join(by_package[""]) + " ---"]
    return "\n".join(lines)
