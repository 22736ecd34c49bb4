"""Features of an assignment as they stood at a cut-off day, from events up to that day only.

Open assignments are described as of ``as_of``. Finished ones (the training rows) are
described as of a cut-off inside their own window — somewhere between assigned and due,
spread evenly by a hash of the id — and kept only when they were still open then, so the
model learns from the same situation it is later asked about, and never sees the outcome:
every event, completion and other assignment counted lies on or before the cut-off.

A day here is a proleptic ordinal; "as of day c" includes everything that happened on c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.analytics.risk_data import (
    KIND_FAILED,
    KIND_MODULE_COMPLETED,
    KIND_SCORE_REPEAT,
    RiskData,
)

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

FEATURES = (
    "days_inactive_course",  # since the last activity on this course (or since assigned)
    "started",  # any activity on this course yet
    "days_inactive_any",  # since the person's last activity on any course
    "percent",  # modules done, 0–100
    "first_score",  # the first quiz or assessment score on this course
    "mean_score",
    "failed_attempts",
    "events",
    "days_to_due",  # negative once overdue
    "days_assigned",
    "time_used",  # share of the assigned-to-due window gone
    "mandatory",
    "other_overdue",  # the person's other assignments past due and not done
    "on_time_rate",  # the person's earlier assignments done by their due date
    "course_hours",
    "course_difficulty",  # 0 beginner, 1 intermediate, 2 advanced
    "course_missed_rate",  # of the course's assignments due earlier, shrunk to the catalog's
)
# Score events repeated by "passed"/"failed"/"completed" in LMS exports are not counted twice.
SCORE_REPEATS = (KIND_SCORE_REPEAT, KIND_FAILED)
COURSE_RATE_PRIOR = 10.0
OPEN_STATUSES = ("not_started", "in_progress")
FINAL_STATUSES = ("completed", "failed", "withdrawn")


def _spread(ids: np.ndarray) -> np.ndarray:
    """A fraction in [0.05, 0.95) per id: fixed for an id, evenly spread over ids."""
    import numpy as np

    hashed = (ids.astype(np.uint64) * np.uint64(2654435761)) % np.uint64(2**32)
    return 0.05 + 0.9 * hashed.astype("float64") / 2**32


def missed_outcome(assignments: pd.DataFrame) -> pd.Series:
    """Missed = not completed by the due date: late, never, failed or withdrawn."""
    done = assignments["status"].eq("completed")
    on_time = done & (assignments["due"].isna() | (assignments["completed"] <= assignments["due"]))
    return ~on_time


def training_rows(data: RiskData, as_of_day: int) -> pd.DataFrame:
    """Finished assignments (outcome known by ``as_of``) with a cut-off at which they were open."""
    import numpy as np

    a = data.assignments
    last_event = data.events.groupby(["employee", "course"])["day"].max().rename("last_event")
    a = a.join(last_event, on=["employee", "course"])
    status = a["status"]
    overdue_open = status.isin(OPEN_STATUSES) & (a["due"] < as_of_day)
    # A completion without its date cannot say whether it was on time: left out.
    undated = status.eq("completed") & a["completed"].isna() & a["due"].notna()
    known = (status.isin(FINAL_STATUSES) | overdue_open) & a["assigned"].notna() & ~undated
    a = a[known].copy()
    end = a["due"].fillna(a["completed"]).fillna(a["last_event"])
    window = end - a["assigned"]
    a = a[window >= 1]
    window = window[window >= 1]
    cutoff = np.floor(a["assigned"] + _spread(a["assignment_id"].to_numpy()) * window)
    a["cutoff"] = np.minimum(cutoff, as_of_day - 1)
    still_open = ~(a["completed"] <= a["cutoff"])
    still_open &= ~(a["status"].eq("failed") & (a["last_event"] <= a["cutoff"]))
    a = a[still_open & (a["cutoff"] >= a["assigned"])]
    a["missed"] = missed_outcome(a).astype("int8")
    return a.drop(columns="last_event").reset_index(drop=True)


def open_rows(data: RiskData, as_of_day: int) -> pd.DataFrame:
    """Open assignments of active people, described as of ``as_of``."""
    a = data.assignments
    keep = a["status"].isin(OPEN_STATUSES) & a["active"].astype(bool)
    rows = a[keep].copy()
    rows["cutoff"] = float(as_of_day)
    # Today's recorded percent is known today (never used for training rows: it is final).
    rows["percent_now"] = rows["stored_percent"]
    return rows.reset_index(drop=True)


def build_features(rows: pd.DataFrame, data: RiskData) -> pd.DataFrame:
    """One row of :data:`FEATURES` per row of ``rows`` (which needs a ``cutoff`` column)."""
    import numpy as np
    import pandas as pd

    frame = rows[["assignment_id", "employee", "course", "assigned", "due", "cutoff"]].copy()
    frame["row"] = np.arange(len(frame))
    frame = frame.join(_course_activity(frame, data), on="row")
    frame["days_inactive_any"] = frame["cutoff"] - _last_active_day(frame, data)
    frame = frame.join(_other_assignments(frame, data), on="row")
    frame = frame.merge(data.courses, on="course", how="left", sort=False)
    frame["course_missed_rate"] = _course_missed_rate(frame, data)
    out = frame.sort_values("row")
    started = out["events"].fillna(0) > 0
    since = np.where(started, out["last_course_day"], out["assigned"])
    out["days_inactive_course"] = out["cutoff"] - since
    out["started"] = started.astype("float64")
    out["events"] = out["events"].fillna(0)
    out["failed_attempts"] = out["failed_attempts"].fillna(0)
    modules = out["modules"].where(out["modules"] > 0)
    out["percent"] = 100.0 * out["modules_done"].fillna(0) / modules
    if "percent_now" in rows:  # open rows: the recorded percent when no modules exist
        now = pd.Series(rows["percent_now"].to_numpy(), index=out.index)
        out["percent"] = out["percent"].fillna(now)
    out["days_to_due"] = out["due"] - out["cutoff"]
    out["days_assigned"] = out["cutoff"] - out["assigned"]
    window = (out["due"] - out["assigned"]).where(lambda w: w > 0)
    out["time_used"] = (out["days_assigned"] / window).clip(0, 1.5)
    out["mandatory"] = rows["mandatory"].to_numpy().astype("float64")
    result = out[list(FEATURES)].astype("float64").reset_index(drop=True)
    return result


def _course_activity(frame: pd.DataFrame, data: RiskData) -> pd.DataFrame:
    """Per row: events on its course up to the cut-off — count, last day, scores, modules."""
    import numpy as np
    import pandas as pd

    keys = frame[["row", "employee", "course", "cutoff"]]
    joined = data.events.merge(keys, on=["employee", "course"], how="inner", sort=False)
    joined = joined[joined["day"] <= joined["cutoff"]]
    groups = joined.groupby("row", sort=False)
    scored = joined[joined["score"].notna() & ~joined["kind"].isin(SCORE_REPEATS)]
    scored = scored.sort_values("day", kind="stable")
    # Events arrive in id order (time order within a person's course): the first is first.
    scores = scored.groupby("row", sort=False)["score"]
    modules_done = (
        joined[joined["kind"].eq(KIND_MODULE_COMPLETED)]
        .drop_duplicates(["row", "module"])
        .groupby("row", sort=False)
        .size()
    )
    return pd.DataFrame(
        {
            "events": groups.size(),
            "last_course_day": groups["day"].max(),
            "first_score": scores.first(),
            "mean_score": scores.mean(),
            "failed_attempts": joined[joined["kind"].eq(KIND_FAILED)].groupby("row").size(),
            "modules_done": modules_done,
        }
    ).astype(np.float64)


def _last_active_day(frame: pd.DataFrame, data: RiskData) -> np.ndarray:
    """The person's last day with any activity on or before the cut-off (NaN if none)."""
    import numpy as np
    import pandas as pd

    days = data.events[["employee", "day"]].drop_duplicates().astype("float64")
    days = days.sort_values("day")
    left = frame[["row", "employee", "cutoff"]].astype({"employee": "float64"})
    left = left.sort_values("cutoff")
    found = pd.merge_asof(
        left, days, left_on="cutoff", right_on="day", by="employee", direction="backward"
    )
    return np.asarray(found.sort_values("row")["day"].to_numpy(), dtype="float64")


