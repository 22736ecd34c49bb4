"""Parse the text of one cell into the value stored; refuse with a message, never guess.

Each parser raises :class:`Invalid` carrying a catalogue message that says what to do.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from core.messages import Message, msg

# A spreadsheet runs a cell starting with these as a formula; exports prefix a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


class Invalid(Exception):
    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.message: Message = msg(code, **values)


def needs_quote(text: str) -> bool:
    """True when a spreadsheet would run ``text`` (or it already looks neutralised)."""
    return text.startswith(FORMULA_STARTS) or bool(_QUOTED.match(text))


def neutralise(text: str) -> str:
    return "'" + text if needs_quote(text) else text


def clean_cell(text: str) -> str:
    """Trim the cell and remove exactly the one quote an export put in front of a formula.

    Line ends become "\n": XLSX cannot keep a "\r", so CSV and XLSX read back alike.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stripped = text.strip()
    if not stripped.startswith("'"):
        return stripped
    return stripped[1:] if _QUOTED.match(stripped) else stripped


def parse_int(text: str, low: int | None = None, high: int | None = None) -> int:
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        raise Invalid("import.not_a_number", value=text) from None
    if not number.is_integer():
        raise Invalid("import.not_whole", value=text)
    value = int(number)
    if (low is not None and value < low) or (high is not None and value > high):
        raise Invalid("import.out_of_range", value=text, low=low, high=high)
    return value


def parse_level(text: str) -> int:
    return parse_int(text, 1, 5)


_TRUE = {"yes", "y", "1", "true", "t", "active", "在职", "是", "有效", "x", "✓"}
_FALSE = {"no", "n", "0", "false", "f", "inactive", "离职", "否", "无效", "left"}


def parse_bool(text: str) -> bool:
    folded = text.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise Invalid("import.not_yes_no", value=text)


_LANGUAGES = {
    "en": ("english", "英语", "英文", "anglais", "inglés", "ingles"),
    "zh": ("chinese", "中文", "汉语", "普通话", "简体中文", "繁體中文", "繁体中文", "mandarin"),
    "es": ("spanish", "español", "espanol", "西班牙语"),
    "fr": ("french", "français", "francais", "法语"),
    "de": ("german", "deutsch", "德语"),
    "it": ("italian", "italiano", "意大利语"),
    "pt": ("portuguese", "português", "portugues", "葡萄牙语"),
    "ja": ("japanese", "日本語", "日语", "日文"),
    "ko": ("korean", "한국어", "韩语"),
    "ru": ("russian", "русский", "俄语"),
    "ar": ("arabic", "اللغة العربية", "العربية", "阿拉伯语"),
    "hi": ("hindi", "हिन्दी", "印地语"),
    "nl": ("dutch", "nederlands", "荷兰语"),
}
_LANGUAGE_OF = {name: code for code, names in _LANGUAGES.items() for name in names}
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$")


def parse_language(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    if folded in _LANGUAGE_OF:
        return _LANGUAGE_OF[folded]
    if _LANGUAGE_CODE.match(folded):
        primary = re.split(r"[-_]", folded)[0]
        return primary
    raise Invalid("import.bad_language", value=text)


def _choice(table: dict[str, tuple[str, ...]], code: str) -> Any:
    lookup = {name: value for value, names in table.items() for name in (value, *names)}

    def parse(text: str) -> str | None:
        folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        if folded in lookup:
            return lookup[folded] or None
        raise Invalid(code, value=text, choices=", ".join(v for v in table if v))

    return parse


parse_format = _choice(
    {
        "online": ("e-learning", "elearning", "self-paced", "web", "线上", "在线", "网络"),
        "classroom": ("in-person", "in person", "face-to-face", "onsite", "面授", "线下",
                      "课堂"),
        "blended": ("hybrid", "mixed", "混合", "线上线下"),
        "video": ("recorded", "视频", "录播"),
    },
    "import.bad_format",
)  # fmt: skip
# "All Levels" says the course has no one difficulty: stored as blank, not guessed.
parse_difficulty = _choice(
    {
        "beginner": ("introductory", "intro", "basic", "beginner level", "entry", "初级",
                     "入门", "基础"),
        "intermediate": ("intermediate level", "medium", "中级", "进阶"),
        "advanced": ("expert", "expert level", "advanced level", "高级", "专家"),
        "": ("all levels", "all", "any", "不限", "所有级别"),
    },
    "import.bad_difficulty",
)  # fmt: skip
parse_status = _choice(
    {
        "active": ("current", "open", "有效", "在用", "启用", "开放"),
        "retired": ("inactive", "archived", "closed", "停用", "下架", "已停用", "退役"),
    },
    "import.bad_status",
)
