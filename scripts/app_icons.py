"""Render resources/icons/app.svg into the executable's icon files, with Qt.

    python scripts/app_icons.py OUT_DIR      writes app.png (256 px), app.ico, app.icns

build.spec runs this at build time (PNG/ICO/ICNS are build products, not committed): Windows
takes the .ico, macOS the .icns; Linux executables carry no icon (a desktop entry points at
app.png or app.svg). ICO and ICNS are written with Pillow, which matplotlib already needs.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_png(svg: Path, pixels: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt a str
    return bytes(data.data())


def write_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    big = Image.open(io.BytesIO(render_png(svg, 1024))).convert("RGBA")
    paths = {kind: out_dir / f"app.{kind}" for kind in ("png", "ico", "icns")}
    big.resize((256, 256), Image.Resampling.LANCZOS).save(paths["png"])
    big.save(paths["ico"], sizes=ICO_SIZES)
    big.save(paths["icns"])
    return paths


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__ or "")
        return 2
    for path in write_icons(Path(argv[0])).values():
        sys.stdout.write(f"{path} ({path.stat().st_size // 1024} KB)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
