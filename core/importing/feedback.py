"""Importing feedback: ratings and comments about courses, from flat files or survey sheets.

A row names a course (or ``--course`` ties the whole file to one), optionally a person
(employee id or email; blank = anonymous), a date, and one answer per question — a flat
file has one question (its ``question`` column, if any), a survey sheet one per question
column (see :mod:`core.importing.feedback_layout`). Ratings are 1–5 or Likert answers.

Feedback is never updated, only added. Re-importing must not double it, and anonymous
surveys have no id to recognise a response by, so an answer is recognised by its content:
person, course, question, rating, comment and date. The file's n-th answer with a given
content matches the n-th stored one, so importing the same file again adds nothing, a file
with a few more responses adds just those, and two identical answers in one file (two
anonymous "Yes, absolutely") stay two.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from core.errors import InputRefused
from core.importing.dates import DateReader
from core.importing.feedback_layout import survey_label
from core.importing.handler import ADDED, UNCHANGED, KindHandler, fold, raw_connection
from core.importing.likert import likert_table, parse_rating
from core.importing.model import ColumnMapping, RowProblem, SurveyQuestion
from core.importing.rows import ParsedRow, RowView
from core.importing.values import Invalid, clean_cell
from core.messages import Message, msg
from core.tasks import TaskState

# Answers that say "nothing to say": stored as no comment (a survey's free-text columns
# are full of them, and they would only dilute sentiment and themes).
_EMPTY_COMMENTS = frozenset(
    {"n/a", "na", "n.a.", "-", "--", "—", "/", "none", "no comment", "no comments", "nil",
     "无", "没有", "暂无", "无意见", "没有意见"}
)  # fmt: skip

AnswerKey = tuple[int | None, int, str | None, int | None, str | None, str | None]


def answer_key(
    person: int | None,
    course: int,
    question: str | None,
    rating: int | None,
    comment: str | None,
    day: dt.date | str | None,
) -> AnswerKey:
    when = day.isoformat() if isinstance(day, dt.date) else day
    return (person, course, question or None, rating, comment or None, when or None)


def stored_answers(connection: sqlite3.Connection) -> Counter[AnswerKey]:
    found: Counter[AnswerKey] = Counter()
    for person, course, question, rating, comment, day in connection.execute(
        "SELECT employee_id, course_id, question, rating, comment, submitted_on FROM feedback"
    ):
        found[answer_key(person, course, question, rating, comment, day)] += 1
    return found


@dataclass(frozen=True)
class _RowAnswers:
    person: int | None
    course: int
    day: dt.date | None
    answers: list[dict[str, Any]]


def questions_of(mapping: ColumnMapping) -> tuple[SurveyQuestion, ...]:
    """A flat file is a survey of one question whose text is in its ``question`` column."""
    if mapping.questions:
        return mapping.questions
    rating, comment = mapping.columns.get("rating"), mapping.columns.get("comment")
    if rating is None and comment is None:
        return ()
    return (SurveyQuestion(None, rating, comment),)


class FeedbackHandler(KindHandler):
    kind = "feedback"
    key_field = "course"

    def prepare(self, views: list[RowView]) -> None:
        connection = raw_connection(self.session)
        self.courses = {
            fold(code): row_id
            for row_id, code in connection.execute("SELECT id, code FROM courses")
        }
        self.people: dict[str, int] = {}
        for row_id, employee_id, email in connection.execute(
            "SELECT id, employee_id, email FROM employees"
        ):
            self.people[employee_id] = row_id
            if email:
                self.people.setdefault(fold(email), row_id)
        self.likert = likert_table(self.options.likert)
        self.dates = DateReader((v.optional("date") or "" for v in views), self.options.date_format)
        self.course_for_file = self._course_option()
        self.questions: tuple[SurveyQuestion, ...] = ()
        self.survey = False
        self.remaining: Counter[AnswerKey] = Counter()
        self.new_answers: dict[int, list[dict[str, Any]]] = {}
        self.rows: dict[int, _RowAnswers] = {}  # by row number: what is written
        if views:
            self._check_layout(views[0])
            self.remaining = stored_answers(connection)

    def _course_option(self) -> int | None:
        code = self.options.course
        if not code:
            return None
        found = self.courses.get(fold(code))
        if found is None:
            raise InputRefused(msg("feedback_import.unknown_course_option", course=code))
        return int(found)

    def _check_layout(self, view: RowView) -> None:
        file = str(view.table.path)
        if self.course_for_file is None and not view.mapped("course"):
            raise InputRefused(msg("feedback_import.no_course", file=file))
        self.questions = questions_of(view.mapping)
        self.survey = bool(view.mapping.questions)
        if not self.questions:
            raise InputRefused(msg("feedback_import.no_answers", file=file))

    def _problem(self, view: RowView, field: str, index: int, message: Message) -> None:
        column = survey_label(view.table.headers, index)
        view.parsed.problems.append(RowProblem(view.parsed.number, column, field, message))

    def _person(self, view: RowView) -> int | None:
        value = view.optional("employee_id")
        if not value:
            return None  # anonymous
        found = self.people.get(value) or self.people.get(fold(value))
        if found is None:
            view.problem("employee_id", msg("feedback_import.unknown_person", value=value))
        return found

    def _course(self, view: RowView) -> int | None:
        if self.course_for_file is not None:
            return self.course_for_file
        value = view.required("course")
        found = self.courses.get(fold(value))
        if value and found is None:
            view.problem("course", msg("feedback_import.unknown_course", value=value))
        return found

    def _answer(self, view: RowView, question: SurveyQuestion) -> dict[str, Any] | None:
        rating: int | None = None
        if question.rating is not None:
            text = (
                clean_cell(view.cells[question.rating]) if question.rating < len(view.cells) else ""
            )
            if text:
                try:
                    rating = parse_rating(text, self.likert)
                except Invalid as invalid:
                    self._problem(view, "rating", question.rating, invalid.message)
        comment: str | None = None
        if question.comment is not None and question.comment < len(view.cells):
            comment = clean_cell(view.cells[question.comment]) or None
            if comment is not None and comment.casefold() in _EMPTY_COMMENTS:
                comment = None
        if rating is None and comment is None and self.survey:
            return None  # an unanswered question (a flat file's row is its one answer)
        asked = question.question if question.question is not None else view.optional("question")
        return {"question": asked or None, "rating": rating, "comment": comment}

    def parse(self, view: RowView) -> None:
        person, course = self._person(view), self._course(view)
        day = view.parse("date", self.dates.parse)
        answers = [a for a in (self._answer(view, q) for q in self.questions) if a is not None]
        if not answers and view.parsed.valid:
            first = self.questions[0]
            index = first.rating if first.rating is not None else first.comment
            assert index is not None
            self._problem(view, "rating", index, msg("feedback_import.no_answer"))
        # Rows are never merged by key: two anonymous identical answers are two answers.
        view.parsed.key = f"row {view.parsed.number}"
        if course is None or not view.parsed.valid:
            return
        self.rows[view.parsed.number] = _RowAnswers(person, course, day, answers)
        view.parsed.record = self._shown(view, day, answers)

    def _shown(
        self, view: RowView, day: dt.date | None, answers: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """The record as the wizard's preview shows it: codes and answers, not row ids."""
        shown: dict[str, Any] = {
            "employee_id": view.optional("employee_id") or None,
            "course": self.options.course or view.optional("course"),
            "date": day,
        }
        if not self.survey:
            return {**shown, **answers[0]}
        parts = []
        for answer in answers:
            said = " — ".join(str(v) for v in (answer["rating"], answer["comment"]) if v)
            parts.append(f"{answer['question']}: {said}")
        return {**shown, "answers": "; ".join(parts)}

    def status(self, row: ParsedRow) -> str:
        # Called once per valid row, in file order: each stored answer is matched only once.
        parsed = self.rows[row.number]
        new = []
        for answer in parsed.answers:
            key = answer_key(
                parsed.person, parsed.course, answer["question"], answer["rating"],
                answer["comment"], parsed.day,
            )  # fmt: skip
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                new.append(answer)
        self.new_answers[row.number] = new
        return ADDED if new else UNCHANGED

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        params: list[tuple[Any, ...]] = []
        for row, _ in rows:
            parsed = self.rows[row.number]
            day = parsed.day.isoformat() if parsed.day else None
            params.extend(
                (parsed.person, parsed.course, a["rating"], a["comment"], day, a["question"])
                for a in self.new_answers.get(row.number, [])
            )
        state.check()
        raw_connection(self.session).executemany(
            "INSERT INTO feedback (employee_id, course_id, rating, comment, submitted_on, "
            "question) VALUES (?, ?, ?, ?, ?, ?)",
            params,
        )
        return {"feedback": len(params)}
