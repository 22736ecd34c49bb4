"""Similarity quality on any labelled catalog file, with the same protocol as the edX test.

    python -m core.recommend.evaluate --catalog FILE.csv --label COLUMN [--label-separator ";"]

The label column is removed before the file goes through the program's own course importer
(columns are mapped by their headers, as a user's import would be), so the label never
reaches the model. Each course with a label ranks all others; relevance = the labels
overlap (one label per course, or several split by ``--label-separator``, e.g. shared
skills). Plain TF-IDF is computed over the description when the file has one, else over the
title — "as commonly done" on whatever text the catalog has.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from core.importing.model import SourceTable
from core.recommend.catalog_data import CatalogData, load_catalog
from core.recommend.content import ContentSettings, fit_content_model
from core.recommend.evaluate_similarity import SimilarityFigures, plain_tfidf
from core.recommend.metrics import ndcg_at, precision_at


class CatalogFileError(ValueError):
    """The labelled catalog cannot be evaluated (missing column, too few labelled courses)."""


def label_set_scores(
    similarity: NDArray[np.floating], labels: Sequence[frozenset[str]], k: int = 10
) -> tuple[float, float]:
    """Mean NDCG@k and P@k; relevant = the label sets overlap; unlabelled courses only rank."""
    scores = np.array(similarity, dtype=np.float64, copy=True)
    np.fill_diagonal(scores, -np.inf)
    ndcgs, precisions = [], []
    for i, mine in enumerate(labels):
        relevant = [j != i and bool(mine & other) for j, other in enumerate(labels)]
        if not mine or not any(relevant):
            continue
        top = np.argsort(-scores[i], kind="stable")[:k]
        hits = [relevant[j] for j in top]
        ndcgs.append(ndcg_at(hits, sum(relevant), k))
        precisions.append(precision_at(hits, k))
    if not ndcgs:
        raise CatalogFileError("no course shares a label with another course")
    return float(np.mean(ndcgs)), float(np.mean(precisions))


def _labels(values: Sequence[str], separator: str | None) -> list[frozenset[str]]:
    if separator is None:
        return [frozenset([v.strip()]) if v.strip() else frozenset() for v in values]
    return [frozenset(p.strip() for p in v.split(separator) if p.strip()) for v in values]


def _import_without_label(
    headers: Sequence[str], rows: Sequence[Sequence[str]], label: int, folder: Path
) -> tuple[CatalogData, list[str], dict[str, int]]:
    """Import the rows (label column dropped, codes added) and return the catalog as read."""
    from core.database import open_database
    from core.importing import ImportOptions, auto_map, read_table, run_import

    kept = [i for i in range(len(headers)) if i != label]
    source = folder / "catalog_without_label.csv"
    codes = [f"EVAL-{n:05d}" for n in range(1, len(rows) + 1)]
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", *(h for i, h in enumerate(headers) if i != label and h)])
        for code, row in zip(codes, rows, strict=True):
            # One line per row: see evaluate_similarity._write_without_subject.
            writer.writerow([code, *(" ".join(row[i].split()) for i in kept if headers[i])])
    table = read_table(source)
    mapping = auto_map("courses", table.headers)
    if "title" not in mapping.columns:
        if "description" not in mapping.columns:
            raise CatalogFileError("no column maps to a course title or description")
        table = _with_titles_from(table, mapping.columns["description"])
        mapping = auto_map("courses", table.headers)
    opened = open_database(folder / "eval.sqlite")
    try:
        summary = run_import(opened.db, "courses", table, mapping, ImportOptions(skip_invalid=True))
        with opened.db.reading() as session:
            catalog = load_catalog(session)
    finally:
        opened.db.close()
    if summary.refused:
        raise CatalogFileError(f"the importer refused {summary.refused} rows")
    return catalog, codes, mapping.columns


_SENTENCE_END = re.compile(r"[。！？.!?]")


def _with_titles_from(table: SourceTable, description: int) -> SourceTable:
    """A descriptions-only catalog: each course is titled by its description's first sentence.

    The importer needs a title; the first sentence is what a person would call the course.
    """
    titles = []
    for row in table.rows:
        text = row[description]
        end = _SENTENCE_END.search(text)
        titles.append((text[: end.start()] if end else text)[:60].strip() or "untitled")
    return replace(
        table,
        headers=(*table.headers, "title"),
        rows=tuple((*row, title) for row, title in zip(table.rows, titles, strict=True)),
    )


def evaluate_catalog_file(
    path: Path,
    label_column: str,
    separator: str | None = None,
    settings: ContentSettings | None = None,
) -> list[SimilarityFigures]:
    """NDCG@10 and P@10 of Training Desk, plain TF-IDF and random on a labelled catalog."""
    from threadpoolctl import threadpool_limits

    from core.importing import read_table

    table = read_table(path)
    if label_column not in table.headers:
        raise CatalogFileError(f"{path.name} has no column named {label_column!r}")
    label = table.headers.index(label_column)
    rows = [row for row in table.rows if any(cell.strip() for cell in row)]
    labels = _labels([row[label] for row in rows], separator)
    with tempfile.TemporaryDirectory() as folder, threadpool_limits(1):
        catalog, codes, columns = _import_without_label(table.headers, rows, label, Path(folder))
        by_code = {doc.code: doc for doc in catalog.courses}
        docs = [by_code[code] for code in codes]
        model = fit_content_model(docs, settings or ContentSettings())
        # The plain baseline reads the description when the file has one, else the title.
        baseline_field = "description" if "description" in columns else "title"
        plain = plain_tfidf([getattr(doc, baseline_field) or doc.title for doc in docs])
        random = np.random.default_rng(0).random((len(docs), len(docs)))
    return [
        SimilarityFigures("Training Desk", *label_set_scores(model.similarity, labels)),
        SimilarityFigures(f"plain TF-IDF ({baseline_field})", *label_set_scores(plain, labels)),
        SimilarityFigures("random", *label_set_scores(random, labels)),
    ]
