"""Sentiment of training-feedback comments, English and Chinese, offline.

The lexicon part needs no data at all: VADER with the words of course reviews for English
(core.sentiment.english), a curated lexicon with rules for Chinese (core.sentiment.chinese),
mixed text by the share of each script. When the file holds enough rated comments,
``company_model`` learns from them and ``analyse`` blends it in (core.sentiment.company).
Scores are in [-1, 1]; labels come from fixed thresholds (core.sentiment.scoring).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.sentiment.company import CompanyModel, company_model
from core.sentiment.scoring import label_of, lexicon_score

__all__ = ["CompanyModel", "Sentiment", "analyse", "analyse_one", "company_model"]


@dataclass(frozen=True)
class Sentiment:
    label: str  # "positive" | "neutral" | "negative"
    score: float  # in [-1, 1]; > 0 positive


def _sentiment(score: float) -> Sentiment:
    score = max(-1.0, min(1.0, round(score, 4)))
    return Sentiment(label_of(score), score)


def analyse_one(text: str) -> Sentiment:
    """One comment by the lexicon alone; empty text is neutral 0.0."""
    return _sentiment(lexicon_score(text))


def analyse(texts: Sequence[str], model: CompanyModel | None = None) -> list[Sentiment]:
    """Each text's sentiment, in order. Repeated texts are scored once."""
    unique = list(dict.fromkeys(texts))
    lexicon = [lexicon_score(text) for text in unique]
    if model is not None:
        scored = [i for i, text in enumerate(unique) if text.strip()]
        if scored:
            blended = model.blend([unique[i] for i in scored], [lexicon[i] for i in scored])
            for index, value in zip(scored, blended, strict=True):
                lexicon[index] = value
    by_text = {text: _sentiment(score) for text, score in zip(unique, lexicon, strict=True)}
    return [by_text[text] for text in texts]
