"""The learned at-risk model: gradient-boosted trees, calibrated, with a cross-validated AUC.

One code path for the product and the evaluations: :func:`fit_risk_model` takes a feature
frame and outcomes (1 = missed), whatever the features are called.

Why trees: they take missing values as they come (no quiz score yet is itself telling),
need no scaling, and capture "little progress *late* in the window" without hand-made
interactions. Calibration: the folds' out-of-fold scores train one isotonic map (Platt's
sigmoid when there are few rows), and the folds' models are averaged through it — the
probabilities then mean what they say ("30%" misses about 3 times in 10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.tasks import TaskState

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

FOLDS = 3
ISOTONIC_FROM = 1000  # rows; below, a sigmoid calibrates with fewer parameters to fit
MIN_ROWS = 200
MIN_EACH_OUTCOME = 30
# More rows than this add little to the AUC (measured on the 20k demo) and cost fit time.
MAX_TRAINING_ROWS = 60_000


@dataclass(frozen=True)
class RiskModel:
    features: tuple[str, ...]
    models: tuple[Any, ...]  # one fitted classifier per fold
    calibrator: Any  # maps a raw fold-model probability to a calibrated one
    auc: float  # cross-validated (grouped by person when groups are given)
    trained_on: int
    missed: int  # of the rows trained on
    typical: dict[str, float]  # per feature: the median training value ("an ordinary case")

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        """Calibrated probability of a miss per row."""
        return self.predict_with_rank(frame)[0]

    def predict_with_rank(self, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """(calibrated probability, the folds' mean raw probability) per row.

        Isotonic calibration is a step function: many rows share one probability. The raw
        score still orders them, so a list can rank ties by it.
        """
        import numpy as np
        from threadpoolctl import threadpool_limits

        x = frame[list(self.features)].to_numpy(dtype="float64")
        with threadpool_limits(1):
            raw = [m.predict_proba(x)[:, 1] for m in self.models]
            calibrated = [self.calibrator.predict(r) for r in raw]
        probability: np.ndarray = np.clip(np.mean(calibrated, axis=0), 0.0, 1.0)
        rank: np.ndarray = np.mean(raw, axis=0)
        return probability, rank


def enough_to_learn(missed: np.ndarray) -> bool:
    """≥ 200 finished assignments with ≥ 30 of each outcome: below that, rules are safer."""
    hits = int(missed.sum())
    return len(missed) >= MIN_ROWS and min(hits, len(missed) - hits) >= MIN_EACH_OUTCOME


# Known directions (+1: more of it, more risk; -1: less risk). Trees then cannot learn that
# a better quiz score raises the risk from noise, and every factor shown reads sensibly.
MONOTONE = {
    "days_inactive_course": 1,
    "started": -1,
    "days_inactive_any": 1,
    "percent": -1,
    "first_score": -1,
    "mean_score": -1,
    "failed_attempts": 1,
    "days_to_due": -1,
    "time_used": 1,
    "other_overdue": 1,
    "on_time_rate": -1,
    "course_missed_rate": 1,
    "days_assigned": 1,
    "events": -1,
    "late_submissions": 1,
}


def _classifier(features: tuple[str, ...], seed: int) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        monotonic_cst=[MONOTONE.get(name, 0) for name in features],
        max_iter=100,
        learning_rate=0.1,
        max_leaf_nodes=31,
        min_samples_leaf=40,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=seed,
    )


class _Sigmoid:
    """Platt scaling on the logit of the raw probability."""

    def __init__(self, raw: np.ndarray, y: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        self.model = LogisticRegression().fit(_logit(raw)[:, None], y)

    def predict(self, raw: np.ndarray) -> np.ndarray:
        result: np.ndarray = self.model.predict_proba(_logit(raw)[:, None])[:, 1]
        return result


def _logit(p: np.ndarray) -> np.ndarray:
    import numpy as np

    p = np.clip(p, 1e-4, 1 - 1e-4)
    result: np.ndarray = np.log(p / (1 - p))
    return result


def _folds(y: np.ndarray, groups: np.ndarray | None, seed: int) -> list[tuple[Any, Any]]:
    """Folds that keep each person's rows together (an honest AUC for people not yet seen).

    Plain shuffled GroupKFold: StratifiedGroupKFold balances outcomes too but takes 2.4 s
    for 60k rows of 20k people against 0.01 s, and with 30+ of each outcome per fold the
    balance comes out close anyway.
    """
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    if groups is None:
        splitter: Any = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
        return list(splitter.split(y, y))
    splitter = GroupKFold(FOLDS, shuffle=True, random_state=seed)
    return list(splitter.split(y, y, groups))


def fit_risk_model(
    frame: pd.DataFrame,
    missed: np.ndarray,
    groups: np.ndarray | None = None,
    seed: int = 0,
    state: TaskState | None = None,
) -> RiskModel:
    """Fit on ``frame`` (features as columns) and ``missed`` (1 = missed); groups = person.

    Above :data:`MAX_TRAINING_ROWS` a fixed random sample of rows is used (``trained_on``).
    """
    import numpy as np
    from sklearn.isotonic import IsotonicRegression
    from sklearn.metrics import roc_auc_score
    from threadpoolctl import threadpool_limits

    features = tuple(str(c) for c in frame.columns)
    y = np.asarray(missed, dtype="int64")
    if len(y) > MAX_TRAINING_ROWS:
        keep = np.sort(np.random.default_rng(seed).choice(len(y), MAX_TRAINING_ROWS, False))
        frame, y = frame.iloc[keep], y[keep]
        groups = None if groups is None else np.asarray(groups)[keep]
    x = frame.to_numpy(dtype="float64")
    out_of_fold = np.zeros(len(y))
    models = []
    with threadpool_limits(1):
        for number, (train, test) in enumerate(_folds(y, groups, seed)):
            if state is not None:
                state.check()
                state.set_progress(number / FOLDS)
            model = _classifier(features, seed).fit(x[train], y[train])
            out_of_fold[test] = model.predict_proba(x[test])[:, 1]
            models.append(model)
        calibrator: Any
        if len(y) >= ISOTONIC_FROM:
            calibrator = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
            calibrator.fit(out_of_fold, y)
        else:
            calibrator = _Sigmoid(out_of_fold, y)
    typical = {
        name: float(np.nanmedian(frame[name])) if frame[name].notna().any() else 0.0
        for name in features
    }
    return RiskModel(
        features=features,
        models=tuple(models),
        calibrator=calibrator,
        auc=float(roc_auc_score(y, out_of_fold)),
        trained_on=len(y),
        missed=int(y.sum()),
        typical=typical,
    )


def contributions(
    model: RiskModel, frame: pd.DataFrame, groups: Sequence[tuple[str, ...]]
) -> pd.DataFrame:
    """How much each group of features raises a row's risk: the drop when made typical.

    Replace a group (features that tell one story, e.g. percent and time used) by its
    typical (median) values, score again, subtract: positive means this row's values push
    the risk up. Measured in log-odds, so a row near 100% still shows what drives it (in
    probabilities every single change would look like nothing). Model-agnostic; one fold's
    model keeps it 3× cheaper than the calibrated average; only the ranking is used.
    """
    import numpy as np
    import pandas as pd
    from threadpoolctl import threadpool_limits

    columns = list(model.features)
    x = frame[columns].to_numpy(dtype="float64")
    first = model.models[0]
    effects = {}
    with threadpool_limits(1):
        base = first.decision_function(x)  # the trees' own log-odds
        for group in groups:
            changed = x.copy()
            for name in group:
                changed[:, columns.index(name)] = model.typical[name]
            effects[group[0]] = base - first.decision_function(changed)
    return pd.DataFrame(effects, index=frame.index, dtype=np.float64)
