"""Turning course text into tokens for the content model, in any of the catalog's languages.

Latin-script words (English, Spanish, ...) become lower-case word tokens with their stop
words dropped and a light plural/suffix folding; Chinese (and Japanese) has no spaces, so every
run of CJK characters becomes its single characters and overlapping character bigrams — never
whole sentences as tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# CJK unified ideographs (+ extension A, compatibility), kana.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(rf"[^\W\d_{_CJK}][^\W_{_CJK}]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SPANISH_STOP = _word_set(
    "de la que el en y a los del se las por un para con no una su al lo como más mas pero sus "
    "le ya o este esta entre cuando muy sin sobre también tambien me hasta hay donde quien "
    "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
    "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual "
    "poco ella estar estas algunas algo nosotros es son ser curso cursos"
)
_EXTRA_STOP = _word_set(
    "course courses learn learning learner learners student students will use using used "
    "also well including includes understand understanding introduction basic basics "
    "new one two can may within way ways help helps take"
)

# Chinese function characters and course boilerplate ("learn", "master", "how to", "use"):
# they join any two courses, so they carry no topic.
_CHINESE_STOP = _word_set(
    "的 了 和 与 及 在 是 等 中 为 对 把 让 从 到 并 或 以 之 其 你 我 他 们 这 那 有 也 就 都 而 "
    "学习 掌握 了解 如何 使用 提升 方法 技巧 课程 培训 员工 公司 进行 完成 处理 学会 帮助 "
    "能力 常见 正确 基础 入门 进阶 实战 知识 通过 包括"
)


def _english_stop() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


_STOP: frozenset[str] | None = None


def stop_words() -> frozenset[str]:
    """English (scikit-learn's list), Spanish and course-boilerplate stop words."""
    global _STOP
    if _STOP is None:
        _STOP = _english_stop() | _SPANISH_STOP | _EXTRA_STOP
    return _STOP


def fold_word(word: str) -> str:
    """A light suffix folding so 'analyses', 'analysis' and 'analysing' mostly meet.

    Deliberately crude (no language-specific stemmer is installed): it only strips endings
    common to English and Spanish plurals and verb forms, and never below 4 letters.
    """
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def normalise(text: str) -> str:
    """NFKC (full-width letters and digits to plain ones) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def cjk_grams(run: str) -> list[str]:
    """Single characters and overlapping bigrams of one run of CJK characters."""
    grams = list(run)
    grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def chinese_tokens(run: str) -> list[str]:
    """Words of a run of Chinese, with the shorter words inside compounds; no stop words.

    Words, not character bigrams: bigrams also make non-words across word boundaries
    (信息安全 → 息安) that then show up as "shared terms" in reasons.
    """
    from core.zh_words import chinese_index_words

    return [w for w in chinese_index_words(run) if len(w) > 1 and w not in _CHINESE_STOP]


def tokens(text: str) -> list[str]:
    """Word tokens of ``text``: folded Latin words and Chinese words."""
    clean = normalise(text)
    stop = stop_words()
    words = [fold_word(w) for w in _WORD.findall(clean) if w not in stop and len(w) > 1]
    for run in _CJK_RUN.findall(clean):
        words.extend(chinese_tokens(run))
    return words


def weighted_tokens(fields: Iterable[tuple[str, float]], concept_weight: float = 1.0) -> list[str]:
    """Tokens of several fields, each field repeated by its (whole-number) weight.

    Topic concepts from the thesaurus (core.topic_thesaurus) join the words, counted
    ``concept_weight`` times per matched term.
    """
    from core.topic_thesaurus import concept_tokens

    out: list[str] = []
    for text, weight in fields:
        if text and weight > 0:
            field_tokens = tokens(text)
            if concept_weight > 0:
                field_tokens += concept_tokens(normalise(text)) * max(1, round(concept_weight))
            out.extend(field_tokens * max(1, round(weight)))
    return out


_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def latin_text(text: str) -> str:
    """The letters and digits outside CJK runs, lower-cased: the character n-gram view's input.

    Punctuation goes too: left in, the "，、。" of every Chinese description made n-grams that
    all Chinese courses share, and a similarity with nothing behind it.
    """
    return _NOT_LETTER_OR_DIGIT.sub(" ", _CJK_RUN.sub(" ", normalise(text)))
