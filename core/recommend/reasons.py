"""Plain-word reasons for a recommended course, built from the components that produced it."""

from __future__ import annotations

from core.messages import Message, msg
from core.recommend.engine import PersonScores, Recommender
from core.recommend.people_data import PersonRecord

# A component must bring at least this much of the blended score to be worth a reason.
MIN_SHARE = 0.03
MAX_REASONS = 3
# Colleague counts below this are anecdotes, not a reason.
MIN_COLLEAGUES = 3
# A Bayesian rating from this up is worth saying out loud.
WELL_RATED_FROM = 4.0


def reasons_for(
    engine: Recommender, person: PersonRecord, scores: PersonScores, col: int
) -> tuple[Message, ...]:
    weights = engine.weights
    share = {
        "content": weights.content * float(scores.components["content"][col]),
        "skill_gap": weights.skill_gap * float(scores.components["skill_gap"][col]),
        "colleagues": weights.colleagues * float(scores.components["colleagues"][col]),
        "quality": weights.quality * float(scores.components["quality"][col]),
    }
    found: list[Message] = []
    course_id = engine.model.ids[col]
    if course_id in person.completed:  # a candidate, so its completion has expired
        completed_on = person.completed[course_id][0].isoformat()
        found.append(msg("reason.renewal_due", completed_on=completed_on))
    if not scores.history:
        found.append(_cold_start(engine, person, share))
    for name in sorted(share, key=share.__getitem__, reverse=True):
        if share[name] < MIN_SHARE or len(found) >= MAX_REASONS:
            continue
        reason = _BUILDERS[name](engine, person, scores, col)
        if reason is not None:
            found.append(reason)
    missing = _missing_prerequisite(engine, person, col)
    if missing is not None:
        found.append(missing)
    return tuple(found)


def _cold_start(engine: Recommender, person: PersonRecord, share: dict[str, float]) -> Message:
    organisation = engine.organisation
    if share["skill_gap"] >= MIN_SHARE and person.role_id in organisation.roles:
        return msg("reason.cold_start_role", role=organisation.roles[person.role_id])
    if person.department_id in organisation.departments:
        return msg(
            "reason.cold_start_department",
            department=organisation.departments[person.department_id],
        )
    return msg("reason.cold_start_popular")


def _content_reason(
    engine: Recommender, person: PersonRecord, scores: PersonScores, col: int
) -> Message | None:
    # Not the course itself (an expired certificate is offered again, but "like itself"
    # explains nothing).
    liked = {h: w for h, w in scores.history.items() if w > 0 and h != col}
    if not liked:
        return None
    source = max(liked, key=lambda h: liked[h] * float(engine.model.similarity[h, col]))
    doc = engine.catalog.courses[source]
    rating = person.ratings.get(doc.id)
    if rating is not None:
        return msg("reason.like_rated", course=doc.title, rating=rating)
    score = person.completed.get(doc.id, (None, None))[1]
    if score is not None:
        return msg("reason.like_scored", course=doc.title, score=f"{score:g}")
    return msg("reason.like_taken", course=doc.title)


def _gap_reason(
    engine: Recommender, person: PersonRecord, scores: PersonScores, col: int
) -> Message | None:
    taught = engine.catalog.skill_levels.get(engine.model.ids[col], {})
    closing = [s for s in scores.gaps if taught.get(s, 0) > scores.gaps[s][1]]
    if not closing:
        return None
    skill = max(closing, key=lambda s: scores.gaps[s][0] - scores.gaps[s][1])
    needed, has = scores.gaps[skill]
    return msg("reason.gap", skill=engine.catalog.skill_names[skill], needed=needed, has=has)


def _colleague_reason(
    engine: Recommender, person: PersonRecord, scores: PersonScores, col: int
) -> Message | None:
    department = person.department_id
    stat = engine.signals.by_department.get((department or -1, col))
    if stat is not None and stat.count >= MIN_COLLEAGUES and stat.rating_count:
        return msg(
            "reason.colleagues",
            rating=f"{stat.rating_sum / stat.rating_count:.1f}",
            count=stat.count,
            department=engine.organisation.departments.get(department or -1, "?"),
        )
    liked = [h for h, w in scores.history.items() if w > 0]
    if not liked:
        return None
    source = max(liked, key=lambda h: float(engine.signals.co_completion[h, col]))
    if engine.signals.co_completion[source, col] <= 0:
        return None
    return msg("reason.colleagues_anywhere", course=engine.catalog.courses[source].title)


def _quality_reason(
    engine: Recommender, person: PersonRecord, scores: PersonScores, col: int
) -> Message | None:
    count = int(engine.signals.rating_counts[col])
    if count < MIN_COLLEAGUES or engine.signals.bayes[col] < WELL_RATED_FROM:
        return None
    return msg("reason.well_rated", rating=f"{engine.signals.bayes[col]:.1f}", count=count)


_BUILDERS = {
    "content": _content_reason,
    "skill_gap": _gap_reason,
    "colleagues": _colleague_reason,
    "quality": _quality_reason,
}


def _missing_prerequisite(engine: Recommender, person: PersonRecord, col: int) -> Message | None:
    course_id = engine.model.ids[col]
    for required in sorted(engine.catalog.prerequisites.get(course_id, ())):
        if required not in person.completed:
            index = engine.model.index_of_id.get(required)
            if index is not None:
                return msg(
                    "reason.prerequisite_missing", course=engine.catalog.courses[index].title
                )
    return None
