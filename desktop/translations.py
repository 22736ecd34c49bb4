"""The window's translations: Qt Linguist ``.ts`` sources in resources/translations, compiled.

    .venv/bin/python -m desktop.translations update    # lupdate the sources into the .ts
    .venv/bin/python -m desktop.translations check     # list strings without a translation
    .venv/bin/python -m desktop.translations compile DIR

The committed ``.ts`` is the source; ``.qm`` files are build products: build.spec compiles
them into the bundle, and a run from source compiles them into the user's cache folder the
first time (and again whenever the ``.ts`` is newer). Qt's own tools do the work —
``lupdate`` and ``lrelease`` ship inside the PySide6 wheel.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("zh_CN",)
ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("desktop",)


def ts_folder() -> Path:
    from db.resources import resource_path

    return Path(resource_path("resources", "translations"))


def ts_file(language: str) -> Path:
    return ts_folder() / f"training_desk_{language}.ts"


def qt_tool(name: str) -> Path:
    """``lupdate`` / ``lrelease`` from the installed PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in the installed PySide6 ({folder})")


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(
        p for d in SOURCE_DIRS for p in (root / d).rglob("*.py") if "__pycache__" not in p.parts
    )


def update_ts(target: Path, root: Path = ROOT) -> None:
    """Run lupdate over the sources into ``target`` (kept translations stay, stale ones go)."""
    files = [str(p) for p in source_files(root)]
    subprocess.run(
        [
            str(qt_tool("lupdate")),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            # Modules' _tr() helpers are tr() to lupdate; their real context is found at run
            # time by desktop.gui.i18n.ContextFallbackTranslator.
            "-tr-function-alias",
            "tr+=_tr",
            *files,
            "-ts",
            str(target),
        ],
        check=True,
    )


def compile_ts(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)], check=True
    )


@dataclass(frozen=True)
class Untranslated:
    context: str
    source: str


def untranslated(ts: Path) -> list[Untranslated]:
    """Messages of ``ts`` without a finished translation (empty or marked unfinished)."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }
            empty = not (translation.text or "").strip() if translation is not None else True
            plural = translation is not None and bool(translation.findall("numerusform"))
            if unfinished or (empty and not plural):
                missing.append(Untranslated(name, message.findtext("source", "")))
    return missing


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``language``: shipped in the bundle, or compiled into the cache."""
    shipped = ts_folder() / f"training_desk_{language}.qm"
    if shipped.exists():
        return shipped
    source = ts_file(language)
    if not source.exists():
        return None
    from core.userdirs import data_dir

    cached = data_dir() / "cache" / f"training_desk_{language}.qm"
    if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
        try:
            compile_ts(source, cached)
        except (OSError, subprocess.CalledProcessError):
            return None  # English shows where the translation cannot be compiled
    return cached


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "check"
    if command == "update":
        for language in LANGUAGES:
            update_ts(ts_file(language))
    if command in {"update", "check"}:
        failed = False
        for language in LANGUAGES:
            missing = untranslated(ts_file(language))
            for item in missing:
                sys.stdout.write(f"{language} [{item.context}] {item.source!r}\n")
            sys.stdout.write(f"{language}: {len(missing)} without a translation\n")
            failed = failed or bool(missing)
        return 1 if failed and command == "check" else 0
    if command == "compile" and len(args) == 2:
        for language in LANGUAGES:
            compile_ts(ts_file(language), Path(args[1]) / f"training_desk_{language}.qm")
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
