"""The company model: learned only when the file holds enough rated comments, blended with
the lexicon as far as it is sure and knows the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.database import open_database
from core.demo import DemoParams, generate_demo
from core.sentiment import CompanyModel, analyse, company_model
from core.sentiment.company import MIN_COMMENTS, rated_comments, train_company_model
from core.sentiment.evaluate import cross_validated
from db.session import Database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("sentiment") / "demo.db"
    opened = open_database(path)
    generate_demo(
        opened.db, DemoParams(learners=300, courses=80, seed=1, as_of=dt.date(2026, 6, 30))
    )
    yield opened.db
    opened.db.close()


@pytest.fixture(scope="module")
def model(demo_db: Database) -> CompanyModel:
    with demo_db.reading() as session:
        learned = company_model(session)
    assert learned is not None
    return learned


def test_no_model_without_enough_rated_comments(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "empty.db")
    try:
        with opened.db.reading() as session:
            assert company_model(session) is None
    finally:
        opened.db.close()
    texts = [f"comment {i}" for i in range(MIN_COMMENTS)]
    too_few_negative = ["positive"] * 100 + ["neutral"] * 31 + ["negative"] * 19
    assert train_company_model(texts, too_few_negative) is None
    assert train_company_model(texts[:-1], (["positive", "neutral", "negative"] * 50)[:-1]) is None


def test_learns_from_the_files_rated_comments(demo_db: Database, model: CompanyModel) -> None:
    with demo_db.reading() as session:
        texts, labels = rated_comments(session)
    assert model.trained_on == len(texts) >= MIN_COMMENTS
    assert 0 < model.weight < 0.7
    assert set(labels) == {"positive", "neutral", "negative"}


def test_blend_moves_familiar_comments_and_leaves_strange_ones(model: CompanyModel) -> None:
    with_model = analyse(["Decent content, average delivery.", "zzqx vvkw"], model)
    alone = analyse(["Decent content, average delivery.", "zzqx vvkw"])
    assert with_model[0].score != alone[0].score
    assert with_model[1] == alone[1]  # nothing the model knows: the lexicon's score
    assert model.familiarity("zzqx vvkw") == 0.0
    assert model.familiarity("Decent content, average delivery.") == 1.0


def test_cross_validated_blend_beats_the_lexicon_on_the_companys_comments(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        texts, labels = rated_comments(session)
    figures = cross_validated(texts, labels, folds=3)
    assert figures["blend"] > figures["lexicon"]
