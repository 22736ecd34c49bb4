"""Sentiment of comments: labels, scores, the rules for English and Chinese, mixed text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.sentiment import Sentiment, analyse, analyse_one
from core.sentiment.chinese import chinese_score
from core.sentiment.english import vader_as_is
from core.sentiment.scoring import chinese_share


def label(text: str) -> str:
    return analyse_one(text).label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Great course, the trainer really knew her stuff.", "positive"),
        ("Hands-on, well structured and engaging.", "positive"),
        ("Waste of time.", "negative"),
        ("Way too fast, nobody could keep up.", "negative"),
        ("Boring. The presenter just read the slides.", "negative"),
        ("Slides are outdated.", "negative"),
        ("Monotone voice, I fell asleep twice.", "negative"),
        ("ok", "neutral"),
        ("OK", "neutral"),
        ("The course is 3 hours long, split into 4 modules.", "neutral"),
        ("Please send the slides afterwards.", "neutral"),
        ("Not useful at all.", "negative"),
    ],
)
def test_english_course_review_language(text: str, expected: str) -> None:
    assert label(text) == expected


def test_english_words_vader_misses_are_what_make_the_difference() -> None:
    # Plain VADER sees no sentiment word here; the course-review words do.
    assert vader_as_is("Too long and outdated.") == 0.0
    assert analyse_one("Too long and outdated.").score < -0.3


def test_english_contrast_weighs_the_clause_after_but() -> None:
    praise_then_complaint = analyse_one("The trainer was nice but the content was weak.")
    complaint_then_praise = analyse_one("The content was weak but the trainer was nice.")
    assert praise_then_complaint.score < 0 < complaint_then_praise.score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("讲师讲得很清楚，案例也很实用。", "positive"),
        ("非常好的课程，收获很大！", "positive"),
        ("浪费时间", "negative"),
        ("节奏太快了，根本跟不上。", "negative"),
        ("视频太长", "negative"),
        ("太棒了", "positive"),
        ("老师讲得不清楚", "negative"),
        ("内容不实用", "negative"),
        ("课程一共三个小时，分四个模块。", "neutral"),
        ("还行", "neutral"),
        ("又是一门必修课，呵呵。", "negative"),
    ],
)
def test_chinese_lexicon_and_rules(text: str, expected: str) -> None:
    assert label(text) == expected


def test_chinese_negation_flips_and_degree_strengthens() -> None:
    assert chinese_score("好") > 0 > chinese_score("不好")
    assert chinese_score("差") < 0 < chinese_score("不差")
    assert chinese_score("非常实用") > chinese_score("实用") > chinese_score("有点实用") > 0


def test_chinese_contrast_weighs_the_later_clause() -> None:
    assert chinese_score("内容不错，但是太长了") < 0
    assert chinese_score("有点长，不过内容很实用") > 0


def test_chinese_too_something_is_a_complaint_even_for_plain_words() -> None:
    # 太 + a word that is not praise: "too …" (太贵 is in no list of complaints).
    assert chinese_score("太贵") < 0
    assert chinese_score("有点冷") < 0


def test_mixed_language_counts_each_script_by_its_share() -> None:
    assert chinese_share("great course") == 0.0
    assert chinese_share("很好的课程") == 1.0
    assert 0.3 < chinese_share("讲师很专业 but the audio was bad") < 0.7
    mixed = analyse_one("讲师很专业，很棒 and the exercises were great")
    assert mixed.label == "positive"


def test_empty_and_blank_text_are_neutral_zero() -> None:
    assert analyse_one("") == Sentiment("neutral", 0.0)
    assert analyse(["", "   "]) == [Sentiment("neutral", 0.0)] * 2


def test_analyse_keeps_order_and_scores_repeats_alike() -> None:
    texts = ["Waste of time", "Great course", "Waste of time", "还行"]
    results = analyse(texts)
    assert [r.label for r in results] == ["negative", "positive", "negative", "neutral"]
    assert results[0] == results[2] == analyse_one("Waste of time")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_a_label_and_a_score_in_range(text: str) -> None:
    result = analyse_one(text)
    assert result.label in {"positive", "neutral", "negative"}
    assert -1.0 <= result.score <= 1.0
    assert (result.label == "positive") <= (result.score > 0)
    assert (result.label == "negative") <= (result.score < 0)
