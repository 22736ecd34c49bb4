"""The similarity part of the evaluation: edX courses, labelled by subject.

The subject column is dropped before the courses go through the program's own importer, so
the label never reaches the model.
"""

from __future__ import annotations

import csv
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from core.recommend.catalog_data import CatalogData, load_catalog
from core.recommend.content import ContentSettings, fit_content_model
from core.recommend.metrics import label_scores

EDX_FILE = Path("edx_courses") / "edx_courses.csv"
MIN_SUBJECT_SIZE = 5


@dataclass(frozen=True)
class SimilarityFigures:
    name: str
    ndcg: float
    precision: float


def labelled_edx_rows(path: Path) -> list[dict[str, str]]:
    """Courses with a description whose subject has at least 5 such courses."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["course_description"].strip()]
    sizes = Counter(row["subject"] for row in rows)
    return [row for row in rows if sizes[row["subject"]] >= MIN_SUBJECT_SIZE]


def _write_without_subject(rows: list[dict[str, str]], path: Path) -> None:
    # The label and the long texts are left out; the texts are folded into "description".
    left_out = {"subject", "summary", "course_description", "course_syllabus"}
    fields = [name for name in rows[0] if name not in left_out]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["code", "description", *fields])
        writer.writeheader()
        for number, row in enumerate(rows, start=1):
            record = {name: row[name] for name in fields}
            # The summary and syllabus are course text too; the importer has one
            # description field, so they go in there.
            record["description"] = " ".join(
                part
                for part in (row["summary"], row["course_description"], row["course_syllabus"])
                if part.strip()
            )
            record["code"] = f"EDX-{number:04d}"
            # One line per row: the importer's unbalanced-quote guard rightly distrusts
            # cells that hold line breaks, quotes and many separators at once.
            writer.writerow({name: " ".join(value.split()) for name, value in record.items()})


def import_rows(rows: list[dict[str, str]], folder: Path) -> CatalogData:
    """Import the rows into a fresh database and read back the catalog as the model sees it."""
    from core.database import open_database
    from core.importing import ImportOptions, auto_map, read_table, run_import

    source = folder / "edx_without_subject.csv"
    _write_without_subject(rows, source)
    table = read_table(source)
    opened = open_database(folder / "eval.sqlite")
    try:
        summary = run_import(
            opened.db, "courses", table, auto_map("courses", table.headers), ImportOptions()
        )
        if summary.refused:
            raise RuntimeError(f"the importer refused {summary.refused} edX rows")
        with opened.db.reading() as session:
            catalog = load_catalog(session)
    finally:
        opened.db.close()
    return catalog


def plain_tfidf(descriptions: list[str]) -> NDArray[np.float64]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english").fit_transform(descriptions)
    return np.asarray((matrix @ matrix.T).toarray())


def evaluate_edx(
    data_dir: Path, settings: ContentSettings | None = None
) -> list[SimilarityFigures]:
    from threadpoolctl import threadpool_limits

    rows = labelled_edx_rows(data_dir / EDX_FILE)
    with tempfile.TemporaryDirectory() as folder, threadpool_limits(1):
        catalog = import_rows(rows, Path(folder))
        by_code = {doc.code: doc for doc in catalog.courses}
        docs = [by_code[f"EDX-{n:04d}"] for n in range(1, len(rows) + 1)]
        labels = [row["subject"] for row in rows]
        model = fit_content_model(docs, settings or ContentSettings())
        plain = plain_tfidf([row["course_description"] for row in rows])
        rng = np.random.default_rng(0)
        random = rng.random((len(rows), len(rows)))
        figures = [
            SimilarityFigures("Training Desk", *label_scores(model.similarity, labels)),
            SimilarityFigures("plain TF-IDF", *label_scores(plain, labels)),
            SimilarityFigures("random", *label_scores(random, labels)),
        ]
    return figures
