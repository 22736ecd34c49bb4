"""`risk`: open assignments by their chance of being missed, with the factors behind it.

Readable output: the method line first, then one line per assignment. ``--json``: one
object ``{method, method_note, trained_on, auc, as_of, rows: [...]}`` (see README).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.messages import msg
from desktop.cli_support import iso_date, positive_int, read_file

if TYPE_CHECKING:
    from core.analytics.risk import RiskReport, RiskRow

EXIT_OK = 0


def add_commands(commands: Any) -> None:
    """Adds this module's sub-commands to the top-level parser."""
    risk = commands.add_parser(
        "risk", help="open assignments most likely to be missed, with the reasons"
    )
    risk.add_argument(
        "--top", type=positive_int, default=None, metavar="N", help="only the first N"
    )
    risk.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="score as of DATE (default: today)",
    )
    risk.add_argument("--json", action="store_true")


def cmd_risk(args: argparse.Namespace, db_path: Path) -> int:
    from core.analytics.risk import score_open_assignments

    report = read_file(db_path, lambda session: score_open_assignments(session, as_of=args.as_of))
    rows = report.rows[: args.top] if args.top else report.rows
    if args.json:
        print(json.dumps(report_json(report, rows), ensure_ascii=False))
    else:
        print_report(report, rows)
    return EXIT_OK


def row_json(row: RiskRow) -> dict[str, Any]:
    return {
        "assignment_id": row.assignment_id,
        "employee_id": row.employee_id,
        "name": row.name,
        "department": row.department,
        "course_code": row.course_code,
        "course_title": row.course_title,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "mandatory": row.mandatory,
        "percent": row.percent,
        "overdue_days": row.overdue_days,
        "probability": row.probability,
        "factors": [factor.as_json() for factor in row.factors],
    }


def report_json(report: RiskReport, rows: list[RiskRow]) -> dict[str, Any]:
    return {
        "method": report.method,
        "method_note": report.method_note.as_json(),
        "trained_on": report.trained_on,
        "auc": None if report.auc is None else round(report.auc, 4),
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "total": len(report.rows),
        "rows": [row_json(row) for row in rows],
    }


def print_report(report: RiskReport, rows: list[RiskRow]) -> None:
    print(report.method_note.text())
    as_of = report.as_of.isoformat() if report.as_of else "-"
    print(msg("risk.cli.header", count=len(report.rows), as_of=as_of).text())
    print(msg("risk.cli.columns").text())
    for row in rows:
        due = row.due_date.isoformat() if row.due_date else "-"
        person = f"{row.name} ({row.employee_id})"
        course = f"{row.course_code} {row.course_title}"
        factors = "; ".join(factor.text() for factor in row.factors)
        print(f"{person} | {course} | {due} | {row.probability:4.0%} | {factors}")


# Command name → handler(args, db_path) → exit code; desktop/cli.py registers them.
COMMANDS: dict[str, Callable[..., int]] = {"risk": cmd_risk}
