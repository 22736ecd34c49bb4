"""The recommender's entry points: build once from the database, then query many times."""

from __future__ import annotations

import datetime as dt

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.messages import Message, msg
from core.recommend.catalog_data import CatalogData, load_catalog
from core.recommend.content import ContentModel, ContentSettings, content_model
from core.recommend.engine import Recommender, diverse_top
from core.recommend.people_data import (
    PersonRecord,
    load_organisation,
    load_people,
    not_interested_ids,
)
from core.recommend.reasons import reasons_for
from core.recommend.results import Scored
from core.recommend.signals import build_signals
from core.recommend.weights import BlendWeights
from core.settings import load_settings
from db.models import Course

# Shared skills or terms: how many to name in a similar-course reason.
NAMED_TERMS = 3


def build_recommender(
    session: Session,
    *,
    today: dt.date | None = None,
    weights: BlendWeights | None = None,
    settings: ContentSettings | None = None,
) -> Recommender:
    """Read the catalog and everyone's history; the content model comes from its cache.

    ``weights`` default to the ones adjusted in Settings (``BlendWeights`` defaults there).
    """
    day = today or dt.date.today()
    chosen = weights or BlendWeights.from_settings(load_settings(session).recommend_weights)
    catalog = load_catalog(session)
    model = content_model(catalog.courses, settings)
    people = load_people(session, day)
    signals = build_signals(people, model.index_of_id, chosen)
    organisation = load_organisation(session)
    hidden = hidden_course_ids(session)
    return Recommender(catalog, model, organisation, people, signals, chosen, day, hidden)


def hidden_course_ids(session: Session) -> frozenset[int]:
    """The courses hidden from recommendations (read fresh, so a cached engine can follow)."""
    hidden = select(Course.id).where(Course.hidden_from_recommendations.is_(True))
    return frozenset(session.scalars(hidden))


def refresh_controls(session: Session, engine: Recommender, person: PersonRecord) -> None:
    """Bring a cached engine up to date with the admin's controls before one query.

    Hiding a course and marking "not interested" are cheap to re-read, so the window's
    cached recommender follows them without a rebuild.
    """
    engine.set_hidden(hidden_course_ids(session))
    person.not_interested = not_interested_ids(session, person.id)


def find_person(engine: Recommender, learner: str) -> PersonRecord | None:
    """A person by employee id or email (case-insensitive)."""
    key = learner.strip().casefold()
    for person in engine.people.values():
        if person.employee_id.casefold() == key or (person.email or "").casefold() == key:
            return person
    return None


def recommend_for(engine: Recommender, person: PersonRecord, top: int = 10) -> list[Scored]:
    scores = engine.score(person)
    picks = diverse_top(
        scores.total,
        scores.candidates,
        engine.model.similarity,
        top,
        engine.weights.diversity_lambda,
    )
    return [
        _scored(
            engine.catalog, col, float(scores.total[col]), reasons_for(engine, person, scores, col)
        )
        for col in picks
    ]


def similar_to(catalog: CatalogData, model: ContentModel, col: int, top: int = 10) -> list[Scored]:
    """The courses most like course index ``col`` (retired ones left out), with reasons."""
    scores = np.array(model.similarity[col], dtype=np.float32)
    scores[col] = -np.inf
    active = np.array([doc.active for doc in catalog.courses], dtype=bool)
    scores[~active] = -np.inf
    count = min(top, int(np.isfinite(scores).sum()))
    order = np.argsort(-scores, kind="stable")[:count]
    return [
        _scored(catalog, int(j), float(scores[j]), _similar_reasons(catalog, model, col, int(j)))
        for j in order
    ]


def _similar_reasons(
    catalog: CatalogData, model: ContentModel, a: int, b: int
) -> tuple[Message, ...]:
    reasons: list[Message] = []
    shared = sorted(set(catalog.courses[a].skill_names) & set(catalog.courses[b].skill_names))
    if shared:
        reasons.append(msg("reason.shared_skills", skills=", ".join(shared[:NAMED_TERMS])))
    topics = model.shared_topics(a, b)
    if topics:
        reasons.append(msg("reason.shared_topic", topic=msg(f"concept.{topics[0]}")))
    terms = model.shared_terms(a, b, NAMED_TERMS)
    if terms:
        reasons.append(msg("reason.shared_terms", terms=", ".join(terms)))
    return tuple(reasons)


def find_course(model: ContentModel, code: str) -> int | None:
    return model.index_of_code.get(code.strip().casefold())


def _scored(catalog: CatalogData, col: int, score: float, reasons: tuple[Message, ...]) -> Scored:
    doc = catalog.courses[col]
    return Scored(doc.id, doc.code, doc.title, score, reasons)
