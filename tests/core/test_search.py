"""Catalog search: English prefixes, Chinese bigrams, field-weighted ranking, AND semantics."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import catalog
from core.catalog import CourseInput
from core.changes import perform
from core.database import open_database
from core.search import CourseDoc, CourseIndex, course_docs, index_terms, query_terms

DOCS = [
    CourseDoc(
        1, "DA-101", "Data Analytics Basics", "Spreadsheets and charts.", "excel", "Analysis"
    ),
    CourseDoc(2, "LEAD-1", "Leading teams", "Covers analytics dashboards for managers.", "", ""),
    CourseDoc(3, "GOV-1", "企业治理概论", "本课程讲解企业数据治理与合规要求。", "合规", ""),
    CourseDoc(4, "MGT-2", "团队管理", "面向新任经理。", "管理,领导力", "Leadership"),
    CourseDoc(5, "SQL-1", "SQL 入门", "用 SQL 查询业务数据。", "数据库", "SQL"),
    CourseDoc(6, "CAFE-1", "Café culture", "Serving espresso.", "", ""),
    CourseDoc(
        7, "PY-1", "Python for analysts", "Pandas and SQL together.", "python", "Python, SQL"
    ),
]


@pytest.fixture(scope="module")
def index() -> CourseIndex:
    return CourseIndex.build(DOCS)


def _ids(index: CourseIndex, query: str) -> list[int]:
    return [course_id for course_id, _ in index.search(query)]


def test_a_two_character_chinese_word_inside_a_description_is_found(index: CourseIndex) -> None:
    # 数据 sits in the middle of 企业数据治理, and in SQL-1's description.
    assert set(_ids(index, "数据")) == {3, 5}
    assert _ids(index, "治理") == [3]  # title match first; it is also in the description
    assert _ids(index, "管理") == [4]


def test_an_english_prefix_finds_the_whole_word(index: CourseIndex) -> None:
    assert set(_ids(index, "analyt")) == {1, 2}
    assert set(_ids(index, "analys")) == {1, 7}  # Analysis (a skill), analysts
    assert _ids(index, "analytics") == [1, 2]


def test_a_title_match_ranks_above_a_description_match(index: CourseIndex) -> None:
    ranked = index.search("analytics")
    assert [course_id for course_id, _ in ranked] == [1, 2]
    assert ranked[0][1] > ranked[1][1] > 0


def test_a_whole_word_ranks_above_a_prefix_of_a_longer_word() -> None:
    docs = [
        CourseDoc(1, "X1", "Managers day", "", "", ""),
        CourseDoc(2, "X2", "Manage well", "", "", ""),
    ]
    assert _ids(CourseIndex.build(docs), "manage") == [2, 1]


def test_every_term_must_match_and_mixed_queries_work(index: CourseIndex) -> None:
    assert _ids(index, "sql python") == [7]
    assert _ids(index, "SQL 数据") == [5]
    assert _ids(index, "sql 治理") == []
    assert _ids(index, "领导力 管理") == [4]


def test_single_characters_codes_accents_and_empty_queries(index: CourseIndex) -> None:
    assert _ids(index, "企") == [3]
    assert _ids(index, "sql-1") == [5, 7]  # PY-1 has sql and 1 too, but SQL-1 is the code
    assert _ids(index, "DA-10")[0] == 1
    assert _ids(index, "cafe") == [6]
    assert _ids(index, "ＳＱＬ 入门") == [5]  # full-width letters fold to ASCII
    assert index.search("") == [] and index.search("  ，。 ") == []
    assert index.search("nothing-like-this") == []
    assert len(index.search("a", limit=2)) == 2


def test_tokens_for_latin_and_chinese() -> None:
    assert index_terms("Données SQL数据治理") == [
        "donnees",
        "sql",
        "数据",
        "据治",
        "治理",
        "数",
        "据",
        "治",
        "理",
    ]
    assert query_terms("SQL 数据治理 sql") == ["sql", "数据", "据治", "治理"]
    assert query_terms("安") == ["安"]


def test_course_docs_read_skills_and_tags_from_the_database(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "search.db")
    data = CourseInput(
        "BI-1",
        "Dashboards",
        description="面向业务部门的数据可视化。",
        tags=("bi", "报表"),
        skills=(("Data visualisation", 3),),
    )
    perform(opened.db, "Add", lambda s: catalog.create_course(s, data))
    with opened.db.reading() as session:
        docs = course_docs(session)
    opened.db.close()
    assert docs == [
        CourseDoc(
            docs[0].id,
            "BI-1",
            "Dashboards",
            "面向业务部门的数据可视化。",
            "bi,报表",
            "Data visualisation",
        )
    ]
    index = CourseIndex.build(docs)
    for query in ("visual", "报表", "可视", "bi-1", "数据 dash"):
        assert _ids(index, query) == [docs[0].id], query
