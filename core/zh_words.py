"""Chinese word segmentation, shared by similarity, sentiment and comment themes.

Chinese is written without spaces; treating a sentence as one token finds nothing and
character bigrams cross word boundaries ("信息安全" → "息安"). rjieba (the jieba-rs
dictionary segmenter, MIT) splits runs of Chinese into words; it loads in ~0.15 s, once per
process, and only when Chinese text is first seen.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

# CJK unified ideographs (+ extension A, compatibility).
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")


class _Segmenter(Protocol):
    def __call__(self, text: str) -> list[str]: ...


@cache
def _segmenter(for_search: bool = False) -> _Segmenter:
    import rjieba

    cut: _Segmenter = rjieba.cut_for_search if for_search else rjieba.cut
    return cut


def has_chinese(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def chinese_runs(text: str) -> list[str]:
    """The unbroken runs of Chinese characters in ``text``, in order."""
    return _CJK_RUN.findall(text)


def chinese_words(text: str) -> list[str]:
    """The Chinese words of ``text`` in order (other scripts and punctuation left out)."""
    words: list[str] = []
    for run in _CJK_RUN.findall(text):
        words.extend(_segmenter()(run) if len(run) > 1 else [run])
    return words


def chinese_index_words(text: str) -> list[str]:
    """Words and the shorter words inside long ones (网络安全 → 网络, 安全, 网络安全).

    For matching and indexing: a compound and its parts both meet other texts, while
    character bigrams would also make non-words across morphemes (管理者 → 理者).
    """
    words: list[str] = []
    for run in _CJK_RUN.findall(text):
        words.extend(_segmenter(True)(run) if len(run) > 1 else [run])
    return words
