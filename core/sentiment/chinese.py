"""Chinese sentiment from a curated lexicon (core.sentiment.zh_lexicon) with the rules that
matter in reviews: negators (不好 → negative, 不差 → mildly positive), degree adverbs, "too …"
complaints (太长, 有点难), contrast (但是/不过: the later clause counts more), wishes, "!".

Words come from rjieba (core.zh_words); a lexicon entry may span several of them ("浪费" +
"时间"), so matching takes the longest run of up to four words that is an entry.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from core.sentiment.english import damp_mixed
from core.sentiment.zh_lexicon import (
    CONTRASTS,
    DEGREES,
    EXCESS,
    EXCESS_VALENCE,
    NEGATORS,
    VALENCES,
    WISH_VALENCE,
    WISHES,
)
from core.zh_words import CJK_CHARS, chinese_words

# VADER's constants, so both languages score on one scale.
NEGATION_SCALE = -0.74
BEFORE_CONTRAST, AFTER_CONTRAST = 0.5, 1.5
EXCLAMATION_BOOST, MAX_EXCLAMATIONS = 0.292, 4
NORMALISATION_ALPHA = 15.0
NEGATION_REACH = 3  # words after a negator that it can still flip
LONGEST_ENTRY = 4  # words

_TOKENS = re.compile(f"[{CJK_CHARS}]+|[A-Za-z]+")
_CLAUSE_END = re.compile(r"[，。！？；、,.!?;\s]+")
_TRAILING_PARTICLES = "了啦呀啊的得吧嘛呢哦"
# Words starting with 太 that are not "too …".
_NOT_EXCESS = frozenset(["太阳", "太太", "太极", "太空", "太原", "太平", "太湖"])


def _tokens(clause: str) -> list[str]:
    out: list[str] = []
    for piece in _TOKENS.findall(clause):
        if piece.isascii():
            out.append(piece)
        else:
            out.extend(chinese_words(piece))
    return out


# Longest first, so "没有" is tried before "没".
_PREFIXES = sorted((*NEGATORS, *DEGREES), key=len, reverse=True)


@lru_cache(maxsize=200_000)
def _lookup(word: str) -> float | None:
    """A word's valence, seeing through trailing particles and a leading negator or degree
    adverb that the segmenter kept attached ("不清楚", "太棒了", "很实用")."""
    stripped = word.rstrip(_TRAILING_PARTICLES) or word
    for candidate in (word, stripped):
        if candidate in VALENCES:
            return VALENCES[candidate]
    for prefix in _PREFIXES:
        if not stripped.startswith(prefix) or len(stripped) == len(prefix):
            continue
        rest = stripped[len(prefix) :]
        if rest in VALENCES:
            if prefix in NEGATORS:
                return VALENCES[rest] * NEGATION_SCALE
            return VALENCES[rest] * DEGREES[prefix]
        if prefix in EXCESS and len(rest) <= 2 and stripped not in _NOT_EXCESS:
            return EXCESS_VALENCE * DEGREES.get(prefix, 1.0)
    return None


def _longest_entry(tokens: list[str], start: int) -> tuple[float | None, int]:
    for length in range(min(LONGEST_ENTRY, len(tokens) - start), 1, -1):
        joined = "".join(tokens[start : start + length])
        if joined in VALENCES:
            return VALENCES[joined], length
    return _lookup(tokens[start]), 1


def _clause_valences(tokens: list[str]) -> list[float]:
    """One valence per sentiment-bearing word of a clause, with its modifiers applied."""
    values: list[float] = []
    negated_until = -1
    degree, degree_until = 1.0, -1
    excess_until = -1
    position = 0
    while position < len(tokens):
        word = tokens[position]
        value, length = _longest_entry(tokens, position)
        if (
            word == "好"
            and tokens[position + 1 : position + 2]
            and tokens[position + 1][0] in "几多久"
        ):
            value = None  # 好几次, 好多: "quite a few", not "good"
            degree, degree_until = DEGREES["很"], position + 2
        if value is None:
            if word in NEGATORS:
                negated_until = position + NEGATION_REACH
            if word in DEGREES:
                degree, degree_until = DEGREES[word], position + 2
            if word in EXCESS:
                excess_until = position + 1
            elif position <= excess_until and len(word) <= 2 and not word.isascii():
                values.append(EXCESS_VALENCE)
                excess_until = -1
            if word in WISHES:
                values.append(WISH_VALENCE)
        else:
            if position <= degree_until:
                value *= degree
            if position <= excess_until and value > 0 and word not in VALENCES:
                value = EXCESS_VALENCE
            if position <= negated_until:
                value *= NEGATION_SCALE
                negated_until = -1
            values.append(value)
        position += length
    return values


def _segments(text: str) -> list[list[float]]:
    """Valences grouped by contrast: a new group starts at each 但是/不过/…; modifiers do not
    reach across clause punctuation."""
    segments: list[list[float]] = [[]]
    for clause in _CLAUSE_END.split(text):
        piece: list[str] = []
        for word in [*_tokens(clause), ""]:
            if word and word not in CONTRASTS:
                piece.append(word)
                continue
            segments[-1].extend(_clause_valences(piece))
            piece = []
            if word:
                segments.append([])
    return segments


def chinese_score(text: str) -> float:
    """The text's sentiment in [-1, 1], on the same scale as VADER's compound score."""
    *before, last = _segments(text)
    values = [v * BEFORE_CONTRAST for s in before for v in s] if before else []
    values += [v * AFTER_CONTRAST for v in last] if before else last
    total = sum(values)
    if total == 0:
        return 0.0
    exclamations = min(MAX_EXCLAMATIONS, text.count("!") + text.count("！"))
    total += math.copysign(exclamations * EXCLAMATION_BOOST, total)
    score = total / math.sqrt(total * total + NORMALISATION_ALPHA)
    praise = sum(v for v in values if v > 0)
    complaint = -sum(v for v in values if v < 0)
    return damp_mixed(score, praise, complaint)
