"""Feedback analysis and weak courses at scale: 200,000 feedback rows, 3,000 courses.

    .venv/bin/python benchmarks/bench_feedback.py --db demo20k.db [--rows 200000]

Copies FILE (a 20,000-person demo: ``training-desk demo --learners 20000 --courses 3000``)
to a temporary folder, pads its feedback to --rows by repeating existing rows a month
later, then times: export of all feedback to CSV, its re-import (every row recognised, none
added), feedback_summary cold (sentiment of every comment, the company model fitted) and
warm (cached), one course's comments, sentiment by month, and weak_courses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pad_feedback(path: Path, rows: int) -> int:
    """Repeat existing feedback (a month later each round) until the table has ``rows``."""
    connection = sqlite3.connect(path)
    try:
        have = connection.execute("SELECT count(*) FROM feedback").fetchone()[0]
        shift = 0
        while have < rows:
            shift += 31
            connection.execute(
                "INSERT INTO feedback (employee_id, course_id, rating, comment, submitted_on, "
                "question) SELECT employee_id, course_id, rating, comment, "
                "date(submitted_on, ?), question FROM feedback ORDER BY id LIMIT ?",
                (f"+{shift} days", rows - have),
            )
            have = connection.execute("SELECT count(*) FROM feedback").fetchone()[0]
        connection.commit()
        return int(have)
    finally:
        connection.close()


def timed(label: str, fn: object) -> object:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<48} {time.perf_counter() - start:7.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()

    from core.analytics.feedback import course_comments, feedback_summary, sentiment_by_month
    from core.analytics.weak_courses import weak_courses
    from core.database import open_database
    from core.importing import ImportOptions, export_table, read_table, run_import
    from core.importing.feedback_layout import feedback_mapping
    from core.importing.likert import likert_table

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        shutil.copyfile(args.db, path)
        count = pad_feedback(path, args.rows)
        print(f"feedback rows: {count:,}", flush=True)
        opened = open_database(path)
        db = opened.db
        try:
            out = Path(folder) / "feedback.csv"
            with db.reading() as session:
                timed("export feedback (CSV)", lambda: export_table(session, "feedback", out))
            table = read_table(out)
            mapping = feedback_mapping(table, [], likert_table())
            summary = timed(
                "re-import the export (all recognised)",
                lambda: run_import(db, "feedback", table, mapping, ImportOptions()),
            )
            print(f"  added {summary.added:,}, unchanged {summary.unchanged:,}")  # type: ignore[attr-defined]
            with db.reading() as session:
                result = timed("feedback_summary, cold", lambda: feedback_summary(session))
                timed(
                    "feedback_summary, warm (cached sentiment)", lambda: feedback_summary(session)
                )
                top = result.courses[0].code  # type: ignore[attr-defined]
                timed(f"course_comments({top})", lambda: course_comments(session, top))
                timed("sentiment_by_month (all)", lambda: sentiment_by_month(session))
                report = timed("weak_courses", lambda: weak_courses(session, dt.date(2026, 6, 30)))
                print(f"  weak courses: {len(report.courses):,}")  # type: ignore[attr-defined]
        finally:
            db.close()


if __name__ == "__main__":
    main()
