"""Helpers for the recommender in the window: the sample company's course skills and exchange
rates (recommend_fixtures.recommend_db writes them), and opening a person's Recommended tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from db.models import Course, CourseSkill, Skill

TODAY = dt.date(2026, 2, 20)  # assignment_fixtures' frozen "today"
# course code → (skill, level it brings a learner to), added to the sample company
TEACHES = {"C-LEAD": ("Leadership", 4), "C-NEG": ("谈判", 3)}


def add_course_skills(session: Any) -> None:
    from core.settings import load_settings, save_settings

    settings = load_settings(session)
    rates = {"EUR": 1.08, "CNY": 0.14}  # the path builder prices every course in USD
    save_settings(session, replace(settings, exchange_rates=rates))
    skills = {s.name: s.id for s in session.scalars(select(Skill))}
    for code, (skill, level) in TEACHES.items():
        course_id = session.scalar(select(Course.id).where(Course.code == code))
        session.add(CourseSkill(course_id=course_id, skill_id=skills[skill], level=level))


def open_recommended(qtbot: Any, window: Any, person: str) -> Any:
    """People, with ``person`` selected and their Recommended tab filled."""
    people = window.section("people")
    window.show_section("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=10_000)
    people.detail_tabs.setCurrentWidget(people.recommended)
    assert people.select_where(lambda r: r.employee_id == person)
    qtbot.waitUntil(lambda: people.recommended.shown_for == person, timeout=60_000)
    return people
