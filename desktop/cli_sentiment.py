"""`training-desk sentiment [TEXT ... | --file FILE] [--json]`: the sentiment of comments.

One result per comment, in order; with --file one per line (an empty line is neutral 0.0).
Needs no database: the company model is used only when the --db file exists and holds
enough rated comments.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import AppError, InputRefused
from core.messages import Message, msg

if TYPE_CHECKING:  # the sentiment package loads only when the command runs
    from core.sentiment import CompanyModel

EXIT_OK, EXIT_USAGE = 0, 2
STDIN = "-"


def add_commands(commands: Any) -> None:
    """Adds this module's sub-commands to the top-level parser."""
    parser = commands.add_parser(
        "sentiment", help="positive / neutral / negative, with a score in [-1, 1], per comment"
    )
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="comments to analyse")
    parser.add_argument(
        "--file",
        type=Path,
        metavar="FILE",
        help="a text file with one comment per line (UTF-8, UTF-8 with BOM or GB18030; - reads "
        "standard input)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per comment")


def read_lines(path: Path) -> list[str]:
    """The file's lines, decoded as imports decode CSV files; InputRefused when unreadable."""
    from core.importing.decoding import decode

    try:
        data = sys.stdin.buffer.read() if str(path) == STDIN else path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InputRefused(
            msg("sentiment.unreadable_file", file=str(path), reason=reason)
        ) from None
    text, _ = decode(path, data, None)
    return text.splitlines()


def _model(db_path: Path) -> tuple[CompanyModel | None, Message | None]:
    """The company model of an existing database file, and a note saying what was used."""
    if not db_path.is_file():
        return None, None
    from core.database import open_database
    from core.sentiment import company_model

    try:
        opened = open_database(db_path, write=False, must_exist=True)
    except AppError as error:
        return None, msg("sentiment.no_model", path=str(db_path), reason=str(error))
    try:
        with opened.db.reading() as session:
            model = company_model(session)
    finally:
        opened.db.close()
    if model is None:
        return None, None
    return model, msg("sentiment.method_model", count=model.trained_on, path=str(db_path))


def cmd_sentiment(args: Any, db_path: Path) -> int:
    if args.texts and args.file is not None:
        print(f"training-desk: {msg('sentiment.both_inputs').text()}", file=sys.stderr)
        return EXIT_USAGE
    if not args.texts and args.file is None:
        print(f"training-desk: {msg('sentiment.no_input').text()}", file=sys.stderr)
        return EXIT_USAGE
    texts = list(args.texts) if args.texts else read_lines(args.file)
    from core.sentiment import analyse

    model, note = _model(db_path)
    results = analyse(texts, model)
    if args.json:
        for text, result in zip(texts, results, strict=True):
            row = {"text": text, "label": result.label, "score": result.score}
            print(json.dumps(row, ensure_ascii=False))
        return EXIT_OK
    print((note or msg("sentiment.method_lexicon")).text())
    for text, result in zip(texts, results, strict=True):
        label = msg(f"sentiment.label.{result.label}").text()
        print(f"{label:<9} {result.score:+.2f}  {text}")
    return EXIT_OK


COMMANDS: dict[str, Callable[..., int]] = {"sentiment": cmd_sentiment}
