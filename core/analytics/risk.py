"""At-risk learners: for each open assignment, the chance it will be missed, and why.

Missed = not completed by its due date: overdue, failed or withdrawn. The chance is learned
from the file's own finished assignments (see ``risk_features`` for how they are described
without hindsight, ``risk_model`` for the calibrated trees), or — with too few of them —
given by transparent rules (``risk_rules``). ``method`` and ``method_note`` say which.

An open assignment already past its due date has been missed by definition: it scores 1.0,
its first factor says by how many days, and the rest say where it stands (progress, the
person's other overdue work). They sort above everything else — mandatory first, then most
overdue — and ``overdue_days`` lets a screen set them apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from sqlalchemy.orm import Session

from core.analytics.risk_factors import describe, distinct_factors, overdue_story
from core.messages import Message, msg
from core.tasks import TaskState

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from core.analytics.risk_model import RiskModel

TOP_FACTORS = 3


@dataclass(frozen=True)
class RiskRow:
    assignment_id: int
    employee_id: str
    name: str
    department: str | None
    course_code: str
    course_title: str
    due_date: dt.date | None
    mandatory: bool
    probability: float  # 0..1, chance it is missed (overdue, failed or withdrawn)
    factors: tuple[Message, ...]  # top factors, most important first
    percent: float = 0.0  # progress recorded today
    overdue_days: int = 0  # > 0: already past due, so already missed (probability 1.0)


@dataclass(frozen=True)
class RiskReport:
    method: str  # "model" | "rules"
    method_note: Message
    trained_on: int
    auc: float | None
    rows: list[RiskRow]  # highest probability first
    as_of: dt.date | None = None
    missed_in_training: int = 0


@dataclass(frozen=True)
class _Scored:
    method: str
    note: Message
    trained_on: int
    auc: float | None
    missed: int
    probability: np.ndarray
    rank: np.ndarray  # orders rows of equal probability
    factors: list[tuple[Message, ...]]


def score_open_assignments(
    session: Session, as_of: dt.date | None = None, state: TaskState | None = None
) -> RiskReport:
    """Score every open assignment of an active person as of ``as_of`` (default: today)."""
    from core.analytics.risk_data import read_course_names, read_people, read_risk_data
    from core.analytics.risk_features import build_features, open_rows, training_rows

    day = (as_of or dt.date.today()).toordinal()
    _progress(state, 0.0, "risk.progress.reading")
    data = read_risk_data(session)
    open_ = open_rows(data, day)
    _progress(state, 0.2, "risk.progress.features")
    train = training_rows(data, day)
    x_train = build_features(train, data)
    x_open = build_features(open_, data)
    # Words quote today's recorded percent (as the screen does); the model keeps its own.
    x_open["percent_shown"] = open_["percent_now"].to_numpy()
    _progress(state, 0.35, "risk.progress.fitting")
    missed, people = train["missed"].to_numpy(), train["employee"].to_numpy()
    scored = _score(x_train, missed, people, x_open, state)
    _progress(state, 0.9, "risk.progress.listing")
    rows = _rows(open_, x_open, scored, read_people(session), read_course_names(session), day)
    _progress(state, 1.0, "risk.progress.listing")
    return RiskReport(
        method=scored.method,
        method_note=scored.note if rows else msg("risk.method.none"),
        trained_on=scored.trained_on,
        auc=scored.auc,
        rows=rows,
        as_of=dt.date.fromordinal(day),
        missed_in_training=scored.missed,
    )


def _progress(state: TaskState | None, fraction: float, code: str) -> None:
    if state is not None:
        state.check()
        state.set_progress(fraction, msg(code).text())


def _score(
    x_train: pd.DataFrame,
    missed: np.ndarray,
    people: np.ndarray,
    x_open: pd.DataFrame,
    state: TaskState | None,
) -> _Scored:
    """Probability and factors for each open row not yet past due (1.0 and none for the rest)."""
    import numpy as np

    from core.analytics.risk_model import MIN_EACH_OUTCOME, MIN_ROWS, enough_to_learn

    pending = ~(x_open["days_to_due"] < 0).to_numpy()
    if enough_to_learn(missed):
        from core.analytics.risk_model import fit_risk_model

        model = fit_risk_model(x_train, missed, groups=people)
        _progress(state, 0.7, "risk.progress.explaining")
        chances, ranks, explained = _score_with_model(model, x_open[pending])
        hits = model.missed
        method, count, auc = "model", model.trained_on, model.auc
        note = msg("risk.method.model", count=count, missed=hits, auc=auc)
    else:
        from core.analytics.risk_rules import score_rules

        chances, explained = score_rules(x_open[pending])
        ranks = chances
        method, count, auc, hits = "rules", len(missed), None, int(missed.sum())
        note = msg(
            "risk.method.rules", count=count, missed=hits, needed=MIN_ROWS, each=MIN_EACH_OUTCOME
        )
    probability, rank = np.ones(len(x_open)), np.ones(len(x_open))
    probability[pending], rank[pending] = chances, ranks
    factors: list[tuple[Message, ...]] = [() for _ in range(len(x_open))]
    for index, row_factors in zip(pending.nonzero()[0], explained, strict=True):
        factors[index] = row_factors
    return _Scored(method, note, count, auc, hits, probability, rank, factors)


def _score_with_model(
    model: RiskModel, x: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray, list[tuple[Message, ...]]]:
    if not len(x):
        return x["percent"].to_numpy(), x["percent"].to_numpy(), []
    probability, rank = model.predict_with_rank(x)
    # Nobody is certain to finish (or to miss) what is still open: 1%–99%.
    return probability.clip(0.01, 0.99), rank, _model_factors(model, x)


def _model_factors(model: RiskModel, x: pd.DataFrame) -> list[tuple[Message, ...]]:
    """Per row: the stories that raise its risk most, in words, biggest first."""
    import numpy as np

    from core.analytics.risk_factors import EXPLAIN_GROUPS
    from core.analytics.risk_model import contributions

    effects = contributions(model, x, EXPLAIN_GROUPS)
    names = list(effects.columns)
    values = effects.to_numpy()
    order = np.argsort(-values, axis=1, kind="stable")
    raising = values > 0.05  # log-odds; smaller is noise, not a reason
    result = []
    for i, row in enumerate(_records(x)):
        chosen = [names[j] for j in order[i] if raising[i, j]]
        # Nothing above an ordinary case: still say where it stands against its due date.
        words = (describe(n, row) for n in chosen or ["percent"])
        result.append(distinct_factors(words, TOP_FACTORS))
    return result


def _rows(
    open_: pd.DataFrame,
    x_open: pd.DataFrame,
    scored: _Scored,
    people: pd.DataFrame,
    courses: pd.DataFrame,
    day: int,
) -> list[RiskRow]:
    import numpy as np

    named = open_.merge(people, on="employee", how="left").merge(courses, on="course", how="left")
    due = named["due"].to_numpy()
    overdue = np.where(np.isnan(due), 0, np.maximum(0, day - np.nan_to_num(due))).astype(int)
    department = named["department"].where(named["department"].notna(), None)
    columns = zip(
        named["assignment_id"].astype(int).tolist(),
        named["employee_code"].astype(str).tolist(),
        named["name"].astype(str).tolist(),
        department.tolist(),
        named["course_code"].astype(str).tolist(),
        named["course_title"].astype(str).tolist(),
        [None if d != d else dt.date.fromordinal(int(d)) for d in due.tolist()],
        named["mandatory"].astype(bool).tolist(),
        named["percent_now"].fillna(0.0).astype(float).tolist(),
        strict=True,
    )
    features = _records(x_open)
    rows = []
    for i, (assignment, code, name, dept, course, title, due_on, must, percent) in enumerate(
        columns
    ):
        late = int(overdue[i])
        factors = overdue_story(features[i], late, TOP_FACTORS) if late else scored.factors[i]
        chance = 1.0 if late else round(float(scored.probability[i]), 4)
        rows.append(
            RiskRow(
                assignment,
                code,
                name,
                dept,
                course,
                title,
                due_on,
                must,
                chance,
                factors,
                percent=percent,
                overdue_days=late,
            )
        )
    # Already missed first (mandatory before optional, longest overdue first), then by chance,
    # equal chances by the model's raw score.
    order = sorted(
        range(len(rows)),
        key=lambda i: (
            -rows[i].probability,
            bool(rows[i].overdue_days) and not rows[i].mandatory,
            -rows[i].overdue_days,
            -scored.rank[i],
        ),
    )
    return [rows[i] for i in order]


def _records(frame: pd.DataFrame) -> list[dict[str, float]]:
    return cast("list[dict[str, float]]", frame.to_dict("records"))
