"""English sentiment: VADER (a maintained, MIT-licensed lexicon and rule set) taught the
language of course reviews (core.sentiment.en_lexicon).

VADER alone calls "Too long. Could have been a 30 minute video" neutral and "Oh great,
another mandatory video" positive; the domain words and phrases fix the common cases.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Protocol

from core.sentiment.en_lexicon import CONTRASTS, PHRASES, WORDS

# How far a perfectly balanced comment moves towards 0 (0: not at all, 1: to 0).
MIXED_DAMPING = 0.5
# "OK" is how people write "ok"; VADER would read the capitals as emphasis.
_SHOUTED_OK = re.compile(r"\bOK\b")


class _Analyzer(Protocol):
    lexicon: dict[str, float]

    def polarity_scores(self, text: str) -> dict[str, float]: ...


class EnglishScorer:
    """Scores English text in [-1, 1] (VADER's compound score on the rewritten text)."""

    def __init__(self) -> None:
        self._vader = new_vader()
        self._vader.lexicon.update(WORDS)
        self._tokens: dict[str, str] = {}
        patterns = []
        for number, (pattern, valence) in enumerate(PHRASES.items()):
            group = f"p{number}"
            patterns.append(f"(?P<{group}>{pattern})")
            token = "but" if pattern in CONTRASTS else f"tdphrase{number}x"
            self._tokens[group] = token
            if token != "but":
                self._vader.lexicon[token] = valence
        self._phrases = re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)

    def _rewrite(self, text: str) -> str:
        def token(match: re.Match[str]) -> str:
            group = match.lastgroup
            return f" {self._tokens[group]} " if group else match.group(0)

        text = _SHOUTED_OK.sub("ok", text.replace("\u2019", "'"))
        return self._phrases.sub(token, text)

    def score(self, text: str) -> float:
        scores = self._vader.polarity_scores(self._rewrite(text))
        return damp_mixed(scores["compound"], scores["pos"], scores["neg"])


def damp_mixed(score: float, positive: float, negative: float) -> float:
    """Praise and complaint in one comment ("good content but too long") is what a middling
    rating looks like: the more evenly the two balance, the nearer the score moves to 0."""
    balance = min(positive, negative) / max(positive, negative, 1e-9)
    return score * (1 - MIXED_DAMPING * balance)


@cache
def english_scorer() -> EnglishScorer:
    return EnglishScorer()


def vader_as_is(text: str) -> float:
    """Plain VADER's compound score: the reference the evaluation compares against."""
    return float(_plain_vader().polarity_scores(text)["compound"])


@cache
def _plain_vader() -> _Analyzer:
    return new_vader()


def new_vader() -> _Analyzer:
    """A fresh VADER analyzer (each has its own lexicon dict, which EnglishScorer extends)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    try:
        analyzer: _Analyzer = SentimentIntensityAnalyzer()
    except (TypeError, OSError):
        # Frozen (PyInstaller) builds have no source file for VADER to find its lexicons
        # beside; read them as package data instead, as its constructor would.
        from importlib.resources import files

        folder = files("vaderSentiment")
        raw: Any = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
        raw.lexicon_full_filepath = (folder / "vader_lexicon.txt").read_text(encoding="utf-8")
        raw.lexicon = raw.make_lex_dict()
        raw.emoji_full_filepath = (folder / "emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
        raw.emojis = raw.make_emoji_dict()
        analyzer = raw
    return analyzer
