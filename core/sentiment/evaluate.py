"""How well sentiment works, on labelled comments: macro-F1 beside the majority-class
baseline (and plain VADER for English), and whether the company model helps.

    python -m core.sentiment.evaluate [--data ../shared/data] [--company-model]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.sentiment import CompanyModel, analyse
from core.sentiment.company import rated_comments, train_company_model
from core.sentiment.datasets import LABELS, LabelledSet, dsti_comments, hand_labelled
from core.sentiment.english import vader_as_is

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
VADER_THRESHOLD = 0.05  # VADER's documented cut-off


@dataclass(frozen=True)
class Figures:
    name: str
    size: int
    majority: float
    ours: float
    vader: float | None  # plain VADER, English sets only


def macro_f1(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean F1 over the three labels (a label never predicted nor present counts 0)."""
    scores = []
    for label in LABELS:
        hits = sum(t == p == label for t, p in zip(truth, predicted, strict=True))
        said, true = predicted.count(label), truth.count(label)
        scores.append(2 * hits / (said + true) if said + true else 0.0)
    return sum(scores) / len(scores)


def majority_baseline(labels: Sequence[str]) -> float:
    most = Counter(labels).most_common(1)[0][0]
    return macro_f1(labels, [most] * len(labels))


def vader_label(score: float) -> str:
    if score >= VADER_THRESHOLD:
        return "positive"
    return "negative" if score <= -VADER_THRESHOLD else "neutral"


def evaluate_set(
    labelled: LabelledSet, english: bool, model: CompanyModel | None = None
) -> Figures:
    ours = [s.label for s in analyse(labelled.texts, model)]
    vader = None
    if english:
        vader = macro_f1(labelled.labels, [vader_label(vader_as_is(t)) for t in labelled.texts])
    return Figures(
        labelled.name,
        len(labelled.texts),
        majority_baseline(labelled.labels),
        macro_f1(labelled.labels, ours),
        vader,
    )


def labelled_sets(data: Path | None) -> list[tuple[LabelledSet, bool]]:
    sets = [(hand_labelled("en"), True), (hand_labelled("zh"), False)]
    if data is not None and (data / "dsti_class_feedback").is_dir():
        sets.insert(0, (dsti_comments(data), True))
    return sets


def evaluate_all(data: Path | None, model: CompanyModel | None = None) -> list[Figures]:
    return [evaluate_set(s, english, model) for s, english in labelled_sets(data)]


def demo_comments(learners: int = 600, seed: int = 1) -> tuple[list[str], list[str]]:
    """The rated comments of a freshly generated demo company."""
    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    with tempfile.TemporaryDirectory() as folder:
        opened = open_database(Path(folder) / "demo.db")
        try:
            params = DemoParams(
                learners=learners, courses=80, seed=seed, as_of=dt.date(2026, 6, 30)
            )
            generate_demo(opened.db, params)
            with opened.db.reading() as session:
                return rated_comments(session)
        finally:
            opened.db.close()


def cross_validated(texts: list[str], labels: list[str], folds: int = 5) -> dict[str, float]:
    """Macro-F1 of lexicon, model and blend, folds split by text (a repeated comment is never
    both trained on and tested)."""
    from sklearn.model_selection import GroupKFold

    predicted: dict[str, list[str]] = {"lexicon": [], "model only": [], "blend": []}
    truth: list[str] = []
    for train, test in GroupKFold(n_splits=folds).split(texts, labels, groups=texts):
        model = train_company_model([texts[i] for i in train], [labels[i] for i in train])
        assert model is not None, "the demo holds too few rated comments"
        tested = [texts[i] for i in test]
        truth += [labels[i] for i in test]
        predicted["lexicon"] += [s.label for s in analyse(tested)]
        predicted["blend"] += [s.label for s in analyse(tested, model)]
        predicted["model only"] += model_labels(model, tested)
    return {name: macro_f1(truth, labels_) for name, labels_ in predicted.items()}


def model_labels(model: CompanyModel, texts: list[str]) -> list[str]:
    classes = list(model.pipeline.classes_)
    return [classes[row.argmax()] for row in model.pipeline.predict_proba(texts)]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _print_figures(rows: list[Figures], title: str) -> None:
    _say(title)
    _say(f"  {'set':<28} {'n':>5} {'majority':>9} {'VADER':>7} {'ours':>7}")
    for row in rows:
        vader = f"{row.vader:.3f}" if row.vader is not None else "—"
        _say(f"  {row.name:<28} {row.size:>5} {row.majority:>9.3f} {vader:>7} {row.ours:>7.3f}")


def _company_model_figures(data: Path | None) -> None:
    """Does the company model help on the company's own comments (cross-validated on a
    generated demo), and does it hurt on comments written elsewhere (the labelled sets)?"""
    texts, labels = demo_comments()
    _say(f"\nCompany model on the demo's {len(texts)} rated comments, 5-fold by text:")
    for name, value in cross_validated(texts, labels).items():
        _say(f"  {name:<12} {value:.3f}")
    model = train_company_model(texts, labels)
    assert model is not None, "the demo holds too few rated comments"
    title = f"Blended with a model trained on all demo comments (weight {model.weight:.2f}):"
    _print_figures(evaluate_all(data, model), title)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data")
    parser.add_argument(
        "--company-model",
        action="store_true",
        help="also measure the model learned from rated comments (on a generated demo)",
    )
    args = parser.parse_args(argv)
    data = args.data if args.data.is_dir() else None
    if data is None:
        sys.stderr.write(f"({args.data} not found: DSTI survey left out)\n")
    _print_figures(evaluate_all(data), "Macro-F1, lexicon only (no rated data):")
    if args.company_model:
        _company_model_figures(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
