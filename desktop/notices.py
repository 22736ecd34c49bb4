"""Third-party notices: every bundled distribution with its version, licence and licence text.

The bundle's copy is written by ``build.spec`` from what PyInstaller collected (top-level
module and folder names mapped to the installed distributions that own them) and shipped as
``THIRD-PARTY-NOTICES.txt``; Help → About shows it. Run from source, :func:`notices_text`
makes the same text on demand from the program's declared dependencies.

    python -m desktop.notices [-o FILE]      print or write the notices (from source)

No Qt here: the spec imports this module while building.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

from desktop.notices_extra import (
    fonts_section,
    python_section,
    qt_section,
    system_libraries_section,
)

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
PROJECT = "training-desk"
RULE = "=" * 78
_LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|copyright)", re.IGNORECASE)
_LICENCE_TEXT_LIMIT = 200_000  # a runaway file must not make the notices unreadable


def top_level_name(part: str) -> str:
    """``six.py`` → ``six``; ``_cffi.cpython-311-x86_64-linux-gnu.so`` → ``_cffi``."""
    if part.endswith((".py", ".pyc", ".so", ".pyd")):
        return part.split(".")[0]
    return part


def distribution_index() -> dict[str, list[md.Distribution]]:
    """Top-level module or folder name (``numpy``, ``numpy.libs``, ``PIL``) → its owners."""
    index: dict[str, list[md.Distribution]] = {}
    for dist in md.distributions():
        names = {
            top_level_name(file.parts[0])
            for file in dist.files or []
            if file.parts
            and file.parts[0] not in {"..", "bin"}
            and not file.parts[0].endswith((".dist-info", ".egg-info", ".data"))
        }
        for name in names:
            owners = index.setdefault(name, [])
            if all(_normalized(_name(d)) != _normalized(_name(dist)) for d in owners):
                owners.append(dist)
    return index


def _name(dist: md.Distribution) -> str:
    return _field(dist, "Name")


def _normalized(name: str) -> str:
    """PEP 503: ``charset_normalizer`` and ``Charset-Normalizer`` are one project."""
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions_for(top_level_names: Iterable[str]) -> list[md.Distribution]:
    """The distributions owning these top-level names (ours and the standard library's left out)."""
    index = distribution_index()
    found: dict[str, md.Distribution] = {}
    for name in top_level_names:
        for dist in index.get(name, []):
            if _normalized(_name(dist)) != PROJECT:
                found.setdefault(_normalized(_name(dist)), dist)
    return sorted(found.values(), key=lambda d: _name(d).lower())


def dependency_closure(root: str = PROJECT) -> list[md.Distribution]:
    """``root``'s run-time requirements, recursively (no extras): what a bundle carries.

    Every installed copy of a name counts, and from source pyproject.toml's list too: the
    installed metadata of an editable install is as old as its last ``pip install``.
    """
    seen: dict[str, md.Distribution] = {}
    pending = [root, *declared_dependencies()]
    while pending:
        name = pending.pop()
        copies = list(md.distributions(name=name))
        if not copies or _normalized(name) in seen:
            continue  # a requirement for another platform, or done
        seen[_normalized(name)] = copies[0]
        for requirement in {r for dist in copies for r in dist.requires or []}:
            if "extra ==" not in requirement:
                pending.append(_requirement_name(requirement))
    seen.pop(_normalized(root), None)
    return sorted(seen.values(), key=lambda d: _name(d).lower())


def declared_dependencies() -> list[str]:
    """Requirement names in pyproject.toml, when run from source."""
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if not pyproject.is_file():
        return []
    project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    return [_requirement_name(r) for r in project.get("dependencies", [])]


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0]


def _field(dist: md.Distribution, key: str) -> str:
    values = dist.metadata.get_all(key) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: md.Distribution) -> str:
    """The SPDX expression, else a short ``License`` field, else the trove classifiers."""
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License")
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in dist.metadata.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    return field.splitlines()[0] if field else "see the licence text below"


def licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    """(file inside the wheel, text) for every licence-like file the wheel ships."""
    texts = []
    for file in dist.files or []:
        if file.suffix in {".py", ".pyc", ".pyi", ".so", ".pyd"}:
            continue
        if not _LICENCE_FILE.search(file.name):
            continue
        try:
            data = Path(str(file.locate())).read_bytes()
        except OSError:
            continue  # listed in RECORD but not installed
        text = data.decode("utf-8", errors="replace")
        texts.append((file.as_posix(), text[:_LICENCE_TEXT_LIMIT].strip()))
    return texts


def distribution_section(dist: md.Distribution) -> str:
    lines = [RULE, f"{_name(dist)} {dist.version}", f"Licence: {licence_of(dist)}"]
    homepage = _field(dist, "Home-page") or _project_url(dist)
    if homepage:
        lines.append(f"Project: {homepage}")
    texts = licence_texts(dist)
    if not texts:
        lines.append("(The wheel ships no licence file; the licence named above applies.)")
    for path, text in texts:
        lines += ["", f"--- {path} ---", text]
    return "\n".join(lines)


def _project_url(dist: md.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return str(url).strip()
    return ""


def render_notices(
    dists: Iterable[md.Distribution],
    resources: Path,
    system_libraries: Iterable[str] = (),
) -> str:
    dists = list(dists)
    names = ", ".join(f"{_name(d)} {d.version}" for d in dists)
    header = [
        "Training Desk — third-party notices",
        "",
        "Training Desk is MIT-licensed (LICENSE). It is distributed together with the",
        "components below, each under its own licence, reproduced here as shipped.",
        "",
        textwrap.fill(f"Python packages ({len(dists)}): {names}", 78, break_on_hyphens=False),
    ]
    sections = [
        "\n".join(header),
        qt_section(),
        python_section(),
        fonts_section(resources),
        *(distribution_section(d) for d in dists),
    ]
    libraries = system_libraries_section(system_libraries)
    if libraries:
        sections.append(libraries)
    return "\n\n".join(sections) + "\n"


def write_notices(
    path: Path,
    dists: Iterable[md.Distribution],
    resources: Path,
    system_libraries: Iterable[str] = (),
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_notices(dists, resources, system_libraries), encoding="utf-8")
    return path


def notices_text() -> str:
    """The bundle's generated notices; from source, the same made now from the dependencies."""
    from db.resources import resource_path

    shipped = resource_path(NOTICES_FILE)
    if getattr(sys, "frozen", False) and shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return render_notices(dependency_closure(), resource_path("resources"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.notices", description=__doc__)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of printing")
    args = parser.parse_args(argv)
    text = notices_text()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
