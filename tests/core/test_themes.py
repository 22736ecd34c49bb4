"""Themes of negative comments: distinctive words and phrases, English and Chinese."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from core.analytics.themes import distinctive_themes, terms
from core.database import open_database
from core.demo import DemoParams, generate_demo
from core.demo.truth import read_demo_truth
from db.models import Course, Feedback
from db.resources import resource_path
from db.session import Database

BACKGROUND = [
    "Great course, very useful examples.",
    "Clear trainer and good exercises.",
    "讲师讲得很清楚，练习很有用。",
    "非常实用，推荐。",
    "The exercises were useful and the pace was fine.",
] * 4


def test_terms_leave_out_stop_words_and_single_letters() -> None:
    found = terms("The audio quality is poor, I could not hear a thing.")
    assert {"audio", "quality", "audio quality", "poor", "hear"} <= found
    assert not {"the", "is", "i", "a", "could"} & found


def test_terms_of_chinese_are_words_and_pairs_not_function_characters() -> None:
    found = terms("音质很差，视频太长了。")
    assert {"音质", "视频", "音质差", "视频太长"} <= found
    assert not {"很", "了", "的"} & found


def test_distinctive_themes_find_what_sets_complaints_apart() -> None:
    negative = [
        "The audio quality is poor.",
        "Poor audio quality, could not hear the trainer.",
        "Audio quality was bad and the videos were long.",
        "音质很差，听不清。",
        "音质太差了。",
    ]
    themes = distinctive_themes(negative, BACKGROUND, top=3)
    phrases = [t.phrase for t in themes]
    assert "audio quality" in phrases and "音质" in phrases
    audio = themes[phrases.index("audio quality")]
    assert audio.count == 3 and audio.share == pytest.approx(3 / 5)
    assert len(audio.examples) == 3 and all("udio" in e for e in audio.examples)
    # A word said only by a chosen phrase, as often, is not listed again.
    assert "audio" not in phrases


def test_themes_are_deterministic_and_bounded() -> None:
    negative = ["Too long.", "Way too long and boring.", "太长了，很无聊。", "Boring slides."]
    first = distinctive_themes(negative, BACKGROUND, top=2)
    assert first == distinctive_themes(list(negative), list(BACKGROUND), top=2)
    assert len(first) <= 2
    assert distinctive_themes([], BACKGROUND) == []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("themes") / "demo.db"
    opened = open_database(path)
    generate_demo(
        opened.db, DemoParams(learners=240, courses=80, seed=1, as_of=dt.date(2026, 6, 30))
    )
    yield opened.db
    opened.db.close()


def test_planted_themes_of_weak_courses_come_out(demo_db: Database) -> None:
    """Each weak course's negative comments keep returning to its planted themes; a theme
    "comes out" when one of the course's top phrases is a term of that theme's sentences."""
    with resource_path("resources", "demo", "feedback.json").open(encoding="utf-8") as handle:
        sentences = json.load(handle)["themes"]
    with demo_db.reading() as session:
        truth = read_demo_truth(session)
        rows = session.execute(
            select(Course.code, Feedback.rating, Feedback.comment)
            .join(Course, Course.id == Feedback.course_id)
            .where(Feedback.comment.is_not(None), Feedback.rating <= 2)
        ).all()
    found = planted = 0
    for weak in truth.weak_courses:
        negative = [c for code, _, c in rows if code == weak.code and c]
        others = [c for code, _, c in rows if code != weak.code and c]
        phrases = {t.phrase for t in distinctive_themes(negative, others)}
        for key in weak.themes:
            assert truth.themes[key]["en"] and truth.themes[key]["zh"]
            theme_terms = set().union(
                *(terms(s) for s in sentences[key]["en"] + sentences[key]["zh"])
            )
            found += bool(phrases & theme_terms)
            planted += 1
    assert planted >= 6
    assert found / planted >= 0.75
