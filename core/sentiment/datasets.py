"""Labelled comments to measure sentiment on: the hand-labelled sets shipped in
resources/evaluation and the DSTI class survey (comments labelled by the answer beside them).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from db.resources import resource_path

LABELS = ("positive", "neutral", "negative")


@dataclass(frozen=True)
class LabelledSet:
    name: str
    texts: list[str]
    labels: list[str]


def hand_labelled(language: str) -> LabelledSet:
    """``feedback_comments_<language>.csv`` (columns text, label) from resources/evaluation."""
    path = resource_path("resources", "evaluation", f"feedback_comments_{language}.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return LabelledSet(
        f"hand-labelled {language.upper()}",
        [row["text"] for row in rows],
        [row["label"] for row in rows],
    )


DSTI_FILE = Path("dsti_class_feedback", "fsml_survey.csv")
# A yes/no question's answer → the label of the comment written beside it. "Yes, partially"
# is a reservation, not praise: neutral. Question 5 (difficulty: Hard/Average/…) is not a
# judgement of the class, so its comments are left out; so are open questions 6–11, which
# have no answer beside them.
DSTI_ANSWER_LABELS = {"yes, absolutely": "positive", "yes, partially": "neutral"}
# Non-answers carry no sentiment whatever the answer beside them.
_NON_ANSWERS = frozenset(
    {
        "",
        "-",
        ".",
        "na",
        "n/a",
        "none",
        "no",
        "nothing",
        "no comment",
        "no comments",
        "no more comments",
    }
)


def _dsti_label(answer: str) -> str | None:
    answer = answer.strip().lower()
    if answer in DSTI_ANSWER_LABELS:
        return DSTI_ANSWER_LABELS[answer]
    return "negative" if answer.startswith("no") else None


def dsti_comments(data: Path) -> LabelledSet:
    """Comments of the DSTI survey, each labelled by the yes/no question just before it.

    The sheet repeats "Please share your comments" after each question; a comment column
    is tied to the question column on its left.
    """
    with (data / DSTI_FILE).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    texts: list[str] = []
    labels: list[str] = []
    for column, title in enumerate(header):
        if column == 0 or not title.lower().startswith("please share your comments"):
            continue
        for row in body:
            comment = row[column].strip() if column < len(row) else ""
            label = _dsti_label(row[column - 1])
            if label and comment.lower().rstrip(".!") not in _NON_ANSWERS:
                texts.append(comment)
                labels.append(label)
    return LabelledSet("DSTI class survey (EN)", texts, labels)
