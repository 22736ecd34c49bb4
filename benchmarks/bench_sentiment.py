"""Sentiment at scale: one-off load time, then 200,000 comments (English and Chinese mixed).

    .venv/bin/python benchmarks/bench_sentiment.py [--comments 200000] [--db FILE]

Comments are built from the demo's feedback sentences and the hand-labelled sets, one to
three sentences each, 30% of them in Chinese. Two runs: "as they come" (real feedback
repeats itself: "Good", "还行"; analyse() scores each distinct text once) and "all
distinct" (a number appended to each, so nothing is reused: the worst case). With --db,
also the time to learn the company model from that file's rated comments and to score with
it. Goal: 200k well under a minute. CPU seconds are printed too: on a busy machine the
wall-clock time says more about the neighbours than about this code.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


CHINESE_SHARE = 0.3  # of comments; each comment is in one language, as people write them


def sentence_pools() -> dict[str, list[str]]:
    """Sentences by language: the demo's feedback sentences and the hand-labelled sets."""
    from core.sentiment.datasets import hand_labelled

    with (ROOT / "resources" / "demo" / "feedback.json").open(encoding="utf-8") as handle:
        seeds = json.load(handle)
    pools: dict[str, list[str]] = {}
    for language in ("en", "zh"):
        pool = [
            s for key in ("positive", "neutral", "negative_openers") for s in seeds[key][language]
        ]
        pool += [s for theme in seeds["themes"].values() for s in theme[language]]
        pools[language] = [s for s in pool if s] + hand_labelled(language).texts
    return pools


def make_comments(count: int, distinct: bool, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pools = sentence_pools()
    comments = []
    for index in range(count):
        language = "zh" if rng.random() < CHINESE_SHARE else "en"
        sentences = rng.sample(pools[language], rng.choice((1, 1, 2, 3)))
        text = ("" if language == "zh" else " ").join(sentences)
        comments.append(f"{text} ({index})" if distinct else text)
    return comments


def timed(label: str, texts: list[str], model: object = None) -> None:
    from core.sentiment import analyse

    start, cpu = time.perf_counter(), time.process_time()
    results = analyse(texts, model)  # type: ignore[arg-type]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    shares = {
        k: sum(r.label == k for r in results) / len(results)
        for k in ("positive", "neutral", "negative")
    }
    chinese = sum(any("\u4e00" <= c <= "\u9fff" for c in t) for t in texts) / len(texts)
    print(
        f"{label:<34} {len(texts):>8,} comments ({len(set(texts)):,} distinct, {chinese:.0%} "
        f"with Chinese) in {seconds:6.2f} s = {len(texts) / seconds:>7,.0f}/s (CPU {cpu:.2f} s: "
        f"{len(texts) / cpu:,.0f}/s)  " + " ".join(f"{k} {v:.0%}" for k, v in shares.items())
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="a Training Desk file: also time the company model")
    args = parser.parse_args()

    start = time.perf_counter()
    from core.sentiment import analyse_one

    imported = time.perf_counter()
    analyse_one("Great course")  # VADER and the phrase patterns
    english = time.perf_counter()
    analyse_one("很好的课程")  # rjieba's dictionary
    chinese = time.perf_counter()
    print(
        f"one-off load: import {imported - start:.2f} s, English scorer "
        f"{english - imported:.2f} s, Chinese segmenter {chinese - english:.2f} s, "
        f"total {chinese - start:.2f} s"
    )
    timed("as they come (repeats scored once)", make_comments(args.comments, distinct=False))
    timed("all distinct (worst case)", make_comments(args.comments, distinct=True))
    if args.db:
        from core.database import open_database
        from core.sentiment import company_model

        opened = open_database(args.db, write=False, must_exist=True)
        try:
            with opened.db.reading() as session:
                begin = time.perf_counter()
                model = company_model(session)
                learned = time.perf_counter() - begin
        finally:
            opened.db.close()
        if model is None:
            print(f"company model: {args.db} has too few rated comments ({learned:.2f} s)")
        else:
            print(f"company model: learned from {model.trained_on:,} comments in {learned:.2f} s")
            timed("all distinct, blended with it", make_comments(args.comments, True), model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
