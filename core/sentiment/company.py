"""A model learned from the company's own rated comments, blended with the lexicon.

Where the file holds enough comments with a rating beside them (rating 4–5 positive, 3
neutral, 1–2 negative), character n-grams (work for English and Chinese alike, and survive
typos) feed a logistic regression whose probabilities are calibrated. Its score
P(positive) − P(negative) is blended with the lexicon's: the lexicon knows the language,
the model knows how this company's people write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Feedback

MIN_COMMENTS = 150
MIN_PER_CLASS = 20
# Enough for the vocabulary of one company; keeps a fit on the 20,000-person demo short.
MAX_TRAINING_COMMENTS = 20_000
# The model's share of the blended score grows with what it learned from, up to this.
MAX_MODEL_WEIGHT = 0.7
WEIGHT_HALF_AT = 150  # comments at which the model gets half of MAX_MODEL_WEIGHT
CLASSES = ("negative", "neutral", "positive")


def rating_label(rating: int) -> str:
    if rating >= 4:
        return "positive"
    return "neutral" if rating == 3 else "negative"


@dataclass
class CompanyModel:
    pipeline: Any  # fitted sklearn Pipeline (TF-IDF → calibrated logistic regression)
    trained_on: int
    weight: float  # the model's share of the blended score
    _familiar_grams: Callable[[str], list[str]] | None = field(default=None, repr=False)

    def blend(self, texts: Sequence[str], lexicon: Sequence[float]) -> list[float]:
        """The lexicon scores moved towards the model's P(positive) − P(negative), as far as
        the model is sure and knows the text: a comment written unlike anything it learned
        from (few familiar n-grams) keeps the lexicon's score."""
        from threadpoolctl import threadpool_limits

        vectorizer, classifier = (step for _, step in self.pipeline.steps)
        with threadpool_limits(1):
            probabilities = classifier.predict_proba(vectorizer.transform(list(texts)))
        classes = list(classifier.classes_)
        positive, negative = classes.index("positive"), classes.index("negative")
        blended = []
        for text, row, base in zip(texts, probabilities, lexicon, strict=True):
            sure = (max(row) - 1 / len(classes)) / (1 - 1 / len(classes))
            weight = self.weight * sure * self.familiarity(text) ** 2
            learned = float(row[positive] - row[negative])
            blended.append((1 - weight) * base + weight * learned)
        return blended

    def familiarity(self, text: str) -> float:
        """Share of the text's distinct character 3- and 4-grams that the model saw in
        training (shorter ones are known for almost any text)."""
        if self._familiar_grams is None:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self._familiar_grams = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 4), lowercase=True
            ).build_analyzer()
        grams = set(self._familiar_grams(text))
        if not grams:
            return 0.0
        known = self.pipeline.steps[0][1].vocabulary_.keys()
        return len(grams & known) / len(grams)


def model_weight(count: int) -> float:
    return MAX_MODEL_WEIGHT * count / (count + WEIGHT_HALF_AT)


def rated_comments(session: Session) -> tuple[list[str], list[str]]:
    """Comments with a rating, newest first, at most MAX_TRAINING_COMMENTS."""
    rows = session.execute(
        select(Feedback.comment, Feedback.rating)
        .where(Feedback.comment.is_not(None), Feedback.rating.is_not(None))
        .order_by(Feedback.submitted_on.desc(), Feedback.id.desc())
        .limit(MAX_TRAINING_COMMENTS)
    ).all()
    pairs = [(c.strip(), rating_label(r)) for c, r in rows if c and c.strip() and r is not None]
    return [text for text, _ in pairs], [label for _, label in pairs]


def enough_to_learn(labels: Sequence[str]) -> bool:
    return len(labels) >= MIN_COMMENTS and all(
        labels.count(label) >= MIN_PER_CLASS for label in CLASSES
    )


def fit_pipeline(texts: Sequence[str], labels: Sequence[str]) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from threadpoolctl import threadpool_limits

    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True, lowercase=True
    )
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000),
        method="sigmoid",
        cv=3,
    )
    pipeline = make_pipeline(vectorizer, classifier)
    with threadpool_limits(1):
        pipeline.fit(list(texts), list(labels))
    return pipeline


def train_company_model(texts: Sequence[str], labels: Sequence[str]) -> CompanyModel | None:
    if not enough_to_learn(labels):
        return None
    return CompanyModel(fit_pipeline(texts, labels), len(labels), model_weight(len(labels)))


def company_model(session: Session) -> CompanyModel | None:
    """Trained on the file's rated comments when there are enough of them; else None."""
    texts, labels = rated_comments(session)
    return train_company_model(texts, labels)
