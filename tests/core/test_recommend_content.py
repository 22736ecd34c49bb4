"""The content model: tokenisation in several languages, similarity on a labelled Chinese
catalog, field weighting and the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.recommend.catalog_data import CourseDoc
from core.recommend.content import ContentSettings, content_model, fit_content_model
from core.recommend.text import tokens

ZH_CATALOG = Path(__file__).parent / "data" / "zh_catalog.json"


def zh_courses() -> tuple[list[CourseDoc], list[str]]:
    with open(ZH_CATALOG, encoding="utf-8") as handle:
        rows = json.load(handle)["courses"]
    # The topic label never reaches the model: only title and description do.
    docs = [
        CourseDoc(id=n, code=row["code"], title=row["title"], description=row["description"])
        for n, row in enumerate(rows, start=1)
    ]
    return docs, [row["topic"] for row in rows]


def test_chinese_is_tokenised_into_words_not_sentences_or_cross_word_pairs() -> None:
    sentence = "学习使用数据透视表提升信息安全"
    found = tokens(sentence)
    assert sentence not in found
    # Words and the words inside compounds; boilerplate (学习, 使用, 提升) dropped.
    assert {"数据", "透视", "信息", "安全", "信息安全"} <= set(found)
    assert "学习" not in found and "使用" not in found
    # Never a pair that straddles two words (a character bigram would give 息安, 据透).
    assert "息安" not in found and "据透" not in found
    assert max(len(token) for token in found) <= 4


def test_mixed_english_spanish_chinese_text_yields_words_of_each() -> None:
    found = tokens("Excel para análisis de datos 数据分析")
    assert {"excel", "análisi", "dato", "数据", "分析"} <= set(found)  # plurals folded
    assert "de" not in found and "para" not in found  # Spanish stop words


def test_english_stop_words_dropped_and_plurals_folded() -> None:
    assert tokens("The analysts and the analyst") == ["analyst", "analyst"]


def test_chinese_courses_top_3_similar_all_share_their_topic() -> None:
    # Information security and workplace safety share the word 安全; the topic thesaurus
    # (core.topic_thesaurus) and word segmentation keep them apart.
    docs, topics = zh_courses()
    assert len(docs) >= 30 and len(set(topics)) >= 4
    model = fit_content_model(docs, ContentSettings())
    for i in range(len(docs)):
        row = model.similarity[i].copy()
        row[i] = -1
        top3 = row.argsort()[::-1][:3]
        assert [topics[j] for j in top3] == [topics[i]] * 3, docs[i].title


def test_shared_terms_name_words_and_shared_topics_name_the_theme() -> None:
    docs, _ = zh_courses()
    model = fit_content_model(docs, ContentSettings())
    by_title = {doc.title: n for n, doc in enumerate(docs)}
    a, b = by_title["网络安全事件响应"], by_title["恶意软件防护"]
    assert model.shared_topics(a, b) == ["infosec"]
    terms = model.shared_terms(a, b)
    assert "网络安全" in terms and not any(t.startswith("§") for t in terms)


def test_punctuation_alone_makes_no_character_view_similarity() -> None:
    # Two Chinese courses on unrelated topics share only "，、。": no similarity from that.
    docs = [
        CourseDoc(1, "A", "叉车操作", "检查车辆，装卸货物、防止事故。"),
        CourseDoc(2, "B", "商务写作", "写出清楚的邮件，报告、总结。"),
    ]
    settings = ContentSettings(word_view=0, topic_view=0, char_view=1, neighbour_blend=0)
    assert fit_content_model(docs, settings).similarity[0, 1] == 0


def test_skills_shared_make_courses_similar_even_without_shared_words() -> None:
    docs = [
        CourseDoc(1, "A", "Quarterly reporting", skills=(("SQL", 3),)),
        CourseDoc(2, "B", "Warehouse queries", skills=(("SQL", 2),)),
        CourseDoc(3, "C", "Team lunches", skills=(("Cooking", 1),)),
        CourseDoc(4, "D", "Quarterly planning", skills=(("Budgeting", 2),)),
    ]
    model = fit_content_model(docs, ContentSettings(neighbour_blend=0))
    assert model.similarity[0, 1] > model.similarity[0, 2]


def test_model_is_cached_by_content_and_refitted_when_content_changes() -> None:
    docs, _ = zh_courses()
    first = content_model(docs)
    assert content_model(list(docs)) is first
    changed = [*docs[:-1], CourseDoc(99, "NEW", "全新课程", "完全不同的内容")]
    assert content_model(changed) is not first


@pytest.mark.parametrize("text", ["", "   ", "123 456"])
def test_courses_without_words_do_not_break_the_fit(text: str) -> None:
    docs = [CourseDoc(1, "A", text), CourseDoc(2, "B", "Excel basics"), CourseDoc(3, "C", "SQL")]
    model = fit_content_model(docs, ContentSettings())
    assert model.similarity.shape == (3, 3)
