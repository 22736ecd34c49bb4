"""OULAD as at-risk rows: what was known about each student by day 60 of a presentation.

The protocol of issue 6: students who unregistered by day 60 are left out; only assessment
results submitted by day 60 count; the unregistration date is never a feature. Outcome:
final_result Fail or Withdrawn (1) against Pass or Distinction (0).

Features carry the product's names where the meaning carries over (``first_score``,
``mean_score``, ``events`` = submissions, ``days_inactive_course`` = days since the last
submission, ``percent`` = share of the assessments due so far that were handed in,
``failed_attempts`` = results under the pass mark of 40, ``time_used`` and ``days_to_due``
against the presentation's length, ``course_missed_rate`` = the module's Fail/Withdrawn
share in the training presentations) plus OULAD's own (late submissions, registration day,
previous attempts, studied credits).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

DAY = 60
PASS_MARK = 40.0
KEY = ["code_module", "code_presentation", "id_student"]
OULAD_FEATURES = (
    "first_score",
    "mean_score",
    "events",
    "days_inactive_course",
    "started",
    "percent",
    "failed_attempts",
    "late_submissions",
    "time_used",
    "days_to_due",
    "course_missed_rate",
    "registration_day",
    "previous_attempts",
    "studied_credits",
)
NEEDED_FILES = (
    "studentInfo.csv",
    "studentRegistration.csv",
    "studentAssessment.csv",
    "assessments.csv",
    "courses.csv",
)


@dataclass(frozen=True)
class OuladRows:
    features: pd.DataFrame  # OULAD_FEATURES
    missed: pd.Series  # 1 = Fail or Withdrawn
    student: pd.Series
    baseline: pd.Series  # 1 = first assessment score < 40 or missing
    is_train: pd.Series  # a 2013 presentation


def _read(folder: Path, name: str) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(folder / name, na_values="?", keep_default_na=True)


def load_oulad_rows(folder: Path) -> OuladRows:
    """One row per student and presentation still registered at day 60."""
    info = _read(folder, "studentInfo.csv")
    registration = _read(folder, "studentRegistration.csv")
    courses = _read(folder, "courses.csv")
    students = info.merge(registration, on=KEY, how="left").merge(
        courses, on=["code_module", "code_presentation"], how="left"
    )
    gone = students["date_unregistration"].notna() & (students["date_unregistration"] <= DAY)
    students = students[~gone].drop(columns="date_unregistration").reset_index(drop=True)
    students["missed"] = students["final_result"].isin(["Fail", "Withdrawn"]).astype("int8")
    students["is_train"] = students["code_presentation"].str.startswith("2013")
    students = students.join(_submissions(folder), on=KEY)
    return OuladRows(
        features=_features(students),
        missed=students["missed"],
        student=students["id_student"],
        baseline=_baseline(folder, students),
        is_train=students["is_train"],
    )


def _known_results(folder: Path) -> pd.DataFrame:
    """Assessment results handed in by day 60, with their assessment's due day."""
    assessments = _read(folder, "assessments.csv")
    results = _read(folder, "studentAssessment.csv").merge(assessments, on="id_assessment")
    return results[results["date_submitted"] <= DAY]


def _submissions(folder: Path) -> pd.DataFrame:
    import pandas as pd

    results = _known_results(folder).sort_values(["date_submitted", "id_assessment"])
    results["late"] = (results["date_submitted"] > results["date"]).astype("float64")
    results["under"] = (results["score"] < PASS_MARK).astype("float64")
    groups = results.groupby(KEY)
    assessments = _read(folder, "assessments.csv")
    due_by_day = (
        assessments[assessments["date"] <= DAY]
        .groupby(["code_module", "code_presentation"])
        .size()
        .rename("due_so_far")
    )
    frame = pd.DataFrame(
        {
            "first_score": groups["score"].first(),
            "mean_score": groups["score"].mean(),
            "events": groups.size().astype("float64"),
            "last_submitted": groups["date_submitted"].max(),
            "failed_attempts": groups["under"].sum(),
            "late_submissions": groups["late"].sum(),
            "handed_in_due": results[results["date"] <= DAY].groupby(KEY).size(),
        }
    )
    return frame.join(due_by_day, on=["code_module", "code_presentation"])


def _features(students: pd.DataFrame) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    train = students[students["is_train"]]
    module_rate = train.groupby("code_module")["missed"].mean()
    overall = float(train["missed"].mean())
    events = students["events"].fillna(0.0)
    due_so_far = students.groupby(["code_module", "code_presentation"])["due_so_far"].transform(
        "max"
    )
    handed_in = students["handed_in_due"].fillna(0.0)
    length = students["module_presentation_length"].astype("float64")
    since = np.where(events > 0, students["last_submitted"], 0.0)
    return pd.DataFrame(
        {
            "first_score": students["first_score"],
            "mean_score": students["mean_score"],
            "events": events,
            "days_inactive_course": DAY - since,
            "started": (events > 0).astype("float64"),
            "percent": (100.0 * handed_in / due_so_far).where(due_so_far > 0),
            "failed_attempts": students["failed_attempts"].fillna(0.0),
            "late_submissions": students["late_submissions"].fillna(0.0),
            "time_used": DAY / length,
            "days_to_due": length - DAY,
            "course_missed_rate": students["code_module"].map(module_rate).fillna(overall),
            "registration_day": students["date_registration"].astype("float64"),
            "previous_attempts": students["num_of_prev_attempts"].astype("float64"),
            "studied_credits": students["studied_credits"].astype("float64"),
        }
    )[list(OULAD_FEATURES)].astype("float64")


def _baseline(folder: Path, students: pd.DataFrame) -> pd.Series:
    """The one rule: the presentation's first assessment scored under 40, or not handed in."""
    assessments = _read(folder, "assessments.csv")
    assessments = assessments[assessments["assessment_type"] != "Exam"]
    first = (
        assessments.sort_values(["date", "id_assessment"])
        .groupby(["code_module", "code_presentation"])
        .head(1)[["code_module", "code_presentation", "id_assessment"]]
    )
    results = _known_results(folder)[["id_student", "id_assessment", "score"]]
    first_scores = first.merge(results, on="id_assessment")
    joined = students[KEY].merge(
        first_scores, on=["code_module", "code_presentation", "id_student"], how="left"
    )
    flagged = joined["score"].isna() | (joined["score"] < PASS_MARK)
    return flagged.astype("int8").set_axis(students.index)
