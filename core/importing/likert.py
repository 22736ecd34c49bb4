"""Likert answers → ratings 1–5: the default table (English and Chinese) and the parser.

Survey sheets answer "Yes, absolutely", "Strongly agree" or "非常满意" where a feedback
file would have a number. The table maps each normalised answer to a rating; the admin
edits it in the import wizard (or adds answers with ``--likert "ANSWER=N"``). An answer the
table does not know is refused with what to do, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from core.importing.values import Invalid

# Answers as admins meet them, best-known scales first. "Good" is 4 on the common
# Excellent / Very good / Good / Fair / Poor scale read as satisfaction, not position.
DEFAULT_LIKERT: dict[str, int] = {
    # yes/no-with-degree survey answers (e.g. the DSTI class survey)
    "Yes, absolutely": 5,
    "Yes, definitely": 5,
    "Yes, mostly": 4,
    "Yes, partially": 3,
    "Partially": 3,
    "Somewhat": 3,
    "Not really": 2,
    "No, it wasn't clear": 2,
    "No, not really": 2,
    "No, not at all": 1,
    "Not at all": 1,
    # agreement
    "Strongly agree": 5,
    "Agree": 4,
    "Somewhat agree": 4,
    "Neutral": 3,
    "Neither agree nor disagree": 3,
    "Somewhat disagree": 2,
    "Disagree": 2,
    "Strongly disagree": 1,
    # satisfaction
    "Very satisfied": 5,
    "Satisfied": 4,
    "Neither satisfied nor dissatisfied": 3,
    "Dissatisfied": 2,
    "Unsatisfied": 2,
    "Very dissatisfied": 1,
    "Very unsatisfied": 1,
    # quality
    "Excellent": 5,
    "Very good": 4,
    "Good": 4,
    "Average": 3,
    "Fair": 3,
    "Poor": 2,
    "Very poor": 1,
    # usefulness
    "Very useful": 5,
    "Useful": 4,
    "Somewhat useful": 3,
    "Not very useful": 2,
    "Not useful": 1,
    "Useless": 1,
    # 满意度
    "非常满意": 5,
    "很满意": 5,
    "满意": 4,
    "比较满意": 4,
    "基本满意": 3,
    "一般": 3,
    "不太满意": 2,
    "不满意": 2,
    "很不满意": 1,
    "非常不满意": 1,
    # 同意程度
    "非常同意": 5,
    "完全同意": 5,
    "同意": 4,
    "比较同意": 4,
    "中立": 3,
    "不确定": 3,
    "不太同意": 2,
    "不同意": 2,
    "非常不同意": 1,
    "完全不同意": 1,
    # 评价
    "非常好": 5,
    "优秀": 5,
    "很好": 5,
    "好": 4,
    "良好": 4,
    "较好": 4,
    "中等": 3,
    "较差": 2,
    "差": 2,
    "很差": 1,
    "非常差": 1,
    # 符合程度
    "完全符合": 5,
    "基本符合": 4,
    "部分符合": 3,
    "不太符合": 2,
    "完全不符合": 1,
}

# "4", "4/5", "4 stars", "4分", "4星", "4.0"
_NUMBER = re.compile(r"^([1-5])(?:\.0+)?\s*(?:/\s*5|分|星|stars?|points?|pts?)?$", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "＇": "'", "，": ",", "。": ""})


def normalise_answer(text: str) -> str:
    """Width, case, curly quotes, spacing and trailing full stops do not matter."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return " ".join(folded.split()).rstrip(".!")


def likert_table(pairs: Mapping[str, int] | None = None) -> dict[str, int]:
    """Normalised answer → rating; ``pairs`` (e.g. the admin's edits) replace the defaults."""
    source = DEFAULT_LIKERT if pairs is None else pairs
    return {normalise_answer(answer): rating for answer, rating in source.items()}


def parse_likert_pairs(pairs: Iterable[str]) -> dict[str, int]:
    """``ANSWER=N`` strings (``--likert``) → {answer: N}; a bad one raises Invalid."""
    found: dict[str, int] = {}
    for pair in pairs:
        answer, sep, rating = pair.rpartition("=")
        rating = rating.strip()
        if not sep or not answer.strip() or rating not in ("1", "2", "3", "4", "5"):
            raise Invalid("feedback_import.bad_likert_pair", value=pair)
        found[answer.strip()] = int(rating)
    return found


def rating_of(text: str, table: Mapping[str, int]) -> int | None:
    """The rating a cell means, or None when neither a number 1–5 nor a known answer."""
    number = _NUMBER.match(text.strip())
    if number:
        return int(number.group(1))
    return table.get(normalise_answer(text))


def parse_rating(text: str, table: Mapping[str, int]) -> int:
    found = rating_of(text, table)
    if found is not None:
        return found
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise Invalid("feedback_import.unknown_answer", value=text) from None
    if value.is_integer():
        raise Invalid("import.out_of_range", value=text, low=1, high=5)
    raise Invalid("feedback_import.not_whole_rating", value=text)
