"""``import feedback``: flat files, survey sheets with Likert answers, no doubling on re-import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from import_support import dump, write_csv
from learning_support import build_company
from sqlalchemy import text

from core.database import open_database
from core.errors import InputRefused
from core.importing import ImportOptions, ImportSummary, export_table, read_table, run_import
from core.importing.feedback_layout import feedback_mapping
from core.importing.likert import DEFAULT_LIKERT, likert_table, parse_rating
from core.importing.values import Invalid
from db.session import Database
from desktop.app import main

SURVEY = [
    ["Campus", "1 - Did the class meet your expectations?", "Please share your comments",
     "2 - Was the content clear?", "Please share your comments", "3 - What did you like most?"],
    ["Paris", "Yes, absolutely", "Great examples", "Yes, partially", "", "The exercises"],
    ["Paris", "Yes, absolutely", "", "Yes, absolutely", "", ""],
    ["Lyon", "Yes, absolutely", "", "Yes, absolutely", "", ""],
    ["Lyon", "No, it wasn’t clear", "Too fast for beginners", "No, not at all", "Lost", "n/a"],
]  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "feedback.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


def _import(db: Database, path: Path, *overrides: str, **options: Any) -> ImportSummary:
    table = read_table(path)
    likert = options.pop("likert", None)
    mapping = feedback_mapping(table, overrides, likert_table(likert))
    return run_import(db, "feedback", table, mapping, ImportOptions(likert=likert, **options))


def _rows(db: Database) -> list[tuple[Any, ...]]:
    with db.reading() as s:
        return [
            tuple(r)
            for r in s.execute(
                text(
                    "SELECT e.employee_id, c.code, f.rating, f.comment, f.submitted_on, "
                    "f.question FROM feedback f JOIN courses c ON c.id = f.course_id "
                    "LEFT JOIN employees e ON e.id = f.employee_id ORDER BY f.id"
                )
            )
        ]


def test_likert_answers_and_numbers_become_ratings_unknown_ones_say_what_to_do() -> None:
    table = likert_table()
    assert parse_rating("Yes, absolutely", table) == 5
    assert parse_rating("no, it wasn’t clear.", table) == 2  # curly quote, case, full stop
    assert parse_rating("非常满意", table) == 5
    assert parse_rating("Strongly disagree", table) == 1
    assert [parse_rating(t, table) for t in ("4", "4/5", "4 stars", "3分", "2.0")] == [
        4,
        4,
        4,
        3,
        2,
    ]
    with pytest.raises(Invalid) as unknown:
        parse_rating("Very hard", table)
    assert unknown.value.message.code == "feedback_import.unknown_answer"
    assert "--likert" in unknown.value.message.text()
    with pytest.raises(Invalid):
        parse_rating("6", table)
    assert parse_rating("Very hard", likert_table({**DEFAULT_LIKERT, "Very hard": 2})) == 2


def test_flat_file_with_people_anonymous_rows_and_dates(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "f.csv",
        [["工号", "课程编号", "评分", "意见", "日期"],
         ["A1", "SAFE", "5", "很有用", "2025-03-01"],
         ["", "safe", "满意", "", "2025-03-02"],
         ["B1", "FIRST", "2", "Too long", ""]],
    )  # fmt: skip
    summary = _import(db, path)
    assert (summary.added, summary.refused) == (3, 0)
    assert _rows(db) == [
        ("A1", "SAFE", 5, "很有用", "2025-03-01", None),
        (None, "SAFE", 4, None, "2025-03-02", None),
        ("B1", "FIRST", 2, "Too long", None, None),
    ]


def test_bad_rows_are_listed_with_row_and_column_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "f.csv",
        [["employee_id", "course", "rating", "comment"],
         ["A1", "SAFE", "Meh", "x"],
         ["ZZ", "SAFE", "4", "y"],
         ["A1", "NOPE", "4", "z"],
         ["A1", "SAFE", "4", "fine"]],
    )  # fmt: skip
    before = dump(db)
    summary = _import(db, path)
    assert not summary.written and summary.refused == 3
    found = {(p.row, p.field, p.message.code) for p in summary.problems}
    assert found == {
        (2, "rating", "feedback_import.unknown_answer"),
        (3, "employee_id", "feedback_import.unknown_person"),
        (4, "course", "feedback_import.unknown_course"),
    }
    assert dump(db) == before
    assert _import(db, path, skip_invalid=True).added == 1
    assert len(_rows(db)) == 1


def test_survey_layout_ties_each_comment_to_its_question(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "survey.csv", SURVEY)
    summary = _import(db, path, course="SAFE")
    assert (summary.added, summary.refused) == (4, 0)
    rows = _rows(db)
    q1, q2, q3 = (h for h in SURVEY[0][1:] if not h.startswith("Please"))
    assert (None, "SAFE", 5, "Great examples", None, q1) in rows
    assert (None, "SAFE", 3, None, None, q2) in rows
    assert (None, "SAFE", None, "The exercises", None, q3) in rows  # a free-text question
    assert (None, "SAFE", 2, "Too fast for beginners", None, q1) in rows
    assert (None, "SAFE", 1, "Lost", None, q2) in rows
    assert len(rows) == 4 + 4 + 1  # q1 and q2 for each respondent; "n/a" is no answer
    # Identical anonymous answers stay separate answers.
    assert rows.count((None, "SAFE", 5, None, None, q2)) == 2


def test_reimporting_the_same_survey_adds_nothing_and_more_responses_add_just_those(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "survey.csv", SURVEY[:3])
    assert _import(db, path, course="SAFE").added == 2
    first = _rows(db)
    again = _import(db, path, course="SAFE")
    assert (again.added, again.unchanged) == (0, 2)
    assert _rows(db) == first
    grown = write_csv(tmp_path / "more.csv", SURVEY)
    more = _import(db, grown, course="SAFE")
    assert (more.added, more.unchanged) == (2, 2)
    assert len(_rows(db)) == 9


def test_survey_columns_can_be_listed_by_number_and_unknown_answers_fixed_with_likert(
    db: Database, tmp_path: Path
) -> None:
    rows = [row[:3] for row in SURVEY]
    rows[2][1] = "Meh"
    path = write_csv(tmp_path / "survey.csv", rows)
    refused = _import(db, path, "rating=2", "comment=3", course="SAFE")
    assert refused.refused == 1
    (problem,) = refused.problems
    assert (problem.row, problem.field) == (3, "rating")
    assert "column 2" in problem.column and problem.column.startswith("1 - Did the class")
    fixed = _import(db, path, "rating=2", "comment=3", course="SAFE",
                    likert={**DEFAULT_LIKERT, "Meh": 3})  # fmt: skip
    assert (fixed.added, fixed.refused) == (4, 0)


def test_a_file_without_course_or_answers_is_refused_as_a_whole(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "f.csv", [["rating", "comment"], ["4", "ok"]])
    with pytest.raises(InputRefused) as no_course:
        _import(db, path)
    assert no_course.value.message.code == "feedback_import.no_course"
    with pytest.raises(InputRefused) as unknown:
        _import(db, path, course="NOPE")
    assert unknown.value.message.code == "feedback_import.unknown_course_option"
    other = write_csv(tmp_path / "g.csv", [["course", "campus"], ["SAFE", "Paris"]])
    with pytest.raises(InputRefused) as nothing:
        _import(db, other)
    assert nothing.value.message.code == "feedback_import.no_answers"


def test_export_writes_the_fields_and_imports_back_without_doubling(
    db: Database, tmp_path: Path
) -> None:
    _import(db, write_csv(tmp_path / "survey.csv", SURVEY), course="SAFE")
    out = tmp_path / "out.csv"
    with db.reading() as session:
        assert export_table(session, "feedback", out) == 9
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "employee_id,course,rating,comment,date,question"
    )
    summary = _import(db, out)
    assert (summary.added, summary.unchanged) == (0, 9)


def test_the_real_dsti_survey_imports_with_one_command(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    db_path = tmp_path / "dsti.db"
    opened = open_database(db_path)
    build_company(opened.db)
    opened.db.close()
    survey = shared_data / "dsti_class_feedback" / "fsml_survey.csv"
    args = ["--db", str(db_path), "import", "feedback", str(survey), "--course", "SAFE", "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (first["added"], first["refused"]) == (71, 0)
    assert main(args) == 0
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (again["added"], again["unchanged"]) == (0, 71)
    opened = open_database(db_path, write=False)
    try:
        rows = _rows(opened.db)
    finally:
        opened.db.close()
    questions = {q for *_, q in rows}
    assert "1 - Did the class meet your expectations?" in questions
    assert "7 - What did you least appreciate about the professor's class?" in questions
    # 71 answers to each of the five Yes/No questions (one left question 4 and 9 blank)
    rated = [r for r in rows if r[2] is not None]
    assert 350 <= len(rated) <= 355 and {r[2] for r in rated} <= {1, 2, 3, 5}
