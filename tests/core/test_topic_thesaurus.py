"""The topic thesaurus: which course texts are about which common training topic."""

from __future__ import annotations

from core.messages import msg
from core.topic_thesaurus import CONCEPTS, concept_keys, concept_named, concept_tokens


def test_chinese_terms_match_longest_first_without_overlaps() -> None:
    # 恶意软件 is information security; the 软件 inside it must not also count as software.
    assert concept_keys("恶意软件防护") == ["infosec"]
    assert concept_keys("叉车安全操作与急救") == ["ehs", "ehs"]


def test_latin_terms_match_whole_words_and_phrases_only() -> None:
    assert concept_keys("phishing and data breach drills") == ["infosec", "infosec"]
    # "ai" inside "maintain" or "email" is not artificial intelligence.
    assert concept_keys("maintain your email") == []
    assert concept_keys("Generative AI for managers") == ["ai", "leadership"]


def test_ambiguous_words_belong_to_no_topic() -> None:
    assert concept_keys("安全 数据 management") == []


def test_every_topic_has_names_in_both_languages_and_a_message() -> None:
    keys = [concept.key for concept in CONCEPTS]
    assert len(keys) == len(set(keys))
    for concept in CONCEPTS:
        assert concept.english and concept.chinese and concept.terms
        assert msg(f"concept.{concept.key}").text("zh_CN") == concept.chinese
    assert concept_named(concept_tokens("firewall")[0], "zh_CN") == "信息安全"
    assert concept_named("firewall", "en") is None


def test_a_topic_inside_a_reason_speaks_the_reason_s_language() -> None:
    reason = msg("reason.shared_topic", topic=msg("concept.ehs"))
    assert reason.text("en") == "both about workplace health and safety"
    assert "安全生产与职业健康" in reason.text("zh_CN")
    assert reason.as_json()["values"] == {"topic": "workplace health and safety"}