def _other_assignments(frame: pd.DataFrame, data: RiskData) -> pd.DataFrame:
    """Per row: the person's other assignments overdue at the cut-off, and their on-time rate."""
    import pandas as pd

    others = data.assignments[~data.assignments["status"].eq("withdrawn")]
    others = others[["assignment_id", "employee", "due", "completed"]].rename(
        columns={"assignment_id": "other_id", "due": "other_due"}
    )
    pairs = frame[["row", "assignment_id", "employee", "cutoff"]].merge(
        others, on="employee", sort=False
    )
    pairs = pairs[pairs["other_id"] != pairs["assignment_id"]]
    past_due = pairs["other_due"] < pairs["cutoff"]
    not_done = pairs["completed"].isna() | (pairs["completed"] > pairs["cutoff"])
    pairs = pairs.assign(
        overdue=(past_due & not_done).astype("float64"),
        past=past_due.astype("float64"),
        on_time=(past_due & (pairs["completed"] <= pairs["other_due"])).astype("float64"),
    )
    sums = pairs.groupby("row", sort=False)[["overdue", "past", "on_time"]].sum()
    rate = (sums["on_time"] / sums["past"]).where(sums["past"] > 0)
    return (
        pd.DataFrame({"other_overdue": sums["overdue"], "on_time_rate": rate})
        .reindex(frame["row"])
        .fillna({"other_overdue": 0.0})
    )


