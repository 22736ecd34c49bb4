"""The admin stays in control: adjustable blend weights, hidden courses, "not interested"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from recommend_support import TODAY, build_company
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import perform
from core.database import open_database
from core.errors import AppError, InputRefused
from core.listing import course_rows
from core.pathbuilder import PathRequest, build_plan, load_course_facts
from core.recommend import BlendWeights, build_recommender, find_person, recommend_for
from core.recommend.controls import (
    dismissed_courses,
    is_course_hidden,
    mark_not_interested,
    restore_interest,
    set_course_hidden,
)
from core.recommend.service import refresh_controls
from core.settings import (
    BLEND_WEIGHT_NAMES,
    DIVERSITY_NAME,
    AppSettings,
    load_settings,
    save_settings,
)
from core.undo import undo_operation
from db.models import RecommendationDismissal
from db.session import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "controls.db")
    build_company(opened.db)
    yield opened.db
    opened.db.close()


def codes_for(db: Database, learner: str, top: int = 10) -> list[str]:
    with db.reading() as session:
        engine = build_recommender(session, today=TODAY)
    person = find_person(engine, learner)
    assert person is not None
    return [result.code for result in recommend_for(engine, person, top)]


def save_weights(db: Database, weights: dict[str, float]) -> None:
    def write(session: Session) -> None:
        current = load_settings(session)
        save_settings(session, replace(current, recommend_weights=weights))

    perform(db, "Edit settings", write)


# -- weights in Settings ----------------------------------------------------------------------
def test_settings_name_exactly_the_adjustable_weights() -> None:
    names = {f.name for f in dataclasses.fields(BlendWeights)}
    assert set(BLEND_WEIGHT_NAMES) <= names and DIVERSITY_NAME in names
    assert set(BlendWeights().adjustable()) == {*BLEND_WEIGHT_NAMES, DIVERSITY_NAME}


@pytest.mark.parametrize(
    ("weights", "says"),
    [
        ({"content": -0.1}, "cannot be negative"),
        ({"content": 0, "skill_gap": 0, "colleagues": 0, "quality": 0}, "must be above 0"),
        ({DIVERSITY_NAME: 1.5}, "between 0 and 1"),
        ({"popularity": 1.0}, "is not one the program knows"),
    ],
)
def test_bad_weights_are_refused_with_a_reason(weights: dict[str, float], says: str) -> None:
    problems = AppSettings(recommend_weights=weights).problems()
    assert len(problems) == 1 and says in problems[0]


def test_bad_weights_are_not_saved(db: Database) -> None:
    with pytest.raises(AppError, match="cannot be negative"):
        save_weights(db, {"content": -1.0})
    with db.reading() as session:
        assert load_settings(session).recommend_weights == {}


def test_saved_weights_are_normalised_and_used_by_the_recommender(db: Database) -> None:
    save_weights(
        db, {"content": 2, "skill_gap": 1, "colleagues": 1, "quality": 0, DIVERSITY_NAME: 1}
    )
    with db.reading() as session:
        stored = load_settings(session).recommend_weights
        engine = build_recommender(session, today=TODAY)
    assert stored == {
        "content": 0.5,
        "skill_gap": 0.25,
        "colleagues": 0.25,
        "quality": 0.0,
        DIVERSITY_NAME: 1,
    }
    assert engine.weights.blend == {k: v for k, v in stored.items() if k != DIVERSITY_NAME}
    assert engine.weights.diversity_lambda == 1.0


def test_no_adjustment_means_the_defaults() -> None:
    assert BlendWeights.from_settings({}) == BlendWeights()
    # A hand-edited file with nonsense keeps the defaults for what it cannot use.
    odd = BlendWeights.from_settings({"content": float("nan"), "quality": -3})
    assert odd == BlendWeights()


def test_weights_change_the_ranking(db: Database) -> None:
    """All weight on quality puts the best-rated course first; all on the gap, gap courses."""
    assert codes_for(db, "F2", 2) == ["XL2", "SQL2"]  # the default blend
    save_weights(db, {"content": 0, "skill_gap": 0, "colleagues": 0, "quality": 1})
    assert codes_for(db, "F2", 1) == ["FIRE"]  # no gap of theirs, but the best quality
    save_weights(db, {"content": 0, "skill_gap": 1, "colleagues": 0, "quality": 0})
    assert set(codes_for(db, "F2", 2)) == {"XL2", "SQL2"}  # the only two closing their gaps


# -- hiding a course --------------------------------------------------------------------------
def test_a_hidden_course_is_never_recommended_but_stays_in_catalog_and_paths(
    db: Database,
) -> None:
    shown = codes_for(db, "F2")
    hidden_code = shown[0]
    _, changes = perform(db, "Hide", lambda s: set_course_hidden(s, hidden_code, True))
    for learner in ("F2", "F3", "NEW", "O1"):
        assert hidden_code not in codes_for(db, learner)
    with db.reading() as session:
        assert is_course_hidden(session, hidden_code)
        assert hidden_code in {row.code for row in course_rows(session)}
        assert load_course_facts(session)[hidden_code].can_plan

    assert changes.operation is not None  # audited: Undo puts it back
    perform(db, "Undo", lambda s: undo_operation(s, changes.operation or 0))
    assert codes_for(db, "F2")[0] == hidden_code


def test_a_hidden_course_can_still_be_planned(db: Database) -> None:
    perform(db, "Hide", lambda s: set_course_hidden(s, "SQL2", True))
    with db.reading() as session:
        plan = build_plan(session, PathRequest("NEW", role="Analyst"), TODAY)
    assert "SQL2" in [step.code for step in plan.steps]


def test_hiding_twice_writes_nothing_and_unknown_codes_are_refused(db: Database) -> None:
    assert perform(db, "Hide", lambda s: set_course_hidden(s, "FIRE", True))[0] is True
    changed, changes = perform(db, "Hide", lambda s: set_course_hidden(s, "FIRE", True))
    assert changed is False and changes.operation is None
    with pytest.raises(InputRefused, match="NOPE"):
        perform(db, "Hide", lambda s: set_course_hidden(s, "NOPE", True))


# -- "not interested" -------------------------------------------------------------------------
def test_not_interested_excludes_the_course_for_that_person_only(db: Database) -> None:
    first = codes_for(db, "F2")[0]
    perform(db, "Not interested", lambda s: mark_not_interested(s, "F2", first, TODAY))
    assert first not in codes_for(db, "F2")
    assert first in codes_for(db, "F3")  # their twin in history still gets it
    with db.reading() as session:
        listed = dismissed_courses(session, "F2")
    assert [(d.code, d.dismissed_on) for d in listed] == [(first, TODAY)]

    perform(db, "Restore", lambda s: restore_interest(s, "F2", first))
    assert codes_for(db, "F2")[0] == first
    with db.reading() as session:
        assert dismissed_courses(session, "F2") == []


def test_not_interested_is_audited_and_undone(db: Database) -> None:
    first = codes_for(db, "F2")[0]
    done, changes = perform(
        db, "Not interested", lambda s: mark_not_interested(s, "F2", first, TODAY)
    )
    assert done and changes.touches("recommendation_dismissals")
    again, _ = perform(db, "Again", lambda s: mark_not_interested(s, "F2", first, TODAY))
    assert again is False  # once is enough; no duplicate row
    perform(db, "Undo", lambda s: undo_operation(s, changes.operation or 0))
    with db.reading() as session:
        assert session.scalars(select(RecommendationDismissal)).all() == []
    assert codes_for(db, "F2")[0] == first


def test_unknown_people_and_courses_are_refused_by_name(db: Database) -> None:
    with pytest.raises(InputRefused, match="NOBODY"):
        perform(db, "x", lambda s: mark_not_interested(s, "NOBODY", "FIRE", TODAY))
    with pytest.raises(InputRefused, match="NOPE"):
        perform(db, "x", lambda s: mark_not_interested(s, "F2", "NOPE", TODAY))
    with db.reading() as session:
        assert dismissed_courses(session, "NOBODY") == []


def test_a_cached_engine_follows_the_controls_without_a_rebuild(db: Database) -> None:
    with db.reading() as session:
        engine = build_recommender(session, today=TODAY)
    person = find_person(engine, "F2")
    assert person is not None
    first, second = (r.code for r in recommend_for(engine, person, 2))
    perform(db, "Not interested", lambda s: mark_not_interested(s, "F2", first, TODAY))
    perform(db, "Hide", lambda s: set_course_hidden(s, second, True))
    with db.reading() as session:
        refresh_controls(session, engine, person)
    now = [r.code for r in recommend_for(engine, person, 10)]
    assert first not in now and second not in now
