"""The plain values the importer passes around: tables read, options, problems, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.changes import Changes
from core.messages import Message


@dataclass(frozen=True)
class SourceTable:
    path: Path
    sheet: str | None
    sheets: tuple[str, ...]
    encoding: str | None
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # The row number of rows[0] as the user sees it in a spreadsheet (header is row 1).
    first_row_number: int = 2


@dataclass(frozen=True)
class SurveyQuestion:
    """A survey sheet's question: the column of its rating answer and of the comment tied to
    it (0-based, either may be None), and the question text stored with each answer."""

    question: str | None
    rating: int | None
    comment: int | None


@dataclass(frozen=True)
class ColumnMapping:
    columns: dict[str, int]
    header_problems: tuple[Message, ...] = ()
    unmapped_headers: tuple[str, ...] = ()
    # Feedback survey layouts only: one rating/comment pair per question (core.importing.
    # feedback_layout); empty for every other file, whose fields are all in ``columns``.
    questions: tuple[SurveyQuestion, ...] = ()


@dataclass(frozen=True)
class ImportOptions:
    date_format: str | None = None
    course: str | None = None
    skip_invalid: bool = False
    dry_run: bool = False
    # Feedback: Likert answer → rating 1–5 (normalised answers); None = the default table.
    likert: dict[str, int] | None = None


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    field: str
    message: Message

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            **self.message.as_json(),
        }


@dataclass(frozen=True)
class RepeatedRow:
    """A row whose key and values repeat an earlier row exactly: stored once."""

    row: int
    first_row: int
    key: str


@dataclass(frozen=True)
class ImportPreview:
    records: list[dict[str, object]]
    problems: list[RowProblem]
    added: int
    updated: int
    unchanged: int
    refused: int
    repeated: list[RepeatedRow] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    added: int
    updated: int
    unchanged: int
    refused: int
    problems: list[RowProblem]
    dry_run: bool
    written: bool
    changes: Changes
    repeated: list[RepeatedRow] = field(default_factory=list)
