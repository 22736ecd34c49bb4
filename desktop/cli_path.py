"""``training-desk path``: a learning plan for one person, printed or assigned."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

from core.errors import AppError
from core.messages import msg
from core.path_plan import Plan, PlanStep
from desktop.cli_support import iso_date

_TITLE_WIDTH = 40


def _skill_levels(text: str) -> dict[str, int]:
    from core.pathbuilder import parse_skill_levels

    try:
        return parse_skill_levels(text)
    except AppError as error:  # a malformed list is a usage error: exit 2 with the reason
        raise argparse.ArgumentTypeError(str(error)) from None


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0:
        raise argparse.ArgumentTypeError(msg("pathplan.bad_hours", value=text).text())
    return value


def _budget(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value >= 0:
        raise argparse.ArgumentTypeError(msg("pathplan.bad_budget", value=text).text())
    return value


def add_path_command(commands: Any) -> None:
    from core.pathbuilder import DEFAULT_HOURS_PER_WEEK

    path = commands.add_parser(
        "path", help="build a learning path closing a person's skill gaps; optionally assign it"
    )
    path.add_argument("learner", metavar="LEARNER", help="employee ID or email")
    target = path.add_mutually_exclusive_group(required=True)
    target.add_argument("--role", metavar="ROLE", help="the target role's name or code")
    target.add_argument(
        "--skills", type=_skill_levels, metavar="SKILL=LEVEL,...", help="e.g. SQL=3,Excel=2"
    )
    path.add_argument(
        "--hours-per-week",
        type=_hours,
        default=DEFAULT_HOURS_PER_WEEK,
        metavar="H",
        help=f"hours a week the person can spend (default {DEFAULT_HOURS_PER_WEEK:g})",
    )
    path.add_argument("--budget", type=_budget, metavar="B", help="in the base currency")
    path.add_argument("--start", type=iso_date, metavar="DATE", help="YYYY-MM-DD (default: today)")
    path.add_argument("--assign", action="store_true", help="assign the plan's courses")
    path.add_argument("--json", action="store_true")


def _money(value: float) -> str:
    return f"{value:.2f}"


def _step_json(step: PlanStep) -> dict[str, Any]:
    return {
        "code": step.code,
        "title": step.title,
        "start": step.start.isoformat(),
        "due": step.end.isoformat(),
        "hours": step.hours,
        "cost": round(step.cost, 2),
        "reasons": [reason.text() for reason in step.reasons],
    }


def plan_json(plan: Plan, currency: str) -> dict[str, Any]:
    """The plan as the one JSON object ``path --json`` prints (shape in the README)."""
    return {
        "learner": plan.employee_id,
        "target": plan.target,
        "start": plan.start.isoformat(),
        "hours_per_week": plan.hours_per_week,
        "budget": plan.budget,
        "currency": currency,
        "steps": [_step_json(step) for step in plan.steps],
        "total": {"cost": round(plan.total_cost, 2), "hours": plan.total_hours},
        "open_gaps": [
            {
                "skill": gap.skill,
                "target": gap.target,
                "current": gap.current,
                "reached": gap.reached,
                "reason": gap.reason.text(),
            }
            for gap in plan.open_gaps
        ],
        "notes": [note.text() for note in plan.notes],
    }


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [
            cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=False)
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def print_plan(plan: Plan, name: str, currency: str) -> None:
    heading = msg(
        "pathplan.heading",
        person=plan.employee_id,
        name=name,
        target=plan.target,
        start=plan.start.isoformat(),
        hours=f"{plan.hours_per_week:g}",
    )
    print(heading.text())
    if plan.steps:
        rows = [msg("pathplan.columns").text().split("|")]
        for number, step in enumerate(plan.steps, start=1):
            title = step.title if len(step.title) <= _TITLE_WIDTH else step.title[:39] + "…"
            why = "; ".join(reason.text() for reason in step.reasons)
            rows.append(
                [
                    str(number),
                    step.code,
                    title,
                    step.start.isoformat(),
                    step.end.isoformat(),
                    f"{step.hours:g}",
                    _money(step.cost),
                    why,
                ]
            )
        print("\n".join(_table(rows)))
        summary = msg(
            "pathplan.summary",
            steps=len(plan.steps),
            hours=f"{plan.total_hours:g}",
            cost=_money(plan.total_cost),
            currency=currency,
            end=plan.end.isoformat() if plan.end else "",
        )
        print(summary.text())
    else:
        print(msg("pathplan.nothing_needed").text())
    if plan.budget is not None and plan.budget_left is not None:
        left = _money(plan.budget_left)
        budget = msg(
            "pathplan.budget_line", budget=_money(plan.budget), left=left, currency=currency
        )
        print(budget.text())
    if plan.open_gaps:
        print(msg("pathplan.open_heading").text())
        for gap in plan.open_gaps:
            print(f"  - {gap.reason.text()}")
    for note in plan.notes:  # courses left out, e.g. a price with no exchange rate
        print(f"! {note.text()}")


def cmd_path(args: argparse.Namespace, db_path: Path) -> int:
    """Build the plan (read-only), print it, and with ``--assign`` create the assignments."""
    from core.changes import perform
    from core.database import open_database
    from core.pathbuilder import PathRequest, assign_plan, build_plan, person_name
    from core.settings import load_settings

    today = dt.date.today()
    request = PathRequest(
        args.learner,
        role=args.role,
        skills=args.skills,
        hours_per_week=args.hours_per_week,
        budget=args.budget,
        start=args.start,
    )
    opened = open_database(db_path, write=args.assign, must_exist=True)
    try:
        with opened.db.reading() as session:
            plan = build_plan(session, request, today)
            currency = load_settings(session).base_currency
            name = person_name(session, plan.employee_id)
        result = None
        if args.assign:
            result, _ = perform(
                opened.db, "Assign learning path", lambda s: assign_plan(s, plan, today)
            )
    finally:
        opened.db.close()
    if args.json:
        data = plan_json(plan, currency)
        if result is not None:
            data["assigned"] = {
                "created": result.created,
                "skipped_done": [code for _, code in result.skipped_done],
                "skipped_assigned": [code for _, code in result.skipped_assigned],
            }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print_plan(plan, name, currency)
    if result is not None:
        skipped = len(result.skipped_done) + len(result.skipped_assigned)
        done = msg(
            "pathplan.assigned", created=result.created, person=plan.employee_id, skipped=skipped
        )
        print(done.text())
    return 0
