"""Bytes to text for CSV files: a BOM decides, then strict UTF-8, then plausible GB18030.

Anything else is refused and the admin (``--encoding`` or the wizard) must say: a wrong
guess would store mojibake silently, which is worse than asking.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from core.errors import InputRefused
from core.messages import msg

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of files that are certainly not a text table.
_BINARY_MAGIC = (
    (b"\x89PNG", "PNG"),
    (b"%PDF", "PDF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0", "old Office (.xls/.doc)"),
    (b"SQLite format 3", "SQLite"),
    (b"PK\x03\x04", "zip"),
)


def _refuse(code: str, path: Path, **values: object) -> InputRefused:
    return InputRefused(msg(code, file=str(path), **values))


def binary_kind(data: bytes) -> str | None:
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    return None


def _is_cjk_or_punct(char: str) -> bool:
    point = ord(char)
    return (
        0x4E00 <= point <= 0x9FFF
        or 0x3400 <= point <= 0x4DBF
        or 0x3000 <= point <= 0x303F
        or 0xFF00 <= point <= 0xFFEF
        or 0x2000 <= point <= 0x206F
    )


def _in_gb2312(char: str) -> bool:
    """GB2312's area of GBK: both bytes 0xA1–0xFE. Real Chinese text lives almost entirely
    there; Latin-1 bytes misread as GBK pair an accented letter with the next ASCII byte,
    whose second byte falls below 0xA1 ("Renée" would become "Ren閑")."""
    encoded = char.encode("gb18030")
    return len(encoded) == 2 and encoded[0] >= 0xA1 and encoded[1] >= 0xA1


def plausible_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes; only mostly-CJK, mostly-common results are believable."""
    if "\x00" in text:
        return False
    others = [c for c in text if ord(c) > 0x7F]
    if not others:
        return True
    cjk = sum(1 for c in others if _is_cjk_or_punct(c))
    common = sum(1 for c in others if _in_gb2312(c))
    return cjk / len(others) >= 0.9 and common / len(others) >= 0.9


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """UTF-16 puts the zero byte of ASCII characters (commas, line ends, digits) always on
    the same side; binary files scatter their zero bytes on both."""
    sample = data[:8192]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    nuls = even_nuls + odd_nuls
    return nuls >= 2 and max(even_nuls, odd_nuls) >= 0.95 * nuls


def decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; InputRefused when it cannot be trusted."""
    if encoding:
        return _decode_as(path, data, encoding), encoding
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(path, data, codec), codec.replace("-sig", "")
    if _looks_like_utf16_without_bom(data):
        raise _refuse("import.utf16_without_bom", path)
    if b"\x00" in data:
        raise _refuse("import.not_a_table", path, kind="binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse("import.unknown_encoding", path) from None
    if not plausible_chinese(text):
        raise _refuse("import.unknown_encoding", path)
    return text, "gb18030"


def _decode_as(path: Path, data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _refuse("import.no_such_encoding", path, encoding=encoding) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _refuse(
            "import.wrong_encoding", path, encoding=encoding, offset=error.start
        ) from None
    return text.removeprefix("\ufeff")
