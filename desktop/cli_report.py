"""``training-desk report``: training plans, transcripts, compliance, department and course
quality reports as PDF (plans for a department or role also as a ZIP of PDFs).

``report plan (LEARNER | --department DEPT | --role ROLE) -o FILE.pdf|FILE.zip`` and
``report {department DEPT | courses | compliance | transcript LEARNER} -o FILE.pdf``.
``--as-of DATE`` prints as of that day (default today). ``--json`` prints
``{"file", "pages", "items"}``. Exit codes: 0 written, 2 bad arguments or output name,
3 an unknown person, department or role (nothing written), 1 anything else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.messages import msg
from desktop.cli_support import iso_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.reports.base import ReportResult

EXIT_OK, EXIT_USAGE = 0, 2
KINDS = ("plan", "department", "courses", "compliance", "transcript")


def _common(parser: Any) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="YYYY-MM-DD (default: today)"
    )
    parser.add_argument("--json", action="store_true")


def add_commands(commands: Any) -> None:
    """Adds ``report`` and its kinds to the top-level parser."""
    report = commands.add_parser("report", help="print plans and reports to PDF")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    plan = kinds.add_parser("plan", help="training plans: one person, a department or a role")
    who = plan.add_mutually_exclusive_group(required=True)
    who.add_argument("learner", nargs="?", metavar="LEARNER", help="employee ID or email")
    who.add_argument("--department", metavar="DEPT", help="a department's name or code")
    who.add_argument("--role", metavar="ROLE", help="a role's name or code")
    _common(plan)
    department = kinds.add_parser("department", help="a department's training report")
    department.add_argument("department", metavar="DEPT")
    _common(department)
    _common(kinds.add_parser("courses", help="the course quality report"))
    compliance = kinds.add_parser("compliance", help="mandatory training, status and expiry")
    compliance.add_argument("--department", metavar="DEPT", help="only this department")
    _common(compliance)
    transcript = kinds.add_parser("transcript", help="one person's full training history")
    transcript.add_argument("learner", metavar="LEARNER")
    _common(transcript)


def _allowed(args: argparse.Namespace) -> tuple[str, ...]:
    return (".pdf", ".zip") if args.report_kind == "plan" else (".pdf",)


def _writer(args: argparse.Namespace) -> Callable[[Session, Path, dt.date], ReportResult]:
    """The core function that writes this kind of report (imported only when used)."""
    kind = args.report_kind
    if kind == "plan":
        from core.reports.batch import write_plans

        return lambda s, path, day: write_plans(
            s, path, learner=args.learner, department=args.department, role=args.role, today=day
        )
    if kind == "transcript":
        from core.reports.transcript import write_transcript

        return lambda s, path, day: write_transcript(s, args.learner, path, day)
    if kind == "compliance":
        from core.reports.compliance import write_compliance

        return lambda s, path, day: write_compliance(s, path, args.department, day)
    if kind == "department":
        from core.reports.department import write_department

        return lambda s, path, day: write_department(s, args.department, path, day)
    from core.reports.course_quality import write_course_quality

    return lambda s, path, day: write_course_quality(s, path, day)


def cmd_report(args: argparse.Namespace, db_path: Path) -> int:
    from core.database import open_database

    output: Path = args.output
    allowed = _allowed(args)
    if output.suffix.lower() not in allowed:
        bad = msg("report.bad_output", file=str(output), allowed=" / ".join(allowed))
        print(f"training-desk: {bad.text()}", file=sys.stderr)
        return EXIT_USAGE
    write = _writer(args)
    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            result = write(session, output, args.as_of or dt.date.today())
    finally:
        opened.db.close()
    if args.json:
        data = {"file": str(result.path), "pages": result.pages, "items": result.items}
        print(json.dumps(data, ensure_ascii=False))
    elif args.report_kind == "plan" and args.learner is None:
        print(msg("report.batch_written", count=result.items, file=str(result.path)).text())
    else:
        print(msg("report.written", file=str(result.path), pages=result.pages).text())
    return EXIT_OK


COMMANDS: dict[str, Callable[..., int]] = {"report": cmd_report}
