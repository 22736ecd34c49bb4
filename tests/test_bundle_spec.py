"""build.spec, read without building: it ships the files Alembic and the program load from disk,
and it keeps the rules that keep the bundle small and working.

The spec runs with stand-ins for PyInstaller's classes, so this takes a second, not minutes;
the real check is ``scripts/build`` (it builds, then runs the bundle, ``--self-test`` included).
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
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
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
        "workpath": str(tmp_path_factory.mktemp("workpath")),
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


def test_third_party_notices_are_generated_into_the_bundle(spec: dict[str, Any]) -> None:
    entries = [e for e in spec["a"].datas if e[0] == "THIRD-PARTY-NOTICES.txt"]
    assert len(entries) == 1 and entries[0][2] == "DATA"
    text = Path(entries[0][1]).read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "separate shared libraries" in text
    assert "WenQuanYi" in text and "PSF-2.0" in text


def test_notices_cover_what_the_analysis_collected(spec: dict[str, Any]) -> None:
    analysis = types.SimpleNamespace(
        pure=[("numpy.linalg", "", "PYMODULE"), ("os", "", "PYMODULE")],
        binaries=[("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "", "EXTENSION")],
        datas=[("PySide6/Qt/translations/qtbase_zh_CN.qm", "", "DATA"), ("LICENSE", "", "DATA")],
    )
    assert {"numpy", "os", "PIL", "PySide6", "LICENSE"} <= spec["bundled_names"](analysis)
    system = spec["system_libraries"](
        [
            ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
            ("numpy.libs/libgfortran.so.5", "/venv/numpy.libs/libgfortran.so.5", "BINARY"),
            ("libpython3.11.so.1.0", f"{sys.base_prefix}/lib/libpython3.11.so.1.0", "BINARY"),
        ]
    )
    assert system == (["/usr/lib/x86_64-linux-gnu/libX11.so.6"] if sys.platform == "linux" else [])


def test_application_icon_is_rendered_per_platform(spec: dict[str, Any]) -> None:
    icons = spec["icons"]
    assert icons["png"].read_bytes().startswith(b"\x89PNG")
    assert icons["ico"].read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert icons["icns"].read_bytes()[:4] == b"icns"
    expected = {"win32": "ico", "darwin": "icns"}.get(sys.platform)
    icon = spec["exe"].kwargs["icon"]
    assert icon == (str(icons[expected]) if expected else None)
    assert (str(icons["png"]), "resources/icons") in spec["a"].kwargs["datas"]


def test_every_trim_says_why_and_removes_something(spec: dict[str, Any]) -> None:
    for trim in spec["TRIMS"]:
        assert len(trim.why) > 30 and (trim.modules or trim.paths), trim.what
    excludes = set(spec["a"].kwargs["excludes"])
    assert {"rich", "pygments", "requests", "ssl", "_hashlib", "PIL._avif"} <= excludes
    # hashlib's own implementations replace OpenSSL's: core hashes with sha1 and sha256.
    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert {"_sha1", "_md5"} <= hidden and ({"_sha256", "_sha2"} & hidden)


def test_trims_keep_what_the_program_uses(spec: dict[str, Any]) -> None:
    trimmed = spec["trimmed"]
    fonts = "matplotlib/mpl-data/fonts/ttf/"
    for kept in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        assert not trimmed(fonts + kept), kept
    assert not trimmed(fonts + "LastResortHE-Regular.ttf")  # matplotlib's glyph fallback
    assert not trimmed("matplotlib/mpl-data/matplotlibrc")
    assert not trimmed("reportlab/fonts/Vera.ttf")
    assert not trimmed("resources/fonts/DejaVuSans.ttf")
    for dropped in ("STIXGeneral.ttf", "cmr10.ttf", "DejaVuSerif.ttf"):
        assert trimmed(fonts + dropped), dropped
    assert trimmed("matplotlib/mpl-data/sample_data/goog.npz")
    assert trimmed("sklearn/datasets/data/iris.csv")
    assert trimmed("reportlab/fonts/DarkGardenMK.pfb")
    assert trimmed("matplotlib/mpl-data/fonts/pdfcorefonts/Helvetica.afm")
    # alembic.ddl imports every SQLAlchemy dialect it has DDL for: they all stay.
    assert not any(n.startswith("sqlalchemy.") for n in spec["a"].kwargs["excludes"])


def test_icu_trim_keeps_root_english_chinese_and_shared_data() -> None:
    import importlib.util

    loader = importlib.util.spec_from_file_location("icu_trim", ROOT / "scripts" / "icu_trim.py")
    assert loader is not None and loader.loader is not None
    icu = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(icu)
    for kept in ("root.res", "en.res", "en_GB.res", "zh.res", "zh_Hans_CN.res", "coll/zh.res",
                 "coll/ucadata.icu", "coll/res_index.res", "res_index.res", "pool.res",
                 "brkitr/cjdict.dict", "nfkc.nrm", "supplementalData.res", "zoneinfo64.res",
                 "gb18030.cnv", "unames.icu", "cnvalias.icu"):  # fmt: skip
        assert not icu.dropped(kept), kept
    for gone in ("de.res", "fr_FR.res", "coll/sv.res", "translit/Latin_ASCII.res",
                 "ibm-37_P100-1995.cnv", "yue.res", "sr_Latn.res"):  # fmt: skip
        assert icu.dropped(gone), gone


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="plugin names are Linux's")
def test_image_format_plugins_for_the_logo_and_icons_only(spec: dict[str, Any]) -> None:
    keep = spec["keep_qt_file"]
    for plugin in ("libqjpeg.so", "libqgif.so", "libqsvg.so", "libqico.so"):
        assert keep(f"PySide6/Qt/plugins/imageformats/{plugin}"), plugin
    for plugin in ("libqtiff.so", "libqwebp.so", "libqtga.so"):
        assert not keep(f"PySide6/Qt/plugins/imageformats/{plugin}"), plugin


@pytest.mark.skipif(sys.platform == "win32", reason="no symbolic links")
def test_identical_vendored_libraries_become_links(spec: dict[str, Any], tmp_path: Path) -> None:
    for folder in ("numpy.libs", "scipy.libs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "libgfortran-1.so.5").write_bytes(b"same bytes")
    (tmp_path / "scipy.libs" / "libother.so").write_bytes(b"other bytes")
    spec["link_duplicates"](tmp_path)
    link = tmp_path / "scipy.libs" / "libgfortran-1.so.5"
    assert link.is_symlink() and link.read_bytes() == b"same bytes"
    assert not (tmp_path / "numpy.libs" / "libgfortran-1.so.5").is_symlink()
    assert not (tmp_path / "scipy.libs" / "libother.so").is_symlink()
