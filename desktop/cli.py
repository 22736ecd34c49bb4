"""The command line: the second face of the same core. Exit codes follow PRODUCT.md.

0 ok · 1 anything else · 2 usage error (argparse) · 3 the input was refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import AppError
from core.messages import Message, msg
from desktop import cli_feedback, cli_report, cli_risk, cli_segments, cli_sentiment
from desktop.cli_path import add_path_command, cmd_path
from desktop.cli_recommend import add_recommend_commands, cmd_recommend, cmd_similar
from desktop.cli_support import iso_date, positive_int

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3


def build_parser(version: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="training-desk",
        description="Training Desk: courses, people, progress and plans in one local file. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Training Desk {version}")
    parser.add_argument("--db", type=Path, help="database file (default: your data folder)")
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="interface language")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (demo data, recommendation, segments, "
        "sentiment, a PDF, the window offscreen); exits 0 when all steps pass",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a demo company into the database")
    demo.add_argument("--learners", type=positive_int, default=120, metavar="N")
    demo.add_argument("--courses", type=positive_int, default=80, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="the demo's 'today' (YYYY-MM-DD); default: today",
    )
    demo.add_argument(
        "--replace",
        action="store_true",
        help="replace a file that holds your own data (it is backed up first)",
    )
    demo.add_argument("--json", action="store_true")

    check = commands.add_parser("check", help="integrity and foreign-key check")
    check.add_argument("--json", action="store_true")

    backup = commands.add_parser("backup", help="write a verified backup")
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write it (default: the rotating backups folder)",
    )
    backup.add_argument("--json", action="store_true")

    restore = commands.add_parser("restore", help="restore the database from a backup file")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--json", action="store_true")
    _add_import_export(commands)
    add_path_command(commands)
    add_recommend_commands(commands)
    for module in _COMMAND_MODULES:
        module.add_commands(commands)
    return parser


IMPORT_KINDS = ("courses", "learners", "roles", "progress", "feedback")


def _add_import_export(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help="import courses, learners, roles, progress or feedback from a CSV or XLSX file, "
        "or xAPI statements (JSON or JSON-lines)",
    )
    importing.add_argument("kind", choices=(*IMPORT_KINDS, "xapi"))
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="map a field to a header or a column number (from 1); FIELD= unmaps it",
    )
    importing.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    importing.add_argument("--encoding", metavar="ENC", help="the CSV file's text encoding")
    importing.add_argument("--date-format", metavar="FMT", help="e.g. %%d/%%m/%%Y")
    importing.add_argument(
        "--course", metavar="COURSE", help="feedback: the course the whole file is about"
    )
    importing.add_argument(
        "--likert",
        action="append",
        default=[],
        metavar="ANSWER=N",
        help="feedback: rate a survey answer the Likert table does not know (N from 1 to 5)",
    )
    importing.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    importing.add_argument(
        "--skip-invalid", action="store_true", help="write the valid rows, list the others"
    )
    importing.add_argument("--json", action="store_true")

    exporting = commands.add_parser(
        "export", help="export courses, learners, roles, progress, feedback or the skills matrix"
    )
    exporting.add_argument("kind", choices=(*IMPORT_KINDS, "matrix"))
    exporting.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    exporting.add_argument("--json", action="store_true")


def _db_path(args: argparse.Namespace) -> Path:
    from core.userdirs import default_db_path

    return Path(args.db) if args.db else default_db_path()


def _say(args: argparse.Namespace, message: Message, data: dict[str, Any] | None = None) -> None:
    if getattr(args, "json", False):
        print(json.dumps({**message.as_json(), **(data or {})}, ensure_ascii=False))
    else:
        print(message.text())


def _cmd_demo(args: argparse.Namespace) -> int:
    from core.database import open_database
    from core.demo import DemoParams, generate_demo

    opened = open_database(_db_path(args))
    try:
        params = DemoParams(
            learners=args.learners,
            courses=args.courses,
            seed=args.seed,
            as_of=args.as_of or dt.date.today(),
        )
        summary = generate_demo(opened.db, params, replace_user_data=args.replace)
    finally:
        opened.db.close()
    if summary.backup is not None and not args.json:
        print(msg("demo.backed_up", path=str(opened.db.path), backup=str(summary.backup)).text())
    _say(
        args,
        msg(
            "demo.done",
            path=str(opened.db.path),
            people=summary.people,
            courses=summary.courses,
            events=summary.events,
            seed=params.seed,
            as_of=params.as_of.isoformat(),
        ),
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from core.database import check_database

    report = check_database(_db_path(args))
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(report.path),
                    "ok": report.ok,
                    "problems": report.problems,
                    "counts": report.counts,
                },
                ensure_ascii=False,
            )
        )
    else:
        code = "check.ok" if report.ok else "check.failed"
        print(msg(code, path=str(report.path), count=len(report.problems)).text())
        for problem in report.problems:
            print(f"  - {problem}")
        for table, count in report.counts.items():
            print(f"  {msg('count.' + table).text()}: {count}")
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_backup(args: argparse.Namespace) -> int:
    from core.database import backup_now, open_database

    opened = open_database(_db_path(args), write=False, must_exist=True)
    try:
        written = backup_now(opened.db, dest=args.output)
    finally:
        opened.db.close()
    _say(args, msg("backup.done", path=str(written)), {"path": str(written)})
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from core.database import restore_backup

    path = _db_path(args)
    result = restore_backup(path, args.file)
    safety = str(result.safety_backup) if result.safety_backup else "-"
    _say(
        args,
        msg("restore.done", path=str(path), backup=str(args.file), safety=safety),
        {"path": str(path), "safety_backup": safety},
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from core.database import open_database
    from core.importing import run_import
    from desktop.cli_import import import_xapi, print_summary, read_request

    if args.kind == "xapi":  # statements, not a table: their own reader
        return import_xapi(args, lambda: open_database(_db_path(args)).db)
    # The file is read and mapped first: a refused file never creates or touches a database.
    kind, table, mapping, options = read_request(args)
    opened = open_database(_db_path(args))
    try:
        summary = run_import(opened.db, kind, table, mapping, options)
    finally:
        opened.db.close()
    print_summary(args, summary)
    return EXIT_REFUSED if summary.refused else EXIT_OK


def _cmd_path(args: argparse.Namespace) -> int:
    return cmd_path(args, _db_path(args))


def _cmd_export(args: argparse.Namespace) -> int:
    from core.database import open_database
    from core.importing import export_table

    opened = open_database(_db_path(args), write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            if args.kind == "matrix":  # coloured cells: its own writer (XLSX only)
                from core.skills_matrix import export_matrix

                count = export_matrix(session, args.file)
            else:
                count = export_table(session, args.kind, args.file)
    finally:
        opened.db.close()
    _say(
        args,
        msg("export.done", count=count, kind=args.kind, file=str(args.file)),
        {"kind": args.kind, "file": str(args.file), "rows": count},
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "import": _cmd_import,
    "export": _cmd_export,
    "path": _cmd_path,
    "similar": lambda args: cmd_similar(args, _db_path(args)),
    "recommend": lambda args: cmd_recommend(args, _db_path(args)),
}


# Areas that keep their commands in a module of their own: each has ``add_commands(parser)``
# and ``COMMANDS`` (name → handler(args, db_path)).
_COMMAND_MODULES = (cli_segments, cli_sentiment, cli_feedback, cli_risk, cli_report)


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    if command in COMMANDS:
        return COMMANDS[command]
    for module in _COMMAND_MODULES:
        if command in module.COMMANDS:
            handler = module.COMMANDS[command]
            return lambda args: handler(args, _db_path(args))
    raise KeyError(command)


def run_command(args: argparse.Namespace) -> int:
    try:
        return _handler(args.command)(args)
    except AppError as error:
        if getattr(args, "json", False):
            print(json.dumps({"error": error.message.as_json()}, ensure_ascii=False))
        print(f"training-desk: {error}", file=sys.stderr)
        return error.exit_code
