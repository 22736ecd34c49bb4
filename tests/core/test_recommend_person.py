"""Person recommendations: the blend, its reasons, exclusions, cold start, changes over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from recommend_support import TODAY, add, build_company, complete
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.database import open_database
from core.recommend import Scored, build_recommender, find_person, recommend_for
from db.models import Course, Employee
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "recommend.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


def recommend(db: Database, learner: str, top: int = 10) -> list[Scored]:
    with db.reading() as session:
        engine = build_recommender(session, today=TODAY)
    person = find_person(engine, learner)
    assert person is not None
    return recommend_for(engine, person, top)


def texts(result: Scored) -> list[str]:
    return [reason.text("en") for reason in result.reasons]


def by_code(results: list[Scored]) -> dict[str, Scored]:
    return {result.code: result for result in results}


def test_completed_assigned_and_retired_courses_are_not_candidates(db: Database) -> None:
    codes = set(by_code(recommend(db, "F1")))
    assert "XL1" not in codes  # completed, still valid
    assert "LEAD" not in codes  # already assigned
    assert "OLD" not in codes  # retired
    assert "FIRE" in codes  # completed, but the certificate has expired


def test_reasons_name_the_gap_the_liked_course_and_the_colleagues(db: Database) -> None:
    results = by_code(recommend(db, "F1"))
    sql_reasons = texts(results["SQL1"])
    assert "closes the gap in SQL: role needs 3, has 1" in sql_reasons
    assert "completed and rated 5.0 by 4 colleagues in Finance" in sql_reasons
    assert "like 'Excel for Analysts', which they rated 5" in texts(results["XL2"])


def test_expired_completion_is_offered_again_as_a_renewal(db: Database) -> None:
    fire = by_code(recommend(db, "F1"))["FIRE"]
    assert fire.reasons[0].text("en") == "their completion of 2026-05-02 has expired: time to renew"


def test_missing_prerequisite_is_flagged(db: Database) -> None:
    results = by_code(recommend(db, "F1"))
    assert "take 'SQL for Beginners' first: it is a prerequisite" in texts(results["SQL2"])
    assert not any("prerequisite" in text for text in texts(results["XL2"]))  # XL1 done


def test_gap_closing_course_ranks_above_unrelated_ones(db: Database) -> None:
    order = [result.code for result in recommend(db, "F1")]
    assert order.index("SQL1") < order.index("CHEM")


def test_person_without_history_gets_role_or_department_reasons(db: Database) -> None:
    fresh = recommend(db, "new@example.com", top=3)  # found by email too
    assert fresh and all(r.reasons[0].code.startswith("reason.cold_start") for r in fresh)
    assert fresh[0].reasons[0].text("en").startswith("suggested for the role Analyst")
    no_role = recommend(db, "O1", top=3)
    assert no_role[0].reasons[0].code == "reason.cold_start_department"
    assert "Operations" in no_role[0].reasons[0].text("en")


def test_recommendations_follow_new_progress_and_feedback(db: Database) -> None:
    before = by_code(recommend(db, "F1"))
    assert "SQL1" in before

    def progress(s: Session) -> None:
        person = s.scalars(select(Employee).where(Employee.employee_id == "F1")).one()
        course = s.scalars(select(Course).where(Course.code == "SQL1")).one()
        complete(s, person, course, rating=5, score=95, on=TODAY - dt.timedelta(days=1))

    add(db, progress)
    after = by_code(recommend(db, "F1"))
    assert "SQL1" not in after
    assert not any("prerequisite" in text for text in texts(after["SQL2"]))
    assert after["SQL2"].score > before["SQL2"].score


def test_results_are_unique_and_sorted_into_top_k(db: Database) -> None:
    results = recommend(db, "F2", top=4)
    codes = [result.code for result in results]
    assert len(codes) == 4 == len(set(codes))
    assert all(0 <= result.score <= 1 for result in results)
