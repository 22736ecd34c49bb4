"""`similar` and `recommend`: many codes per call, one result block (or JSON line) each."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.messages import Message, msg
from desktop.cli_support import positive_int

if TYPE_CHECKING:  # the recommender (numpy, scikit-learn) loads only when a command runs
    from core.recommend.results import Scored

EXIT_OK, EXIT_REFUSED = 0, 3


def add_recommend_commands(commands: Any) -> None:
    similar = commands.add_parser("similar", help="courses most like the given courses")
    similar.add_argument("courses", nargs="+", metavar="COURSE", help="course codes")
    similar.add_argument("--top", type=positive_int, default=10, metavar="K")
    similar.add_argument("--json", action="store_true")
    recommend = commands.add_parser("recommend", help="what each learner should take next")
    recommend.add_argument("learners", nargs="+", metavar="LEARNER", help="employee ids or emails")
    recommend.add_argument("--top", type=positive_int, default=10, metavar="K")
    recommend.add_argument("--json", action="store_true")


def cmd_similar(args: argparse.Namespace, db_path: Path) -> int:
    from core.database import open_database
    from core.recommend import content_model, find_course, load_catalog, similar_to

    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            catalog = load_catalog(session)
    finally:
        opened.db.close()
    model = content_model(catalog.courses)
    missing = 0
    for code in args.courses:
        col = find_course(model, code)
        if col is None:
            missing += 1
            _unknown(
                args,
                "course",
                {"code": code, "title": None},
                msg("recommend.unknown_course", course=code),
            )
            continue
        doc = catalog.courses[col]
        _print_block(
            args,
            "course",
            {"code": doc.code, "title": doc.title},
            similar_to(catalog, model, col, args.top),
        )
    return EXIT_REFUSED if missing else EXIT_OK


def cmd_recommend(args: argparse.Namespace, db_path: Path) -> int:
    from core.database import open_database
    from core.recommend import build_recommender, find_person, recommend_for

    opened = open_database(db_path, write=False, must_exist=True)
    try:
        with opened.db.reading() as session:
            engine = build_recommender(session)
    finally:
        opened.db.close()
    missing = 0
    for learner in args.learners:
        person = find_person(engine, learner)
        head = {"employee_id": learner, "name": None}
        if person is None:
            missing += 1
            _unknown(args, "learner", head, msg("recommend.unknown_learner", learner=learner))
            continue
        head = {"employee_id": person.employee_id, "name": person.name}
        _print_block(args, "learner", head, recommend_for(engine, person, args.top))
    return EXIT_REFUSED if missing else EXIT_OK


def _unknown(args: argparse.Namespace, kind: str, head: dict[str, Any], message: Message) -> None:
    # JSON keeps one line per code asked, so a reader can zip answers with questions.
    if args.json:
        print(
            json.dumps({kind: head, "results": [], "error": message.as_json()}, ensure_ascii=False)
        )
    print(f"training-desk: {message.text()}", file=sys.stderr)


def _print_block(
    args: argparse.Namespace, kind: str, head: dict[str, Any], results: list[Scored]
) -> None:
    if args.json:
        body = {kind: head, "results": [r.as_json() for r in results]}
        print(json.dumps(body, ensure_ascii=False))
        return
    label = head.get("code") or head.get("employee_id")
    print(f"{label} — {head.get('title') or head.get('name')}")
    for rank, result in enumerate(results, start=1):
        print(f"  {rank:2d}. {result.code}  {result.title}  ({result.score:.3f})")
        for reason in result.reasons:
            print(f"        · {reason.text()}")
