"""The person part of the evaluation, on demo data: leave one out, coverage, popularity bias.

Each person with at least two completions has their latest completion (and its rating) hidden;
colleague and quality signals are rebuilt without any hidden item, so nothing leaks. Hit rate
= share of people whose hidden course is in their top 10.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.recommend.catalog_data import load_catalog
from core.recommend.content import content_model
from core.recommend.engine import Recommender, diverse_top
from core.recommend.people_data import PersonRecord, load_organisation, load_people
from core.recommend.signals import build_signals
from core.recommend.weights import BlendWeights

TOP = 10
AS_OF = dt.date(2026, 6, 1)


@dataclass(frozen=True)
class PeopleFigures:
    name: str
    hit_rate: float
    coverage: float
    # Mean popularity percentile of what is recommended (0.5 = like the catalog, 1 = only hits).
    popularity_bias: float
    people: int


def _hide_latest(people: dict[int, PersonRecord]) -> dict[int, int]:
    hidden: dict[int, int] = {}
    for person in people.values():
        if len(person.completed) < 2:
            continue
        course = max(person.completed, key=lambda c: (person.completed[c][0], c))
        del person.completed[course]
        person.valid_completed.discard(course)
        person.ratings.pop(course, None)
        person.in_progress.discard(course)
        person.assigned_open.discard(course)
        hidden[person.id] = course
    return hidden


def evaluate_demo(learners: int = 400, courses: int = 120) -> list[PeopleFigures]:
    from threadpoolctl import threadpool_limits

    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    with tempfile.TemporaryDirectory() as folder, threadpool_limits(1):
        opened = open_database(Path(folder) / "demo.sqlite")
        try:
            generate_demo(opened.db, DemoParams(learners, courses, seed=7, as_of=AS_OF))
            with opened.db.reading() as session:
                catalog = load_catalog(session)
                people = load_people(session, AS_OF)
                organisation = load_organisation(session)
        finally:
            opened.db.close()
    hidden = _hide_latest(people)
    weights = BlendWeights()
    model = content_model(catalog.courses)
    signals = build_signals(people, model.index_of_id, weights)
    engine = Recommender(catalog, model, organisation, people, signals, weights, AS_OF)
    return [_measure(engine, hidden, "Training Desk"), _measure(engine, hidden, "popularity")]


def _measure(engine: Recommender, hidden: dict[int, int], name: str) -> PeopleFigures:
    popularity = engine.signals.popularity
    percentile = popularity.argsort().argsort() / max(1, len(popularity) - 1)
    hits = 0
    shown: set[int] = set()
    bias: list[float] = []
    for person in engine.people.values():
        scores = engine.score(person)
        if name == "popularity":
            masked = np.where(scores.candidates, popularity, -np.inf)
            top = [int(i) for i in np.argsort(-masked, kind="stable")[:TOP] if masked[i] > -np.inf]
        else:
            top = diverse_top(
                scores.total,
                scores.candidates,
                engine.model.similarity,
                TOP,
                engine.weights.diversity_lambda,
            )
        shown.update(top)
        bias.extend(float(percentile[i]) for i in top)
        target = engine.model.index_of_id.get(hidden.get(person.id, -1))
        hits += target is not None and target in top
    return PeopleFigures(
        name,
        hits / max(1, len(hidden)),
        len(shown) / max(1, engine.size),
        float(np.mean(bias)) if bias else 0.0,
        len(hidden),
    )
