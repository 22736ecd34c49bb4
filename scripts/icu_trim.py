"""Shrink the bundle's ICU data library (Linux) to what Training Desk can use: 31 MB → 9 MB.

    python scripts/icu_trim.py BUNDLE/_internal/PySide6/Qt/lib/libicudata.so.73

PySide6's Qt links ICU, whose data library carries every locale of CLDR, transliterators and
~190 legacy character sets. Qt uses ICU for collation (QCollator), legacy text codecs
(QStringConverter) and locale-aware case mapping; the program calls none of them, its
interface speaks English and Chinese, and its importers decode files with Python's codecs.
Kept: all locale-independent data (normalisation, break rules and dictionaries, Unicode
names, time zones, supplemental data), the root locale with English and Chinese in every
tree, and the Chinese codecs (GB18030, GBK, Big5). Another locale falls back to root
(German or Swedish names would sort by the Unicode default order); a legacy codec other than
the Chinese ones is reported as unavailable by Qt.

How: extract the data package from the library's ``icudt<N>_dat`` symbol, drop items with
ICU's ``icupkg`` (keeping whatever a kept item depends on), and link a new library exporting
the same symbol with the same soname (``gcc``). Needs ``icupkg`` (Debian: icu-devtools),
``readelf`` and ``gcc``; without them the library is left as it is (exit 0, a note on stderr).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_KEPT = re.compile(r"^(root|en|zh)(_|\.)")
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
NOT_LOCALES = {"res_index.res", "pool.res"}
CODECS_KEPT = {"gb18030.cnv", "windows-936-2000.cnv", "windows-950-2000.cnv"}


def dropped(item: str) -> bool:
    """True for an item of the data package the program cannot use (see the module doc)."""
    name = item.rsplit("/", 1)[-1]
    if item.startswith("translit/"):
        return True
    if name.endswith(".cnv"):
        return name not in CODECS_KEPT
    return bool(LOCALE_ITEM.match(name)) and name not in NOT_LOCALES and not LOCALE_KEPT.match(name)


def run(*command: str, cwd: Path | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: {result.stderr.strip() or result.stdout}")
    return result.stdout + result.stderr


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of ``icudt73_dat``."""
    symbols = run("readelf", "-Ws", str(library))
    match = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)",
        symbols,
    )
    if match is None:
        raise RuntimeError(f"{library}: no icudt*_dat symbol")
    address, size, section = int(match[1], 16), int(match[2], 0), int(match[3])
    sections = run("readelf", "-SW", str(library))
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise RuntimeError(f"{library}: section {section} not found")
    return match[4], address - int(row[1], 16) + int(row[2], 16), size


def trim(library: Path) -> tuple[int, int]:
    """Replace ``library`` with the trimmed one; returns (bytes before, bytes after)."""
    symbol, offset, size = data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian; items live under it
    soname = re.search(r"SONAME\)\s+Library soname: \[(.+?)\]", run("readelf", "-d", str(library)))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with library.open("rb") as whole:
            whole.seek(offset)
            (work / f"{package}.dat").write_bytes(whole.read(size))
        items = run("icupkg", "-l", f"{package}.dat", cwd=work).split()
        drop = [item for item in items if dropped(item)]
        (work / "out").mkdir()
        for _ in range(10):  # keep what a kept item depends on, then try again
            (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
            result = subprocess.run(
                ["icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat"],
                capture_output=True, text=True, cwd=work, check=False,
            )  # fmt: skip
            needed = set(
                re.findall(r"depends on missing item (\S+)", result.stdout + result.stderr)
            )
            if not needed and result.returncode == 0:
                break
            if not needed:
                raise RuntimeError(f"icupkg: {result.stderr.strip()}")
            drop = [item for item in drop if item not in needed]
        # icupkg names a package after its file, and ICU finds items as "icudt73l/<item>".
        (work / "data.S").write_text(
            f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n"
            f'    .balign 16\n{symbol}:\n    .incbin "out/{package}.dat"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        name = soname[1] if soname else library.name
        run(
            "gcc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", "new.so", "data.S", cwd=work
        )
        before = library.stat().st_size
        shutil.copyfile(work / "new.so", library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__ or "")
        return 2
    missing = [tool for tool in ("icupkg", "readelf", "gcc") if shutil.which(tool) is None]
    if missing:
        sys.stderr.write(f"icu_trim: {', '.join(missing)} missing; ICU data left whole\n")
        return 0
    before, after = trim(Path(argv[0]))
    sys.stdout.write(f"icu_trim: {argv[0]}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
