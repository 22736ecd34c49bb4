"""Reading what at-risk scoring needs from the file, as plain frames of day numbers.

Dates become proleptic ordinals (``date.toordinal()``) inside SQLite, so every later step is
integer arithmetic on numpy arrays; 2M progress events read in a couple of seconds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    import pandas as pd

# julianday() of 0001-01-01 is 1721425.5; subtracting 1721424.5 gives Python's ordinal.
_ORDINAL = "CAST(julianday({col}) - 1721424.5 AS INTEGER)"

ASSIGNMENTS_SQL = f"""
SELECT a.id AS assignment_id, a.employee_id AS employee, a.course_id AS course,
       {_ORDINAL.format(col="a.assigned_on")} AS assigned,
       {_ORDINAL.format(col="a.due_date")} AS due,
       a.mandatory AS mandatory, a.status AS status, a.percent AS stored_percent,
       {_ORDINAL.format(col="a.completed_on")} AS completed,
       e.active AS active
FROM assignments a JOIN employees e ON e.id = a.employee_id
"""

# Kinds as small integers: 2M Python strings cost more to read than the rest of a row.
KIND_OTHER, KIND_MODULE_COMPLETED, KIND_FAILED, KIND_SCORE_REPEAT = 0, 1, 2, 3
EVENTS_SQL = f"""
SELECT employee_id AS employee, course_id AS course, module_id AS module,
       CASE kind WHEN 'module_completed' THEN {KIND_MODULE_COMPLETED}
                 WHEN 'failed' THEN {KIND_FAILED}
                 WHEN 'passed' THEN {KIND_SCORE_REPEAT}
                 WHEN 'completed' THEN {KIND_SCORE_REPEAT}
                 ELSE {KIND_OTHER} END AS kind,
       {_ORDINAL.format(col="substr(occurred_at, 1, 10)")} AS day, score
FROM progress_events
"""

COURSES_SQL = """
SELECT c.id AS course, c.hours AS course_hours, c.difficulty AS difficulty,
       (SELECT count(*) FROM course_modules m WHERE m.course_id = c.id) AS modules
FROM courses c
"""

DIFFICULTY_LEVELS = {"beginner": 0.0, "intermediate": 1.0, "advanced": 2.0}


@dataclass(frozen=True)
class RiskData:
    """The whole file's assignments, progress events and courses (ids, not names)."""

    assignments: pd.DataFrame
    events: pd.DataFrame
    courses: pd.DataFrame


def raw_connection(session: Session) -> sqlite3.Connection:
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def read_risk_data(session: Session) -> RiskData:
    import pandas as pd

    connection = raw_connection(session)
    assignments = pd.read_sql_query(ASSIGNMENTS_SQL, connection)
    for column in ("assigned", "due", "completed"):
        assignments[column] = assignments[column].astype("float64")
    assignments["mandatory"] = assignments["mandatory"].fillna(0).astype("int8")
    events = _read_events(connection)
    courses = pd.read_sql_query(COURSES_SQL, connection)
    courses["course_difficulty"] = (
        courses["difficulty"].str.lower().map(DIFFICULTY_LEVELS).astype("float64")
    )
    courses["course_hours"] = courses["course_hours"].astype("float64")
    return RiskData(assignments, events, courses.drop(columns="difficulty"))


EVENT_BATCH_ROWS = 20_000


def _read_events(connection: sqlite3.Connection) -> pd.DataFrame:
    """All progress events; straight to one float array (None → NaN): 2× faster than pandas."""
    import numpy as np
    import pandas as pd

    columns = ("employee", "course", "module", "kind", "day", "score")
    cursor = connection.execute(EVENTS_SQL)
    # In batches: one fetchall() of 2 million rows holds the GIL for seconds, and the
    # window (on the GUI thread) freezes for as long.
    chunks = []
    while batch := cursor.fetchmany(EVENT_BATCH_ROWS):
        chunks.append(np.array(batch, dtype="float64").reshape(len(batch), len(columns)))
    values = np.concatenate(chunks) if chunks else np.empty((0, len(columns)))
    del chunks
    frame = pd.DataFrame(values, columns=list(columns))
    return frame.astype({"employee": "int64", "course": "int64", "kind": "int8"})


def read_people(session: Session) -> pd.DataFrame:
    """Employee row id → employee id, name and department, for the rows shown."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT e.id AS employee, e.employee_id AS employee_code, e.name AS name, "
        "d.name AS department FROM employees e LEFT JOIN departments d ON d.id = e.department_id",
        raw_connection(session),
    )


def read_course_names(session: Session) -> pd.DataFrame:
    import pandas as pd

    return pd.read_sql_query(
        "SELECT id AS course, code AS course_code, title AS course_title FROM courses",
        raw_connection(session),
    )
