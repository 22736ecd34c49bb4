"""`training-desk segments [--k auto|N] [--seed S] [--as-of DATE] [--json]`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.messages import msg
from desktop.cli_support import iso_date, read_file

if TYPE_CHECKING:  # numpy and scikit-learn load only when the command runs
    from core.analytics.segments import SegmentResult

EXIT_OK = 0
MIN_K, MAX_K = 2, 8  # as core.analytics.segment_cluster.K_RANGE, without importing numpy


def _k(text: str) -> int | None:
    if text == "auto":
        return None
    if not text.isdigit() or not MIN_K <= int(text) <= MAX_K:
        raise argparse.ArgumentTypeError(f"'{text}' is not 'auto' or a number from 2 to 8")
    return int(text)


def add_commands(commands: Any) -> None:
    """Adds this module's sub-commands to the top-level parser."""
    parser = commands.add_parser("segments", help="group learners by how they learn")
    parser.add_argument(
        "--k", type=_k, default=None, metavar="auto|N",
        help="number of segments (default auto: chosen by silhouette over 2-8)",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="clustering seed")
    parser.add_argument(
        "--as-of", type=iso_date, default=None, metavar="DATE",
        help="the day to measure from (default: the file's latest activity)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true")


def cmd_segments(args: argparse.Namespace, db_path: Path) -> int:
    from core.analytics.segments import segment_learners

    result = read_file(
        db_path,
        lambda session: segment_learners(session, k=args.k, seed=args.seed, as_of=args.as_of),
    )
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False))
    else:
        print_result(result)
    return EXIT_OK


def result_json(result: SegmentResult) -> dict[str, Any]:
    """One object: the choice of k, the segments, and every person's segment and place."""
    return {
        "k": result.k,
        "chosen_by": result.chosen_by,
        "silhouette": round(result.silhouette, 4),
        "silhouettes": {str(k): round(v, 4) for k, v in (result.silhouettes or {}).items()},
        "as_of": result.as_of.isoformat() if result.as_of else None,
        "left_out": result.left_out,
        "segments": [
            {
                "index": s.index,
                "key": s.key,
                "name": s.name.text("en"),
                "size": s.size,
                "distinctive": [d.as_json() for d in s.distinctive],
                "action": s.action.as_json(),
                "profile": {name: round(value, 4) for name, value in s.profile.items()},
            }
            for s in result.segments
        ],
        "overall": {name: round(value, 4) for name, value in result.catalog_profile.items()},
        "people": [
            {
                "employee_id": p.employee_id,
                "segment": p.segment,
                "x": round(p.x, 4),
                "y": round(p.y, 4),
            }
            for p in result.people
        ],
    }


def print_result(result: SegmentResult) -> None:
    total = sum(s.size for s in result.segments)
    print(result.summary.text())
    for segment in result.segments:
        print()
        share = segment.size / total if total else 0.0
        header = msg("segment.cli.header", name=segment.name.text(), size=segment.size, share=share)
        print(f"{segment.index}. {header.text()}")
        for line in segment.distinctive:
            print(f"   · {line.text()}")
        print(f"   {msg('segment.cli.action', action=segment.action.text()).text()}")
    if result.left_out:
        print()
        print(msg("segment.left_out", count=result.left_out).text())


COMMANDS: dict[str, Callable[..., int]] = {"segments": cmd_segments}
