"""The learning-path builder: cover, prerequisites, schedule, budget, edits and assigning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from path_fixture import build_path_company
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.catalog import retire_course
from core.changes import perform
from core.database import open_database
from core.errors import InputRefused
from core.path_cover import PlanInputs, compose_plan
from core.path_plan import CourseFacts, Gap, Plan, PlanStep, remove, reorder, schedule, swap
from core.pathbuilder import PathRequest, assign_plan, build_plan, parse_skill_levels
from db.models import Assignment, Completion, Course, Employee
from db.session import Database

MONDAY = dt.date(2026, 1, 5)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "paths.db")
    build_path_company(opened.db)
    yield opened.db
    opened.db.close()


def _plan(db: Database, **values: Any) -> Plan:
    request = PathRequest(**{"employee_id": "P1", "role": "Analyst", "start": MONDAY, **values})
    with db.reading() as session:
        return build_plan(session, request, MONDAY)


def _codes(plan: Plan) -> list[str]:
    return [step.code for step in plan.steps]


def test_a_role_plan_closes_every_gap_cheaply_with_prerequisites_first(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    assert _codes(plan) == ["BASICS", "SQL2", "PY", "EXCEL"]  # not the 900 USD bootcamp
    assert plan.open_gaps == ()
    assert [(g.skill, g.current, g.target) for g in plan.gaps] == [
        ("Excel", 1, 2),
        ("Python", 0, 3),
        ("SQL", 0, 3),
    ]
    excel = plan.steps[-1]
    assert excel.cost == pytest.approx(55.0)  # 50 EUR at 1.1
    assert plan.total_cost == pytest.approx(355.0)
    assert plan.total_hours == 32
    assert "raises Python from 0 to 3 (needs 3)" in [r.text("en") for r in plan.steps[2].reasons]
    # BASICS was chosen for its own SQL level, then SQL2 needed it too.
    assert [r.text("en") for r in plan.steps[0].reasons] == [
        "raises SQL from 0 to 1 (needs 3)",
        "prerequisite of SQL2",
    ]


def test_a_retired_prerequisite_rules_its_courses_out(db: Database) -> None:
    def retire_basics(session: Session) -> None:
        retire_course(
            session, session.scalars(select(Course.id).where(Course.code == "BASICS")).one()
        )

    perform(db, "Retire", retire_basics)
    plan = _plan(db)
    assert _codes(plan) == ["EXCEL", "SQLX"]  # the bootcamp now; SQL2 and PY need BASICS
    assert [g.skill for g in plan.open_gaps] == ["Python"]


def test_dates_follow_the_hours_per_week(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    basics, sql2, py, _ = plan.steps
    assert (basics.start, basics.end) == (MONDAY, MONDAY + dt.timedelta(days=6))
    # SQL2 takes the hour left in week 0, then weeks 1 and 2.
    assert sql2.weeks == ((0, 1.0), (1, 5.0), (2, 4.0))
    assert (sql2.start, sql2.end) == (MONDAY, dt.date(2026, 1, 25))
    assert py.start == dt.date(2026, 1, 19)


def test_float_residue_never_spills_a_course_into_another_week() -> None:
    steps = [PlanStep(code, code, hours, 0.0, ()) for code, hours in (("A", 0.1), ("B", 0.2))]
    a, b, c = schedule([*steps, PlanStep("C", "C", 0.3, 0.0, ())], MONDAY, 0.3)
    # 0.1 + 0.2 is 0.30000000000000004 in floats: B still ends in week 0 and C fills week 1.
    assert [week for week, _ in b.weeks] == [0]
    assert b.end == a.end == MONDAY + dt.timedelta(days=6)
    assert [week for week, _ in c.weeks] == [1]


def test_a_completed_course_is_not_added_again_as_a_prerequisite(db: Database) -> None:
    def complete_basics(session: Session) -> None:
        person = session.scalar(select(Employee.id).where(Employee.employee_id == "P1"))
        course = session.scalar(select(Course.id).where(Course.code == "BASICS"))
        session.add(Completion(employee_id=person, course_id=course, completed_on=MONDAY))

    perform(db, "Complete", complete_basics)
    plan = _plan(db)
    assert "BASICS" not in _codes(plan)
    assert _codes(plan)[0] == "SQL2"


def test_a_too_small_budget_leaves_the_named_gaps_open(db: Database) -> None:
    plan = _plan(db, budget=60)
    assert plan.total_cost <= 60
    assert _codes(plan) == ["BASICS", "EXCEL"]
    assert {(g.skill, g.reached, g.reason.code) for g in plan.open_gaps} == {
        ("SQL", 1, "pathplan.open_budget"),
        ("Python", 0, "pathplan.open_budget"),
    }
    assert "budget" in plan.open_gaps[0].reason.text("en")


def test_a_gap_no_course_reaches_says_so(db: Database) -> None:
    plan = _plan(db, role=None, skills={"excel": 5})
    assert plan.target == "Excel 5"
    (gap,) = plan.open_gaps
    assert (gap.skill, gap.reached, gap.reason.code) == ("Excel", 3, "pathplan.open_no_course")


def test_unknown_names_are_refused(db: Database) -> None:
    for values, code in (
        ({"skills": {"Knitting": 2}, "role": None}, "pathplan.unknown_skill"),
        ({"role": "Pilot"}, "pathplan.unknown_role"),
        ({"employee_id": "NOBODY"}, "pathplan.unknown_person"),
        ({"hours_per_week": 0}, "pathplan.bad_hours"),
        ({"budget": -1}, "pathplan.bad_budget"),
    ):
        with pytest.raises(InputRefused) as refused:
            _plan(db, **values)
        assert refused.value.message.code == code


def test_skill_levels_parse_or_are_refused() -> None:
    assert parse_skill_levels("SQL=3, Data  analysis=2") == {"SQL": 3, "Data analysis": 2}
    for bad in ("SQL", "SQL=6", "SQL=0", "=3", "SQL=three", "SQL=3,", "SQL=²", "SQL=33"):
        with pytest.raises(InputRefused) as refused:
            parse_skill_levels(bad)
        assert refused.value.message.code == "pathplan.bad_skills"


def test_reorder_recomputes_dates_and_refuses_to_break_prerequisites(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    moved = reorder(plan, "excel", 1)
    assert _codes(moved) == ["EXCEL", "BASICS", "SQL2", "PY"]
    excel, _, _, py = moved.steps
    assert (excel.start, excel.end) == (MONDAY, dt.date(2026, 1, 18))
    assert plan.steps[2].end == dt.date(2026, 2, 15)
    assert py.end == dt.date(2026, 2, 22)  # Excel's six hours now come before it
    with pytest.raises(InputRefused) as refused:
        reorder(plan, "PY", 1)
    assert refused.value.message.code == "pathplan.order_breaks_prerequisite"
    assert refused.value.message.values["prerequisite"] == "SQL2"
    with pytest.raises(InputRefused):
        reorder(plan, "PY", 9)


def test_remove_recomputes_dates_and_reopens_gaps(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    without = remove(plan, "PY")
    assert _codes(without) == ["BASICS", "SQL2", "EXCEL"]
    assert without.steps[-1].start < plan.steps[-1].start
    assert [(g.skill, g.reason.code) for g in without.open_gaps] == [
        ("Python", "pathplan.open_not_in_plan")
    ]
    with pytest.raises(InputRefused) as refused:
        remove(plan, "SQL2")  # PY needs it
    assert refused.value.message.values == {
        "field": "steps",
        "course": "SQL2",
        "dependent": "PY",
    }


def test_swap_adds_the_new_courses_prerequisites_before_it(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    swapped = swap(plan, "EXCEL", "excelpro")
    assert _codes(swapped) == ["BASICS", "SQL2", "PY", "PREP", "EXCELPRO"]
    assert swapped.total_cost == pytest.approx(800.0)
    assert swapped.open_gaps == ()
    assert [r.code for r in swapped.steps[3].reasons] == ["pathplan.reason_prerequisite"]
    assert [r.text("en") for r in swapped.steps[4].reasons] == [
        "chosen by hand instead of EXCEL",
        "raises Excel from 1 to 2 (needs 2)",
    ]
    for old, new in (("SQL2", "SQLX"), ("EXCEL", "PY"), ("EXCEL", "NOPE")):
        with pytest.raises(InputRefused):
            swap(plan, old, new)


def test_assign_plan_creates_path_assignments_due_on_each_end_date(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    result, _ = perform(db, "Assign path", lambda s: assign_plan(s, plan, MONDAY))
    assert result.created == 4
    with db.reading() as session:
        rows = session.execute(
            select(Course.code, Assignment.due_date, Assignment.source, Assignment.mandatory)
            .join(Course, Course.id == Assignment.course_id)
            .order_by(Assignment.due_date)
        ).all()
    assert [tuple(r) for r in rows] == [(s.code, s.end, "path", False) for s in plan.steps]
    again, _ = perform(db, "Assign path", lambda s: assign_plan(s, plan, MONDAY))
    assert again.created == 0 and len(again.skipped_assigned) == 4


# --- properties over generated catalogs -------------------------------------------------

SKILLS = ("A", "B", "C")


@st.composite
def catalogs(draw: st.DrawFn) -> PlanInputs:
    """Up to 8 courses; course i may require only courses before it, so no loops."""
    count = draw(st.integers(1, 8))
    courses: dict[str, CourseFacts] = {}
    for i in range(count):
        code = f"C{i}"
        earlier = [f"C{j}" for j in range(i)]
        requires = (
            draw(st.lists(st.sampled_from(earlier), unique=True, max_size=2)) if earlier else []
        )
        teaches = draw(st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 5), max_size=2))
        courses[code] = CourseFacts(
            code,
            code,
            draw(st.sampled_from((0.0, 0.1, 0.2, 1.0, 2.5, 6.0, 13.0))),
            draw(st.sampled_from((0.0, 20.0, 150.0))),
            teaches,
            tuple(requires),
        )
    gaps = tuple(
        Gap(skill, target, 0)
        for skill, target in draw(
            st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 5))
        ).items()
    )
    done = frozenset(draw(st.lists(st.sampled_from(sorted(courses)), unique=True, max_size=2)))
    return PlanInputs(
        employee_id="P",
        target="T",
        gaps=gaps,
        courses=courses,
        done=done,
        start=MONDAY,
        hours_per_week=draw(st.sampled_from((0.3, 1.0, 3.0, 4.5, 10.0))),
        budget=draw(st.one_of(st.none(), st.sampled_from((0.0, 100.0, 300.0)))),
    )


@settings(max_examples=40)
@given(catalogs())
def test_prerequisites_always_come_first(inputs: PlanInputs) -> None:
    plan = compose_plan(inputs)
    placed: set[str] = set()
    for step in plan.steps:
        for required in inputs.courses[step.code].requires:
            assert required in inputs.done or required in placed, (step.code, required)
        placed.add(step.code)
    assert not placed & inputs.done
    if inputs.budget is not None:
        assert plan.total_cost <= inputs.budget + 1e-9


@settings(max_examples=40)
@given(catalogs())
def test_no_week_holds_more_than_the_hours_per_week(inputs: PlanInputs) -> None:
    plan = compose_plan(inputs)
    per_week: dict[int, float] = {}
    for step in plan.steps:
        assert sum(hours for _, hours in step.weeks) == pytest.approx(step.hours)
        assert step.start <= step.end
        for week, hours in step.weeks:
            per_week[week] = per_week.get(week, 0.0) + hours
            assert step.start <= MONDAY + dt.timedelta(weeks=week) <= step.end
    assert all(hours <= inputs.hours_per_week + 1e-9 for hours in per_week.values())


# -- swap alternatives and prices without an exchange rate (issue 5, the admin in control) ----
def _add_course(db: Database, course: Any) -> None:
    from core.catalog import create_course

    perform(db, "Add course", lambda s: create_course(s, course))


def _set_rates(db: Database, rates: dict[str, float]) -> None:
    from dataclasses import replace

    from core.settings import load_settings, save_settings

    perform(
        db, "Rates", lambda s: save_settings(s, replace(load_settings(s), exchange_rates=rates))
    )


def test_swap_options_close_the_same_gaps_cheapest_first(db: Database) -> None:
    from core.catalog import CourseInput
    from core.path_swap import swap_options

    # Dearer per level than SQL2, so the plan does not choose it; partial, so listed last.
    _add_course(db, CourseInput("SQLMID", "SQL halfway", price=300, hours=20, skills=(("SQL", 2),)))
    plan = _plan(db, hours_per_week=5)
    options = swap_options(plan, "SQL2")
    # Full covers first (cheapest, then shortest), then the partial one.
    assert [(o.code, o.covers_fully) for o in options] == [("SQLX", True), ("SQLMID", False)]
    assert options[0].raises == (("SQL", 3),) and options[1].raises == (("SQL", 2),)
    (excel,) = swap_options(plan, "EXCEL")
    assert (excel.code, excel.adds, excel.total_cost, excel.total_hours) == (
        "EXCELPRO",
        ("PREP",),
        500.0,
        10.0,
    )
    assert _codes(plan) == ["BASICS", "SQL2", "PY", "EXCEL"]  # none of them is planned


def test_a_step_only_there_as_a_prerequisite_has_no_alternatives(db: Database) -> None:
    from core.path_swap import swap_options

    plan = swap(_plan(db), "EXCEL", "EXCELPRO")
    assert swap_options(plan, "PREP") == ()  # teaches no gap skill


def test_swapping_recomputes_dates_and_totals(db: Database) -> None:
    plan = _plan(db, hours_per_week=5)
    swapped = swap(plan, "EXCEL", "EXCELPRO")
    assert swapped.total_hours == plan.total_hours - 6 + 2 + 8
    assert swapped.end is not None and plan.end is not None and swapped.end > plan.end
    assert [s.start for s in swapped.steps[:3]] == [s.start for s in plan.steps[:3]]


def test_a_price_without_an_exchange_rate_no_longer_stops_every_plan(db: Database) -> None:
    from core.catalog import CourseInput

    # Cheaper and better than everything else: it would be chosen if it could be priced.
    _add_course(
        db,
        CourseInput(
            "SQLGB", "SQL in London", price=5, currency="GBP", hours=1, skills=(("SQL", 3),)
        ),
    )
    plan = _plan(db)
    assert "SQLGB" not in _codes(plan)
    assert _codes(plan) == ["BASICS", "SQL2", "PY", "EXCEL"]  # the plan as before
    (note,) = plan.notes
    assert note.text("en") == (
        "1 course(s) left out (SQLGB): price in GBP has no exchange rate: set it in Settings"
    )
    with pytest.raises(InputRefused, match="GBP"):
        swap(plan, "SQL2", "SQLGB")

    _set_rates(db, {"EUR": 1.1, "GBP": 1.25})
    priced = _plan(db)
    assert "SQLGB" in _codes(priced) and priced.notes == ()
    assert priced.courses["SQLGB"].cost == pytest.approx(6.25)


def test_a_gap_only_an_unpriced_course_closes_names_the_currency(db: Database) -> None:
    from core.catalog import CourseInput

    _add_course(
        db,
        CourseInput("XLGB", "Excel mastery", price=10, currency="GBP", skills=(("Excel", 5),)),
    )
    plan = _plan(db, role=None, skills={"Excel": 5})
    (gap,) = plan.open_gaps
    assert gap.reason.code == "pathplan.open_no_rate"
    assert "GBP" in gap.reason.text("en") and "Settings" in gap.reason.text("en")
