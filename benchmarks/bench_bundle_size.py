"""What each trimming rule in build.spec (``TRIMS``) saves, measured on two real builds.

    .venv/bin/python benchmarks/bench_bundle_size.py            # builds both (~2 × 1.5 min)
    .venv/bin/python benchmarks/bench_bundle_size.py --full DIST WORK --trimmed DIST WORK

Builds the bundle with ``TRAINING_DESK_NO_TRIM=1`` and without, then attributes every file and
every archived module that the trimmed bundle lacks to the rule that removed it: modules by
name, data by the rule's globs, and shared libraries to the rule whose removed modules linked
them. Prints one row per rule (MB on disk, archived bytes included) and both totals (du).
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import subprocess
import sys
import tempfile
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "training-desk"


def build(dist: Path, work: Path, *, trimmed: bool) -> None:
    env = {**os.environ, "TRAINING_DESK_NO_TRIM": "" if trimmed else "1"}
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "build.spec", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip


def trims() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(what, modules, paths) of build.spec's TRIMS, read the way tests/test_bundle_spec.py does."""
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    head = source[: source.index("# fmt: on")]  # the lists, before any building starts
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    saved = {n: sys.modules.get(n) for n in ("PyInstaller", "PyInstaller.utils", hooks.__name__)}
    sys.modules.update(
        {"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("x")}
    )
    sys.modules[hooks.__name__] = hooks
    namespace: dict[str, object] = {
        "SPECPATH": str(ROOT),
        "workpath": tempfile.gettempdir(),
        "__name__": "build_spec",
    }
    try:
        exec(compile(head, "build.spec", "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return [(t.what, t.modules, t.paths) for t in namespace["TRIMS"]]  # type: ignore[attr-defined]


def files(bundle: Path) -> dict[str, int]:
    return {
        p.relative_to(bundle).as_posix(): p.stat().st_size
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


def archived(work: Path) -> dict[str, int]:
    """Module name → compressed bytes in the PYZ archive inside the executable."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    (pyz,) = work.rglob("PYZ-00.pyz")
    return {name: entry[2] for name, entry in ZlibArchiveReader(str(pyz)).toc.items()}


def module_of(path: str) -> str:
    """``_internal/PIL/_avif.cpython-311-x86_64-linux-gnu.so`` → ``PIL._avif``."""
    parts = path.split("/")[1:]
    if "lib-dynload" in parts:  # the standard library's extension modules are top-level
        parts = parts[-1:]
    return ".".join([*parts[:-1], parts[-1].split(".")[0]])


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return {line.split("[")[1].split("]")[0] for line in out.splitlines() if "(NEEDED)" in line}


def attribute(full: Path, trimmed: Path, full_work: Path, trimmed_work: Path) -> Counter[str]:
    rules = trims()
    kept_files, kept_modules = files(trimmed), archived(trimmed_work)
    gone_files = {p: s for p, s in files(full).items() if p not in kept_files}
    gone_modules = {m: s for m, s in archived(full_work).items() if m not in kept_modules}

    def rule_for_module(name: str) -> str | None:
        for what, modules, _ in rules:
            if any(name == m or name.startswith(m + ".") for m in modules):
                return what
        return None

    saved: Counter[str] = Counter()
    linked = {p.relative_to(trimmed).as_posix() for p in trimmed.rglob("*") if p.is_symlink()}
    for path in [p for p in gone_files if p in linked]:
        saved["identical vendored libraries linked (numpy.libs, scipy.libs)"] += gone_files.pop(
            path
        )
    for path, size in files(full).items():  # changed in place: ICU's data library
        if "libicudata" in path and path in kept_files:  # (the executable's PYZ is counted
            saved["ICU data cut to root, English, Chinese"] += size - kept_files[path]  # above)
    for name, size in gone_modules.items():
        saved[rule_for_module(name) or "modules only the removed ones imported"] += size
    libraries: dict[str, str] = {}  # file name → rule, for what removed code linked
    unplaced: dict[str, int] = {}

    def rule_for_path(path: str) -> str | None:
        inside = path.split("/", 1)[-1]  # without "_internal/"
        for what, _, globs in rules:
            if any(fnmatch.fnmatch(inside, glob) for glob in globs):
                return what
        return rule_for_module(module_of(path))

    for path, size in gone_files.items():
        rule = rule_for_path(path)
        if rule is None:
            unplaced[path] = size
            continue
        saved[rule] += size
        if path.endswith(".so") or ".so." in path:
            libraries.update(dict.fromkeys(needed(full / path), rule))
    for _ in range(3):  # libraries needed by libraries that went
        for path in list(unplaced):
            rule = libraries.get(Path(path).name)
            if rule is not None:
                saved[rule] += unplaced.pop(path)
                libraries.update(dict.fromkeys(needed(full / path), rule))
    for path, size in unplaced.items():
        saved[f"other: {path}"] += size
    return saved


def du(folder: Path) -> int:
    return int(
        subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True).stdout.split()[0]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", nargs=2, type=Path, metavar=("DIST", "WORK"))
    parser.add_argument("--trimmed", nargs=2, type=Path, metavar=("DIST", "WORK"))
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    full = args.full or (scratch / "full", scratch / "full-work")
    trimmed = args.trimmed or (scratch / "trimmed", scratch / "trimmed-work")
    if args.full is None:
        build(*full, trimmed=False)
    if args.trimmed is None:
        build(*trimmed, trimmed=True)
    saved = attribute(full[0] / APP, trimmed[0] / APP, full[1], trimmed[1])
    print(f"{'rule':<72} {'saved MB':>8}")
    for what, size in saved.most_common():
        print(f"{what[:72]:<72} {size / 1e6:8.2f}")
    before, after = du(full[0] / APP), du(trimmed[0] / APP)
    print(f"{'sum of the rows':<72} {sum(saved.values()) / 1e6:8.2f}")
    print(f"bundle without TRIMS {before / 1e6:.1f} MB, with {after / 1e6:.1f} MB "
          f"(du -sb; saved {(before - after) / 1e6:.1f} MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
