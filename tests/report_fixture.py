"""Shared by the report tests: the path-builder company plus a Chinese-named person, and
helpers that read a PDF back (text with pypdf, fonts with pdffonts, pixels with pdftoppm).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from path_fixture import build_path_company
from pypdf import PdfReader
from sqlalchemy.orm import Session

from core import people
from core.changes import perform
from core.people import EmployeeInput
from db.session import Database

CHINESE_NAME = "张伟 Wei Zhang"


def build_report_company(db: Database) -> None:
    """The path fixture (P1 Pat One, P2 Pia Two, role Analyst) plus P3, managed by P1."""
    build_path_company(db)

    def add(s: Session) -> None:
        people.create_employee(
            s, EmployeeInput("P3", CHINESE_NAME, "p3@example.com", None, "Analyst", manager="P1")
        )

    perform(db, "Report test people", add)


def pdf_text(data: bytes | Path) -> list[str]:
    """The text of each page."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(raw)).pages]


def squeeze(text: str) -> str:
    """Without whitespace: a long word wrapped over two lines still matches."""
    return "".join(text.split())


def need_tool(name: str) -> str:
    """The path of a poppler tool; skipped where it is missing, a failure under CI."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} (poppler-utils) is needed under CI")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def embedded_fonts(pdf: Path) -> list[str]:
    """``pdffonts`` lines for the fonts that are embedded."""
    out = subprocess.run(
        [need_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines()[2:] if line.split()[-5:-4] == ["yes"]]


def render_page(pdf: Path, page: int, dpi: int = 40) -> Any:
    """Page ``page`` (1-based) as a PIL image, rendered by pdftoppm."""
    from PIL import Image

    out = subprocess.run(
        [need_tool("pdftoppm"), "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(out)).convert("L")


def ink_share(image: Any, box: tuple[int, int, int, int] | None = None) -> float:
    """The share of pixels that are not (near) white, in ``box`` or the whole image."""
    region = image.crop(box) if box else image
    histogram: list[int] = region.histogram()
    dark = sum(histogram[:240])
    return dark / max(1, sum(histogram))
