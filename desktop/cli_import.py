"""``training-desk import``: read, map, import, and report every problem with its row."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from core.importing import (
    ColumnMapping,
    ImportOptions,
    ImportSummary,
    RowProblem,
    SourceTable,
    apply_overrides,
    auto_map,
    read_table,
)
from core.messages import msg
from db.session import Database

EXIT_OK, EXIT_REFUSED = 0, 3


def read_request(
    args: argparse.Namespace,
) -> tuple[str, SourceTable, ColumnMapping, ImportOptions]:
    """The table, its mapping and the options the command line asks for."""
    table = read_table(args.file, sheet=args.sheet, encoding=args.encoding)
    likert = _likert(args) if args.kind == "feedback" else None
    if likert is not None:  # survey sheets: questions found from the answers, see README
        from core.importing.feedback_layout import feedback_mapping
        from core.importing.likert import likert_table

        mapping = feedback_mapping(table, args.map, likert_table(likert))
    else:
        mapping = apply_overrides(
            args.kind, table.headers, auto_map(args.kind, table.headers), args.map
        )
    options = ImportOptions(
        date_format=args.date_format,
        course=args.course,
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        likert=likert,
    )
    return args.kind, table, mapping, options


def _likert(args: argparse.Namespace) -> dict[str, int]:
    """The default Likert table plus the ``--likert ANSWER=N`` answers (a bad one: exit 2)."""
    from core.importing.likert import DEFAULT_LIKERT, parse_likert_pairs
    from core.importing.mapping import MappingError
    from core.importing.values import Invalid

    try:
        extra = parse_likert_pairs(getattr(args, "likert", None) or [])
    except Invalid as invalid:
        raise MappingError(invalid.message) from None
    return {**DEFAULT_LIKERT, **extra}


def problem_line(file: str, problem: RowProblem) -> str:
    where = problem.field
    if problem.column != problem.field:
        where = f"{problem.field} ({problem.column})"
    return msg(
        "import.row_problem",
        file=file,
        row=problem.row,
        field=where,
        problem=problem.message.text(),
    ).text()


def summary_json(summary: ImportSummary) -> dict[str, Any]:
    return {
        "kind": summary.kind,
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "refused": summary.refused,
        "dry_run": summary.dry_run,
        "written": summary.written,
        "problems": [problem.as_json() for problem in summary.problems],
        "repeated": [
            {"row": r.row, "first_row": r.first_row, "key": r.key} for r in summary.repeated
        ],
    }


def print_summary(args: argparse.Namespace, summary: ImportSummary) -> None:
    if args.json:
        print(json.dumps(summary_json(summary), ensure_ascii=False))
        return
    file = str(args.file)
    for problem in summary.problems:
        print(problem_line(file, problem), file=sys.stderr)
    for repeat in summary.repeated:
        print(msg("import.repeated", file=file, row=repeat.row, first_row=repeat.first_row,
                  key=repeat.key).text())  # fmt: skip
    if summary.dry_run:
        print(msg("import.dry_run").text())
    elif not summary.written:
        print(msg("import.nothing_written", count=summary.refused).text(), file=sys.stderr)
    counts = {
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "refused": summary.refused,
    }
    print(msg("import.summary", kind=summary.kind, **counts).text())


def import_xapi(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """``import xapi FILE``: the statements' problems are numbered by statement (JSON array)
    or by line (JSON-lines). An unreadable file never creates or touches a database."""
    from core.importing.xapi import run_xapi_import
    from core.importing.xapi_read import read_statements

    statements = read_statements(args.file)
    options = ImportOptions(skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    db = open_db()
    try:
        summary = run_xapi_import(db, args.file, options, statements=statements)
    finally:
        db.close()
    print_summary(args, summary)
    return EXIT_REFUSED if summary.refused else EXIT_OK
