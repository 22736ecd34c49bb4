"""``python -m core.recommend.evaluate [DATA_DIR]``: how good are the recommendations?

1. Similar courses on edX (relevance = same subject, the subject never reaches the model):
   mean NDCG@10 and P@10 for Training Desk, plain TF-IDF and random, in the same run.
2. Person recommendations on the demo: leave-one-out hit rate @10 against a popularity
   baseline, catalog coverage and popularity bias.

``--catalog FILE --label COLUMN`` runs the similarity test on any other labelled catalog
instead (see core.recommend.evaluate_catalog), e.g. a Chinese catalog labelled by topic, or
one labelled by the skills its courses teach (``--label-separator ";"``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.recommend.evaluate_people import evaluate_demo
from core.recommend.evaluate_similarity import evaluate_edx

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def _say(line: str) -> None:
    # The command's output is the report itself.
    sys.stdout.write(line + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.recommend.evaluate")
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, metavar="DATA_DIR")
    parser.add_argument("--skip-demo", action="store_true", help="only the edX similarity test")
    parser.add_argument(
        "--catalog", type=Path, metavar="FILE", help="a labelled catalog (CSV/XLSX)"
    )
    parser.add_argument("--label", metavar="COLUMN", help="its label column (with --catalog)")
    parser.add_argument("--label-separator", metavar="SEP", help="several labels per course")
    args = parser.parse_args(argv)
    if args.catalog is not None:
        if not args.label:
            parser.error("--catalog needs --label COLUMN")
        return _catalog_file(args.catalog, args.label, args.label_separator)
    _say("Similar courses — edX, relevance = same subject (label hidden from the model)")
    _say(f"  {'model':<16}{'NDCG@10':>9}{'P@10':>8}")
    for row in evaluate_edx(args.data):
        _say(f"  {row.name:<16}{row.ndcg:>9.3f}{row.precision:>8.3f}")
    if args.skip_demo:
        return 0
    _say("Person recommendations — demo data, leave one out (latest completion hidden)")
    _say(f"  {'model':<16}{'hit@10':>8}{'coverage':>10}{'pop. bias':>11}{'people':>8}")
    for fig in evaluate_demo():
        _say(
            f"  {fig.name:<16}{fig.hit_rate:>8.3f}{fig.coverage:>10.3f}"
            f"{fig.popularity_bias:>11.3f}{fig.people:>8}"
        )
    return 0


def _catalog_file(path: Path, label: str, separator: str | None) -> int:
    from core.recommend.evaluate_catalog import CatalogFileError, evaluate_catalog_file

    try:
        figures = evaluate_catalog_file(path, label, separator)
    except CatalogFileError as error:
        sys.stderr.write(f"{path}: {error}\n")
        return 2
    _say(f"Similar courses — {path.name}, relevance = shared {label} (label hidden from the model)")
    _say(f"  {'model':<26}{'NDCG@10':>9}{'P@10':>8}")
    for row in figures:
        _say(f"  {row.name:<26}{row.ndcg:>9.3f}{row.precision:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
