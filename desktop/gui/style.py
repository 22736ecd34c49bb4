"""Fonts and the style sheet. Colours come from the system palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Fonts with Simplified Chinese glyphs on Windows, macOS and Linux, in order of preference.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)

STYLE_SHEET = """
QWidget#sidebarPane { background: palette(window); border-right: 1px solid palette(midlight); }
QLabel#sidebarTitle { font-weight: 600; padding: 14px 16px 8px 16px; }
QListWidget#sidebar { border: none; background: transparent; outline: 0; padding: 0 8px; }
QListWidget#sidebar::item { padding: 0 8px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
QToolBar#mainToolBar { spacing: 8px; padding: 6px 10px; border: none;
    border-bottom: 1px solid palette(midlight); }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; padding-left: 4px; }
QLineEdit#globalSearch { padding: 4px 6px; border-radius: 6px; min-height: 20px; }
QLabel#detailHeading { font-size: 15pt; font-weight: 600; }
QLabel#detailSubheading { color: palette(placeholder-text); }
QLabel#groupTitle { font-weight: 600; padding-bottom: 3px;
    border-bottom: 1px solid palette(midlight); }
QLabel#fieldName, QLabel#mutedText, QLabel#countLabel, QLabel#placeholderText,
QLabel#emptyText, QLabel#emptyNote, QLabel#filterLabel { color: palette(placeholder-text); }
QFrame#emptyState { background: palette(base); }
QLabel#emptyTitle { font-size: 16pt; font-weight: 600; }
QLabel#emptyText { font-size: 11pt; }
QLabel#dialogTitle { font-size: 13pt; font-weight: 600; }
QLabel#problemText { color: #c0392b; }
QFrame#banner { background: palette(tool-tip-base); color: palette(tool-tip-text);
    border-bottom: 1px solid palette(mid); }
QScrollArea#detailPanel, QWidget#detailBody { background: palette(base); }
QScrollArea#detailPanel { border-left: 1px solid palette(midlight); }
QTableView { border: none; }
QHeaderView::section { padding: 4px 6px; }
"""


# Latin UI faces, in order, for when the platform reports only a generic alias ("Sans Serif"):
# Qt may resolve that alias to a CJK face, whose Latin letters and "…" (drawn centred, the
# Chinese way) look foreign in an English window.
LATIN_FAMILIES = (
    "Segoe UI",
    ".AppleSystemUIFont",
    "Helvetica Neue",
    "Cantarell",
    "Noto Sans",
    "DejaVu Sans",
    "Liberation Sans",
)
GENERIC_ALIASES = {"sans serif", "sans-serif", "sans", "helvetica", ""}


def ui_font(base: QFont, language: str = "en") -> QFont:
    """``base`` with a Simplified Chinese fallback the platform has, so 王芳 never shows boxes.

    In English the Latin face leads; in Chinese the CJK face leads, so punctuation and mixed
    text read the way Chinese software draws them.
    """
    installed = set(QFontDatabase.families())
    latin = base.family()
    if latin.lower() in GENERIC_ALIASES:
        latin = next((f for f in LATIN_FAMILIES if f in installed), latin)
    cjk = [f for f in CJK_FAMILIES if f in installed]
    families = [*cjk, latin] if language.startswith("zh") else [latin, *cjk]
    font = QFont(base)
    font.setFamilies(list(dict.fromkeys(families)))
    return font


def ensure_cjk_font() -> None:
    """Register the bundled WenQuanYi Micro Hei when the system has no Chinese font.

    Windows and macOS ship one; a bare Linux desktop may not, and the packaged program must
    still show 王芳 rather than boxes. The same file is embedded in the PDFs.
    """
    installed = set(QFontDatabase.families())
    if any(family in installed for family in CJK_FAMILIES):
        return
    from db.resources import resource_path

    QFontDatabase.addApplicationFont(str(resource_path("resources", "fonts", "wqy-microhei.ttc")))


def apply_style(app: QApplication, language: str = "en") -> None:
    ensure_cjk_font()
    app.setFont(ui_font(app.font(), language))
    app.setStyleSheet(STYLE_SHEET)
