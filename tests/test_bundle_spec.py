"""build.spec, read without building: it ships the files Alembic and the program load from disk,
and it keeps the rules that keep the bundle small and working.

The spec runs with stand-ins for PyInstaller's classes, so this takes a second, not minutes;
the real check is ``scripts/build_bundle.sh``.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


class _Recorded:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps what the spec passes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = list(kwargs.get("datas", []))
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.name = str(kwargs.get("name", ""))
        self.contents_directory = "_internal"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [package]  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda package, includes=None: []  # type: ignore[attr-defined]
    stubs = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
    }
    namespace: dict[str, Any] = {
        "__name__": "build_spec",
        "SPECPATH": str(ROOT),
        "DISTPATH": str(ROOT / "dist"),
        **{name: _Recorded for name in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    saved = {name: sys.modules.get(name) for name in stubs}
    sys.modules.update(stubs)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return namespace


def _shipped(spec: dict[str, Any]) -> dict[str, str]:
    """Source file relative to the project -> folder inside the bundle."""
    datas = spec["a"].kwargs["datas"]
    return {
        Path(src).relative_to(ROOT).as_posix(): Path(dest).as_posix()
        for src, dest in datas
        if Path(src).is_relative_to(ROOT)
    }


def test_every_shipped_file_exists(spec: dict[str, Any]) -> None:
    for src, _dest in spec["a"].kwargs["datas"]:
        assert Path(src).is_file(), src


def test_migrations_ship_as_files_in_their_folders(spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    migrations = ROOT / "db" / "migrations"
    expected = [migrations / "env.py", migrations / "script.py.mako"]
    expected += sorted((migrations / "versions").glob("*.py"))
    assert len(expected) > 2
    for path in expected:
        relative = path.relative_to(ROOT)
        assert shipped.get(relative.as_posix()) == relative.parent.as_posix(), relative


def test_resources_and_license_ship(spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    assert shipped["LICENSE"] == "."
    resources = [
        p
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.parts)
        and "__pycache__" not in p.parts
    ]
    for path in resources:
        relative = path.relative_to(ROOT)
        assert shipped.get(relative.as_posix()) == relative.parent.as_posix(), relative


def test_alembic_runtime_and_migration_imports_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert {
        "alembic.context",
        "alembic.op",
        "alembic.runtime.migration",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy",
    } <= hidden
    assert not any(name.startswith("db.migrations") for name in hidden)


def test_entry_point_and_executable_name(spec: dict[str, Any]) -> None:
    assert spec["a"].args[0] == [str(ROOT / "desktop" / "__main__.py")]
    assert spec["exe"].kwargs["name"] == "training-desk"
    assert spec["coll"].kwargs["name"] == "training-desk"
    assert spec["coll"].kwargs["strip"] is False  # stripping is selective, done by the spec


def test_unused_qt_is_excluded_and_used_qt_is_not(spec: dict[str, Any]) -> None:
    excludes = set(spec["a"].kwargs["excludes"])
    for name in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtTest"):
        assert f"PySide6.{name}" in excludes
    for name in spec["QT_MODULES_USED"]:
        assert f"PySide6.{name}" not in excludes
        assert f"PySide6.{name}" in spec["a"].kwargs["hiddenimports"]
    assert {"tkinter", "pytest", "hypothesis", "IPython"} <= excludes


def test_vendored_openblas_is_never_stripped(spec: dict[str, Any]) -> None:
    in_vendored_libs = spec["in_vendored_libs"]
    assert in_vendored_libs("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert in_vendored_libs("scipy.libs/libscipy_openblas-6cdc3b4a.so")
    assert not in_vendored_libs("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
    assert not in_vendored_libs("PySide6/Qt/lib/libQt6Core.so.6")


def test_qt_translations_only_for_our_languages(spec: dict[str, Any]) -> None:
    keep = spec["keep_qt_file"]
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("resources/translations/training_desk_de.qm")  # ours are never filtered


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="plugin names are Linux's")
def test_qt_plugins_for_a_desktop_window(spec: dict[str, Any]) -> None:
    keep = spec["keep_qt_file"]
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqjpeg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    ):
        assert keep(f"PySide6/Qt/plugins/{plugin}"), plugin
    for plugin in (
        "platforms/libqeglfs.so",
        "platformthemes/libqgtk3.so",
        "sqldrivers/libqsqlite.so",
        "tls/libqopensslbackend.so",
    ):
        assert not keep(f"PySide6/Qt/plugins/{plugin}"), plugin
