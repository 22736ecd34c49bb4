"""Which columns of a feedback file hold ratings and comments: flat files and survey sheets.

A flat file has one rating and one comment column per row (``employee_id, course, rating,
comment, date``). A survey sheet has one column per question and repeats a comment header
("Please share your comments") after the questions it comments on. It is recognised when a
header repeats or at least two columns hold ratings, and then:

- a *rating question* is a column whose answers are ratings: 1–5 or answers the Likert
  table knows make up at least 80 % of its filled cells or 60 % of its different answers
  (so one unknown answer in a short survey does not hide the question; the rows holding
  it are refused with what to do);
- a column with a repeated header is the comment on the column before it;
- a *free-text question* (a header numbered "6 - …", ending in "?", or naming comments,
  whose answers are not ratings) is a comment answering its own header.

Each answered question becomes one feedback record with the question's header as its
``question``. ``--map rating=N`` / ``--map comment=M`` given more than once lists the questions
by hand instead: each ``comment`` belongs to the ``rating`` given just before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from core.importing.fields import normalise_header
from core.importing.likert import rating_of
from core.importing.mapping import (
    MappingError,
    _column_of,
    apply_overrides,
    auto_map,
    header_problems,
)
from core.importing.model import ColumnMapping, SourceTable, SurveyQuestion

RATING_SHARE, DISTINCT_RATING_SHARE = 0.8, 0.6
ANSWER_FIELDS = ("rating", "comment")
_QUESTION_HEADER = re.compile(
    r"^\s*(?:q\s*)?\d+\s*[-.:)、．：]|[?？]\s*$|comment|remark|feedback|意见|建议|评论|留言|反馈",
    re.IGNORECASE,
)


def feedback_mapping(
    table: SourceTable, overrides: Sequence[str], likert: Mapping[str, int]
) -> ColumnMapping:
    """Auto-mapped fields, the survey layout if the sheet is one, then the admin's ``--map``."""
    headers = table.headers
    answer_maps = [o for o in overrides if o.partition("=")[0].strip() in ANSWER_FIELDS]
    other_maps = [o for o in overrides if o not in answer_maps]
    base = apply_overrides("feedback", headers, auto_map("feedback", headers), other_maps)
    columns = dict(base.columns)
    questions = list(detect_survey(table, columns, likert))
    if questions:
        columns.pop("rating", None)
        columns.pop("comment", None)
    if answer_maps:
        columns, questions = _apply_answer_maps(headers, columns, questions, answer_maps)
    return build_mapping(headers, columns, questions)


def build_mapping(
    headers: Sequence[str], columns: dict[str, int], questions: Sequence[SurveyQuestion]
) -> ColumnMapping:
    used = set(columns.values())
    for question in questions:
        used.update(i for i in (question.rating, question.comment) if i is not None)
    unmapped = tuple(survey_label(headers, i) for i in range(len(headers)) if i not in used)
    return ColumnMapping(
        columns=dict(columns),
        header_problems=() if questions else header_problems(headers),
        unmapped_headers=unmapped,
        questions=tuple(questions),
    )


def survey_label(headers: Sequence[str], index: int) -> str:
    """ "header (column N)": survey headers repeat, so the number tells which one."""
    header = headers[index] if index < len(headers) else ""
    return f"{header} (column {index + 1})" if header else f"column {index + 1}"


def _filled(table: SourceTable, index: int) -> list[str]:
    return [row[index].strip() for row in table.rows if index < len(row) and row[index].strip()]


def holds_ratings(table: SourceTable, index: int, likert: Mapping[str, int]) -> bool:
    values = _filled(table, index)
    if not values:
        return False
    known = {value for value in set(values) if rating_of(value, likert) is not None}
    cells = sum(1 for value in values if value in known)
    return cells >= RATING_SHARE * len(values) or len(known) >= DISTINCT_RATING_SHARE * len(
        set(values)
    )


def detect_survey(
    table: SourceTable, columns: Mapping[str, int], likert: Mapping[str, int]
) -> tuple[SurveyQuestion, ...]:
    """The survey's questions, or () when the sheet does not look like a survey."""
    headers = table.headers
    counts = Counter(normalise_header(h) for h in headers if h.strip())
    repeated = {i for i, h in enumerate(headers) if h.strip() and counts[normalise_header(h)] > 1}
    taken = {i for f, i in columns.items() if f not in ANSWER_FIELDS}
    free = [i for i in range(len(headers)) if i not in taken]
    ratings = {i for i in free if i not in repeated and holds_ratings(table, i, likert)}
    if not repeated and len(ratings) < 2:
        return ()
    questions: list[SurveyQuestion] = []
    for index in free:
        if index in repeated:
            continue  # a comment column: attached to the question before it below
        comment = index + 1 if index + 1 in repeated and index + 1 in free else None
        if index in ratings:
            questions.append(SurveyQuestion(headers[index], index, comment))
        elif comment is not None:
            questions.append(SurveyQuestion(headers[index], None, comment))
        elif _QUESTION_HEADER.search(headers[index]) and _filled(table, index):
            questions.append(SurveyQuestion(headers[index], None, index))
    return tuple(questions)


def _apply_answer_maps(
    headers: Sequence[str],
    columns: dict[str, int],
    detected: list[SurveyQuestion],
    overrides: Sequence[str],
) -> tuple[dict[str, int], list[SurveyQuestion]]:
    """``rating=``/``comment=`` overrides: once each → flat columns; more → the question list."""
    targets = [(o.partition("=")[0].strip(), o.partition("=")[2].strip(), o) for o in overrides]
    unmaps = {field for field, target, _ in targets if not target}
    listed = [(field, _column_of(headers, target, o)) for field, target, o in targets if target]
    fields = Counter(field for field, _ in listed)
    columns = {f: i for f, i in columns.items() if i not in {i for _, i in listed}}
    if listed and max(fields.values()) == 1 and not detected:
        for field in unmaps:
            columns.pop(field, None)
        columns.update(dict(listed))
        return columns, []
    if not listed:  # only unmaps: drop that answer from every detected question
        kept = [_without(q, unmaps) for q in detected]
        for field in unmaps:
            columns.pop(field, None)
        return columns, [q for q in kept if q.rating is not None or q.comment is not None]
    columns.pop("rating", None)
    columns.pop("comment", None)
    return columns, _questions_from(headers, listed)


def _without(question: SurveyQuestion, fields: set[str]) -> SurveyQuestion:
    return SurveyQuestion(
        question.question,
        None if "rating" in fields else question.rating,
        None if "comment" in fields else question.comment,
    )


def _questions_from(
    headers: Sequence[str], listed: Sequence[tuple[str, int]]
) -> list[SurveyQuestion]:
    counts = Counter(normalise_header(h) for h in headers if h.strip())
    questions: list[SurveyQuestion] = []
    for field, index in listed:
        last = questions[-1] if questions else None
        if field == "rating":
            questions.append(SurveyQuestion(headers[index], index, None))
        elif last is not None and last.rating is not None and last.comment is None:
            questions[-1] = SurveyQuestion(last.question, last.rating, index)
        else:
            header = headers[index]
            if (not header.strip() or counts[normalise_header(header)] > 1) and index > 0:
                header = headers[index - 1]  # "Please share your comments" on the question before
            questions.append(SurveyQuestion(header or None, None, index))
    used = [i for q in questions for i in (q.rating, q.comment) if i is not None]
    if len(used) != len(set(used)):
        raise MappingError.of("feedback_import.column_twice", given=", ".join(map(str, used)))
    return questions
