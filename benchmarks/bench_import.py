"""Import speed at the product's full scale: 3,000 courses and 20,000 people from CSV.

    .venv/bin/python benchmarks/bench_import.py [--courses 3000 --people 20000 --runs 3]

Writes generated CSVs (Chinese and English text, prices with currency symbols, weekly
effort, skills, prerequisites; people with departments, roles, managers named by employee
id, email or name, and D/M dates), imports them into a fresh database with ``run_import``
and prints rows/s beside the raw ``executemany`` limit of PERFORMANCE.md (~660k rows/s).
A second import of the same files (all unchanged) shows the cost of checking alone.
``--keep FILE`` keeps the imported database, so ``bench_gui.py --db FILE`` can measure the
GUI-thread stall while the tables show the imported rows.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.database import open_database  # noqa: E402
from core.importing import ImportOptions, auto_map, read_table, run_import  # noqa: E402

RAW_LIMIT = 660_000
SKILLS = ["SQL", "Excel", "Python", "沟通", "领导力", "数据分析", "Negotiation", "Safety"]
DEPARTMENTS = ["销售部", "Finance", "IT", "人力资源部", "Operations", "Marketing"]
ROLES = ["Analyst", "销售代表", "Engineer", "经理", "Coordinator"]


def write_courses(path: Path, count: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["课程编号", "课程名称", "课程简介", "Category", "Skills", "开课学校", "Price",
                      "Effort", "Length", "Language", "Format", "Prerequisites"])  # fmt: skip
        for i in range(count):
            prereq = f"K{rng.randrange(i):05d}" if i and rng.random() < 0.3 else ""
            out.writerow([
                f"K{i:05d}", f"数据分析 Course {i}", f"About <topic> & more, part {i}",
                rng.choice(["Data", "管理", "Safety"]),
                "; ".join(f"{s}:{rng.randint(1, 5)}" for s in rng.sample(SKILLS, 2)),
                rng.choice(["edX", "清华大学", "Internal"]),
                rng.choice(["1,299.00 元", "$49", "1.299,00 €", "Free", "200"]),
                f"{rng.randint(1, 3)}–{rng.randint(4, 6)} hours per week",
                f"{rng.randint(2, 8)} Weeks",
                rng.choice(["English", "中文", "en", "zh"]), rng.choice(["online", "面授", "混合"]),
                prereq,
            ])  # fmt: skip


def write_people(path: Path, count: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["工号", "姓名", "邮箱", "部门", "岗位", "上级", "入职日期", "在职"])
        for i in range(count):
            manager = ""
            if i >= 10:
                boss = rng.randrange(10)
                manager = rng.choice([f"{boss:06d}", f"p{boss}@example.com", f"员工 {boss}"])
            out.writerow([
                f"{i:06d}", f"员工 {i}", f"p{i}@example.com", rng.choice(DEPARTMENTS),
                rng.choice(ROLES), manager,
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2005, 2025)}",
                rng.choice(["在职", "yes", "1"]),
            ])  # fmt: skip


def timed_import(
    db_path: Path, kind: str, source: Path, options: ImportOptions
) -> tuple[float, str]:
    opened = open_database(db_path)
    try:
        started = time.perf_counter()
        table = read_table(source)
        summary = run_import(opened.db, kind, table, auto_map(kind, table.headers), options)
        seconds = time.perf_counter() - started
    finally:
        opened.db.close()
    counts = f"{summary.added} added, {summary.unchanged} unchanged, {summary.refused} refused"
    return seconds, counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--courses", type=int, default=3000)
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, metavar="FILE", help="keep the imported database")
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_courses(folder / "courses.csv", args.courses, rng)
        write_people(folder / "people.csv", args.people, rng)
        jobs = [("courses", folder / "courses.csv", args.courses),
                ("learners", folder / "people.csv", args.people)]  # fmt: skip
        totals: list[float] = []
        results: dict[str, list[tuple[float, float]]] = {kind: [] for kind, _, _ in jobs}
        for run in range(args.runs):
            db_path = folder / f"run{run}.db"
            total = 0.0
            for kind, source, _ in jobs:
                fresh, counts = timed_import(db_path, kind, source, ImportOptions())
                again, _ = timed_import(db_path, kind, source, ImportOptions())
                results[kind].append((fresh, again))
                total += fresh
                if run == 0:
                    print(f"{kind}: {counts}")
            totals.append(total)
        for kind, _, rows in jobs:
            fresh = statistics.median(f for f, _ in results[kind])
            again = statistics.median(a for _, a in results[kind])
            print(
                f"{kind:9s} {rows:6d} rows: {fresh:5.2f} s = {rows / fresh:8,.0f} rows/s "
                f"({rows / fresh / RAW_LIMIT:.3f}x of raw executemany {RAW_LIMIT:,}/s); "
                f"re-import unchanged {again:5.2f} s = {rows / again:8,.0f} rows/s"
            )
        print(
            f"total (both fresh imports, median of {args.runs}): {statistics.median(totals):.2f} s"
        )
        if args.keep:
            shutil.copyfile(folder / "run0.db", args.keep)
            print(f"kept the imported database as {args.keep}")


if __name__ == "__main__":
    main()
