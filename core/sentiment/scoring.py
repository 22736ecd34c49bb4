"""One score for any text: English, Chinese or both, and the label it gets.

Mixed-language comments are scored in both languages and combined by the share of each
script, counted in words (a Chinese word is about 1.7 characters).
"""

from __future__ import annotations

import re

from core.sentiment.chinese import chinese_score
from core.sentiment.english import english_scorer
from core.zh_words import CJK_CHARS

# Labels from the score. VADER's own ±0.05 calls nearly every polite comment positive: in
# feedback "ok" or "fine" (one mild word, ~0.13) is lukewarm, so praise starts at one clear
# word ("good" ≈ 0.44, "relevant" ≈ 0.25). Complaints are said more softly than praise
# (politeness, and VADER does not know most complaint words), so the negative side starts
# closer to zero. Chosen by that reasoning, then checked on the labelled sets, where any
# value in 0.15–0.35 / -0.1…-0.2 is within 0.02 of macro-F1.
POSITIVE_FROM = 0.25
NEGATIVE_FROM = -0.15
CHINESE_WORD_CHARS = 1.7

_CJK = re.compile(f"[{CJK_CHARS}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def chinese_share(text: str) -> float:
    """Share of the text's words that are Chinese (0 for English only, 1 for Chinese only)."""
    chinese = len(_CJK.findall(text)) / CHINESE_WORD_CHARS
    if not chinese:
        return 0.0
    latin = len(_LATIN_WORD.findall(text))
    return chinese / (chinese + latin)


def lexicon_score(text: str) -> float:
    """The rule-and-lexicon score in [-1, 1]; 0.0 for empty text."""
    if not text.strip():
        return 0.0
    share = chinese_share(text)
    if share >= 0.9:
        return chinese_score(text)
    english = english_scorer().score(text)
    if share == 0.0:
        return english
    return share * chinese_score(text) + (1 - share) * english


def label_of(score: float) -> str:
    if score >= POSITIVE_FROM:
        return "positive"
    if score <= NEGATIVE_FROM:
        return "negative"
    return "neutral"
