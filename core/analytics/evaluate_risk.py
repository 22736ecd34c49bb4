"""How well at-risk scoring ranks, measured: ``python -m core.analytics.evaluate_risk``.

OULAD (``--data``/oulad): trained on the 2013 presentations, tested on the 2014 ones, as of
day 60 (see ``risk_oulad``), ROC-AUC beside the one-rule baseline "first assessment score
< 40 or missing". The demo (a fresh one in a temporary folder): trained on assignments due
before as_of − 90 days, tested on those due later, beside the product's own transparent
rules. Both fit through :func:`core.analytics.risk_model.fit_risk_model`, as the product does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.messages import Message, msg

if TYPE_CHECKING:
    import numpy as np

DEMO_AS_OF = dt.date(2026, 6, 30)
DEMO_TEST_DAYS = 90


@dataclass(frozen=True)
class RiskEvaluation:
    name: str
    auc: float
    baseline_auc: float
    trained_on: int
    tested_on: int
    missed_share: float  # in the test rows
    mean_predicted: float  # calibrated: close to missed_share
    brier: float

    def line(self) -> Message:
        return msg(
            "risk.eval.line",
            name=self.name,
            auc=self.auc,
            baseline=self.baseline_auc,
            train=self.trained_on,
            test=self.tested_on,
            missed=self.missed_share,
            predicted=self.mean_predicted,
            brier=self.brier,
        )


def _evaluation(
    name: str, predicted: np.ndarray, baseline: np.ndarray, y_test: np.ndarray, trained_on: int
) -> RiskEvaluation:
    from sklearn.metrics import brier_score_loss, roc_auc_score

    return RiskEvaluation(
        name=name,
        auc=float(roc_auc_score(y_test, predicted)),
        baseline_auc=float(roc_auc_score(y_test, baseline)),
        trained_on=trained_on,
        tested_on=len(y_test),
        missed_share=float(y_test.mean()),
        mean_predicted=float(predicted.mean()),
        brier=float(brier_score_loss(y_test, predicted)),
    )


def evaluate_oulad(folder: Path, seed: int = 0) -> RiskEvaluation:
    """OULAD 2013 → 2014 at day 60: the model's AUC and the one-rule baseline's."""
    from core.analytics.risk_model import fit_risk_model
    from core.analytics.risk_oulad import load_oulad_rows

    rows = load_oulad_rows(folder)
    train, test = rows.is_train.to_numpy(), ~rows.is_train.to_numpy()
    model = fit_risk_model(
        rows.features[train], rows.missed[train].to_numpy(), rows.student[train].to_numpy(), seed
    )
    return _evaluation(
        "OULAD 2013→2014, day 60",
        model.predict(rows.features[test]),
        rows.baseline[test].to_numpy(),
        rows.missed[test].to_numpy(),
        model.trained_on,
    )


def evaluate_demo_file(db_path: Path, as_of: dt.date, seed: int = 0) -> RiskEvaluation:
    """On a demo file: train on assignments due before as_of − 90 days, test on later ones."""
    from core.analytics.risk_data import read_risk_data
    from core.analytics.risk_features import build_features, training_rows
    from core.analytics.risk_model import fit_risk_model
    from core.analytics.risk_rules import score_rules
    from core.database import open_database

    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            data = read_risk_data(session)
    finally:
        opened.db.close()
    rows = training_rows(data, as_of.toordinal())
    features = build_features(rows, data)
    split = (as_of - dt.timedelta(days=DEMO_TEST_DAYS)).toordinal()
    train, test = (rows["due"] < split).to_numpy(), (rows["due"] >= split).to_numpy()
    model = fit_risk_model(
        features[train], rows["missed"][train].to_numpy(), rows["employee"][train].to_numpy(), seed
    )
    rules, _ = score_rules(features[test])
    return _evaluation(
        f"Demo, due after {dt.date.fromordinal(split)}",
        model.predict(features[test]),
        rules,
        rows["missed"][test].to_numpy(),
        model.trained_on,
    )


def evaluate_demo(learners: int = 600, seed: int = 1) -> RiskEvaluation:
    """A fresh demo company in a temporary folder, evaluated with :func:`evaluate_demo_file`."""
    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        opened = open_database(path)
        try:
            params = DemoParams(learners=learners, courses=120, seed=seed, as_of=DEMO_AS_OF)
            generate_demo(opened.db, params)
        finally:
            opened.db.close()
        return evaluate_demo_file(path, DEMO_AS_OF)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=default, help="the shared data folder")
    parser.add_argument("--demo-learners", type=int, default=600, metavar="N")
    parser.add_argument("--demo-db", type=Path, help="evaluate this demo file instead")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=DEMO_AS_OF)
    args = parser.parse_args(argv)
    oulad = args.data / "oulad"
    if (oulad / "studentInfo.csv").is_file():
        _say(evaluate_oulad(oulad).line())
    else:
        _say(msg("risk.eval.no_data", path=str(oulad)))
    if args.demo_db:
        _say(evaluate_demo_file(args.demo_db, args.as_of).line())
    else:
        _say(evaluate_demo(args.demo_learners).line())
    return 0


def _say(message: Message) -> None:
    sys.stdout.write(message.text() + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