def _course_missed_rate(frame: pd.DataFrame, data: RiskData) -> np.ndarray:
    """The share of the course's assignments due before the cut-off that were missed.

    Shrunk towards the whole catalog's share at the same cut-off (10 assignments' worth), so
    a course with two past assignments does not claim 0% or 100%.
    """
    import numpy as np
    import pandas as pd

    history = data.assignments[data.assignments["due"].notna()][["course", "due"]].copy()
    history["missed"] = missed_outcome(data.assignments.loc[history.index]).astype("float64")
    history = history.sort_values(["course", "due"])
    grouped = history.groupby("course")
    history["n"] = grouped.cumcount() + 1.0
    history["n_missed"] = grouped["missed"].cumsum()
    history = history.sort_values("due").astype({"course": "float64"})
    left = frame[["row", "course", "cutoff"]].astype({"course": "float64"}).sort_values("cutoff")
    found = pd.merge_asof(
        left,
        history[["course", "due", "n", "n_missed"]],
        left_on="cutoff",
        right_on="due",
        by="course",
        direction="backward",
        allow_exact_matches=False,
    ).sort_values("row")
    overall = _catalog_missed_rate(history, found["cutoff"].to_numpy())
    n = found["n"].fillna(0).to_numpy()
    n_missed = found["n_missed"].fillna(0).to_numpy()
    # In "row" order, which is the frame's own order.
    return np.asarray((n_missed + COURSE_RATE_PRIOR * overall) / (n + COURSE_RATE_PRIOR))


def _catalog_missed_rate(history: pd.DataFrame, cutoffs: np.ndarray) -> np.ndarray:
    """Per cut-off: the missed share of all assignments due before it (0.5 before any)."""
    import numpy as np

    dues = history["due"].to_numpy()  # sorted
    missed_so_far = np.concatenate([[0.0], np.cumsum(history["missed"].to_numpy())])
    count = np.searchsorted(dues, cutoffs, side="left")
    rate: np.ndarray = np.where(count > 0, missed_so_far[count] / np.maximum(count, 1), 0.5)
    return rate
