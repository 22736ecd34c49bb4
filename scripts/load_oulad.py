"""Load the Open University Learning Analytics Dataset (OULAD) through ``training-desk import``.

    .venv/bin/python scripts/load_oulad.py --db oulad.db [--data ../shared/data/oulad]
        [--work DIR] [--prepare-only]

Step 1 (preparation) turns OULAD's tables into four files in the import layouts:

    learners.csv     one row per student: employee_id = id_student, name "Student <id>"
                     (OULAD has no names)
    courses.csv      one course per module × presentation, code "AAA-2013J"; a "B"
                     presentation starts on 1 February, a "J" one on 1 October of its year
    progress.csv     one row per student × presentation (studentInfo + studentRegistration):
                     Pass/Distinction → completed, Fail → failed, Withdrawn → withdrawn;
                     started = the registration day, completed = the presentation's last day
                     (for completed and failed), due = the presentation's last day
    assessments.csv  one activity event ("attempted") per assessment result, on the day it
                     was submitted, with its score (blank when OULAD has none) and an
                     event_id "oulad-<assessment>-<student>" so a second load adds nothing

OULAD dates are days from the presentation's start; the files carry real dates.

Step 2 runs the documented command sequence (printed as it goes; ``--prepare-only`` prints
it without running it):

    training-desk --db DB import learners    WORK/learners.csv
    training-desk --db DB import courses     WORK/courses.csv
    training-desk --db DB import progress    WORK/progress.csv
    training-desk --db DB import progress    WORK/assessments.csv
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shlex
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "oulad"
STATUS_OF = {"Pass": "completed", "Distinction": "completed", "Fail": "failed",
             "Withdrawn": "withdrawn"}  # fmt: skip
START_MONTH = {"B": 2, "J": 10}
STEPS = (
    ("learners", "learners.csv"),
    ("courses", "courses.csv"),
    ("progress", "progress.csv"),
    ("progress", "assessments.csv"),
)


def presentation_start(presentation: str) -> dt.date:
    """ "2013J" starts on 2013-10-01, "2014B" on 2014-02-01."""
    return dt.date(int(presentation[:4]), START_MONTH[presentation[4]], 1)


def course_code(module: str, presentation: str) -> str:
    return f"{module}-{presentation}"


def _day(start: dt.date, offset: str) -> str:
    """OULAD's day offset from the start as an ISO date; "?" (unknown) stays blank."""
    offset = offset.strip()
    if not offset or offset == "?":
        return ""
    return (start + dt.timedelta(days=int(float(offset)))).isoformat()


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _presentations(data: Path) -> dict[tuple[str, str], tuple[dt.date, int]]:
    """(module, presentation) → (start day, length in days)."""
    return {
        (r["code_module"], r["code_presentation"]): (
            presentation_start(r["code_presentation"]),
            int(r["module_presentation_length"]),
        )
        for r in _rows(data / "courses.csv")
    }


def prepare(data: Path, work: Path) -> dict[str, int]:
    """Write the four import files into ``work``; rows written per file."""
    work.mkdir(parents=True, exist_ok=True)
    courses = _presentations(data)
    counts = {"courses.csv": _write(
        work / "courses.csv",
        ("code", "title", "description", "category", "format", "language"),
        (
            (course_code(m, p), f"OU module {m} ({p})",
             f"Open University module {m}, presentation {p}: {length} days from {start}.",
             "OULAD", "online", "en")
            for (m, p), (start, length) in sorted(courses.items())
        ),
    )}  # fmt: skip
    info = list(_rows(data / "studentInfo.csv"))
    students = sorted({r["id_student"] for r in info}, key=int)
    counts["learners.csv"] = _write(
        work / "learners.csv", ("employee_id", "name"), ((s, f"Student {s}") for s in students)
    )
    counts["progress.csv"] = _write(
        work / "progress.csv",
        ("employee_id", "course", "status", "started", "completed", "due"),
        _progress_rows(data, info, courses),
    )
    counts["assessments.csv"] = _write(
        work / "assessments.csv",
        ("employee_id", "course", "activity", "date", "score", "event_id"),
        _assessment_rows(data, courses),
    )
    return counts


def _progress_rows(
    data: Path, info: list[dict[str, str]], courses: dict[tuple[str, str], tuple[dt.date, int]]
) -> Iterable[tuple[str, ...]]:
    registered = {
        (r["code_module"], r["code_presentation"], r["id_student"]): r["date_registration"]
        for r in _rows(data / "studentRegistration.csv")
    }
    for r in info:
        key = (r["code_module"], r["code_presentation"])
        start, length = courses[key]
        status = STATUS_OF[r["final_result"]]
        last_day = _day(start, str(length))
        yield (
            r["id_student"],
            course_code(*key),
            status,
            _day(start, registered.get((*key, r["id_student"]), "?")),
            last_day if status in ("completed", "failed") else "",
            last_day,
        )


def _assessment_rows(
    data: Path, courses: dict[tuple[str, str], tuple[dt.date, int]]
) -> Iterable[tuple[str, ...]]:
    of_assessment = {
        r["id_assessment"]: (r["code_module"], r["code_presentation"])
        for r in _rows(data / "assessments.csv")
    }
    for r in _rows(data / "studentAssessment.csv"):
        key = of_assessment[r["id_assessment"]]
        score = r["score"].strip()
        yield (
            r["id_student"],
            course_code(*key),
            "attempted",
            _day(courses[key][0], r["date_submitted"]),
            "" if score == "?" else score,
            f"oulad-{r['id_assessment']}-{r['id_student']}",
        )


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def commands(db: Path, work: Path) -> list[list[str]]:
    """The ``training-desk`` arguments of each import step, in order."""
    return [["--db", str(db), "import", kind, str(work / name)] for kind, name in STEPS]


def load(db: Path, data: Path, work: Path) -> dict[str, float]:
    """Prepare, then run the import commands in this process; seconds per step."""
    from desktop.app import main

    timings: dict[str, float] = {}
    began = time.perf_counter()
    prepare(data, work)
    timings["prepare"] = time.perf_counter() - began
    for args in commands(db, work):
        _say("training-desk " + shlex.join(args))
        began = time.perf_counter()
        code = main(args)
        timings[Path(args[-1]).name] = time.perf_counter() - began
        if code != 0:
            raise SystemExit(f"import failed with exit code {code}: {shlex.join(args)}")
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--work", type=Path, help="folder for the prepared files")
    parser.add_argument("--prepare-only", action="store_true")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="oulad-"))
    if args.prepare_only:
        for name, count in prepare(args.data, work).items():
            _say(f"{work / name}: {count} rows")
        for step in commands(args.db, work):
            _say("training-desk " + shlex.join(step))
        return 0
    began = time.perf_counter()
    timings = load(args.db, args.data, work)
    for step, seconds in timings.items():
        _say(f"{step}: {seconds:.1f} s")
    _say(f"total: {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
